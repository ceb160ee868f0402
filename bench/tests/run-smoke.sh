#!/usr/bin/env bash
# Smoke test of bin/vmbench: every workload at its tiny size, one run, on
# every engine present. Each (workload, engine) must print the same checksum
# line as the native C build (vmbench checks; we read its runs.tsv). HotSpot
# matching native is the independent check that the C and Java sources agree;
# qemu-user matching native, that the riscv64 build computes the same.
# The guests (hv, qemu-system) boot once per run, so they get two workloads
# only, and the I/O rows run on hv only (about 20 s in all); they are skipped,
# saying why, when the guest is not built.
# Prints TAP lines "ok - ..." / "not ok - ...".
set -uo pipefail
cd "$(dirname "$0")/../.."
: "${BIN:=bin}"
vb=$BIN/vmbench

out=$(mktemp -d); trap 'rm -rf "$out"' EXIT

if [ ! -x "$vb" ]; then
  echo "not ok - $vb is built"
  exit 1
fi

# state of (workload, engine) in a runs.tsv, or "missing"
state() { awk -F'\t' -v w="$1" -v e="$2" '$1==w && $2==e { print $9; exit }' "$3" | grep . || echo missing; }
# engines vmbench --list calls present, of the group's engine list
present() { "$vb" --list --only "$1" | awk '/^engines/ { e = 1; next } /^workloads/ { e = 0 } e && / present$/ { print $1 }'; }
absent_why() { "$vb" --list | awk -v e="$1" '$1 == e { $1 = ""; print }' | sed 's/^ *//'; }

check() { # runs.tsv workload engine
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

# The workloads and engines a run used, from its runs.tsv.
cells() { awk -F'\t' 'NR > 1 && $9 != "absent" { print $1, $2 }' "$1" | sort -u; }

# 1. Process-level VMs: every workload on every engine present.
"$vb" --tiny --only jvm --out "$out/jvm" >"$out/jvm.log" 2>&1 \
  || { echo "not ok - vmbench --tiny --only jvm exits 0"; cat "$out/jvm.log"; }
tsv=$out/jvm/runs.tsv
for e in $(present jvm); do
  n=$(awk -F'\t' -v e="$e" 'NR > 1 && $2 == e' "$tsv" | wc -l)
  [ "$n" -gt 0 ] || echo "not ok - vmbench --tiny: engine $e ran"
done
while read -r w e; do check "$tsv" "$w" "$e"; done < <(cells "$tsv")
if grep -q '^- HotSpot: .*CDS on' "$out/jvm/results.md"; then
  echo "ok - results.md records that HotSpot's CDS is on"
else
  echo "not ok - results.md records that HotSpot's CDS is on"
fi
if grep -q '^| fib ' "$out/jvm/results.md" && grep -q '`build/.*/native/fib ' "$out/jvm/results.md"; then
  echo "ok - results.md has the tables and the commands"
else
  echo "not ok - results.md has the tables and the commands"
fi
# The seed's tables, each claim beside a measured figure (a percentage or a
# time where the seed has one).
md=$out/jvm/results.md
if grep -qE '^\| Performance \(steady state, % of native\) +\| 80-95% +\| [0-9.]+% ' "$md" &&
   grep -qE '^\| Startup time +\| 1-2 sec +\| [0-9.]+ m?s ' "$md" &&
   grep -q '^### JVM phases' "$md" && grep -q '^### Hypervisor performance breakdown' "$md" &&
   grep -q '^### Trade-offs' "$md"; then
  echo "ok - results.md fills in the seed's tables"
else
  echo "not ok - results.md fills in the seed's tables"
  grep -E '^\| (Performance|Startup)' "$md"
fi
# Every iteration is timed: the cold/warm/peak table has three times per cell.
if grep -qE '^\| fib +\| +15 x 2 \| +[0-9.]+ .s / [0-9.]+ .s / [0-9.]+ .s' "$md"; then
  echo "ok - results.md shows cold / warm / peak times"
else
  echo "not ok - results.md shows cold / warm / peak times"
fi

# The isolation probe: a JVM is a process of the host's, so it reads a file
# vmbench wrote in /tmp and sees vmbench in /proc, on the host's kernel.
probe_row() { grep -E "^\| $1 +\| " "$2" | tail -1; }
for e in jvm hotspot; do
  present jvm | grep -qx "$e" || continue
  row=$(probe_row "$e" "$md")
  if echo "$row" | grep -q '| read it .*| sees vmbench .*(the host.s)'; then
    echo "ok - isolation probe: $e reads the host's file and sees its processes"
  else
    echo "not ok - isolation probe: $e reads the host's file and sees its processes: $row"
  fi
done

# 2. The charts are well-formed SVG (an XML parser reads them) with a bar per
# figure and a point per start-up figure.
for svg in speed startup-memory; do
  f=$out/jvm/$svg.svg
  if python3 -c 'import sys, xml.etree.ElementTree as E; E.parse(sys.argv[1])' "$f" 2>"$out/xml.err"; then
    echo "ok - $svg.svg is well-formed XML"
  else
    echo "not ok - $svg.svg is well-formed XML: $(cat "$out/xml.err")"
  fi
done
bars=$(grep -c 'class="bar"' "$out/jvm/speed.svg")
want=$(awk -F'\t' 'NR > 1 && $1 != "hello" && $2 != "native" && $9 == "ok" { print $1, $2 }' "$tsv" | sort -u | wc -l)
# one bar per (workload, engine) figure, plus one geometric-mean bar per engine
engines_with_bars=$(awk -F'\t' 'NR > 1 && $1 != "hello" && $2 != "native" && $9 == "ok" { print $2 }' "$tsv" | sort -u | wc -l)
if [ "$bars" -eq $((want + engines_with_bars)) ]; then
  echo "ok - speed.svg has a bar per figure ($bars)"
else
  echo "not ok - speed.svg has a bar per figure: $bars, want $((want + engines_with_bars))"
fi
points=$(grep -c 'class="point"' "$out/jvm/startup-memory.svg")
hellos=$(awk -F'\t' 'NR > 1 && $1 == "hello" && $9 == "ok" { print $2 }' "$tsv" | sort -u | wc -l)
if [ "$points" -eq "$hellos" ]; then
  echo "ok - startup-memory.svg has a point per engine with a start-up figure ($points)"
else
  echo "not ok - startup-memory.svg has $points points, want $hellos"
fi

# 3. qemu-user runs the riscv64 builds of every workload.
if present hv | grep -qx qemu-user; then
  "$vb" --tiny --only hv --engines qemu-user --out "$out/qu" >"$out/qu.log" 2>&1 \
    || { echo "not ok - vmbench --tiny --engines qemu-user exits 0"; cat "$out/qu.log"; }
  while read -r w e; do check "$out/qu/runs.tsv" "$w" "$e"; done < <(cells "$out/qu/runs.tsv")
else
  echo "ok - qemu-user # SKIP $(absent_why qemu-user)"
fi

# 4. The guests: boot, run a workload inside, power off.
for e in hv qemu-system; do
  if present hv | grep -qx "$e"; then
    "$vb" --tiny --only hv --engines "$e" --workloads hello,fib --out "$out/$e" \
      >"$out/$e.log" 2>&1 || { echo "not ok - vmbench --tiny --engines $e exits 0"; cat "$out/$e.log"; }
    check "$out/$e/runs.tsv" hello "$e"
    check "$out/$e/runs.tsv" fib "$e"
    # a guest has its own kernel, files and processes: it sees none of the host's
    row=$(probe_row "$e" "$out/$e/results.md")
    if echo "$row" | grep -q '| cannot read it .*| does not see vmbench .*| 6\.1\.[0-9]* *| riscv64'; then
      echo "ok - isolation probe: the $e guest sees neither the host's file nor its processes"
    else
      echo "not ok - isolation probe: the $e guest sees neither the host's file nor its processes: $row"
    fi
    # boot time: launch to the guest's first userspace line, below the whole run
    if grep -qE "^\| $e +\| +[0-9.]+ m?s +\| +[0-9.]+ m?s +\|" "$out/$e/results.md"; then
      echo "ok - $e: boot to first userspace line is measured"
    else
      echo "not ok - $e: boot to first userspace line is measured"
    fi
  else
    echo "ok - $e guest runs # SKIP $(absent_why "$e")"
  fi
done

# I/O: the same bytes through the emulated UART and virtio-console, the
# disk image through virtio-blk, and TCP to vmbench's sink through
# virtio-net, in a guest on hv (the checksum of what the guest read, and the
# sink's count of bytes arrived intact, must be native's).
if present io | grep -qx hv-virtio; then
  "$vb" --tiny --only io --engines hv-virtio --out "$out/io" >"$out/io.log" 2>&1 \
    || { echo "not ok - vmbench --tiny --only io exits 0"; cat "$out/io.log"; }
  while read -r w e; do check "$out/io/runs.tsv" "$w" "$e"; done < <(cells "$out/io/runs.tsv")
  if grep -qE '^\| Full emulation: console through the 16550 UART \(uart-write\) +\| Slow \(10-20% of native\) +\| [0-9.]+ [MG]B/s +\| [0-9.]+ [MG]B/s' "$out/io/results.md"; then
    echo "ok - results.md has the I/O table with measured throughputs"
  else
    echo "not ok - results.md has the I/O table with measured throughputs"
  fi
else
  echo "ok - I/O on hv-virtio # SKIP $(absent_why hv-virtio)"
fi

# 5. Density: idle instances launched until the budget or the cap.
"$vb" --only jvm --engines jvm --workloads hello --runs 1 --density --cap 3 --budget 512 \
  --out "$out/d1" >"$out/d1.log" 2>&1
if grep -qE '^\| jvm +\| +>= 3 \(cap reached' "$out/d1/results.md"; then
  echo "ok - density: 3 idle jvm instances fit in 512 MiB (the cap)"
else
  echo "not ok - density: 3 idle jvm instances fit in 512 MiB"; cat "$out/d1.log"
fi
# HotSpot's idle PSS is well over 1 MiB: a 1 MiB budget holds none of them.
"$vb" --only jvm --engines hotspot --workloads hello --runs 1 --density --cap 5 --budget 1 \
  --out "$out/d2" >"$out/d2.log" 2>&1
if grep -qE '^\| hotspot +\| +0 +\|' "$out/d2/results.md"; then
  echo "ok - density: no idle HotSpot fits in 1 MiB, and the launching stops"
else
  echo "not ok - density: no idle HotSpot fits in 1 MiB"; grep -A4 '### Density' "$out/d2/results.md"
fi
if pgrep -f "bench/classes Idle" >/dev/null; then
  echo "not ok - density: idle instances are killed afterwards"; pgrep -af "bench/classes Idle"
else
  echo "ok - density: idle instances are killed afterwards"
fi

# 6. An engine printing a wrong checksum is reported wrong, with no time.
"$vb" --tiny --engine 'liar=echo fib 15 0' --engines liar --workloads fib --out "$out/liar" \
  >"$out/liar.log" 2>&1
line=$(awk -F'\t' '$2=="liar"' "$out/liar/runs.tsv" | head -1)
if [ "$(cut -f9 <<<"$line")" = wrong ] && [ -z "$(cut -f5 <<<"$line")" ]; then
  echo "ok - a wrong checksum is reported wrong and not timed"
else
  echo "not ok - a wrong checksum is reported wrong and not timed: $line"
fi
