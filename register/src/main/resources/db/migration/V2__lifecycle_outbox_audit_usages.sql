-- Namens register, issue 3: the voluntary mandate lifecycle (codes, lapse, helpdesk undo), company and chain
-- mandates with employee authorizations, the outbox of letters, the append-only audit trail and usages.

-- Kinds and statuses of the lifecycle.
alter table mandates drop constraint mandates_kind_check;
alter table mandates add constraint mandates_kind_check check (kind in ('voluntary', 'chain'));
alter table mandates drop constraint mandates_status_check;
alter table mandates add constraint mandates_status_check
    check (status in ('pending', 'requested', 'active', 'declined', 'revoked', 'lapsed', 'locked'));

alter table mandates
    -- how the mandate was registered: online, helpdesk, broker, admin
    add column channel          varchar(16) not null default 'admin'
        check (channel in ('online', 'helpdesk', 'broker', 'admin')),
    -- the activation / approval code: only its HMAC, single use (cleared when used), expiring
    add column code_hash        varchar(64),
    add column code_expires_at  timestamptz,
    add column code_attempts    integer     not null default 0 check (code_attempts >= 0),
    -- a pending or requested mandate lapses at this moment if nobody acted on it
    add column lapses_at        timestamptz,
    -- a helpdesk registration may be undone by the principal until this moment
    add column undo_until       timestamptz,
    -- which employees of a company representative may use the mandate: all, or those listed
    add column employee_policy  varchar(8)  not null default 'all' check (employee_policy in ('all', 'listed')),
    add column ended_at         timestamptz;

create index mandates_lapse_idx on mandates (lapses_at) where status in ('pending', 'requested');

-- Employees (eHerkenning ActingSubjectID pseudonyms) a company lets use a mandate it holds.
create table mandate_employees (
    mandate_id        uuid         not null references mandates (id) on delete cascade,
    acting_subject_id varchar(128) not null,
    primary key (mandate_id, acting_subject_id)
);

-- Letters and notifications (a post office stand-in): one row per letter, newest last.
create table outbox (
    id           bigserial    primary key,
    recipient_id uuid         not null references parties (id),
    mandate_id   uuid         references mandates (id),
    kind         varchar(40)  not null,
    subject      varchar(200) not null,
    body         text         not null,
    created_at   timestamptz  not null
);

create index outbox_recipient_idx on outbox (recipient_id, id);
create index outbox_mandate_idx on outbox (mandate_id, id);

-- Audit trail of every state change of a mandate. Append-only: the trigger below refuses UPDATE, DELETE and
-- TRUNCATE. Parties are named by their register uuid, never by BSN.
create table audit_entries (
    id                bigserial    primary key,
    mandate_id        uuid         not null references mandates (id),
    at                timestamptz  not null,
    actor_party_id    uuid         references parties (id),
    acting_subject_id varchar(128),
    channel           varchar(16)  not null check (channel in ('online', 'helpdesk', 'broker', 'admin', 'system')),
    agent_id          varchar(100),
    identity_check    varchar(200),
    action            varchar(32)  not null,
    status_before     varchar(16),
    status_after      varchar(16)  not null
);

create index audit_entries_mandate_idx on audit_entries (mandate_id, id);

create function audit_entries_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entries is append-only (% refused)', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_entries_no_update_or_delete
    before update or delete on audit_entries
    for each row execute function audit_entries_append_only();

create trigger audit_entries_no_truncate
    before truncate on audit_entries
    for each statement execute function audit_entries_append_only();

-- Uses of a mandate as the broker reports them: who acted for whom, for which service, when, at which LoA.
-- Nothing of the service's content.
create table usages (
    id                bigserial    primary key,
    mandate_id        uuid         not null references mandates (id),
    actor_party_id    uuid         not null references parties (id),
    acting_subject_id varchar(128),
    principal_id      uuid         not null references parties (id),
    service_id        uuid         not null references services (id),
    loa               varchar(16)  not null check (loa in ('basis', 'midden', 'substantieel', 'hoog')),
    used_at           timestamptz  not null
);

create index usages_principal_idx on usages (principal_id, id);
create index usages_actor_idx on usages (actor_party_id, id);
