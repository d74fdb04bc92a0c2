-- The update log becomes an inbox: an update is stored as it arrives and handled after
-- Telegram was told it arrived, so a restart handles what was received but not handled.
-- The payload is kept only until the update is handled.
alter table telegram_updates
    add column payload    text,
    add column handled_at timestamptz;

update telegram_updates set handled_at = received_at;

create index telegram_updates_unhandled on telegram_updates (update_id) where handled_at is null;
