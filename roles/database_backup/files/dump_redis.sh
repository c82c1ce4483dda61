# Runs in the guest (bash -s): asks Redis on port $1 for a background save, waits until LASTSAVE moves past
# the save before it, and writes that RDB file to stdout. The password is read from the server's own
# configuration into redis-cli's environment (REDISCLI_AUTH), never onto a command line.
set -euo pipefail
REDISCLI_AUTH="$(sed -n 's/^requirepass "\(.*\)"$/\1/p' /etc/redis/containr-auth.conf)"
export REDISCLI_AUTH
cli() { redis-cli --no-auth-warning -h 127.0.0.1 -p "$1" "${@:2}" </dev/null; }
before="$(cli "$1" LASTSAVE)"
# LASTSAVE counts whole seconds: a save finishing in the second of the previous one would not move it.
while [ "$(date +%s)" -le "$before" ]; do sleep 0.2; done
reply="$(cli "$1" BGSAVE SCHEDULE)"
case "$reply" in
  "Background saving started" | "Background saving scheduled") ;;
  *) echo "Redis refused BGSAVE: $reply" >&2; exit 1 ;;
esac
for _ in $(seq 1200); do
  [ "$(cli "$1" LASTSAVE)" != "$before" ] && break
  sleep 0.5
done
if [ "$(cli "$1" LASTSAVE)" = "$before" ]; then
  echo "Redis did not finish its background save within 10 minutes" >&2
  exit 1
fi
if ! cli "$1" INFO persistence | grep -q '^rdb_last_bgsave_status:ok'; then
  echo "Redis's background save failed (see the server's log)" >&2
  exit 1
fi
dir="$(cli "$1" CONFIG GET dir | sed -n 2p)"
file="$(cli "$1" CONFIG GET dbfilename | sed -n 2p)"
# Redis replaces the file by rename: an open file stays the save just made even if another one follows.
exec cat -- "$dir/$file"
