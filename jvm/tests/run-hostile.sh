#!/usr/bin/env bash
# run-hostile.sh — bin/jvm against HotSpot on damaged programs.
#
# jvm/tests/unit/hostile/HostileGen.java writes one directory per case
# (truncated or wrong-magic main class, version 62, wrong name, cyclic
# superclasses and interfaces, a helper class with a bad constant pool,
# missing or mistyped supers, ...).  Each is run with `java -cp <dir> Main`
# and `$BIN/jvm -cp <dir> Main`; the first "java.lang.*Error/Exception: ..."
# line each prints must be the same, and both must fail.  The "valid" case
# is a control: same stdout, same exit status.
# Prints TAP lines "ok - hostile: <case>" / "not ok - hostile: <case>".
set -u
cd "$(dirname "$0")/../.."
root=$(pwd)
jvm="${BIN:-bin}/jvm"
[[ "$jvm" = /* ]] || jvm="$root/$jvm"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if ! java jvm/tests/unit/hostile/HostileGen.java "$tmp" >"$tmp/gen.log" 2>&1; then
  echo "not ok - hostile: generating the cases failed"
  cat "$tmp/gen.log"
  exit 1
fi

# The first Java error line of a run's output: "java.lang.X: message".
error_line() {
  grep -m1 -oE 'java\.lang\.[A-Za-z]+(Error|Exception)(: .*)?$' <<<"$1"
}

fail=0
for dir in "$tmp"/*/; do
  name=$(basename "$dir")
  hs=$(cd "$dir" && timeout 30 java -Xshare:auto -cp . Main 2>&1)
  hs_rc=$?
  if [ -x "$jvm" ]; then
    us=$(cd "$dir" && timeout 30 "$jvm" -cp . Main 2>&1)
    us_rc=$?
  else
    us="($jvm is not built)"
    us_rc=127
  fi
  if [ "$name" = valid ]; then
    if [ "$hs" = "$us" ] && [ "$hs_rc" = "$us_rc" ]; then
      echo "ok - hostile: $name"
    else
      echo "not ok - hostile: $name"
      printf '  hotspot (exit %s): %s\n  ours    (exit %s): %s\n' "$hs_rc" "$hs" "$us_rc" "$us"
      fail=1
    fi
    continue
  fi
  want=$(error_line "$hs")
  got=$(error_line "$us")
  if [ -n "$want" ] && [ "$want" = "$got" ] && [ "$hs_rc" != 0 ] && [ "$us_rc" != 0 ]; then
    echo "ok - hostile: $name"
  else
    echo "not ok - hostile: $name"
    printf '  hotspot (exit %s): %s\n  ours    (exit %s): %s\n' "$hs_rc" "$want" "$us_rc" \
      "${got:-$(head -c 300 <<<"$us")}"
    fail=1
  fi
done
exit $fail
