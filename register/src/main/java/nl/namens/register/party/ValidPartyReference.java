package nl.namens.register.party;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The party's {@code type} is {@code BSN}, {@code KVK} or {@code RSIN} and its {@code id} is a well-formed
 * identifier of that type (BSN and RSIN: nine digits passing the 11-proef; KvK: eight digits). Reported on
 * the {@code type} or {@code id} field; missing fields are left to {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = PartyReferenceValidator.class)
@Target({TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidPartyReference {

  String message() default "is not a valid party reference";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
