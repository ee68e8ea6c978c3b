-- Issue 10 (no oracle, no flooding): when the counterparty consented, and who started a mandate.
-- A party who named another by BSN or KvK sees that party's register name only once it activated or
-- approved: the portal is no lookup service for names.
alter table mandates add column activated_at timestamptz;

update mandates m
   set activated_at = coalesce(
       (select min(a.at) from audit_entries a where a.mandate_id = m.id and a.status_after = 'active'),
       case when m.status = 'active' then m.updated_at end);

-- Rate limit: how many mandates a party registered or requested lately ("register", "request" entries).
create index audit_entries_actor_idx on audit_entries (actor_party_id, at) where action in ('register', 'request');
