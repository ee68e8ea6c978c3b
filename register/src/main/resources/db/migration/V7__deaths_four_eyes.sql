-- Deaths from the BRP feed (POST /admin/v1/legal/imports/brp-deaths): the date of death on the party. A death
-- ends the person's open voluntary mandates (audited as channel 'system'); a survivor mandate needs it.
alter table parties add column died_on date;

-- Four eyes at the helpdesk: a helpdesk registration and a helpdesk survivor mandate are proposals until a
-- second, different agent approves them. Who proposed and who approved are kept on the row (and audited).
alter table mandates drop constraint mandates_status_check;
alter table mandates add constraint mandates_status_check
    check (status in ('proposed', 'pending', 'requested', 'active', 'declined', 'revoked', 'lapsed', 'locked'));
alter table mandates
    add column proposed_by varchar(100),
    add column approved_by varchar(100);
alter table mandates add constraint mandates_four_eyes
    check (proposed_by is null or approved_by is null or proposed_by <> approved_by);
create index mandates_proposed_idx on mandates (created_at) where status = 'proposed';

alter table legal_representations drop constraint legal_representations_status_check;
alter table legal_representations add constraint legal_representations_status_check
    check (status in ('proposed', 'active', 'ended'));
alter table legal_representations drop constraint legal_representations_end_reason_check;
alter table legal_representations add constraint legal_representations_end_reason_check
    check (end_reason in ('settled', 'revoked', 'declined'));
-- agent_id is the agent who proposed (or the administrator who registered) it
alter table legal_representations add column approved_by varchar(100);
alter table legal_representations add constraint legal_representations_four_eyes
    check (approved_by is null or approved_by <> agent_id);
create index legal_representations_proposed_idx on legal_representations (created_at) where status = 'proposed';

alter table legal_audit_entries drop constraint legal_audit_entries_action_check;
alter table legal_audit_entries add constraint legal_audit_entries_action_check
    check (action in ('created', 'corrected', 'terminated', 'ended', 'proposed', 'approved', 'declined'));
