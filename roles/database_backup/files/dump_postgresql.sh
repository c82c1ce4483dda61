# Runs in the guest (bash -s): writes a custom-format dump of database $1 to stdout. pg_dump takes one
# consistent snapshot (repeatable read) for the whole dump, so writers need not stop.
set -euo pipefail
cd /
exec runuser -u postgres -- pg_dump --format=custom --no-password --dbname="$1" </dev/null
