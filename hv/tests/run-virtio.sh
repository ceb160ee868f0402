#!/usr/bin/env bash
# virtio devices without a guest kernel: hv/tests/virtio/vqtest.c (bare
# metal) drives virtio-blk and virtio-rng with well-formed and hostile
# descriptor chains and prints TAP lines; this script checks them, that
# the machine survived (exit 0 = the program powered off normally), that
# nothing reached the sanitizers (SAN=1), what the guest wrote into the
# image, and the image lock.  Prints TAP lines.
set -u
cd "$(dirname "$0")/../.."
: "${O:=build/rel}" "${BIN:=bin}"
HV=$BIN/hv
elf=$O/hv/virtio/vqtest.elf
ok() { if eval "$2"; then echo "ok - $1"; else echo "not ok - $1"; fi; }
if [ ! -f "$elf" ]; then
    echo "ok - hv virtio bare-metal tests # SKIP riscv64-linux-gnu-gcc not installed"
    exit 0
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
img=$tmp/disk.img
# sector k is filled with (k*7+1) & 0xff: 1 MiB, 2048 sectors
python3 -c "
import sys
sys.stdout.buffer.write(b''.join(bytes([(k*7+1)&255])*512 for k in range(2048)))" >"$img"

out=$(timeout 60 "$HV" --bios none --kernel "$elf" --mem 64M --disk "$img" --stats </dev/null 2>&1); rc=$?
grep -E '^(not )?ok - ' <<<"$out" | sed 's/^\(not \)\{0,1\}ok - /&hv /'
ok "hv virtio: bare-metal test ran to its end and powered off" \
   '[ $rc -eq 0 ] && grep -q "^vqtest: [0-9]* checks, 0 failed" <<<"$out"'
ok "hv virtio: no sanitizer report" '! grep -qiE "sanitizer|runtime error" <<<"$out"'
ok "hv virtio: --stats counts notifications, interrupts and errors per device" \
   'grep -qE "virtio-blk +notifications [1-9][0-9]*, interrupts [1-9][0-9]*, requests [1-9][0-9]*, errors [1-9]" <<<"$out" &&
    grep -qE "virtio-rng +notifications 1, " <<<"$out"'
ok "hv virtio: the guest's write reached sector 100 of the image" \
   'python3 -c "
import sys
d=open(\"$img\",\"rb\").read()
s=d[100*512:101*512]
sys.exit(0 if s==bytes((0xa5^i)&255 for i in range(512)) and d[99*512:100*512]==bytes([(99*7+1)&255])*512 else 1)"'
[ $rc -eq 0 ] || echo "$out" | tail -5 | sed 's/^/#   /'

# the image lock: a writer excludes everyone; readers share
flock -x "$img" "$HV" --bios none --kernel "$elf" --mem 64M --disk "$img" </dev/null >"$tmp/o" 2>&1; rc=$?
ok "hv virtio: an image locked for writing is refused (exit 1)" \
   '[ $rc -eq 1 ] && grep -q "in use" "$tmp/o"'
flock -s "$img" "$HV" --bios none --kernel "$elf" --mem 64M --disk "$img" </dev/null >"$tmp/o" 2>&1; rc=$?
ok "hv virtio: a shared (read) lock also keeps a writer out" '[ $rc -eq 1 ]'
cp "$img" "$tmp/before"
flock -s "$img" "$HV" --bios none --kernel "$elf" --mem 64M --disk "$img,ro" </dev/null >"$tmp/o" 2>&1
ok "hv virtio: ,ro opens beside another reader; guest writes fail; image unchanged" \
   'grep -q "^not ok - virtio blk write sector 100" "$tmp/o" && cmp -s "$img" "$tmp/before"'
"$HV" --bios none --kernel "$elf" --disk "$tmp/missing.img" </dev/null >/dev/null 2>&1
ok "hv virtio: missing disk image exits 1" '[ $? -eq 1 ]'
"$HV" --bios none --kernel "$elf" --net bogus </dev/null >/dev/null 2>&1
ok "hv virtio: bad --net exits 1" '[ $? -eq 1 ]'
