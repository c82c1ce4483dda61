# Runs in the guest (bash -s): writes an SQL dump of database $1 to stdout, as root over the server's socket
# (unix_socket authentication: no password). --single-transaction gives InnoDB tables one consistent view
# without locking writers. No CREATE DATABASE / USE: a restore loads it into any database.
set -euo pipefail
cd /
exec mysqldump --single-transaction --routines --triggers --default-character-set=utf8mb4 -- "$1" </dev/null
