-- A relation whose period ended: the broker was told to end the live sessions acting under it (ExpiryJob,
-- LegalExpiryJob). Null while it runs, or until the job has seen that it ended.
alter table mandates add column sessions_ended_at timestamptz;
alter table legal_representations add column sessions_ended_at timestamptz;

-- What the jobs look for: relations in force on paper whose last day has passed and whose sessions were not ended.
create index mandates_expired_sessions_idx on mandates (valid_until)
    where status = 'active' and sessions_ended_at is null;
create index legal_expired_sessions_idx on legal_representations (valid_until)
    where status = 'active' and valid_until is not null and sessions_ended_at is null;
