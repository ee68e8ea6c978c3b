package nl.namens.register.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.namens.register.validation.SafeText;

/** {@code {"policy": "all" | "listed", "actingSubjectIds": ["..."]}}. */
public record EmployeesBody(
    @NotNull @Pattern(regexp = "all|listed", message = "must be all or listed") String policy,
    @Size(max = 200) List<@NotBlank @Size(max = 128) @SafeText String> actingSubjectIds) {}
