# Runs in the guest (bash -c SCRIPT restore STAGE DIR...): reads a tar archive of archive_data.sh on stdin and puts
# the app's data folders back from it. The archive is unpacked whole into STAGE first, so an archive that ends
# early or does not unpack changes nothing; then each folder is swapped for its copy by renames, the old ones
# removed only once every folder is in place. A folder the archive does not hold (it did not exist when the backup
# was made) is left as it is.
set -euo pipefail
stage=$1
shift
rm -rf -- "$stage"
mkdir -p -- "$stage"
chmod 0700 "$stage"
tar --extract --file=- --numeric-owner --preserve-permissions --directory="$stage"
for dir in "$@"; do
  [ -e "$stage$dir" ] || continue
  rm -rf -- "$dir.containr-old"
  if [ -e "$dir" ] || [ -L "$dir" ]; then
    mv -- "$dir" "$dir.containr-old"
  fi
  mkdir -p -- "$(dirname -- "$dir")"
  mv -- "$stage$dir" "$dir"
done
for dir in "$@"; do
  rm -rf -- "$dir.containr-old"
done
rm -rf -- "$stage"
echo "containr-restored $#"
