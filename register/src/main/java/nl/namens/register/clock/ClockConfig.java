package nl.namens.register.clock;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code namens.clock.*}: see register/README.md, "Test clock". */
@ConfigMapping(prefix = "namens.clock")
interface ClockConfig {

  /**
   * Whether {@code PUT}/{@code DELETE /admin/v1/clock} may move the register's date (end-to-end tests only;
   * env {@code NAMENS_CLOCK_ADJUSTABLE}). Off: both answer 404.
   */
  @WithDefault("false")
  boolean adjustable();
}
