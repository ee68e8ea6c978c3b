package nl.namens.register.mandate;

/**
 * A registered (pending) mandate and its activation code, formatted {@code XXXX-XXXX-XXXX}. The code is
 * given out only this once; the register keeps only its hash.
 */
public record Registered(MandateDetails mandate, String activationCode) {}
