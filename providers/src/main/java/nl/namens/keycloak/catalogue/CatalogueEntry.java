package nl.namens.keycloak.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.component.ComponentModel;

/**
 * One service of the catalogue as the broker stores it: a realm component of the {@link ServiceCataloguePage}, its
 * form's fields as config. {@link #toJson()} is the shape the register reads ({@code GET
 * /admin/realms/{realm}/namens/catalogue}).
 */
public record CatalogueEntry(
    String serviceId,
    String name,
    String provider,
    String category,
    String minimumLoa,
    boolean settlesEstate,
    boolean allowsSelfServiceUnderRepresentation,
    boolean retired) {

  /** The entry a stored (validated) component holds. */
  public static CatalogueEntry of(ComponentModel model) {
    return new CatalogueEntry(
        ServiceCataloguePage.serviceId(model),
        trimmed(model, ServiceCataloguePage.NAME),
        trimmed(model, ServiceCataloguePage.PROVIDER),
        model.get(ServiceCataloguePage.CATEGORY),
        model.get(ServiceCataloguePage.MINIMUM_LOA),
        "true".equals(model.get(ServiceCataloguePage.SETTLES_ESTATE)),
        "true".equals(model.get(ServiceCataloguePage.SELF_SERVICE)),
        "true".equals(model.get(ServiceCataloguePage.RETIRED)));
  }

  public Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", serviceId);
    json.put("name", name);
    json.put("provider", provider);
    json.put("category", category);
    json.put("minimumLoa", minimumLoa);
    json.put("settlesEstate", settlesEstate);
    json.put("allowsSelfServiceUnderRepresentation", allowsSelfServiceUnderRepresentation);
    json.put("retired", retired);
    return json;
  }

  private static String trimmed(ComponentModel model, String key) {
    List<String> values = model.getConfig().getOrDefault(key, List.of());
    return values.isEmpty() || values.get(0) == null ? null : values.get(0).trim();
  }
}
