#!/usr/bin/env bash
# Runs every test suite and prints one closing line "N passed, N failed".
# Each suite prints TAP-like lines: "ok - name" or "not ok - name".
set -uo pipefail
cd "$(dirname "$0")/.."
: "${O:=build/rel}" "${BIN:=bin}"
export O BIN
log=$(mktemp); trap 'rm -f "$log"' EXIT


# C unit tests (cmocka, TAP output).
for t in "$O"/tests/test_*; do
  [ -x "$t" ] || continue
  echo "== unit: $(basename "$t")"
  CMOCKA_MESSAGE_OUTPUT=TAP "$t" >"$log.one" 2>&1
  rc=$?
  cat "$log.one" >>"$log"
  grep -E '^not ok' "$log.one" || true
  if [ $rc -ne 0 ] && ! grep -qE '^not ok' "$log.one"; then
    echo "not ok - $(basename "$t") crashed (exit $rc)" | tee -a "$log"
    tail -20 "$log.one"
  fi
  rm -f "$log.one"
done

# Suites with their own runner scripts.
for s in jvm/tests/run-*.sh hv/tests/run-*.sh bench/tests/run-*.sh; do
  [ -x "$s" ] || continue
  echo "== $s"
  "$s" >"$log.one" 2>&1
  rc=$?
  cat "$log.one" >>"$log"
  grep -E '^not ok' -A3 "$log.one" || true
  if [ $rc -ne 0 ] && ! grep -qE '^not ok' "$log.one"; then
    echo "not ok - $s failed (exit $rc)" | tee -a "$log"
    tail -20 "$log.one"
  fi
  rm -f "$log.one"
done

pass=$(grep -cE '^ok\b' "$log")
fail=$(grep -cE '^not ok\b' "$log")
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
