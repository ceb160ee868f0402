#!/usr/bin/env bash
# Builds (or finds in the cache) the guest kernel and initramfs and boots
# them on bin/hv.  With a terminal: a shell prompt (Ctrl-A x quits).
# Without one (make demo, CI): runs /bin/hvtest and powers off.
#   hv/guest/boot.sh [extra hv options]
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${BIN:=bin}"
image=$(nice -n 10 hv/guest/build-kernel.sh)
rootfs=$(nice -n 10 hv/guest/build-initramfs.sh)
append="console=ttyS0 earlycon=sbi"
[ -t 0 ] || append="$append hv.poweroff"
exec "$BIN/hv" --kernel "$image" --initrd "$rootfs" --append "$append" --mem 256M "$@"
