-- A one-time password (the first administrator's, printed at start) is valid for 24 hours.
alter table coordinators add column one_time_password_expires_at timestamptz;

update coordinators set one_time_password_expires_at = now() + interval '24 hours' where must_change_password;
