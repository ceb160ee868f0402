#!/usr/bin/env bash
# Differential F/D check: hv/tests/fuzz/fpdiff.S runs 15000 operand sets
# (random and special values, all five rounding modes) through each of 66
# F/D operations and prints a hash of results and fflags per operation;
# hv must print the same as QEMU (softfloat: an independent IEEE-754
# implementation).  One TAP line per operation.
set -u
cd "$(dirname "$0")/../.."
: "${O:=build/rel}" "${BIN:=bin}"
elf=$O/hv/fuzz/fpdiff.elf
if [ ! -f "$elf" ] || ! command -v qemu-system-riscv64 >/dev/null; then
    echo "ok - hv fp vs qemu # SKIP cross compiler or qemu-system-misc not installed"
    exit 0
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
timeout 120 "$BIN/hv" --bios none --kernel "$elf" </dev/null >"$tmp/hv" 2>&1
timeout 120 qemu-system-riscv64 -M virt -display none -serial stdio -monitor none \
    -bios none -kernel "$elf" </dev/null >"$tmp/qemu" 2>&1
if [ "$(wc -l <"$tmp/qemu")" -lt 66 ]; then
    echo "not ok - hv fp vs qemu: QEMU printed $(wc -l <"$tmp/qemu") lines, not 66"
    exit 0
fi
while read -r op hash; do
    mine=$(awk -v op="$op" '$1 == op { print $2 }' "$tmp/hv")
    if [ "$mine" = "$hash" ]; then echo "ok - hv fp vs qemu: $op"
    else echo "not ok - hv fp vs qemu: $op (hv ${mine:-nothing}, qemu $hash)"; fi
done <"$tmp/qemu"
