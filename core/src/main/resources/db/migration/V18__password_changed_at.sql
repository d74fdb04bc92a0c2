-- When an account's password was last changed: sessions signed in before it end.
alter table coordinators add column password_changed_at timestamptz;
