#!/bin/sh
# Tries ops/backup.sh and ops/restore.sh for real, end to end, on this machine:
#
#  1. starts a throw-away PostgreSQL 15 (Debian's binaries) on a free loopback port, with
#     a role and database `platform` as in docker-compose.yml;
#  2. runs the packaged platform (server/target/platform.jar) against it until its Flyway
#     migrations are applied and /login answers, with a bot token that reaches no Telegram
#     (TELEGRAM_API_URL points at a closed local port: it logs warnings and retries);
#     the platform itself creates the first administrator, who signs in once over HTTP;
#  3. stops it and adds recognisable rows: an educator (Armenian name, a topic), a peer
#     group with its name and member, an initiative with an update and search words;
#  4. takes the count, a digest of the content of every table and every sequence's value;
#  5. ops/backup.sh; drops and recreates the database; ops/restore.sh into the empty one;
#     compares; ops/restore.sh again over the restored (non-empty) one; compares again;
#  6. starts the platform on the restored database: Flyway validates the schema, /login
#     answers 200 and the administrator created before the backup signs in; ops/restore.sh
#     refuses to restore while the platform is connected;
#  7. stops everything and removes its directory (kept after a failure, for the logs).
#
# Usage: ops/backup-restore-check.sh     (from anywhere; build the jar first:
#                                         ./mvnw -DskipTests package)
# Environment: PG_BIN (default /usr/lib/postgresql/15/bin), PLATFORM_JAR, JAVA (java),
# JAVA_OPTS (-Xmx768m), KEEP=1 keeps the directory also after success.
# PostgreSQL refuses to run as root: as root the server runs as the user `postgres` (or
# `nobody` where there is none) through runuser, in a directory that user owns.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
pg_bin=${PG_BIN:-/usr/lib/postgresql/15/bin}
jar=${PLATFORM_JAR:-$root/server/target/platform.jar}
java=${JAVA:-java}
java_opts=${JAVA_OPTS:--Xmx768m}

say() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*"; }
fail() { say "FAILED: $*" >&2; exit 1; }

[ -x "$pg_bin/initdb" ] || fail "no PostgreSQL binaries in $pg_bin (apt-get install postgresql-15, or set PG_BIN)"
[ -f "$jar" ] || fail "no $jar: build it first (./mvnw -DskipTests package)"
command -v curl >/dev/null || fail "curl is needed"

free_port() {
	if command -v python3 >/dev/null 2>&1; then
		python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
	else
		while :; do
			candidate=$(awk 'BEGIN { srand(); print 20000 + int(rand() * 20000) }')
			ss -Hltn "sport = :$candidate" | grep -q . || { echo "$candidate"; return; }
			sleep 1
		done
	fi
}

work=$(mktemp -d "${TMPDIR:-/tmp}/platform-backup-check.XXXXXX")
chmod 755 "$work"
platform_pid=
succeeded=false

as_postgres() {
	if [ "$(id -u)" = 0 ]; then
		runuser -u "$pg_user" -- "$@"
	else
		"$@"
	fi
}

stop_platform() {
	if [ -n "$platform_pid" ] && kill -0 "$platform_pid" 2>/dev/null; then
		kill -TERM "$platform_pid" 2>/dev/null || true
		waited=0
		while kill -0 "$platform_pid" 2>/dev/null && [ $waited -lt 60 ]; do
			sleep 1
			waited=$((waited + 1))
		done
		kill -KILL "$platform_pid" 2>/dev/null || true
		wait "$platform_pid" 2>/dev/null || true
	fi
	platform_pid=
}

clean_up() {
	stop_platform
	if [ -f "$work/pg/data/postmaster.pid" ]; then
		as_postgres "$pg_bin/pg_ctl" -D "$work/pg/data" -m fast -w stop >/dev/null 2>&1 || true
	fi
	if $succeeded && [ "${KEEP:-}" != 1 ]; then
		rm -rf "$work"
	else
		say "Kept $work (logs: platform-*.log, pg/postgres.log)" >&2
	fi
}
trap clean_up EXIT
trap 'exit 130' INT TERM

# 1. PostgreSQL 15 ------------------------------------------------------------------------
if [ "$(id -u)" = 0 ]; then
	if id postgres >/dev/null 2>&1; then pg_user=postgres; else pg_user=nobody; fi
else
	pg_user=$(id -un)
fi
pg_port=$(free_port)
superuser_password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
platform_password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
mkdir -p "$work/pg/data" "$work/pg/socket" "$work/backups"
printf '%s\n' "$superuser_password" >"$work/superuser.pw"
if [ "$(id -u)" = 0 ]; then
	chown -R "$pg_user" "$work/pg" "$work/superuser.pw"
fi
chmod 700 "$work/pg/data"
chmod 600 "$work/superuser.pw"

say "PostgreSQL $("$pg_bin/postgres" --version | awk '{ print $3 }') as $pg_user on 127.0.0.1:$pg_port in $work"
as_postgres "$pg_bin/initdb" -D "$work/pg/data" -U postgres --pwfile="$work/superuser.pw" \
	--auth=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >"$work/initdb.log" 2>&1 \
	|| { cat "$work/initdb.log" >&2; fail "initdb"; }
rm -f "$work/superuser.pw"
as_postgres "$pg_bin/pg_ctl" -D "$work/pg/data" -l "$work/pg/postgres.log" -w -t 60 \
	-o "-c listen_addresses=127.0.0.1 -c port=$pg_port -c unix_socket_directories=$work/pg/socket" start >/dev/null \
	|| { cat "$work/pg/postgres.log" >&2; fail "PostgreSQL did not start"; }

# every client connects over TCP with a password, as the platform does
export PGHOST=127.0.0.1 PGPORT="$pg_port" PGCONNECT_TIMEOUT=10
# as_platform COMMAND...: COMMAND connects to the database platform as platform
as_platform() { env PGUSER=platform PGPASSWORD="$platform_password" PGDATABASE=platform "$@"; }

# sql ROLE [ARGUMENT...]: psql as postgres (database postgres) or platform (database platform)
sql() {
	role=$1
	shift
	if [ "$role" = postgres ]; then
		env PGUSER=postgres PGPASSWORD="$superuser_password" PGDATABASE=postgres \
			"$pg_bin/psql" -X -q -At -v ON_ERROR_STOP=1 "$@"
	else
		as_platform "$pg_bin/psql" -X -q -At -v ON_ERROR_STOP=1 "$@"
	fi
}

sql postgres -c "create role platform login password '$platform_password'"
sql postgres -c "create database platform owner platform"

# 2. the platform migrates its database --------------------------------------------------
admin_email=backup-check@example.org
admin_password="Backup-check-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
app_port=
run=0

start_platform() {
	run=$((run + 1))
	app_port=$(free_port)
	telegram_port=$(free_port)
	say "Starting the platform (run $run) on 127.0.0.1:$app_port; Telegram API at the closed port $telegram_port"
	# shellcheck disable=SC2086 # JAVA_OPTS are words
	env SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$pg_port/platform" \
		SPRING_DATASOURCE_USERNAME=platform SPRING_DATASOURCE_PASSWORD="$platform_password" \
		TELEGRAM_BOT_TOKEN=123:ABC TELEGRAM_API_URL="http://127.0.0.1:$telegram_port" \
		SERVER_PORT="$app_port" PLATFORM_DATA_DIR="$work/data" \
		ADMIN_EMAIL="$admin_email" ADMIN_PASSWORD="$admin_password" \
		"$java" $java_opts -jar "$jar" >"$work/platform-$run.log" 2>&1 </dev/null &
	platform_pid=$!
}

# waits until Flyway's history exists and /login answers 200
await_platform() {
	waited=0
	migrated=false
	while :; do
		kill -0 "$platform_pid" 2>/dev/null || { tail -n 40 "$work/platform-$run.log" >&2; fail "the platform stopped (run $run)"; }
		if ! $migrated && [ "$(sql platform -c "select to_regclass('public.flyway_schema_history') is not null" 2>/dev/null)" = t ]; then
			migrated=true
			say "flyway_schema_history exists after ${waited} s"
		fi
		status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$app_port/login" || true)
		if $migrated && [ "$status" = 200 ]; then
			say "GET /login answers 200 after ${waited} s"
			return
		fi
		[ $waited -lt 240 ] || { tail -n 40 "$work/platform-$run.log" >&2; fail "the platform did not answer within 240 s (run $run)"; }
		sleep 2
		waited=$((waited + 2))
	done
}

# signs the administrator in: a redirect anywhere but back to /login?error is success
sign_in() {
	cookies="$work/cookies-$run"
	rm -f "$cookies"
	csrf=$(curl -s -c "$cookies" -b "$cookies" "http://127.0.0.1:$app_port/login" \
		| sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -n 1)
	[ -n "$csrf" ] || fail "no CSRF token on /login"
	location=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$cookies" -b "$cookies" \
		--data-urlencode "email=$admin_email" --data-urlencode "password=$admin_password" \
		--data-urlencode "_csrf=$csrf" "http://127.0.0.1:$app_port/login")
	case "$location" in
		*/login*|'') fail "the administrator could not sign in (redirected to '$location')" ;;
	esac
	say "The administrator $admin_email signed in (next: ${location#"http://127.0.0.1:$app_port"})"
}

start_platform
await_platform
sign_in
stop_platform
say "Platform stopped; $(sql platform -c 'select count(*) from flyway_schema_history') Flyway migrations applied"

# 3. recognisable rows --------------------------------------------------------------------
sql platform <<'SQL'
begin;
insert into educators (telegram_user_id, chat_id, language, time_zone, joined_at, updated_at,
        display_name, country, region, role, network, consented_at, registered_at, admission, admitted_at)
    values (7770001234, 7770001234, 'hy', 'Asia/Yerevan', now(), now(),
        'Անի Backup-Check', 'AM', 'Շիրակ', 'TEACHER', 'ALUMNI', now(), now(), 'MEMBER', now());
insert into educator_topics (educator_id, topic)
    select id, 'INCLUSIVE_EDUCATION' from educators where telegram_user_id = 7770001234;
insert into peer_groups (country, network, primary_language, join_policy, created_at, updated_at)
    values ('AM', 'ALUMNI', 'hy', 'OPEN', now(), now());
insert into peer_group_texts (group_id, language, name, description)
    select max(id), 'hy', 'Գյումրիի ուսուցիչներ (backup check)', 'Կրթություն' from peer_groups;
insert into peer_group_members (group_id, educator_id, joined_at)
    select (select max(id) from peer_groups), id, now() from educators where telegram_user_id = 7770001234;
insert into initiatives (author_id, title, summary, country, place, stage, created_at, updated_at,
        last_activity_at, own_words, words)
    select id, 'Backup check: ներառական դպրոց', 'An initiative that must survive a restore', 'AM', 'Գյումրի',
        'RUNNING', now(), now(), now(),
        to_tsvector('simple', 'backup check ներառական դպրոց'), to_tsvector('simple', 'backup check ներառական դպրոց')
    from educators where telegram_user_id = 7770001234;
insert into initiative_updates (initiative_id, author_id, text, created_at, words)
    select i.id, i.author_id, 'First update, kept across backup and restore', now(),
        to_tsvector('simple', 'first update kept')
    from initiatives i where i.title like 'Backup check:%';
commit;
SQL
say "Inserted an educator, a topic, a peer group with its name and member, an initiative and an update"

# 4. what must survive --------------------------------------------------------------------
snapshot() {
	sql platform <<'SQL'
select 'table ' || c.relname || ' ' || (xpath('/row/n/text()', x))[1]::text || ' ' || (xpath('/row/d/text()', x))[1]::text
from pg_class c join pg_namespace n on n.oid = c.relnamespace,
     lateral query_to_xml(format('select count(*) as n, coalesce(md5(string_agg(t::text, %L order by t::text)), %L) as d from %I t',
                                 E'\n', '-', c.relname), false, true, '') x
where n.nspname = 'public' and c.relkind in ('r', 'p')
union all
select 'sequence ' || sequencename || ' ' || coalesce(last_value::text, 'unused')
from pg_sequences where schemaname = 'public'
union all
select 'function ' || p.oid::regprocedure::text from pg_proc p join pg_namespace n on n.oid = p.pronamespace
where n.nspname = 'public'
union all
select 'index ' || indexname from pg_indexes where schemaname = 'public'
order by 1;
SQL
}

recognisable() {
	sql platform -F ' | ' <<'SQL'
select e.display_name, e.region, t.topic, g.name, i.title, u.text,
       (select count(*) from initiatives where words @@ to_tsquery('simple', 'ներառական')),
       c.email, c.role
from educators e
join educator_topics t on t.educator_id = e.id
join peer_group_members m on m.educator_id = e.id
join peer_group_texts g on g.group_id = m.group_id
join initiatives i on i.author_id = e.id
join initiative_updates u on u.initiative_id = i.id
cross join coordinators c
where e.telegram_user_id = 7770001234 and c.email = 'backup-check@example.org';
SQL
}

snapshot >"$work/before.txt"
recognisable >"$work/recognisable-before.txt"
[ -s "$work/recognisable-before.txt" ] || fail "the recognisable rows are not there before the backup"
tables=$(grep -c '^table ' "$work/before.txt")
rows=$(awk '$1 == "table" { n += $3 } END { print n }' "$work/before.txt")
say "Before: $tables tables, $rows rows, $(grep -c '^sequence ' "$work/before.txt") sequences, $(grep -c '^index ' "$work/before.txt") indexes"
say "Recognisable: $(cat "$work/recognisable-before.txt")"

compare() {
	snapshot >"$work/after-$1.txt"
	recognisable >"$work/recognisable-after-$1.txt"
	if ! diff -u "$work/before.txt" "$work/after-$1.txt" >&2; then
		fail "$1: tables, rows, sequences or indexes differ from before the backup"
	fi
	if ! diff -u "$work/recognisable-before.txt" "$work/recognisable-after-$1.txt" >&2; then
		fail "$1: the recognisable rows differ"
	fi
	say "$1: all $tables tables hold the same $rows rows (count and content digest), sequences, functions and indexes equal; recognisable rows equal"
}

# 5. back up, drop, restore, compare; restore again over it, compare ---------------------
PATH="$pg_bin:$PATH"
export PATH
as_platform "$root/ops/backup.sh" "$work/backups" >"$work/backup.out"
cat "$work/backup.out"
archive=$(sed -n 's/^Wrote \(.*\) ([0-9]* bytes)$/\1/p' "$work/backup.out")
[ -f "$archive" ] || fail "ops/backup.sh wrote no archive"

sql postgres -c "drop database platform"
sql postgres -c "create database platform owner platform"
say "Dropped and recreated the database: $(sql platform -c "select count(*) from pg_tables where schemaname = 'public'") tables"

if as_platform "$root/ops/restore.sh" "$archive" 2>/dev/null; then
	fail "ops/restore.sh restored without --yes"
fi
say "ops/restore.sh without --yes refused"
as_platform "$root/ops/restore.sh" --yes "$archive"
compare "restore into the empty database"

as_platform "$root/ops/restore.sh" --yes "$archive"
compare "restore over the restored database"

# 6. the platform starts on the restored database ------------------------------------------
start_platform
await_platform
sign_in
if as_platform "$root/ops/restore.sh" --yes "$archive" >"$work/restore-refused.out" 2>&1; then
	fail "ops/restore.sh restored while the platform was connected"
fi
say "ops/restore.sh refused while the platform runs: $(head -n 1 "$work/restore-refused.out")"
grep -q 'Successfully validated' "$work/platform-$run.log" \
	&& say "Flyway: $(grep -o 'Successfully validated [0-9]* migrations[^)]*)' "$work/platform-$run.log" | head -n 1)"
grep -q 'Schema "public" is up to date' "$work/platform-$run.log" \
	&& say 'Flyway: Schema "public" is up to date. No migration necessary.'
stop_platform

succeeded=true
say "PASSED: backup, restore (into an empty and into an existing database) and a start on the restored database"
