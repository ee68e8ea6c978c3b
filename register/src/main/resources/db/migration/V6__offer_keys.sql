-- The BVD's offers without visiting other tables (statement/OfferQueries, register/README.md "Query plan"):
-- the principal's name as the sort key (lower case, collation "C") and the services on the relation's own
-- row, so that a professional's page and total are one index-only scan, not thousands of lookups in parties
-- and mandate_services. Triggers keep the copies exact.

alter table mandates add column principal_sort_key text collate "C";
alter table mandates add column service_ids uuid[] not null default '{}';
alter table legal_representations add column represented_sort_key text collate "C";
-- survivor mandates: the services they name (the other legal kinds hold by category)
alter table legal_representations add column service_ids uuid[] not null default '{}';

-- Recomputes every copy from its source; for bulk loads that ran with triggers off (bench/).
create function namens_refresh_offer_keys() returns void language sql as $$
    update mandates m set principal_sort_key = lower(p.display_name)
      from parties p where p.id = m.principal_id and m.principal_sort_key is distinct from lower(p.display_name);
    update mandates m set service_ids = s.ids
      from (select mandate_id, array_agg(service_id order by service_id) as ids
              from mandate_services group by mandate_id) s
     where s.mandate_id = m.id and m.service_ids is distinct from s.ids;
    update legal_representations l set represented_sort_key = lower(p.display_name)
      from parties p where p.id = l.represented_id and l.represented_sort_key is distinct from lower(p.display_name);
    update legal_representations l set service_ids = s.ids
      from (select legal_representation_id, array_agg(service_id order by service_id) as ids
              from survivor_mandate_services group by legal_representation_id) s
     where s.legal_representation_id = l.id and l.service_ids is distinct from s.ids;
$$;

select namens_refresh_offer_keys();

create function mandates_principal_sort_key() returns trigger language plpgsql as $$
begin
    new.principal_sort_key := (select lower(display_name) from parties where id = new.principal_id);
    return new;
end $$;
create trigger mandates_principal_sort_key before insert or update of principal_id on mandates
    for each row execute function mandates_principal_sort_key();

create function legal_represented_sort_key() returns trigger language plpgsql as $$
begin
    new.represented_sort_key := (select lower(display_name) from parties where id = new.represented_id);
    return new;
end $$;
create trigger legal_represented_sort_key before insert or update of represented_id on legal_representations
    for each row execute function legal_represented_sort_key();

create function parties_sort_keys() returns trigger language plpgsql as $$
begin
    update mandates set principal_sort_key = lower(new.display_name) where principal_id = new.id;
    update legal_representations set represented_sort_key = lower(new.display_name) where represented_id = new.id;
    return null;
end $$;
create trigger parties_sort_keys after update of display_name on parties
    for each row when (old.display_name is distinct from new.display_name) execute function parties_sort_keys();

create function mandate_services_ids() returns trigger language plpgsql as $$
declare
    changed uuid;
begin
    if tg_op = 'DELETE' then changed := old.mandate_id; else changed := new.mandate_id; end if;
    update mandates
       set service_ids = coalesce((select array_agg(service_id order by service_id)
                                     from mandate_services where mandate_id = changed), '{}')
     where id = changed;
    return null;
end $$;
create trigger mandate_services_ids after insert or delete on mandate_services
    for each row execute function mandate_services_ids();

create function survivor_services_ids() returns trigger language plpgsql as $$
declare
    changed uuid;
begin
    if tg_op = 'DELETE' then changed := old.legal_representation_id; else changed := new.legal_representation_id; end if;
    update legal_representations
       set service_ids = coalesce((select array_agg(service_id order by service_id)
                                     from survivor_mandate_services where legal_representation_id = changed), '{}')
     where id = changed;
    return null;
end $$;
create trigger survivor_services_ids after insert or delete on survivor_mandate_services
    for each row execute function survivor_services_ids();

-- A representative's page and total of mandates from one index-only scan: every column an offer reads is in
-- it, in the order of the page. (Legal relations keep their representative index: a representative holds
-- hundreds of them at most, and their sort key is on their own row.)
create index mandates_offer_idx on mandates (representative_id, principal_sort_key, id)
    include (principal_id, valid_from, valid_until, service_ids, employee_policy) where status = 'active';
