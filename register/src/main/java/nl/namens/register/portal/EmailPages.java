package nl.namens.register.portal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.namens.register.mandate.Actor;
import nl.namens.register.party.EmailChange;
import nl.namens.register.party.Parties;
import nl.namens.register.party.Party;
import nl.namens.register.party.PartyReference;
import org.jboss.resteasy.reactive.RestForm;

/**
 * {@code /portal/email}: a person sets, changes or removes their own e-mail address for notifications. A bad
 * address shows the form again with the typed input and the error (400), and changes nothing. Persons only: an
 * organisation (eHerkenning) gets letters.
 */
final class EmailPages {

  private static final String FIELD = "email";

  private final Parties parties;
  private final Validator validator;
  private final PortalUser user;
  private final Views views;

  EmailPages(Parties parties, Validator validator, PortalUser user, Views views) {
    this.parties = parties;
    this.validator = validator;
    this.user = user;
    this.views = views;
  }

  @GET
  public Response show(@Context HttpHeaders headers, @QueryParam("done") String done) {
    Actor me = user.actor();
    String current = current(me.party());
    Texts texts = views.texts(headers);
    String notice =
        "saved".equals(done)
            ? texts.msg().done_email_saved()
            : "removed".equals(done) ? texts.msg().done_email_removed() : null;
    return page(headers, 200, current, current == null ? "" : current, notice, List.of());
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response change(@Context HttpHeaders headers, @RestForm String email) {
    Actor me = user.actor();
    if (user.isCompany()) {
      return show(headers, null);
    }
    String typed = email == null ? "" : email.strip();
    EmailChange change = new EmailChange(typed.isEmpty() ? null : typed);
    Set<ConstraintViolation<EmailChange>> violations = validator.validate(change);
    if (!violations.isEmpty()) {
      Texts texts = views.texts(headers);
      boolean tooLong =
          violations.stream().anyMatch(v -> EmailChange.TOO_LONG.equals(v.getMessageTemplate()));
      String message = tooLong ? texts.msg().error_email_too_long() : texts.msg().error_email_invalid();
      return page(
          headers, 400, current(me.party()), email == null ? "" : email, null, List.of(new FieldError(FIELD, message)));
    }
    parties.changeEmail(me.party(), change);
    return done(change.normalized() == null ? "removed" : "saved");
  }

  @POST
  @Path("remove")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response remove(@Context HttpHeaders headers) {
    Actor me = user.actor();
    if (user.isCompany()) {
      return show(headers, null);
    }
    parties.changeEmail(me.party(), new EmailChange(null));
    return done("removed");
  }

  private String current(PartyReference party) {
    return parties.find(party).map(Party::email).orElse(null);
  }

  private Response page(
      HttpHeaders headers, int status, String current, String typed, String notice, List<FieldError> errors) {
    Map<String, Object> data = new HashMap<>();
    data.put("current", current == null ? "" : current);
    data.put("typed", typed);
    data.put("notice", notice == null ? "" : notice);
    data.put("company", user.isCompany());
    data.put("errors", errors);
    return views.page(headers, status, "email", "email", data);
  }

  private static Response done(String what) {
    return Response.seeOther(URI.create("/portal/email?done=" + what)).build();
  }
}
