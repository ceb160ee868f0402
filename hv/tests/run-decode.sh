#!/usr/bin/env bash
# hv's decoder against an independent one (GNU objdump from binutils): for
# every one of the 49152 16-bit parcels (RVC) and for a sample of 32-bit
# words built on every major opcode, both must agree on legal vs illegal.
# Prints TAP lines.
set -u
cd "$(dirname "$0")/../.."
: "${O:=build/rel}"
tool=$O/hv/tests/decode_legal
objdump=riscv64-linux-gnu-objdump
if [ ! -x "$tool" ] || ! command -v $objdump >/dev/null; then
    echo "ok - hv decode # SKIP binutils-riscv64-linux-gnu not installed"
    exit 0
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
python3 - "$tmp" <<'PY'
import random, struct, sys
d = sys.argv[1]
half = [i for i in range(65536) if i & 3 != 3]
rnd = random.Random(12345)
# 32-bit words: random fields over each major opcode (low 7 bits)
words = []
for op in [o for o in range(3, 128, 4) if o & 0x1f != 0x1f]:   # 32-bit lengths only
    for _ in range(3500):
        words.append((rnd.getrandbits(25) << 7) | op)
for name, vals, fmt in (("c", half, "<H"), ("w", words, "<I")):
    open(f"{d}/{name}.bin", "wb").write(b"".join(struct.pack(fmt, v) for v in vals))
    open(f"{d}/{name}.hex", "w").write("".join(f"{v:x}\n" for v in vals))
PY
# binutils: ".2byte"/".4byte" = not an instruction; c.unimp (0x0000) is the
# defined-illegal all-zero parcel.
"$tool" <"$tmp/c.hex" >"$tmp/c.ours"
"$tool" <"$tmp/w.hex" >"$tmp/w.ours"
for k in c w; do
    $objdump -D -b binary -m riscv:rv64 -M no-aliases "$tmp/$k.bin" |
        awk -F'\t' 'NF>=3 { split($3, a, " "); print a[1] }' >"$tmp/$k.gnu"
done
python3 - "$tmp" <<'PY'
import sys
d = sys.argv[1]
def rows(k):
    hexes = open(f"{d}/{k}.hex").read().split()
    ours = open(f"{d}/{k}.ours").read().split()
    gnu = open(f"{d}/{k}.gnu").read().split()
    return [(int(h, 16), o == "1", g) for h, o, g in zip(hexes, ours, gnu)]

def known(v, ours, m):
    # c.addi16sp sp, 0 is reserved (spec 16.5); binutils accepts it
    if v & 0xef83 == 0x6101 and ours is False: return True
    # FENCE/FENCE.I: unused fields and fm values must be ignored by base
    # implementations (spec 2.7, 3.1); binutils rejects non-zero ones
    if v & 0x7f == 0x0f and (v >> 12) & 7 in (0, 1): return True
    # fcvt.d.s / fcvt.d.w / fcvt.d.wu are exact: binutils wants rm = 0, the
    # spec has the rm field like every other conversion
    f7, rs2 = v >> 25, (v >> 20) & 31
    if v & 0x7f == 0x53 and ((f7 == 0x21 and rs2 == 0) or (f7 == 0x69 and rs2 < 2)):
        return True
    return False

for k, what in (("c", "all 49152 RVC parcels"), ("w", "98000 random 32-bit words")):
    bad = []
    for v, ours, m in rows(k):
        gnu = not (m in (".2byte", ".4byte", "c.unimp"))
        if ours != gnu and not known(v, ours, m):
            bad.append((v, ours, m))
    if bad:
        print(f"not ok - hv decode: {len(bad)} of {what} disagree with binutils on legality")
        from collections import Counter
        for (op, n) in Counter(v & 0x7f for v, _, _ in bad).most_common(6):
            ex = next(b for b in bad if b[0] & 0x7f == op)
            print(f"#   opcode {op:#04x}: {n}, e.g. {ex[0]:#010x} hv={int(ex[1])} binutils={ex[2]}")
    else:
        print(f"ok - hv decode: {what} agree with binutils on legality")
PY
