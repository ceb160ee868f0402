#!/usr/bin/env bash
# run-conformance.sh — the jvm conformance corpus.
#
# Compiles every jvm/tests/conformance/<Name>.java with javac (one javac per
# flag set), runs each program on our jvm and compares its stdout and exit
# status (and stderr, where expected/<Name>.err exists) with the files that
# gen-expected.sh recorded from HotSpot running the same class files.
# Prints one TAP line per program: "ok - conformance/<Name>" or
# "not ok - conformance/<Name>" followed by the first lines of a diff.
#
#   jvm/tests/run-conformance.sh [Name...]   all programs, or just these
#
# Environment:
#   BIN=dir      our jvm is $BIN/jvm (default "bin"; SAN builds use build/san/bin)
#   JVM=cmd      run this instead of $BIN/jvm; JVM=java runs HotSpot (with
#                -Xshare:auto -XX:+UseSerialGC), which must pass 100%
#   ONLY=regex   run only the programs whose name matches
#   TIMEOUT=s    per-program timeout (default 20)
#   GENERATE=1   write expected/ instead of comparing (used by gen-expected.sh)
#   SUITE_DIR=d  programs from d instead of jvm/tests/conformance (a suite
#                kept out of make check)
#
# Per-program files next to <Name>.java (all optional):
#   <Name>.in    fed to stdin (else /dev/null)
#   <Name>.args  program arguments, one per line
#   <Name>.opts  extra jvm options, one per line (e.g. -Xss512k), given to
#                HotSpot at generation time and to our jvm at test time
# Directives in the first 5 lines of <Name>.java:
#   // javac: -g        compile with -g (local variable names in class files)
#   // run: jar         package the program's classes into a jar (Main-Class
#                       set) and run it with -jar
#   // main: Cls        run class Cls instead of <Name> (e.g. a missing class)
#   // compare: stderr  gen-expected.sh also records stderr as <Name>.err
set -uo pipefail
cd "$(dirname "$0")/../.."

SRC=${SUITE_DIR:-jvm/tests/conformance}
EXP=$SRC/expected
: "${BIN:=bin}" "${TIMEOUT:=20}" "${ONLY:=}" "${GENERATE:=}"
JVM=${JVM:-$BIN/jvm}
HOTSPOT_OPTS=()
case "$(basename "${JVM%% *}")" in
  java) HOTSPOT_OPTS=(-Xshare:auto -XX:+UseSerialGC) ;;
esac

# Same environment for both VMs: no option injection, a fixed locale.
unset JAVA_TOOL_OPTIONS _JAVA_OPTIONS JDK_JAVA_OPTIONS CLASSPATH
export LC_ALL=C

# Each run gets its own build directory so concurrent runs (SAN and release,
# several developers) never read each other's half-written class files.
mkdir -p build/tests
WORK=$(mktemp -d "build/tests/conformance.XXXXXX") || exit 1
trap 'rm -rf "$WORK"' EXIT

directive() {  # directive <file> <key>  -> value of "// key: value" or empty
  head -5 "$1" | sed -n "s|^// $2: *||p" | head -1 | tr -d '\r'
}

wanted=" $* "
names=()
plain=(); debug=()
for f in "$SRC"/*.java; do
  n=$(basename "$f" .java)
  [ -n "$ONLY" ] && ! [[ $n =~ $ONLY ]] && continue
  [ $# -gt 0 ] && [[ $wanted != *" $n "* ]] && continue
  names+=("$n")
  if [ "$(directive "$f" javac)" = "-g" ]; then debug+=("$f"); else plain+=("$f"); fi
done
if [ ${#names[@]} -eq 0 ]; then
  echo "not ok - conformance: no programs found"; exit 1
fi
if ! command -v "${JVM%% *}" >/dev/null; then
  echo "# note: ${JVM%% *} not found (build it with make); every program will fail"
fi

# javac's default is -g:source,lines, so stack traces carry line numbers but
# helpful NullPointerException messages say <local4>; -g adds the names.
compile() {  # compile <outdir> <javac flags...> -- <files...>
  local out=$1; shift
  local flags=()
  while [ "$1" != "--" ]; do flags+=("$1"); shift; done; shift
  [ $# -eq 0 ] && return 0
  mkdir -p "$out"
  # (javac's own JIT settings only make it start faster; the class files are the same)
  if ! javac -J-XX:TieredStopAtLevel=1 -J-XX:+UseSerialGC -encoding UTF-8 -nowarn -Xlint:none \
       "${flags[@]}" -d "$out" "$@" >"$WORK/javac.log" 2>&1; then
    echo "not ok - conformance: javac failed"
    sed 's/^/# /' "$WORK/javac.log" | head -40
    exit 1
  fi
}
compile "$WORK/plain" -- "${plain[@]+"${plain[@]}"}"
compile "$WORK/g" -g -- "${debug[@]+"${debug[@]}"}"

# show_diff <label> <expected> <actual>
show_diff() {
  echo "# $1 differs:"
  diff -u --label expected --label actual "$2" "$3" | head -15 | sed 's/^/#   /'
}

# stderr is compared with the line numbers of java.base frames left out:
# our class library is its own source, so "at java.base/java.lang.Thread.run
# (Thread.java:840)" can match HotSpot's in class, method and file but not in
# line.  Frames of the program's own classes keep their line numbers.
lib_lines_dropped() {
  sed -E 's/^(\tat java\.base\/.*\([A-Za-z0-9_$]+\.java):[0-9]+\)$/\1)/' "$1"
}
same_stderr() { cmp -s <(lib_lines_dropped "$1") <(lib_lines_dropped "$2"); }

pass=0; fail=0
for n in "${names[@]}"; do
  f=$SRC/$n.java
  cls=$WORK/plain
  [ "$(directive "$f" javac)" = "-g" ] && cls=$WORK/g
  main=$(directive "$f" main); main=${main:-$n}

  opts=(); args=()
  [ -f "$SRC/$n.opts" ] && mapfile -t opts <"$SRC/$n.opts"
  [ -f "$SRC/$n.args" ] && mapfile -t args <"$SRC/$n.args"
  in=/dev/null
  [ -f "$SRC/$n.in" ] && in=$SRC/$n.in

  if [ "$(directive "$f" run)" = "jar" ]; then
    jarf=$WORK/$n.jar
    members=("$n.class")
    for c in "$cls/$n"\$*.class; do [ -e "$c" ] && members+=("${c##*/}"); done
    (cd "$cls" && jar --create --file "../$n.jar" --main-class "$n" "${members[@]}")
    launch=(-jar "$jarf")
  else
    launch=(-cp "$cls" "$main")
  fi

  out=$WORK/$n.out; err=$WORK/$n.err
  # A runaway program may not fill the disk: output files are capped at
  # about 20 MB (the process gets SIGXFSZ, and the test fails).
  # shellcheck disable=SC2086  # JVM may be a command with arguments
  ( ulimit -f 40000
    exec timeout "$TIMEOUT" $JVM "${HOTSPOT_OPTS[@]+"${HOTSPOT_OPTS[@]}"}" \
      "${opts[@]+"${opts[@]}"}" "${launch[@]}" "${args[@]+"${args[@]}"}" \
      <"$in" >"$out" 2>"$err" )
  status=$?

  if [ -n "$GENERATE" ]; then
    mkdir -p "$EXP"
    cp "$out" "$EXP/$n.out"
    echo "$status" >"$EXP/$n.status"
    if [ "$(directive "$f" compare)" = "stderr" ]; then
      cp "$err" "$EXP/$n.err"
    else
      rm -f "$EXP/$n.err"
      if [ -s "$err" ]; then
        echo "# warning: $n wrote to stderr (not recorded):"; head -5 "$err" | sed 's/^/#   /'
      fi
    fi
    [ "$status" -eq 124 ] && echo "# warning: $n timed out"
    echo "generated - conformance/$n (status $status)"
    continue
  fi

  ok=1
  if [ ! -f "$EXP/$n.out" ] || [ ! -f "$EXP/$n.status" ]; then
    echo "not ok - conformance/$n"
    echo "# no expected output (run jvm/tests/gen-expected.sh)"
    fail=$((fail + 1)); continue
  fi
  want=$(cat "$EXP/$n.status")
  cmp -s "$EXP/$n.out" "$out" || ok=0
  [ "$status" = "$want" ] || ok=0
  if [ -f "$EXP/$n.err" ] && ! same_stderr "$EXP/$n.err" "$err"; then ok=0; fi

  if [ $ok -eq 1 ]; then
    echo "ok - conformance/$n"; pass=$((pass + 1))
  else
    echo "not ok - conformance/$n"; fail=$((fail + 1))
    [ "$status" = "$want" ] || echo "# exit status $status, expected $want$([ "$status" = 124 ] && echo ' (timeout)')"
    cmp -s "$EXP/$n.out" "$out" || show_diff stdout "$EXP/$n.out" "$out"
    if [ -f "$EXP/$n.err" ]; then
      same_stderr "$EXP/$n.err" "$err" || show_diff stderr "$EXP/$n.err" "$err"
    elif [ -s "$err" ] && [ "$status" != "$want" ]; then
      echo "# stderr:"; head -8 "$err" | sed 's/^/#   /'
    fi
  fi
done

[ -z "$GENERATE" ] && echo "# conformance: $pass passed, $fail failed"
exit 0
