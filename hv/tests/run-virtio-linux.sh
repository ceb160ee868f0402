#!/usr/bin/env bash
# virtio with Linux's own drivers (guest from hv/guest; SKIPs when it is
# not in the cache, so `make check` never waits for a kernel build):
# every device binds; ext4 on virtio-blk checked by e2fsck and read back
# by debugfs on the host; flushed data survives SIGKILL of hv; a guest
# httpd answers the host through slirp's hostfwd; virtio-console echo.
# Prints TAP lines.
set -u
cd "$(dirname "$0")/../.."
: "${BIN:=bin}"
HV=$BIN/hv
if ! image=$(hv/guest/build-kernel.sh --cached-only 2>/dev/null) ||
   ! rootfs=$(hv/guest/build-initramfs.sh --cached-only 2>/dev/null); then
    echo "ok - hv virtio linux # SKIP guest not built (make hv-guest)"
    exit 0
fi
if ! grep -qa "virtio,mmio" "$image" 2>/dev/null; then
    echo "ok - hv virtio linux # SKIP cached kernel has no virtio (rebuild: make hv-guest)"
    exit 0
fi
tmp=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null; done; rm -rf "$tmp"; }
trap cleanup EXIT
ok() { if eval "$2"; then echo "ok - $1"; else echo "not ok - $1"; fi; }
boot() {   # boot LOG APPEND [hv options...]
    local log=$1 append=$2; shift 2
    timeout 120 "$HV" --kernel "$image" --initrd "$rootfs" --mem 256M \
        --append "earlycon=sbi $append" "$@" </dev/null >"$log" 2>&1
}
wait_for() {   # wait_for LOG TEXT SECONDS
    local i=0
    while ! grep -q "$2" "$1" 2>/dev/null; do
        sleep 0.5; i=$((i + 1)); [ $i -ge $(( $3 * 2 )) ] && return 1
    done
    return 0
}
show() { tail -15 "$1" | sed 's/^/#   /'; }

# ---- every device binds to Linux's driver ----
truncate -s 8M "$tmp/d0.img"
boot "$tmp/dev.log" "console=hvc0 hv.run=devices" --disk "$tmp/d0.img" --net user \
     --console virtio --stats; rc=$?
for p in "0x0002 virtio_blk" "0x0001 virtio_net" "0x0003 virtio_console" "0x0004 virtio_rng"; do
    ok "hv virtio linux: device ${p% *} bound to ${p#* }" 'grep -q "^VIRTIO $p" "$tmp/dev.log"'
done
ok "hv virtio linux: hw_random uses virtio_rng and yields bytes" \
   'grep -q "^HWRNG virtio_rng" "$tmp/dev.log" && grep -qE "^RNGBYTES [0-9a-f]{64}" "$tmp/dev.log"'
ok "hv virtio linux: console=hvc0 boot powers off (exit 0)" '[ $rc -eq 0 ]'
[ $rc -eq 0 ] || show "$tmp/dev.log"
grep -E "^hv: virtio-" "$tmp/dev.log" | sed 's/^/# /'

# ---- ext4 on virtio-blk ----
if command -v mkfs.ext4 >/dev/null && command -v debugfs >/dev/null; then
    img=$tmp/ext4.img
    truncate -s 64M "$img" && mkfs.ext4 -q -F "$img"
    boot "$tmp/ext4.log" "console=ttyS0 hv.run=blk-ext4" --disk "$img"; rc=$?
    ok "hv virtio linux: guest mounts ext4, writes, syncs, unmounts, powers off" \
       '[ $rc -eq 0 ] && grep -q "^BLK-EXT4-DONE" "$tmp/ext4.log" && grep -q "^HV-RUN-EXIT 0" "$tmp/ext4.log"'
    [ $rc -eq 0 ] || show "$tmp/ext4.log"
    e2fsck -fn "$img" >"$tmp/fsck.out" 2>&1
    ok "hv virtio linux: e2fsck -fn finds the file system clean" '[ $? -eq 0 ]'
    ok "hv virtio linux: debugfs reads /hello.txt back" \
       '[ "$(debugfs -R "cat /hello.txt" "$img" 2>/dev/null)" = "hello from the hv guest" ]'
    debugfs -R "dump /dir/rand.bin $tmp/rand.bin" "$img" >/dev/null 2>&1
    want=$(sed -n 's/^MD5 \([0-9a-f]*\).*/\1/p' "$tmp/ext4.log")
    ok "hv virtio linux: 1 MiB random file read back by debugfs has the guest's md5" \
       '[ -n "$want" ] && [ "$(md5sum <"$tmp/rand.bin" | cut -d" " -f1)" = "$want" ]'
    ok "hv virtio linux: all 100 small files are there" \
       '[ "$(debugfs -R "cat /dir/f99" "$img" 2>/dev/null)" = "file 99" ] &&
        [ "$(debugfs -R "ls -l /dir" "$img" 2>/dev/null | grep -c " f[0-9]*")" -eq 100 ]'
else
    echo "ok - hv virtio linux: ext4 # SKIP e2fsprogs not installed (scripts/deps.sh)"
fi

# ---- flushed data survives SIGKILL ----
truncate -s 4M "$tmp/raw.img"
"$HV" --kernel "$image" --initrd "$rootfs" --mem 256M --disk "$tmp/raw.img" \
      --append "console=ttyS0 hv.run=blk-kill" </dev/null >"$tmp/kill.log" 2>&1 &
pid=$!; pids+=("$pid")
if wait_for "$tmp/kill.log" "^FLUSHED" 90; then
    kill -9 "$pid"; wait "$pid" 2>/dev/null
    want=$(sed -n 's/^MD5 \([0-9a-f]*\).*/\1/p' "$tmp/kill.log")
    ok "hv virtio linux: data the guest flushed is in the image after SIGKILL" \
       '[ -n "$want" ] && [ "$(head -c 1048576 "$tmp/raw.img" | md5sum | cut -d" " -f1)" = "$want" ]'
else
    echo "not ok - hv virtio linux: data the guest flushed is in the image after SIGKILL (guest did not get there)"
    show "$tmp/kill.log"
fi

# ---- discard punches a hole ----
truncate -s 4M "$tmp/trim.img"
boot "$tmp/trim.log" "console=ttyS0 hv.run=blk-discard" --disk "$tmp/trim.img"; rc=$?
want=$(sed -n 's/^MD5 \([0-9a-f]*\).*/\1/p' "$tmp/trim.log")
ok "hv virtio linux: blkdiscard zeroes the first MiB and keeps the second" \
   '[ $rc -eq 0 ] && grep -q "^DISCARDED" "$tmp/trim.log" &&
    cmp -s <(head -c 1048576 "$tmp/trim.img") <(head -c 1048576 /dev/zero) &&
    [ "$(tail -c +1048577 "$tmp/trim.img" | head -c 1048576 | md5sum | cut -d" " -f1)" = "$want" ]'
ok "hv virtio linux: the discarded MiB is a hole in the image file" \
   '[ "$(du -k "$tmp/trim.img" | cut -f1)" -le 1100 ]'

# ---- a guest httpd through slirp hostfwd ----
port=$(( 20000 + $$ % 20000 ))
"$HV" --kernel "$image" --initrd "$rootfs" --mem 256M \
      --net "user,hostfwd=tcp:127.0.0.1:$port-:80" \
      --append "console=ttyS0 ip=dhcp hv.run=net-httpd" </dev/null >"$tmp/net.log" 2>&1 &
pid=$!; pids+=("$pid")
if wait_for "$tmp/net.log" "^HTTPD-READY" 90; then
    ok "hv virtio linux: guest got 10.0.2.15 from slirp's DHCP" 'grep -q "^GUEST-IP 10.0.2.15" "$tmp/net.log"'
    body=$(python3 - "$port" <<'PY'
import sys, urllib.request
print(urllib.request.urlopen("http://127.0.0.1:%s/index.html" % sys.argv[1], timeout=20).read().decode().strip())
PY
)
    ok "hv virtio linux: host client gets the page from the guest httpd via hostfwd" \
       '[ "$body" = "hv guest httpd at 10.0.2.15" ]'
    ok "hv virtio linux: hostfwd listens on loopback only" \
       '! command -v ss >/dev/null || ss -ltnH "sport = :$port" | grep -q "127.0.0.1:$port"'
else
    echo "not ok - hv virtio linux: guest httpd (did not start)"
    show "$tmp/net.log"
fi
kill -TERM "$pid" 2>/dev/null; wait "$pid" 2>/dev/null

# ---- virtio-console echo ----
mkfifo "$tmp/in"
"$HV" --kernel "$image" --initrd "$rootfs" --mem 256M --console virtio \
      --append "console=hvc0 hv.run=console-echo" <"$tmp/in" >"$tmp/con.log" 2>&1 &
pid=$!; pids+=("$pid")
exec 3>"$tmp/in"
if wait_for "$tmp/con.log" "^ECHO-READY" 90; then
    echo "hello through virtio" >&3
    i=0; while kill -0 "$pid" 2>/dev/null && [ $i -lt 60 ]; do sleep 0.5; i=$((i + 1)); done
    ok "hv virtio linux: virtio-console echoes a line (hvc0)" \
       'grep -q "^ECHO-READY on /dev/console" "$tmp/con.log" && grep -q "^echo: hello through virtio" "$tmp/con.log"'
else
    echo "not ok - hv virtio linux: virtio-console echo (no prompt)"
    show "$tmp/con.log"
fi
exec 3>&-
