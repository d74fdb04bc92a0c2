#!/bin/sh
# Backs up the platform's PostgreSQL database into a timestamped custom-format archive
# (pg_dump -Fc), readable by its owner only: it holds personal data.
#
#   ops/backup.sh [DIRECTORY]             libpq's environment says which database:
#                                         PGHOST, PGPORT, PGUSER, PGDATABASE (required),
#                                         PGPASSWORD (or ~/.pgpass, PGPASSFILE)
#   ops/backup.sh --compose [DIRECTORY]   the database of docker-compose.yml, through
#                                         `docker compose exec -T postgres pg_dump`
#
# DIRECTORY defaults to ./backups; the file is platform-YYYYMMDDTHHMMSSZ.dump. The dump is
# written under a temporary name, checked with pg_restore --list and only then renamed, so
# a file with the final name is a complete archive.
#
# pg_dump must be of the server's major version or newer (pg_dump refuses an older one):
# compose's postgres:17 image brings its own; the embedded database is PostgreSQL 17.
# Environment: COMPOSE (default "docker compose"), COMPOSE_DB_SERVICE (default postgres),
# PG_DUMP and PG_RESTORE (default pg_dump and pg_restore on the PATH).
set -eu

usage() {
	sed -n '2,19s/^# \{0,1\}//p' "$0" >&2
	exit 2
}

compose=false
case "${1:-}" in
	--compose) compose=true; shift ;;
	-h|--help) usage ;;
	-*) usage ;;
esac
[ $# -le 1 ] || usage
directory=${1:-backups}

if $compose; then
	service=${COMPOSE_DB_SERVICE:-postgres}
	# the image's own pg_dump over its Unix socket (trusted inside the container)
	dump="${COMPOSE:-docker compose} exec -T $service pg_dump -U platform -d platform"
	list="${COMPOSE:-docker compose} exec -T $service pg_restore --list"
	source="compose service $service, database platform"
else
	: "${PGDATABASE:?set PGDATABASE (and PGHOST, PGPORT, PGUSER, PGPASSWORD) or use --compose}"
	dump=${PG_DUMP:-pg_dump}
	list="${PG_RESTORE:-pg_restore} --list"
	source="database $PGDATABASE on ${PGHOST:-local socket}:${PGPORT:-5432} as ${PGUSER:-$(id -un)}"
fi

umask 077
mkdir -p "$directory"
file="$directory/platform-$(date -u +%Y%m%dT%H%M%SZ).dump"
partial="$file.partial"
trap 'rm -f "$partial"' EXIT
trap 'exit 130' INT TERM

echo "Backing up $source into $file"
# shellcheck disable=SC2086 # the commands are words on purpose
$dump --format=custom --compress=6 --no-password >"$partial"
# shellcheck disable=SC2086
$list <"$partial" >/dev/null
mv "$partial" "$file"
trap - EXIT
echo "Wrote $file ($(wc -c <"$file" | tr -d ' ') bytes)"
