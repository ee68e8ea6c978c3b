package nl.namens.tests.support;

import org.keycloak.testframework.realm.RealmConfig;
import org.keycloak.testframework.realm.RealmConfigBuilder;

/** The three realms of {@code realm-config}, as the test framework's realm configs. */
public final class Realms {

  private Realms() {}

  public static final class Broker implements RealmConfig {
    @Override
    public RealmConfigBuilder configure(RealmConfigBuilder realm) {
      return RealmConfigBuilder.update(RealmJson.load("namens"));
    }
  }

  public static final class DigidSimulator implements RealmConfig {
    @Override
    public RealmConfigBuilder configure(RealmConfigBuilder realm) {
      return RealmConfigBuilder.update(RealmJson.load("digid-sim"));
    }
  }

  public static final class EherkenningSimulator implements RealmConfig {
    @Override
    public RealmConfigBuilder configure(RealmConfigBuilder realm) {
      return RealmConfigBuilder.update(RealmJson.load("eherkenning-sim"));
    }
  }
}
