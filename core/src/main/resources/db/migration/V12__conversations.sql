-- "The bot asked and waits for an answer": one persisted conversation per user and chat.
-- Where registration or a profile edit stood moves here from the educator's row.
create table conversations (
    user_id    bigint      not null,
    chat_id    bigint      not null,
    flow       varchar(32) not null,
    step       varchar(32) not null,
    state      text        not null default '{}',
    suspended  boolean     not null default false,
    started_at timestamptz not null,
    updated_at timestamptz not null,
    expires_at timestamptz not null,
    primary key (user_id, chat_id)
);

create index conversations_expires_at on conversations (expires_at);

insert into conversations (user_id, chat_id, flow, step, state, suspended, started_at, updated_at, expires_at)
select telegram_user_id,
       chat_id,
       case when editing then 'profile' else 'registration' end,
       step,
       case
           when editing then json_build_object('field', step)::text
           when start_payload is not null then json_build_object('payload', start_payload)::text
           else '{}'
       end,
       suspended,
       updated_at,
       updated_at,
       updated_at + case when editing then interval '1 day' else interval '90 days' end
from educators
where step is not null;

alter table educators
    drop column step,
    drop column editing,
    drop column suspended,
    drop column start_payload;
