#!/usr/bin/env bash
# run-verify.sh — the bytecode verifier (jvm/verify.c) against HotSpot.
#
#  1. hand-built methods (verify/cases.py): each class is linked by VqDriver
#     under HotSpot and under bin/jvm; the outcome lines (ok, or the error
#     class and its whole message, Exception Details included) must be equal
#     ("verdict" cases, version < 50: only ok / the error class).
#  2. the main-class path: a class failing verification as the main class
#     gives the launcher's "Error: Unable to initialize main class" and the
#     same VerifyError text (first lines) as HotSpot, exit status 1; with
#     -XX:-BytecodeVerificationRemote both run it unverified, and
#     -Xverify:none prints HotSpot's deprecation warning.
#  3. fixed-seed mutation fuzzing of javac class files (verify/fuzz.py,
#     VERIFY_FUZZ mutants per seed, default 1200): same outcome as HotSpot
#     for every mutant, and bin/jvm never crashes.
# Prints TAP lines "ok - verify: ..." / "not ok - verify: ...".
set -u
cd "$(dirname "$0")/../.."
root=$(pwd)
jvm="${BIN:-bin}/jvm"
[[ "$jvm" = /* ]] || jvm="$root/$jvm"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

# ---- 1. hand-built cases ----
mkdir -p "$tmp/cases"
if ! python3 jvm/tests/verify/cases.py "$tmp/cases" >"$tmp/cases.list" 2>"$tmp/gen.err" ||
   ! javac -d "$tmp/cases" jvm/tests/verify/subjects/VqDriver.java 2>>"$tmp/gen.err"; then
  echo "not ok - verify: generating the cases failed"; cat "$tmp/gen.err"; exit 1
fi
names=$(cut -d' ' -f1 "$tmp/cases.list")
# shellcheck disable=SC2086
java -Xshare:auto -cp "$tmp/cases" VqDriver $names >"$tmp/hs.out" 2>&1
# shellcheck disable=SC2086
"$jvm" -cp "$tmp/cases" VqDriver $names >"$tmp/us.out" 2>&1
us_rc=$?
if [ $us_rc -ne 0 ]; then
  echo "not ok - verify: bin/jvm exited $us_rc on the cases"; tail -5 "$tmp/us.out"; fail=1
fi
while read -r name mode; do
  want=$(grep -m1 "^$name " "$tmp/hs.out")
  got=$(grep -m1 "^$name " "$tmp/us.out")
  if [ "$mode" = verdict ]; then
    want=${want%%:*}; got=${got%%:*}
  fi
  if [ -n "$want" ] && [ "$want" = "$got" ]; then
    echo "ok - verify: ${name#C??_} (${want#"$name "})" | cut -d'|' -f1
  else
    echo "not ok - verify: ${name#C??_}"
    printf '#   hotspot: %s\n#   ours:    %s\n' "$want" "$got"
    fail=1
  fi
done <"$tmp/cases.list"

# ---- 2. the main-class path and the options ----
# Main.main is valid; Main.n (never called) is not: verified, Main fails to
# link; unverified, it runs (HotSpot never executes n either).
mkdir -p "$tmp/main"
cat >"$tmp/main/gen.py" <<'PY'
import sys
sys.path.insert(0, sys.argv[2])
from classgen import Cls
c = Cls("Main")
out = c.field("java/lang/System", "out", "Ljava/io/PrintStream;")
pr = c.method_ref("java/io/PrintStream", "println", "(Ljava/lang/String;)V")
s = c.string("ran unverified")
c.add_method(9, "main", "([Ljava/lang/String;)V", [0xb2, out >> 8, out & 255, 0x12, s, 0xb6, pr >> 8, pr & 255, 0xb1], 2, 1)
c.add_method(9, "n", "(Ljava/lang/String;)V", [4, 0x2a, 0x60, 0x57, 0xb1], 2, 1)
open(sys.argv[1] + "/Main.class", "wb").write(c.bytes())
PY
python3 "$tmp/main/gen.py" "$tmp/main" "$root/jvm/tests/verify"
compare() {   # label, then the options for both VMs
  local label=$1; shift
  hs=$(java -Xshare:auto "$@" -cp "$tmp/main" Main 2>&1); hs_rc=$?
  us=$("$jvm" "$@" -cp "$tmp/main" Main 2>&1); us_rc=$?
  if [ "$(head -12 <<<"$hs")" = "$(head -12 <<<"$us")" ] && [ $hs_rc = $us_rc ]; then
    echo "ok - verify: $label (exit $us_rc)"
  else
    echo "not ok - verify: $label"
    printf '#   hotspot (exit %s):\n%s\n#   ours (exit %s):\n%s\n' $hs_rc "$(head -12 <<<"$hs")" $us_rc \
      "$(head -12 <<<"$us")"
    fail=1
  fi
}
compare "main class failing verification"
compare "-XX:-BytecodeVerificationRemote needs the diagnostic unlock" -XX:-BytecodeVerificationRemote
compare "-XX:-BytecodeVerificationRemote runs it unverified" -XX:+UnlockDiagnosticVMOptions \
  -XX:-BytecodeVerificationRemote
compare "-Xverify:none (deprecation warning, unverified)" -Xverify:none

# ---- 3. mutation fuzzing ----
for seed in ${VERIFY_SEEDS:-1 2}; do
  python3 jvm/tests/verify/fuzz.py "$jvm" "$tmp/fuzz$seed" "$seed" "${VERIFY_FUZZ:-1200}" || fail=1
done
exit $fail
