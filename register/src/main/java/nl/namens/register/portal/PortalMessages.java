package nl.namens.register.portal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The portal's texts (Qute message bundle {@code msg}): Dutch by default ({@code messages/msg_nl.properties}),
 * English in {@code messages/msg_en.properties}. Generated from the Dutch file: one method per key.
 */
@MessageBundle(value = "msg", locale = "nl")
public interface PortalMessages {

  @Message
  String app_name();

  @Message
  String skip_link();

  @Message
  String nav_label();

  @Message
  String nav_overview();

  @Message
  String nav_register();

  @Message
  String nav_request();

  @Message
  String nav_usages();

  @Message
  String nav_post();

  @Message
  String nav_helpdesk();

  @Message
  String logout();

  @Message
  String lang_label();

  @Message
  String lang_switch();

  @Message
  String lang_switch_context();

  @Message
  String logged_in_as(String name);

  @Message
  String footer();

  @Message
  String none();

  @Message
  String period(String from, String until);

  @Message
  String col_principal();

  @Message
  String col_representative();

  @Message
  String col_services();

  @Message
  String col_period();

  @Message
  String col_status();

  @Message
  String col_action();

  @Message
  String col_when();

  @Message
  String col_what();

  @Message
  String col_by();

  @Message
  String col_channel();

  @Message
  String col_agent();

  @Message
  String col_service();

  @Message
  String col_loa();

  @Message
  String col_employee();

  @Message
  String col_subject();

  @Message
  String col_date();

  @Message
  String action_view();

  @Message
  String mandate_context(String principal, String representative, String services);

  @Message
  String action_activate();

  @Message
  String action_approve();

  @Message
  String awaiting_other();

  @Message
  String awaiting_you();

  @Message
  String status_pending();

  @Message
  String status_requested();

  @Message
  String status_active();

  @Message
  String status_scheduled();

  @Message
  String status_expired();

  @Message
  String status_declined();

  @Message
  String status_revoked();

  @Message
  String status_lapsed();

  @Message
  String status_locked();

  @Message
  String status_proposed();

  @Message
  String overview_title();

  @Message
  String overview_intro();

  @Message
  String section_pending();

  @Message
  String section_given();

  @Message
  String section_held();

  @Message
  String section_ended();

  @Message
  String register_title();

  @Message
  String register_intro();

  @Message
  String request_title();

  @Message
  String request_intro();

  @Message
  String field_representative_type();

  @Message
  String field_principal_type();

  @Message
  String type_bsn();

  @Message
  String type_kvk();

  @Message
  String field_representative_id();

  @Message
  String field_principal_id();

  @Message
  String hint_identifier();

  @Message
  String field_services();

  @Message
  String hint_services();

  @Message
  String field_valid_from();

  @Message
  String field_valid_until();

  @Message
  String hint_date();

  @Message
  String submit_register();

  @Message
  String submit_request();

  @Message
  String required();

  @Message
  String registered_title();

  @Message
  String registered_intro();

  @Message
  String code_label();

  @Message
  String code_instructions(String until);

  @Message
  String code_once();

  @Message
  String requested_title();

  @Message
  String requested_intro();

  @Message
  String back_overview();

  @Message
  String detail_title();

  @Message
  String detail_kind();

  @Message
  String kind_voluntary();

  @Message
  String kind_chain();

  @Message
  String detail_channel();

  @Message
  String detail_code_until();

  @Message
  String detail_lapses();

  @Message
  String detail_undo_until();

  @Message
  String field_code();

  @Message
  String hint_code();

  @Message
  String activate_heading();

  @Message
  String activate_intro();

  @Message
  String submit_activate();

  @Message
  String approve_heading();

  @Message
  String approve_intro();

  @Message
  String submit_approve();

  @Message
  String decline_heading();

  @Message
  String decline_intro();

  @Message
  String submit_decline();

  @Message
  String revoke_heading();

  @Message
  String revoke_intro();

  @Message
  String action_revoke();

  @Message
  String undo_heading();

  @Message
  String undo_intro();

  @Message
  String submit_undo();

  @Message
  String revoke_confirm_title();

  @Message
  String revoke_confirm_text();

  @Message
  String submit_revoke_confirm();

  @Message
  String cancel();

  @Message
  String history_heading();

  @Message
  String hist_register();

  @Message
  String hist_request();

  @Message
  String hist_activate();

  @Message
  String hist_approve();

  @Message
  String hist_decline();

  @Message
  String hist_revoke();

  @Message
  String hist_undo();

  @Message
  String hist_lapse();

  @Message
  String hist_lock();

  @Message
  String hist_wrong_code();

  @Message
  String hist_seed();

  @Message
  String hist_employees_all();

  @Message
  String hist_employees_listed();

  @Message
  String hist_propose();

  @Message
  String hist_approve_proposal();

  @Message
  String hist_decline_proposal();

  @Message
  String hist_death();

  @Message
  String hist_other();

  @Message
  String by_principal();

  @Message
  String by_representative();

  @Message
  String by_system();

  @Message
  String channel_online();

  @Message
  String channel_helpdesk();

  @Message
  String channel_broker();

  @Message
  String channel_admin();

  @Message
  String channel_system();

  @Message
  String employees_heading();

  @Message
  String employees_all();

  @Message
  String employees_listed();

  @Message
  String field_employees();

  @Message
  String submit_employees();

  @Message
  String done_activated();

  @Message
  String done_approved();

  @Message
  String done_declined();

  @Message
  String done_revoked();

  @Message
  String done_undone();

  @Message
  String done_employees();

  @Message
  String usages_title();

  @Message
  String usages_intro();

  @Message
  String usages_principal_heading();

  @Message
  String usages_mine_heading();

  @Message
  String post_title();

  @Message
  String post_intro();

  @Message
  String field_caller_type();

  @Message
  String field_caller_id();

  @Message
  String field_caller_id_revoke();

  @Message
  String field_identity_check();

  @Message
  String hint_identity_check();

  @Message
  String proposal_yours();

  @Message
  String proposal_declined();

  @Message
  String survivor_heading();

  @Message
  String survivor_intro();

  @Message
  String survivor_role_executor();

  @Message
  String survivor_role_heir();

  @Message
  String survivor_evidence_executele();

  @Message
  String survivor_evidence_verklaring_van_erfrecht();

  @Message
  String survivor_status_active();

  @Message
  String survivor_status_ended();

  @Message
  String survivor_status_proposed();

  @Message
  String survivor_reason_settled();

  @Message
  String survivor_reason_revoked();

  @Message
  String survivor_reason_declined();

  @Message
  String err_survivor_self();

  @Message
  String err_survivor_heir_evidence();

  @Message
  String err_survivor_not_estate();

  @Message
  String err_survivor_taken();

  @Message
  String err_survivor_unknown();

  @Message
  String err_survivor_ended();

  @Message
  String err_survivor_id();

  @Message
  String err_death_unknown();

  @Message
  String err_before_death();

  @Message
  String err_party_deceased();

  @Message
  String err_own_proposal();

  @Message
  String err_agent_party();

  @Message
  String err_not_proposal();

  @Message
  String mandate_reference();

  @Message
  String logged_out_title();

  @Message
  String logged_out_text();

  @Message
  String login_again();

  @Message
  String error_title();

  @Message
  String error_summary();

  @Message
  String error_not_found();

  @Message
  String error_forbidden();

  @Message
  String error_no_identity();

  @Message
  String error_helpdesk_only();

  @Message
  String error_helpdesk_loa();

  @Message
  String error_employee_not_authorised();

  @Message
  String employee_read_only();

  @Message
  String error_principal_under_representation();

  @Message
  String error_loa_too_low();

  @Message
  String history_employee(String pseudonym);

  /** Who at the helpdesk acted, as the citizen sees it: never the agent's account (an internal identifier). */
  @Message
  String history_agent();

  @Message
  String error_generic();

  @Message
  String err_required();

  @Message
  String err_choose();

  @Message
  String err_bsn();

  @Message
  String err_kvk();

  @Message
  String err_self();

  @Message
  String err_services_none();

  @Message
  String err_services_many();

  @Message
  String err_service_unknown();

  @Message
  String err_service_retired();

  @Message
  String err_date();

  @Message
  String err_date_year();

  @Message
  String err_date_early();

  @Message
  String err_date_future();

  @Message
  String err_until_before_from();

  @Message
  String err_from_past();

  @Message
  String err_period_too_long(String max);

  @Message
  String err_text();

  @Message
  String err_too_long(String max);

  @Message
  String err_chain();

  @Message
  String err_code_format();

  @Message
  String err_code_wrong(String left);

  @Message
  String err_too_many_new(String max);

  @Message
  String err_code_expired();

  @Message
  String err_locked();

  @Message
  String err_lapsed();

  @Message
  String err_overlap();

  @Message
  String err_not_awaiting();

  @Message
  String err_ended();

  @Message
  String err_only_representative();

  @Message
  String err_only_principal();

  @Message
  String err_decline_other();

  @Message
  String err_undo_period();

  @Message
  String err_not_helpdesk();

  @Message
  String err_uuid();

  @Message
  String err_policy();

  @Message
  String err_employees_none();

  @Message
  String err_not_company();

  @Message
  String err_invalid();

  @Message
  String err_rsin();

  @Message
  String err_not_found();

  @Message
  String err_conflict();

  @Message
  String legal_heading();

  @Message
  String legal_note();

  @Message
  String legal_represented_by_heading();

  @Message
  String legal_represented_by_caption();

  @Message
  String legal_representing_heading();

  @Message
  String legal_representing_caption();

  @Message
  String col_legal_representative();

  @Message
  String col_legal_represented();

  @Message
  String col_legal_kind();

  @Message
  String col_legal_basis();

  @Message
  String col_legal_source();

  @Message
  String col_legal_scope();

  @Message
  String legal_kind_parental_authority();

  @Message
  String legal_kind_curatele();

  @Message
  String legal_kind_bewind();

  @Message
  String legal_kind_mentorschap();

  @Message
  String legal_kind_survivor();

  @Message
  String legal_kind_other();

  @Message
  String legal_source_brp();

  @Message
  String legal_source_court();

  @Message
  String legal_source_helpdesk();

  @Message
  String legal_source_other();

  @Message
  String legal_scope_financial();

  @Message
  String legal_scope_care();

  @Message
  String legal_scope_general();

  @Message
  String legal_scope_other();

  @Message
  String legal_scope_estate(String services);

  @Message
  String legal_decision(String date);

  @Message
  String legal_period_open(String from);

  @Message
  String legal_name_unknown();

  @Message
  String loa_basis();

  @Message
  String loa_midden();

  @Message
  String loa_substantieel();

  @Message
  String loa_hoog();

  @Message
  String step_up_hint();

  @Message
  String step_up_button(String level);

  @Message
  String step_up_not_reached(String level);

  @Message
  String login_error_title();

  @Message
  String login_error_text();

  @Message
  String login_error_continue();

  @Message
  String nav_email();

  @Message
  String email_title();

  @Message
  String email_intro();

  @Message
  String email_safety();

  @Message
  String email_current();

  @Message
  String email_none();

  @Message
  String field_email();

  @Message
  String hint_email();

  @Message
  String submit_email();

  @Message
  String submit_email_remove();

  @Message
  String done_email_saved();

  @Message
  String done_email_removed();

  @Message
  String error_email_invalid();

  @Message
  String error_email_too_long();

  @Message
  String email_persons_only();
}
