package nl.namens.register.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import nl.namens.register.validation.SafeText;

/**
 * A service to add to the catalogue. {@code retired} and {@code allowsSelfServiceUnderRepresentation}
 * (a person under curatele, bewind or mentorschap may still act for themselves here) are optional (default
 * {@code false}). {@code settlesEstate} (optional, default {@code false}) marks a service for settling an estate:
 * survivor mandates may name only such services.
 */
public record NewService(
    @NotNull UUID id,
    @NotBlank @Size(max = 200) @SafeText String name,
    @NotBlank @Size(max = 200) @SafeText String provider,
    @NotNull @Pattern(regexp = Category.PATTERN, message = "must be one of financial, care, general")
        String category,
    @NotNull
        @Pattern(
            regexp = "basis|midden|substantieel|hoog",
            message = "must be one of basis, midden, substantieel, hoog")
        String minimumLoa,
    Boolean retired,
    Boolean allowsSelfServiceUnderRepresentation,
    Boolean settlesEstate) {}
