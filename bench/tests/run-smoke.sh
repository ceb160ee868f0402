#!/usr/bin/env bash
# Smoke test of bin/vmbench: every workload at its tiny size, one run, on the
# engines below. Each (workload, engine) must print the same checksum line as
# the native C build (vmbench checks; we read its runs.tsv). HotSpot matching
# native is the independent check that the C and Java sources agree.
# Prints TAP lines "ok - ..." / "not ok - ...". Takes a few seconds.
set -uo pipefail
cd "$(dirname "$0")/../.."
: "${BIN:=bin}"
vb=$BIN/vmbench

# bin/jvm joins the smoke test workload by workload as it learns to run them.
JVM_WORKLOADS=${JVM_WORKLOADS-hello fib sieve nbody dispatch spectralnorm fannkuch binarytrees strhash}

out=$(mktemp -d); trap 'rm -rf "$out"' EXIT

if [ ! -x "$vb" ]; then
  echo "not ok - $vb is built"
  exit 1
fi

# state of (workload, engine) in a runs.tsv, or "missing"
state() { awk -F'\t' -v w="$1" -v e="$2" '$1==w && $2==e { print $9; exit }' "$3" | grep . || echo missing; }

check() { # file workload engine
  local s; s=$(state "$2" "$3" "$1")
  local what="prints the native checksum"
  [ "$3" = native ] && what="runs (the reference)"
  if [ "$s" = ok ]; then
    echo "ok - vmbench --tiny: $2 on $3 $what"
  else
    echo "not ok - vmbench --tiny: $2 on $3: $s"
    grep -F -- "- $2 on $3:" "$(dirname "$1")/results.md" || true
  fi
}

# 1. All workloads on native and HotSpot (JIT and -Xint).
"$vb" --tiny --engines native,hotspot,hotspot-int --out "$out/hs" >"$out/hs.log" 2>&1 \
  || { echo "not ok - vmbench --tiny exits 0"; cat "$out/hs.log"; }
tsv=$out/hs/runs.tsv
workloads=$("$vb" --list | awk '/^workloads/ { w = 1; next } w { print $1 }')
[ -n "$workloads" ] || echo "not ok - vmbench --list names workloads"
for w in $workloads; do
  check "$tsv" "$w" native
  check "$tsv" "$w" hotspot
  [ "$w" = hello ] || check "$tsv" "$w" hotspot-int
done
if grep -q '^- HotSpot: .*CDS on' "$out/hs/results.md"; then
  echo "ok - results.md records that HotSpot's CDS is on"
else
  echo "not ok - results.md records that HotSpot's CDS is on"
fi
if grep -q '^| fib ' "$out/hs/results.md" && grep -q '`build/.*/native/fib ' "$out/hs/results.md"; then
  echo "ok - results.md has the tables and the commands"
else
  echo "not ok - results.md has the tables and the commands"
fi

# 2. bin/jvm on the workloads it runs so far.
if [ -n "$JVM_WORKLOADS" ]; then
  "$vb" --tiny --engines jvm,jvm-int --workloads "${JVM_WORKLOADS// /,}" --out "$out/jvm" \
    >"$out/jvm.log" 2>&1 || { echo "not ok - vmbench --tiny on jvm exits 0"; cat "$out/jvm.log"; }
  for w in $JVM_WORKLOADS; do
    if [ "$w" = hello ]; then check "$out/jvm/runs.tsv" "$w" jvm
    else check "$out/jvm/runs.tsv" "$w" jvm-int; fi
  done
fi

# 3. An engine printing a wrong checksum is reported wrong, with no time.
"$vb" --tiny --engine 'liar=echo fib 15 0' --engines liar --workloads fib --out "$out/liar" \
  >"$out/liar.log" 2>&1
line=$(awk -F'\t' '$2=="liar"' "$out/liar/runs.tsv")
if [ "$(cut -f9 <<<"$line")" = wrong ] && [ -z "$(cut -f5 <<<"$line")" ]; then
  echo "ok - a wrong checksum is reported wrong and not timed"
else
  echo "not ok - a wrong checksum is reported wrong and not timed: $line"
fi
