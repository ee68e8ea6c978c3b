package nl.namens.register.portal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The helpdesk pages' texts (Qute message bundle {@code hd}): Dutch by default ({@code
 * messages/hd_nl.properties}), English in {@code messages/hd_en.properties}. Generated from the Dutch file: one
 * method per key. A bundle of its own beside {@link PortalMessages}: Qute 3.33 generates wrong bytecode for a
 * bundle of more than 300 messages (its resolve method is then split, and the split one fails verification),
 * so the helpdesk's page texts, which only the helpdesk templates use, live here.
 */
@MessageBundle(value = "hd", locale = "nl")
public interface HelpdeskMessages {

  @Message
  String helpdesk_title();

  @Message
  String helpdesk_intro();

  @Message
  String helpdesk_register_heading();

  @Message
  String helpdesk_revoke_heading();

  @Message
  String field_mandate_id();

  @Message
  String hint_mandate_id();

  @Message
  String submit_helpdesk_register();

  @Message
  String submit_helpdesk_revoke();

  @Message
  String helpdesk_letters_heading();

  @Message
  String helpdesk_undo_sent(String until);

  @Message
  String helpdesk_revoked_title();

  @Message
  String helpdesk_revoked_intro();

  @Message
  String helpdesk_proposed_title();

  @Message
  String helpdesk_proposed_intro();

  @Message
  String helpdesk_approved_title();

  @Message
  String helpdesk_approved_intro();

  @Message
  String helpdesk_letters_unread();

  @Message
  String col_proposed_by();

  @Message
  String col_approved_by();

  @Message
  String col_decision();

  @Message
  String proposals_title();

  @Message
  String proposals_intro();

  @Message
  String proposals_mandates_heading();

  @Message
  String proposals_survivors_heading();

  @Message
  String submit_proposal_approve();

  @Message
  String submit_proposal_decline();

  @Message
  String survivor_proposed_title();

  @Message
  String survivor_proposed_intro();

  @Message
  String survivor_approved_title();

  @Message
  String survivor_approved_intro();

  @Message
  String survivor_register_title();

  @Message
  String survivor_register_intro();

  @Message
  String field_survivor_deceased();

  @Message
  String field_survivor_holder();

  @Message
  String hint_bsn();

  @Message
  String field_survivor_role();

  @Message
  String hint_survivor_role();

  @Message
  String field_survivor_evidence();

  @Message
  String field_survivor_reference();

  @Message
  String hint_survivor_reference();

  @Message
  String field_survivor_services();

  @Message
  String hint_survivor_services();

  @Message
  String survivor_no_estate_services();

  @Message
  String submit_survivor_register();

  @Message
  String col_survivor_deceased();

  @Message
  String col_survivor_holder();

  @Message
  String col_survivor_role();

  @Message
  String col_survivor_evidence();

  @Message
  String col_survivor_law();

  @Message
  String col_survivor_end_reason();

  @Message
  String col_survivor_ended_at();

  @Message
  String survivor_name_unknown();

  @Message
  String survivor_end_title();

  @Message
  String survivor_end_intro();

  @Message
  String field_survivor_id();

  @Message
  String hint_survivor_id();

  @Message
  String field_survivor_end_reason();

  @Message
  String submit_survivor_end();

  @Message
  String survivor_ended_title();

  @Message
  String survivor_ended_intro();
}
