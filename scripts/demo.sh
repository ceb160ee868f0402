#!/usr/bin/env bash
# The main job `make demo` runs after building: a Java program on bin/jvm
# beside HotSpot, then the quick side-by-side benchmark when it is built.
set -euo pipefail
cd "$(dirname "$0")/.."
out=build/demo
mkdir -p "$out"
javac -d "$out" examples/Demo.java
echo "== bin/jvm -version"
bin/jvm -version
echo "== bin/jvm -cp $out Demo"
t0=$(date +%s%N); bin/jvm -cp "$out" Demo; t1=$(date +%s%N)
echo "   ($(( (t1 - t0) / 1000000 )) ms on bin/jvm)"
if command -v java >/dev/null; then
  t0=$(date +%s%N); java -cp "$out" Demo >/dev/null; t1=$(date +%s%N)
  echo "   ($(( (t1 - t0) / 1000000 )) ms on HotSpot, same class files)"
fi
if [ -x bin/hv ]; then
  # Linux on hv: the first run builds the guest (minutes; cached outside
  # the clone).  A shell on a terminal (C-a x quits); otherwise it runs
  # the guest's self-test and powers off.
  echo "== bin/hv: Linux 6.1 + busybox on OpenSBI (hv/guest/boot.sh)"
  hv/guest/boot.sh
fi
# Last, so that the demo ends with its comparison table, and after the guest
# is built, so that hv and qemu-system are in it.
if [ -x bin/vmbench ]; then
  echo "== bin/vmbench --quick"
  bin/vmbench --quick
fi
