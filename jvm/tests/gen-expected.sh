#!/usr/bin/env bash
# gen-expected.sh — regenerates jvm/tests/conformance/expected/ by running the
# corpus on the system's HotSpot (/usr/bin/java, JDK 17), through the same
# runner, so the class files are compiled exactly as at test time.
#
#   jvm/tests/gen-expected.sh              all programs
#   ONLY='^Npe' jvm/tests/gen-expected.sh  just some
#
# The expected files are committed; read every changed one before committing
# (they are the truth the tests hold our jvm to).
set -uo pipefail
cd "$(dirname "$0")"
GENERATE=1 JVM="${JAVA:-/usr/bin/java}" exec ./run-conformance.sh "$@"
