-- Namens register, issue 4: legal representation (wettelijke vertegenwoordiging) imported from the
-- authoritative registers (a BRP-like feed of parental authority, a court-register feed of curatele,
-- beschermingsbewind and mentorschap), its audit trail, and the catalogue's self-service exception.

-- A service may let a person under curatele, bewind or mentorschap act for themselves anyway.
alter table services
    add column allows_self_service_under_representation boolean not null default false;

-- One row per represented person and representative (two parents: two rows). No activation step.
create table legal_representations (
    id                uuid         primary key,
    -- the feed and its record id: (source, external_id) identifies the row across imports
    source            varchar(8)   not null check (source in ('brp', 'court')),
    external_id       varchar(100) not null,
    kind              varchar(24)  not null
        check (kind in ('parental-authority', 'curatele', 'bewind', 'mentorschap')),
    represented_id    uuid         not null references parties (id),
    representative_id uuid         not null references parties (id),
    -- parental authority: the child's birth date (the relation ends on the 18th birthday)
    child_birth_date  date,
    -- court decisions: the court, the decision date and its id
    court             varchar(200),
    decision_date     date,
    decision_id       varchar(100),
    valid_from        date         not null,
    valid_until       date,
    status            varchar(8)   not null check (status in ('active', 'ended')),
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    constraint legal_representations_source_external_key unique (source, external_id),
    constraint legal_representations_not_self check (represented_id <> representative_id),
    constraint legal_representations_period check (valid_until is null or valid_until >= valid_from),
    constraint legal_representations_child
        check ((kind = 'parental-authority') = (child_birth_date is not null)),
    constraint legal_representations_source_kind
        check ((source = 'brp') = (kind = 'parental-authority')),
    constraint legal_representations_court
        check (source = 'brp' or (court is not null and decision_date is not null and decision_id is not null))
);

-- BVD: "whom may this representative act for now" (range scan on the representative, see README).
create index legal_representations_representative_idx
    on legal_representations (representative_id, status, valid_from);
-- Capacity: "is this person under curatele, bewind or mentorschap, and who represents them".
create index legal_representations_represented_idx
    on legal_representations (represented_id, status);

-- Audit trail of imports: every created, corrected and terminated row. Append-only like audit_entries.
-- Parties are named by their register uuid, never by BSN.
create table legal_audit_entries (
    id                      bigserial   primary key,
    legal_representation_id uuid        not null references legal_representations (id),
    at                      timestamptz not null,
    source                  varchar(8)  not null,
    action                  varchar(16) not null check (action in ('created', 'corrected', 'terminated')),
    status_after            varchar(8)  not null
);

create index legal_audit_entries_representation_idx on legal_audit_entries (legal_representation_id, id);

create trigger legal_audit_entries_no_update_or_delete
    before update or delete on legal_audit_entries
    for each row execute function audit_entries_append_only();

create trigger legal_audit_entries_no_truncate
    before truncate on legal_audit_entries
    for each statement execute function audit_entries_append_only();
