-- A coordinator's own Telegram account, linked with a one-time code sent to the bot;
-- broadcast tests go there and nowhere else. Only the code's SHA-256 is stored.
alter table coordinators
    add column telegram_user_id     bigint,
    add column telegram_chat_id     bigint,
    add column telegram_name        varchar(200),
    add column telegram_linked_at   timestamptz,
    add column link_code_hash       varchar(64),
    add column link_code_expires_at timestamptz;

-- deferred: moving an account from one coordinator to another is one transaction
alter table coordinators
    add constraint coordinators_telegram_user unique (telegram_user_id) deferrable initially deferred;
create unique index coordinators_link_code on coordinators (link_code_hash);

-- Broadcasts to many people wait for a second coordinator's approval.
alter table broadcasts
    add column status      varchar(24)  not null default 'SCHEDULED',
    add column approved_by varchar(254),
    add column approved_at timestamptz,
    add column rejected_by varchar(254),
    add column rejected_at timestamptz;

-- Audit entries name no educator's chat: earlier tests named the chat they went to.
update audit_entries
set subject = 'broadcast-test',
    details = regexp_replace(coalesce(details, ''), ' sent to chat .*$', ' sent (its recipient is not recorded)')
where subject like 'chat:%';

-- A hash chain: each entry's hash is the SHA-256 (hex) of the previous entry's hash, a
-- line feed and the entry's canonical form (see AuditEntry#canonical, which must match).
alter table audit_entries
    add column previous_hash varchar(64),
    add column hash          varchar(64);

create function audit_entry_canonical(at timestamptz, actor text, action text, subject text, details text,
                                      audience_size integer) returns text
    language sql immutable as
$$
select (extract(epoch from at) * 1000000)::bigint::text
           || E'\n' || octet_length(actor) || ':' || actor
           || E'\n' || octet_length(action) || ':' || action
           || E'\n' || octet_length(subject) || ':' || subject
           || E'\n' || coalesce(octet_length(details) || ':' || details, '~')
           || E'\n' || coalesce(audience_size::text, '~')
$$;

do
$$
    declare
        entry    record;
        previous varchar(64) := '';
        current  varchar(64);
    begin
        for entry in select * from audit_entries order by id
            loop
                current := encode(sha256(convert_to(previous || E'\n' || audit_entry_canonical(entry.at, entry.actor,
                    entry.action, entry.subject, entry.details, entry.audience_size), 'UTF8')), 'hex');
                update audit_entries set previous_hash = previous, hash = current where id = entry.id;
                previous := current;
            end loop;
    end
$$;

drop function audit_entry_canonical(timestamptz, text, text, text, text, integer);

alter table audit_entries
    alter column previous_hash set not null,
    alter column hash set not null;

-- The application may only add entries: no UPDATE, DELETE or TRUNCATE, whoever asks.
create function audit_entries_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_entries is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_entries_no_change
    before update or delete on audit_entries
    for each row execute function audit_entries_append_only();

create trigger audit_entries_no_truncate
    before truncate on audit_entries
    for each statement execute function audit_entries_append_only();

create index audit_entries_actor on audit_entries (actor);
create index audit_entries_action on audit_entries (action);
