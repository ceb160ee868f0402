#!/usr/bin/env bash
# bench/gc/run.sh — collector figures: bin/jvm against HotSpot on the same
# heap size, for binary-trees (bench/workloads/BinaryTrees.java) and string
# churn (StringChurn.java).  For each run: wall time, peak RSS and the
# longest and total GC pause taken from -Xlog:gc (both VMs print HotSpot's
# unified-logging lines).  HotSpot runs with its default collector (G1)
# and with -XX:+UseSerialGC (the design ours follows).
#
#   bench/gc/run.sh                      the default set
#   XMX=64m DEPTHS="16 18" ROUNDS=20 bench/gc/run.sh
#   REPEAT=3 bench/gc/run.sh             each row the median-wall run of 3
#                                        (interleaved across the VMs)
#   XMX=256m DEPTHS=20 ROUNDS=0 bench/gc/run.sh   depth 20 (HotSpot needs more
#                                                than 64m for it); no churn
#
# Prints a markdown table.  Not part of make check (timing).
set -uo pipefail
cd "$(dirname "$0")/../.."
: "${XMX:=64m}" "${DEPTHS:=16 18}" "${ROUNDS:=20}" "${JVM:=bin/jvm}" "${REPEAT:=1}"
work=$(mktemp -d /tmp/gcbench.XXXXXX); trap 'rm -rf "$work"' EXIT
javac -d "$work" bench/workloads/BinaryTrees.java bench/gc/StringChurn.java || exit 1

# run <label> <vm...> -- <program args...>: one table row
run() {
  local label=$1; shift
  local vm=()
  while [ "$1" != "--" ]; do vm+=("$1"); shift; done; shift
  local log=$work/log err=$work/err
  /usr/bin/time -f "%e %M" -o "$work/time" "${vm[@]}" -Xmx"$XMX" -Xlog:gc -cp "$work" "$@" \
    >"$log" 2>"$err"
  local rc=$?
  read -r wall rss <"$work/time" 2>/dev/null || { wall=?; rss=0; }
  # "[0.123s][info][gc] GC(3) Pause Young (...) 12M->3M(64M) 1.234ms"
  local pauses
  pauses=$(grep -o 'Pause [A-Za-z]* .* [0-9.]*ms$' "$log" | sed 's/.* \([0-9.]*\)ms$/\1/')
  local n max total
  n=$(printf '%s\n' "$pauses" | grep -c . || true)
  max=$(printf '%s\n' "$pauses" | sort -g | tail -1)
  total=$(printf '%s\n' "$pauses" | awk '{s += $1} END {printf "%.1f", s}')
  local result
  result=$(grep -v '^\[' "$log" | tail -1)
  printf '| %s | %s | %s | %d MB | %s | %s ms | %s ms | %s |\n' "$label" "$*" "$wall" $((rss / 1024)) \
    "$n" "${max:-0}" "$total" "$([ $rc -eq 0 ] && echo "$result" || echo "exit $rc")"
}

echo "Heap -Xmx$XMX; $(nproc) cores; $(date -u +%Y-%m-%d); median of $REPEAT"
echo
echo "| VM | program | wall s | peak RSS | GCs | longest pause | total pause | output |"
echo "|---|---|---|---|---|---|---|---|"
# rows <program args...>: the three VMs, REPEAT times interleaved; for
# each VM the row of its median wall time
rows() {
  local r k
  for r in $(seq "$REPEAT"); do
    run "bin/jvm" "$JVM" -- "$@" >>"$work/rows.1"
    run "HotSpot G1" java -- "$@" >>"$work/rows.2"
    run "HotSpot Serial" java -XX:+UseSerialGC -- "$@" >>"$work/rows.3"
  done
  for k in 1 2 3; do
    sort -t'|' -k4,4 -g "$work/rows.$k" | sed -n "$(((REPEAT + 1) / 2))p"
    rm -f "$work/rows.$k"
  done
}

for d in $DEPTHS; do
  rows BinaryTrees "$d"
done
if [ "$ROUNDS" -gt 0 ]; then
  rows StringChurn "$ROUNDS"
fi
