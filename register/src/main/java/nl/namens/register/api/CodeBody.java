package nl.namens.register.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code {"code": "XXXX-XXXX-XXXX"}}. */
public record CodeBody(@NotBlank @Size(max = 40) String code) {}
