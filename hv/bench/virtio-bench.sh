#!/usr/bin/env bash
# Paravirtual vs emulated I/O on bin/hv (needs the guest: make hv-guest).
# Not a test; prints figures.
#   1. console output: the same bytes through the emulated 16550 (ttyS0,
#      one MMIO trap per byte) and virtio-console (hvc0, one notification
#      per buffer), timed in the guest (hv's clock is the host's);
#   2. virtio-blk: the guest reads the whole disk / writes 32 MiB, against
#      the host reading the same image file;
#   3. requests per second of the guest's busybox httpd through slirp.
#   hv/bench/virtio-bench.sh [console KiB]
set -u
cd "$(dirname "$0")/../.."
: "${BIN:=bin}"
HV=$BIN/hv
image=$(hv/guest/build-kernel.sh --cached-only) || { echo "build the guest first: make hv-guest" >&2; exit 1; }
rootfs=$(hv/guest/build-initramfs.sh --cached-only) || { echo "build the guest first: make hv-guest" >&2; exit 1; }
kib=${1:-512}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
disk=$tmp/disk.img
head -c $((128 << 20)) /dev/urandom >"$disk"

echo "== console and block (guest: hv.run=bench) =="
"$HV" --kernel "$image" --initrd "$rootfs" --mem 256M --console virtio --disk "$disk" \
      --append "console=hvc0 hv.run=bench BENCH_KB=$kib" --stats </dev/null >"$tmp/out" 2>"$tmp/err"
grep -a "^BENCH" "$tmp/out" | while read -r _ what dev n unit ms _; do
    if [ "$what" = console ]; then
        echo "guest console $dev: $n $unit in $ms ms = $(( n * 1000 / (ms > 0 ? ms : 1) )) KiB/s"
    else
        echo "guest $what ($dev $n): $unit ms = $(( dev * 1000 / (unit > 0 ? unit : 1) )) MiB/s"
    fi
done
grep -E "^hv: (MMIO uart16550|virtio-console|virtio-blk|instructions)" "$tmp/err"
t0=$(date +%s%N); dd if="$disk" of=/dev/null bs=1M 2>/dev/null; t1=$(date +%s%N)
echo "host reads the same 128 MiB image (page cache): $(( (t1 - t0) / 1000000 )) ms = $(( 128 * 1000000000 / (t1 - t0) )) MiB/s"

echo "== guest httpd through slirp hostfwd =="
port=$(( 20000 + $$ % 20000 ))
"$HV" --kernel "$image" --initrd "$rootfs" --mem 256M \
      --net "user,hostfwd=tcp:127.0.0.1:$port-:80" \
      --append "console=ttyS0 ip=dhcp hv.run=net-httpd" --stats </dev/null >"$tmp/net" 2>&1 &
pid=$!
for _ in $(seq 180); do grep -q "^HTTPD-READY" "$tmp/net" && break; sleep 0.5; done
python3 - "$port" <<'PY'
import sys, time, urllib.request
url = "http://127.0.0.1:%s/index.html" % sys.argv[1]
urllib.request.urlopen(url, timeout=30).read()
n, t0 = 0, time.time()
while time.time() - t0 < 10:
    urllib.request.urlopen(url, timeout=30).read()
    n += 1
dt = time.time() - t0
print("sequential HTTP GETs: %d in %.1f s = %.0f requests/s" % (n, dt, n / dt))
PY
kill -TERM "$pid"; wait "$pid" 2>/dev/null
grep -E "^hv: virtio-net" "$tmp/net"
