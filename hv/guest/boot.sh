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
if [ -t 0 ]; then
    exec "$BIN/hv" --kernel "$image" --initrd "$rootfs" --append "$append" --mem 256M "$@"
fi
# Non-interactive (make demo): run the guest's self-test, power off, and
# report the boot time, measured to the first line /init prints.
t0=$(date +%s%N)
"$BIN/hv" --kernel "$image" --initrd "$rootfs" --append "$append hv.poweroff" \
    --mem 256M "$@" </dev/null | while IFS= read -r line; do
    printf '%s\n' "$line"
    case $line in "twovm hv guest:"*)
        echo "   (boot to the first userspace line: $(( ($(date +%s%N) - t0) / 1000000 )) ms)" ;;
    esac
done
status=${PIPESTATUS[0]}
echo "   (hv exited with status $status after $(( ($(date +%s%N) - t0) / 1000000 )) ms)"
exit "$status"
