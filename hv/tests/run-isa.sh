#!/usr/bin/env bash
# Runs the bare-metal ISA tests (hv/tests/isa/*.S, built by `make` into
# $O/hv/isa) on bin/hv, and, to check the tests themselves against an
# independent implementation, on QEMU's virt machine when it is installed.
# Prints TAP lines.  Installs nothing: scripts/deps.sh does.
set -u
cd "$(dirname "$0")/../.."
: "${O:=build/rel}" "${BIN:=bin}"
dir=$O/hv/isa
shopt -s nullglob
elfs=("$dir"/*.elf)
if [ ${#elfs[@]} -eq 0 ]; then
    echo "ok - hv isa tests # SKIP riscv64-linux-gnu-gcc is not installed (scripts/deps.sh installs it)"
    exit 0
fi
# Checks where QEMU 7.2 departs from the specification (file:check); each
# is the last check of its file, so QEMU still runs all the others.
#   csr:42    mepc[0] must read as zero (priv. spec 3.1.14); QEMU keeps it
#   rv64a:27  a misaligned AMO is a store/AMO fault (cause 6/7); QEMU says 4
qemu_known=" csr:42 rv64a:27 "
for elf in "${elfs[@]}"; do
    name=$(basename "$elf" .elf)
    out=$(timeout 30 "$BIN/hv" --bios none --kernel "$elf" </dev/null 2>&1)
    rc=$?
    if [ $rc -eq 0 ]; then
        echo "ok - hv isa $name"
    else
        echo "not ok - hv isa $name (exit $rc)"
        echo "$out" | tail -5 | sed 's/^/#   /'
    fi
    command -v qemu-system-riscv64 >/dev/null || continue
    out=$(timeout 30 qemu-system-riscv64 -M virt -display none -serial stdio \
          -monitor none -bios none -kernel "$elf" </dev/null 2>&1)
    rc=$?
    if [ $rc -eq 0 ]; then
        echo "ok - qemu isa $name (the test agrees with QEMU)"
    elif [[ "$qemu_known" == *" $name:$rc "* ]]; then
        echo "ok - qemu isa $name (agrees up to check $rc, a known QEMU 7.2 deviation)"
    else
        echo "not ok - qemu isa $name (exit $rc)"
        echo "$out" | tail -5 | sed 's/^/#   /'
    fi
done
