package nl.namens.register.legal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code namens.legal.*}: see register/README.md, "Configuration". */
@ConfigMapping(prefix = "namens.legal")
public interface LegalConfig {

  /** Age (years) from which a parent is no longer offered at care services: the child decides alone. */
  @WithDefault("16")
  int careParentUntilAge();

  /** Age (years) at which parental authority ends. */
  @WithDefault("18")
  int adultAge();
}
