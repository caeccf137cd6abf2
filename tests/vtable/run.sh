#!/bin/sh
# run.sh MIRAGE WORK_DIR: the vtable and drop glue oracle (ctest `vtable_oracle`, see
# oracle.py). Exit 77 (skip) without rustc, nm/c++filt, or the host sysroot.
set -eu
mirage=$1 work=$2
here=$(cd "$(dirname "$0")" && pwd)
rustc=${MIRAGE_RUSTC:-/usr/bin/rustc}
[ -x "$rustc" ] || { echo "no rustc at $rustc: skipped"; exit 77; }
for tool in nm c++filt python3; do
    command -v $tool >/dev/null || { echo "no $tool: skipped"; exit 77; }
done
version=$("$rustc" -vV | sed -n 's/^release: //p')
hash=$("$rustc" -vV | sed -n 's/^commit-hash: //p' | cut -c1-12)
host=$("$rustc" -vV | sed -n 's/^host: //p')
home=${MIRAGE_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/mirage}
[ -f "$home/$version-$hash/$host/mir2.cache" ] || { echo "the host sysroot is not set up (mirage setup): skipped"; exit 77; }
exec python3 "$here/oracle.py" "$mirage" "$work"
