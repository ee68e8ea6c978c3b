-- Namens register, issue 4 (second slice): survivor mandates (nabestaandenmachtiging) at services marked for
-- settling an estate, birth dates for the acting-for search, and uses of legal representations.

-- A service marked for settling an estate: only there are survivor mandates offered.
alter table services add column settles_estate boolean not null default false;

-- The birth date of a person, when an authoritative source gave it (BRP child, court row, demo data). The BVD
-- shows the year only; the search matches on it.
alter table parties add column birth_date date;

-- Survivor mandates are legal representations of kind 'survivor' from source 'helpdesk': the represented
-- party is the deceased (the estate), the representative the heir or executor. They have no feed record id.
alter table legal_representations alter column external_id drop not null;
alter table legal_representations drop constraint legal_representations_source_check;
alter table legal_representations add constraint legal_representations_source_check
    check (source in ('brp', 'court', 'helpdesk'));
alter table legal_representations drop constraint legal_representations_kind_check;
alter table legal_representations add constraint legal_representations_kind_check
    check (kind in ('parental-authority', 'curatele', 'bewind', 'mentorschap', 'survivor'));
alter table legal_representations drop constraint legal_representations_source_kind;
alter table legal_representations add constraint legal_representations_source_kind
    check (case source
               when 'brp' then kind = 'parental-authority'
               when 'court' then kind in ('curatele', 'bewind', 'mentorschap')
               else kind = 'survivor'
           end);
alter table legal_representations drop constraint legal_representations_court;
alter table legal_representations add constraint legal_representations_court
    check (source <> 'court' or (court is not null and decision_date is not null and decision_id is not null));
alter table legal_representations add constraint legal_representations_external
    check ((source = 'helpdesk') = (external_id is null));

alter table legal_representations
    -- survivor mandates: executor (executeur) or heir (erfgenaam), the evidence and its reference
    add column survivor_role      varchar(8)   check (survivor_role in ('executor', 'heir')),
    add column evidence_type      varchar(24)  check (evidence_type in ('executele', 'verklaring-van-erfrecht')),
    add column evidence_reference varchar(100),
    -- the helpdesk agent (or administrator) who registered it
    add column agent_id           varchar(100),
    -- why it ended: the estate is settled, or the mandate was revoked
    add column end_reason         varchar(8)   check (end_reason in ('settled', 'revoked')),
    add column ended_at           timestamptz;

alter table legal_representations add constraint legal_representations_survivor
    check ((kind = 'survivor') = (survivor_role is not null and evidence_type is not null
                                  and evidence_reference is not null and agent_id is not null));
alter table legal_representations add constraint legal_representations_heir_evidence
    check (survivor_role is distinct from 'heir' or evidence_type = 'verklaring-van-erfrecht');
alter table legal_representations add constraint legal_representations_survivor_end
    check (kind <> 'survivor' or ((status = 'ended') = (end_reason is not null and ended_at is not null)));

-- The services a survivor mandate names (each one marked settles_estate when it was registered).
create table survivor_mandate_services (
    legal_representation_id uuid not null references legal_representations (id),
    service_id              uuid not null references services (id),
    primary key (legal_representation_id, service_id)
);

create index survivor_mandate_services_service_idx on survivor_mandate_services (service_id);

-- The audit trail covers survivor mandates too: who registered or ended them, and why they ended.
alter table legal_audit_entries drop constraint legal_audit_entries_action_check;
alter table legal_audit_entries add constraint legal_audit_entries_action_check
    check (action in ('created', 'corrected', 'terminated', 'ended'));
alter table legal_audit_entries
    add column agent_id varchar(100),
    add column reason   varchar(8);

-- A use may be of a voluntary mandate or of a legal representation (survivor mandates included).
alter table usages alter column mandate_id drop not null;
alter table usages add column legal_representation_id uuid references legal_representations (id);
alter table usages add constraint usages_one_relation
    check ((mandate_id is null) <> (legal_representation_id is null));
