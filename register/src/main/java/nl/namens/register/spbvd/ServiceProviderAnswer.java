package nl.namens.register.spbvd;

/**
 * {@code {"authorized": true|false, "statement": "<JWS>"}}: the answer, and the same answer signed by the
 * register (verifiable offline with {@code /sp/v1/jwks}); a service provider keeps the statement as evidence.
 */
record ServiceProviderAnswer(boolean authorized, String statement) {}
