#!/usr/bin/env bash
# Boots the guest Linux (hv/guest) when its kernel and initramfs are
# already in the cache (`make hv-guest` builds them: minutes), and skips
# otherwise, so `make check` never waits for a kernel build.
set -u
cd "$(dirname "$0")/../.."
: "${BIN:=bin}"
if ! hv/guest/build-kernel.sh --cached-only >/dev/null 2>&1 ||
   ! hv/guest/build-initramfs.sh --cached-only >/dev/null 2>&1; then
    echo "ok - hv linux # SKIP guest not built (make hv-guest)"
    exit 0
fi
BIN=$BIN hv/guest/boot-test.sh 120
