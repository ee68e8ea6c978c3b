package nl.namens.register.mail;

import io.quarkus.qute.TemplateData;

/**
 * What a notification mail may tell: names and plain facts, never a BSN, KvK number or other identifier of a
 * person. A name the register does not know is {@code null} (the text then says "someone"). Dates are
 * already written out ({@code dd-MM-yyyy}).
 *
 * @param recipientName the addressee's name
 * @param principalName who gave the mandate
 * @param representativeName who holds it
 * @param services the services it covers, by name, comma-separated
 * @param validFrom its first day
 * @param validUntil its last day
 * @param service the service of a use (first use only)
 * @param deceasedName who died (ended by death only)
 * @param moment when it happened ({@code dd-MM-yyyy HH:mm}, Dutch time), if the text names it
 */
@TemplateData
public record MailFacts(
    String recipientName,
    String principalName,
    String representativeName,
    String services,
    String validFrom,
    String validUntil,
    String service,
    String deceasedName,
    String moment) {

  /** The same facts with the service of a use and its moment. */
  public MailFacts withUse(String service, String moment) {
    return new MailFacts(
        recipientName, principalName, representativeName, services, validFrom, validUntil, service, deceasedName,
        moment);
  }

  /** The same facts with who died. */
  public MailFacts withDeceased(String deceasedName) {
    return new MailFacts(
        recipientName, principalName, representativeName, services, validFrom, validUntil, service, deceasedName,
        moment);
  }

  @Override
  public String toString() {
    return "MailFacts[***]";
  }
}
