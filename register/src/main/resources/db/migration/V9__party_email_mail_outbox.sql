-- Namens register, issue 13: e-mail notifications beside the letters.

-- A party's own e-mail address (optional; set, changed and removed by the person in the portal). Never logged.
alter table parties add column email varchar(254);

-- Mail jobs: written in the transaction of the change they tell about (Outbox), sent after commit by MailSender
-- (select ... for update skip locked, so two register instances never send one job twice). The text is written
-- at the change, from names only: never a BSN or another identifier of a person. The address is read when the
-- mail goes out, so a removed address stops mail that has not gone out yet.
create table mail_jobs (
    id              bigserial    primary key,
    recipient_id    uuid         not null references parties (id),
    mandate_id      uuid,
    kind            varchar(40)  not null,
    subject         varchar(300) not null,
    body            text         not null,
    status          varchar(10)  not null default 'pending'
        check (status in ('pending', 'sent', 'failed', 'dropped')),
    attempts        integer      not null default 0 check (attempts >= 0),
    next_attempt_at timestamptz  not null,
    created_at      timestamptz  not null,
    sent_at         timestamptz,
    -- the last failure's kind (an exception class name), never an address or a server's answer
    last_error      varchar(200)
);

create index mail_jobs_due_idx on mail_jobs (next_attempt_at, id) where status = 'pending';
create index mail_jobs_recipient_idx on mail_jobs (recipient_id, id);

-- Notices sent once per mandate (first use, about to expire): the primary key makes "once" hold with two
-- register instances.
create table mandate_notices (
    mandate_id uuid        not null references mandates (id),
    kind       varchar(40) not null,
    at         timestamptz not null,
    primary key (mandate_id, kind)
);
