package nl.namens.keycloak.broker;

import java.util.List;
import java.util.Map;
import nl.namens.identifiers.LevelOfAssurance;
import org.keycloak.models.IdentityProviderMapperModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/** The configuration of the Namens identity provider mappers, read once with defaults. */
final class MapperConfig {

  static final String MINIMUM_LOA = "minimumLoa";
  static final LevelOfAssurance DEFAULT_MINIMUM_LOA = LevelOfAssurance.BASIS;

  static final List<ProviderConfigProperty> PROPERTIES =
      ProviderConfigurationBuilder.create()
          .property()
          .name(MINIMUM_LOA)
          .label("Minimum level of assurance")
          .helpText(
              "Logins below this level of assurance are refused (basis, midden, substantieel,"
                  + " hoog). Default: basis.")
          .type(ProviderConfigProperty.LIST_TYPE)
          .options(
              LevelOfAssurance.BASIS.code(),
              LevelOfAssurance.MIDDEN.code(),
              LevelOfAssurance.SUBSTANTIEEL.code(),
              LevelOfAssurance.HOOG.code())
          .defaultValue(DEFAULT_MINIMUM_LOA.code())
          .add()
          .build();

  private final LevelOfAssurance minimumLoa;

  private MapperConfig(LevelOfAssurance minimumLoa) {
    this.minimumLoa = minimumLoa;
  }

  static MapperConfig of(IdentityProviderMapperModel model) {
    Map<String, String> config = model == null ? null : model.getConfig();
    String minimum = config == null ? null : config.get(MINIMUM_LOA);
    if (minimum == null || minimum.isBlank()) {
      return new MapperConfig(DEFAULT_MINIMUM_LOA);
    }
    return new MapperConfig(
        LevelOfAssurance.fromCode(minimum)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "mapper config " + MINIMUM_LOA + " is not a LoA code: " + minimum)));
  }

  LevelOfAssurance minimumLoa() {
    return minimumLoa;
  }
}
