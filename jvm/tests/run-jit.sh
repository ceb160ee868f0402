#!/usr/bin/env bash
# run-jit.sh — the baseline JIT (jvm/jit) against HotSpot's output.
#
#   jit/<Name>       the JIT's own programs (jvm/tests/jit: arithmetic edge
#                    cases, exceptions and helpful NPE messages from compiled
#                    code, allocation, calls, threads), expected output
#                    recorded from HotSpot by
#                      SUITE_DIR=jvm/tests/jit GENERATE=1 JVM=java jvm/tests/run-conformance.sh
#   jit-all/<Name>   the whole conformance corpus with every method compiled
#                    at its first call (-XX:CompileThreshold=1)
#   jit-gc/<Name>    the JIT's programs with a collection at every 50th
#                    allocation (objects move under compiled frames)
#
# BIN (or JVM) as for run-conformance.sh.
set -uo pipefail
cd "$(dirname "$0")/../.."
: "${BIN:=bin}"
JVM=${JVM:-$BIN/jvm}
FORCE="-XX:+UseCompiler -XX:CompileThreshold=1"

run() {  # run <tap prefix> <jvm options> [run-conformance.sh environment...]
  local prefix=$1 opts=$2; shift 2
  env "$@" JVM="$JVM $opts" jvm/tests/run-conformance.sh 2>&1 |
    sed -e "s|^ok - conformance/|ok - $prefix/|" -e "s|^not ok - conformance/|not ok - $prefix/|" \
        -e "s|^# conformance:|# $prefix:|"
}
run jit "$FORCE" SUITE_DIR=jvm/tests/jit
run jit-default "-XX:+UseCompiler" SUITE_DIR=jvm/tests/jit
run jit-gc "$FORCE -XX:+GCALot -XX:GCALotInterval=50" SUITE_DIR=jvm/tests/jit TIMEOUT=120
run jit-all "$FORCE"
