#!/usr/bin/env bash
# The guest vmbench boots on hv and qemu-system-riscv64: hv's kernel and
# initramfs (hv/guest/build-*.sh, cached outside the clone; only looked up
# here, never built) with vmbench's cpio appended.
#   bench/guest/initrd.sh BENCH_BUILD_DIR
# Prints two lines, the kernel Image and the combined initramfs; or, when
# something is missing, one line saying what and exits 3.
set -uo pipefail
cd "$(dirname "$0")/../.."
build=${1:?usage: initrd.sh BENCH_BUILD_DIR}
kernel=$(hv/guest/build-kernel.sh --cached-only 2>/dev/null) ||
    { echo "guest not built: run make hv-guest (no cached kernel)"; exit 3; }
base=$(hv/guest/build-initramfs.sh --cached-only 2>/dev/null) ||
    { echo "guest not built: run make hv-guest (no cached initramfs)"; exit 3; }
ours=$build/guest/bench.cpio
[ -f "$ours" ] || { echo "$ours not built (make, with riscv64-linux-gnu-gcc)"; exit 3; }
out=$build/guest/initrd.cpio
cat "$base" "$ours" >"$out.tmp" && mv "$out.tmp" "$out" ||
    { echo "cannot write $out"; exit 3; }
echo "$kernel"
echo "$out"
