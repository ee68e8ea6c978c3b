-- Namens register: parties, the service catalogue and voluntary mandates.
-- Schema only; data comes through the application (admin API, demo-data loader).

create table parties (
    id           uuid         primary key,
    type         varchar(4)   not null check (type in ('BSN', 'KVK', 'RSIN')),
    identifier   varchar(20)  not null,
    display_name varchar(200),
    created_at   timestamptz  not null,
    constraint parties_type_identifier_key unique (type, identifier)
);

create table services (
    id          uuid         primary key,
    name        varchar(200) not null,
    provider    varchar(200) not null,
    category    varchar(16)  not null check (category in ('financial', 'care', 'general')),
    minimum_loa varchar(16)  not null check (minimum_loa in ('basis', 'midden', 'substantieel', 'hoog')),
    retired     boolean      not null default false,
    created_at  timestamptz  not null
);

create table mandates (
    id                uuid        primary key,
    kind              varchar(16) not null check (kind in ('voluntary')),
    principal_id      uuid        not null references parties (id),
    representative_id uuid        not null references parties (id),
    status            varchar(16) not null check (status in ('pending', 'active', 'revoked')),
    valid_from        date        not null,
    valid_until       date        not null,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    revoked_at        timestamptz,
    constraint mandates_no_self_mandate check (principal_id <> representative_id),
    constraint mandates_period check (valid_until >= valid_from),
    constraint mandates_revoked_at check ((status = 'revoked') = (revoked_at is not null))
);

-- BVD: "whom may this representative act for now" (representations, authorizations).
create index mandates_representative_status_idx
    on mandates (representative_id, status, valid_from, valid_until);
-- Overlap check on registration, and later "my mandates" for a principal.
create index mandates_principal_representative_idx
    on mandates (principal_id, representative_id, status);

create table mandate_services (
    mandate_id uuid not null references mandates (id) on delete cascade,
    service_id uuid not null references services (id),
    primary key (mandate_id, service_id)
);

create index mandate_services_service_idx on mandate_services (service_id);
