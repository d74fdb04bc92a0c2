-- The forum topic (message_thread_id) a message goes to in a group chat with topics.
alter table deliveries add column thread_id integer;
