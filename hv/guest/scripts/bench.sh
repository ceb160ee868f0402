#!/bin/sh
# Throughput figures (hv.run=bench; console=hvc0, --disk IMAGE): console
# output through the 16550 (one trap per byte) and virtio-console, and
# reading the disk through virtio-blk.  Times are wall clock (hv's mtime
# follows the host clock).
n=${BENCH_KB:-512}
dd if=/dev/zero bs=1024 count=$n 2>/dev/null | tr '\0' 'x' >/tmp/out
ms() { echo $(( $(cut -d' ' -f1 /proc/uptime | tr -d .) * 10 )); }
for dev in ttyS0 hvc0; do
    t0=$(ms); cat /tmp/out >/dev/$dev; t1=$(ms)
    echo; echo "BENCH console $dev ${n} KiB $((t1 - t0)) ms"
done
if [ -b /dev/vda ]; then
    t0=$(ms); dd if=/dev/vda of=/dev/null bs=1M 2>/dev/null; t1=$(ms)
    echo "BENCH blk-read $(( $(cat /sys/block/vda/size) / 2048 )) MiB $((t1 - t0)) ms"
    t0=$(ms); dd if=/dev/zero of=/dev/vda bs=1M count=32 conv=fsync 2>/dev/null; t1=$(ms)
    echo "BENCH blk-write 32 MiB $((t1 - t0)) ms"
fi
