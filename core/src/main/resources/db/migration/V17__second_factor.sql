-- A second factor for coordinators: a TOTP secret, the last time step used (a code is
-- accepted once), and hashes of one-time recovery codes, one per line.
alter table coordinators
    add column totp_secret    varchar(64),
    add column totp_last_step bigint,
    add column recovery_codes text;
