-- Several instances on one database.
-- An outbox row a worker took is claimed by its instance (the key of the advisory lock the
-- instance holds while alive) instead of staying locked in a transaction while it is sent:
-- each outcome is written as soon as Telegram answers, and the claims of an instance that
-- died are free again at once.
alter table deliveries add column claimed_by bigint;

-- Telegram's global limit, shared by every instance (Bucket4j's PostgreSQL backend).
create table rate_limit_buckets (
    id    bigint primary key,
    state bytea
);

-- The instance that received an update (its lock's key): an update received but not handled
-- by an instance that died is taken over by another.
alter table telegram_updates add column received_by bigint;
