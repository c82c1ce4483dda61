# Runs in the guest (bash -s -- DIR...): writes a tar archive of the app's data folders to stdout, paths relative
# to / with numeric owners and modes kept. A folder that does not exist (yet) is left out; with none
# at all the archive is empty.
set -euo pipefail
cd /
found=()
for dir in "$@"; do
  if [ -e "$dir" ]; then
    found+=("${dir#/}")
  fi
done
if [ "${#found[@]}" -eq 0 ]; then
  exec tar --create --file=- --files-from=/dev/null </dev/null
fi
exec tar --create --file=- --numeric-owner --preserve-permissions --one-file-system -- "${found[@]}" </dev/null
