#!/usr/bin/env bash
# Boots the guest Linux non-interactively on bin/hv and checks that it
# reaches userland, that /bin/hvtest passes, and that poweroff gives exit
# status 0, within a time bound.  Prints TAP lines.  Not part of
# `make check` yet (the kernel build is long; see docs/hv.md).
#   hv/guest/boot-test.sh [seconds]
set -u
cd "$(dirname "$0")/../.."
: "${BIN:=bin}"
limit=${1:-120}
image=$(nice -n 10 hv/guest/build-kernel.sh) || { echo "not ok - hv linux: kernel build"; exit 1; }
rootfs=$(nice -n 10 hv/guest/build-initramfs.sh) || { echo "not ok - hv linux: initramfs build"; exit 1; }
log=$(mktemp); trap 'rm -f "$log"' EXIT
t0=$(date +%s%N)
timeout "$limit" "$BIN/hv" --kernel "$image" --initrd "$rootfs" --mem 256M \
    --append "console=ttyS0 earlycon=sbi hv.poweroff" --stats </dev/null >"$log" 2>&1
rc=$?
t1=$(date +%s%N)
ok() { if eval "$2"; then echo "ok - $1"; else echo "not ok - $1"; fi; }
ok "hv linux: kernel banner" 'grep -q "Linux version 6.1" "$log"'
ok "hv linux: /init runs (busybox userland)" 'grep -q "twovm hv guest:" "$log"'
ok "hv linux: hvtest passes" 'grep -q "hvtest: all ok" "$log"'
ok "hv linux: poweroff exits 0 within ${limit}s" '[ $rc -eq 0 ]'
echo "# boot to poweroff: $(( (t1 - t0) / 1000000 )) ms"
grep -E "^hv: (instructions|traps|TLB)" "$log" | sed 's/^/# /'
[ $rc -eq 0 ] || tail -30 "$log" | sed 's/^/#   /'
command -v python3 >/dev/null && python3 hv/guest/shell_pty.py "$BIN/hv" "$image" "$rootfs"
