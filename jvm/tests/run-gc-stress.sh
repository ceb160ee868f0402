#!/usr/bin/env bash
# run-gc-stress.sh — the conformance corpus with a collection at (nearly)
# every allocation: proves that every place that can allocate leaves the
# interpreter's frames and the C code's references where the collector
# finds and updates them (a stale reference reads junk: under -XX:+GCALot
# the evacuated memory is overwritten, and poisoned under ASan).
#
#   -XX:+GCALot                    every allocation collects (every 16th
#                                  collection is a full one)
#   -XX:GCALotInterval=$HEAVY      for the allocation-heavy Gc* programs
#   -XX:+VerifyGC                  for a few programs: the whole heap, the
#                                  roots and the remembered set are checked
#                                  before and after every collection
#
# TAP lines "ok - gc-stress/<Name>".  BIN (or JVM) as for run-conformance.sh.
set -uo pipefail
cd "$(dirname "$0")/../.."
: "${BIN:=bin}" "${HEAVY:=1000}"
JVM=${JVM:-$BIN/jvm}
VERIFY='^(Lambdas|ExceptionTables|InitError|Records|ThreadsSync|ConcatAll|SyncBlocks|UncaughtInInit|StackOverflow)$'

stress() {  # stress <jvm options> <ONLY regex>
  JVM="$JVM $1" ONLY="$2" TIMEOUT=120 jvm/tests/run-conformance.sh 2>&1 |
    sed -e 's|^ok - conformance/|ok - gc-stress/|' -e 's|^not ok - conformance/|not ok - gc-stress/|' \
        -e '/^# conformance:/d'
}

stress "-XX:+GCALot" '^([^G]|G[^c])'
stress "-XX:+GCALot -XX:GCALotInterval=$HEAVY" '^Gc'
stress "-XX:+GCALot -XX:GCALotInterval=7 -XX:+VerifyGC" "$VERIFY" |
  sed 's|gc-stress/|gc-stress/verify/|'
