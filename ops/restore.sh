#!/bin/sh
# Restores an archive of ops/backup.sh into the platform's database, all or nothing:
# pg_restore --clean --if-exists --no-owner --no-acl --single-transaction. Objects of the
# archive that exist are dropped and recreated, so the target may be empty or a database
# of the platform; a failure leaves it as it was. Stop every platform instance first.
#
#   ops/restore.sh --yes FILE               libpq's environment says which database:
#                                           PGHOST, PGPORT, PGUSER, PGDATABASE (required),
#                                           PGPASSWORD (or ~/.pgpass, PGPASSFILE)
#   ops/restore.sh --yes --compose FILE     the database of docker-compose.yml, through
#                                           `docker compose exec -T postgres pg_restore`
#
# --yes       confirms that the target database's content is to be replaced
# --force     restores even while other sessions are connected to the target database
#             (a running platform would go on with a database changed under it)
#
# The restoring role owns what it restores (--no-owner): restore as the role the platform
# connects as (platform). Objects that the archive lacks are left alone: to go back to an
# archive of an older version of the platform, restore into an empty database (dropdb,
# then createdb -O platform platform), or Flyway will find tables it did not expect.
# pg_restore must be of the archive's pg_dump major version or newer.
# Environment: COMPOSE (default "docker compose"), COMPOSE_DB_SERVICE (default postgres),
# PG_RESTORE and PSQL (default pg_restore and psql on the PATH).
set -eu

usage() {
	sed -n '2,24s/^# \{0,1\}//p' "$0" >&2
	exit 2
}

confirmed=false
compose=false
force=false
while [ $# -gt 0 ]; do
	case "$1" in
		--yes) confirmed=true ;;
		--compose) compose=true ;;
		--force) force=true ;;
		-h|--help) usage ;;
		--) shift; break ;;
		-*) usage ;;
		*) break ;;
	esac
	shift
done
[ $# -eq 1 ] || usage
file=$1
[ -f "$file" ] || { echo "No such archive: $file" >&2; exit 2; }

if $compose; then
	service=${COMPOSE_DB_SERVICE:-postgres}
	exec_db="${COMPOSE:-docker compose} exec -T $service"
	restore="$exec_db pg_restore -U platform -d platform"
	psql="$exec_db psql -U platform -d platform"
	target="compose service $service, database platform"
else
	: "${PGDATABASE:?set PGDATABASE (and PGHOST, PGPORT, PGUSER, PGPASSWORD) or use --compose}"
	restore="${PG_RESTORE:-pg_restore} -d $PGDATABASE"
	psql=${PSQL:-psql}
	target="database $PGDATABASE on ${PGHOST:-local socket}:${PGPORT:-5432} as ${PGUSER:-$(id -un)}"
fi

if ! $confirmed; then
	echo "This replaces the content of $target with $file." >&2
	echo "Run again with --yes to do it." >&2
	exit 2
fi

# shellcheck disable=SC2086 # the commands are words on purpose
others=$($psql --no-psqlrc --no-password -At -v ON_ERROR_STOP=1 -c \
	"select count(*) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()" </dev/null)
if [ "$others" != 0 ] && ! $force; then
	echo "$others other session(s) are connected to $target: stop the platform first" >&2
	echo "(docker compose stop platform platform-2), or add --force." >&2
	exit 1
fi

echo "Restoring $file into $target"
# shellcheck disable=SC2086
$restore --clean --if-exists --no-owner --no-acl --single-transaction --no-password <"$file"
echo "Restored $file into $target; start the platform: Flyway validates the schema at start."
