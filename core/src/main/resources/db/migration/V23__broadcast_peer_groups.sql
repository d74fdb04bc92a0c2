-- Broadcasts addressed to the members of chosen peer groups, and posted into their linked chats.
alter table broadcasts
    add column peer_groups        varchar(1000) not null default '',
    add column post_to_group_chats boolean      not null default false;
