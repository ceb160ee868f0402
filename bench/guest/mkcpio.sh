#!/usr/bin/env bash
# Builds vmbench's own initramfs piece: /bench/init (bench/guest/init.c) and
# the riscv64 static workload builds as /bench/<name>, as a newc cpio archive.
# vmbench appends it to hv's initramfs (bench/guest/initrd.sh): Linux unpacks
# concatenated archives in order, so this adds /bench to hv's busybox root.
#   bench/guest/mkcpio.sh OUT.cpio INIT WORKLOAD...
set -euo pipefail
out=$1 init=$2
shift 2
root=$(mktemp -d); trap 'rm -rf "$root"' EXIT
mkdir -p "$root/bench"
install -m 755 "$init" "$root/bench/init"
for w in "$@"; do install -m 755 "$w" "$root/bench/$(basename "$w")"; done
(cd "$root" && find . | LC_ALL=C sort | cpio -o -H newc -R 0:0 --quiet) >"$out.tmp"
mv "$out.tmp" "$out"
