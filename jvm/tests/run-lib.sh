#!/usr/bin/env bash
# run-lib.sh — class library conformance: every jvm/tests/lib/<Name>.java is
# compiled with javac and run on our jvm; its stdout and exit status must
# equal what HotSpot 17 printed (expected/<Name>.out, .status), recorded with
#   GENERATE=1 jvm/tests/run-lib.sh        (runs HotSpot instead of our jvm)
# Prints "ok - lib/<Name>" or "not ok - lib/<Name>" plus the start of a diff.
# Environment: BIN (our jvm is $BIN/jvm, default bin) or JVM (a command, e.g. "bin/jvm -XX:+GCALot"),
# ONLY=regex, TIMEOUT=s.
set -uo pipefail
cd "$(dirname "$0")/../.."
SRC=jvm/tests/lib
EXP=$SRC/expected
: "${BIN:=bin}" "${TIMEOUT:=60}" "${ONLY:=}" "${GENERATE:=}"
JVM=${JVM:-$BIN/jvm}
unset JAVA_TOOL_OPTIONS _JAVA_OPTIONS JDK_JAVA_OPTIONS CLASSPATH
export LC_ALL=C TZ=UTC

mkdir -p build/tests
WORK=$(mktemp -d "build/tests/lib.XXXXXX") || exit 1
trap 'rm -rf "$WORK"' EXIT
if ! javac -nowarn -encoding UTF-8 -d "$WORK" "$SRC"/*.java 2>"$WORK/javac.log"; then
  echo "not ok - lib/javac"
  sed 's/^/# /' "$WORK/javac.log" | head -20
  exit 1
fi

pass=0 fail=0
for f in "$SRC"/*.java; do
  name=$(basename "$f" .java)
  [ -n "$ONLY" ] && ! [[ $name =~ $ONLY ]] && continue
  if [ -n "$GENERATE" ]; then
    timeout "$TIMEOUT" java -Xshare:auto -XX:+UseSerialGC -cp "$WORK" "$name" >"$EXP/$name.out" 2>/dev/null </dev/null
    echo $? >"$EXP/$name.status"
    echo "generated $name"
    continue
  fi
  timeout "$TIMEOUT" $JVM -cp "$WORK" "$name" >"$WORK/$name.out" 2>"$WORK/$name.err" </dev/null
  status=$?
  want=$(cat "$EXP/$name.status" 2>/dev/null || echo 0)
  if [ "$status" = "$want" ] && cmp -s "$EXP/$name.out" "$WORK/$name.out"; then
    echo "ok - lib/$name"
    pass=$((pass + 1))
  else
    echo "not ok - lib/$name"
    [ "$status" = "$want" ] || echo "# exit status $status, expected $want"
    diff "$EXP/$name.out" "$WORK/$name.out" | head -10 | sed 's/^/#   /'
    head -5 "$WORK/$name.err" | sed 's/^/# stderr: /'
    fail=$((fail + 1))
  fi
done
[ -n "$GENERATE" ] || echo "# lib: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
