package nl.namens.register.portal;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.namens.register.party.PartyReference;
import nl.namens.register.problem.ProblemException;
import nl.namens.register.service.Catalogue;
import nl.namens.register.service.ServiceView;

/**
 * The forms that state a mandate's terms (give, request): the other party, services, period. Shows the form
 * again with the typed input on any error: the form's own, or the register's refusal on the right control.
 */
final class TermsForms {

  /** A step of the register on the terms of a form. */
  interface Step {
    Response apply(PartyReference counterpart, List<UUID> services, LocalDate from, LocalDate until);
  }

  private final Catalogue catalogue;
  private final Views views;

  TermsForms(Catalogue catalogue, Views views) {
    this.catalogue = catalogue;
    this.views = views;
  }

  /** The form {@code template} with the catalogue's offered services. */
  Response form(HttpHeaders headers, int status, String template, MandateForm form, List<FieldError> errors) {
    return views.page(
        headers,
        status,
        template,
        template,
        Map.of("form", form, "services", offeredServices(), "errors", errors));
  }

  /** The catalogue's services that are not retired, by name. */
  List<ServiceView> offeredServices() {
    return catalogue.all().stream().filter(s -> !s.retired()).map(ServiceView::of).toList();
  }

  /**
   * Reads the terms of {@code form}; on input errors shows the form again (400, nothing stored), else runs
   * {@code step}, showing the form with the register's refusal on its fields when it refuses.
   *
   * @param counterpartField the field of the other party ({@code representative} or {@code principal})
   */
  Response submit(
      HttpHeaders headers, MandateForm form, String template, String counterpartField, Step step) {
    Texts texts = views.texts(headers);
    List<FieldError> errors = new ArrayList<>();
    Optional<PartyReference> counterpart = form.counterpart(texts, errors);
    List<UUID> serviceIds = form.serviceIds(texts, errors);
    Optional<LocalDate> from = form.from(texts, errors);
    Optional<LocalDate> until = form.until(texts, errors);
    if (!errors.isEmpty()) {
      return form(headers, 400, template, form, errors);
    }
    try {
      return step.apply(counterpart.get(), serviceIds, from.get(), until.get());
    } catch (ProblemException e) {
      return form(
          headers,
          RefusalMessages.status(e),
          template,
          form,
          RefusalMessages.errors(e, texts, fields(counterpartField)));
    }
  }

  /** Which control a refused field of the terms belongs to. */
  static Map<String, String> fields(String counterpartField) {
    Map<String, String> fields = new HashMap<>();
    fields.put("", "");
    fields.put(counterpartField, "counterpartId");
    fields.put("kind", "counterpartId");
    fields.put("services", "services-0");
    fields.put("validFrom", "validFrom");
    fields.put("validUntil", "validUntil");
    return fields;
  }
}
