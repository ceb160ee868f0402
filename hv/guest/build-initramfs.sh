#!/usr/bin/env bash
# Builds the guest initramfs: a static riscv64 busybox (from Debian's
# busybox source package, fetched with apt-get source from the Debian
# archive), hv/guest/init, and our static test programs
# (hv/guest/programs/*.c), and the scripts /init runs for hv.run=NAME
# (hv/guest/scripts/*.sh).  Cached OUTSIDE the clone, keyed by a hash of
# the inputs:  ${HV_GUEST_CACHE:-~/.cache/twovm-hv}/initramfs-<hash>.cpio
# Prints the cpio path.  --cached-only: exit 3 instead of building.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cross=riscv64-linux-gnu-
command -v ${cross}gcc >/dev/null || { echo "build-initramfs.sh: no ${cross}gcc (scripts/deps.sh)" >&2; exit 1; }
cache=${HV_GUEST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/twovm-hv}
mkdir -p "$cache"
recipe=1   # bump when the build steps below change the result
key=$( { echo "$recipe"; ${cross}gcc --version | head -1; cat "$here/init" "$here"/programs/*.c "$here"/scripts/*.sh; } |
       sha256sum | cut -c1-16)
out=$cache/initramfs-$key.cpio
if [ -f "$out" ]; then echo "$out"; exit 0; fi
[ "${1:-}" = --cached-only ] && exit 3

# busybox source, from the Debian archive (deb-src), kept in the cache
bb=$cache/busybox
if [ ! -x "$bb/busybox" ]; then
    apt=$cache/apt-src
    mkdir -p "$apt/lists/partial"
    echo "deb-src http://deb.debian.org/debian bookworm main" >"$apt/src.list"
    aptopts=(-o Dir::Etc::SourceList="$apt/src.list" -o Dir::Etc::SourceParts=/dev/null
             -o Dir::State::Lists="$apt/lists" -o Dir::Cache="$apt/cache")
    if ! ls "$apt"/busybox_*.orig.tar.* >/dev/null 2>&1; then
        apt-get "${aptopts[@]}" update >&2
        (cd "$apt" && apt-get "${aptopts[@]}" source --download-only busybox >&2)
    fi
    rm -rf "$bb" && mkdir -p "$bb"
    tar -xf "$apt"/busybox_*.orig.tar.* -C "$bb" --strip-components=1
    make -C "$bb" defconfig >&2
    # static, cross-compiled; tc does not build against 6.x kernel headers
    sed -i -e 's/^# CONFIG_STATIC is not set/CONFIG_STATIC=y/' \
           -e "s/^CONFIG_CROSS_COMPILER_PREFIX=.*/CONFIG_CROSS_COMPILER_PREFIX=\"$cross\"/" \
           -e 's/^CONFIG_TC=y/# CONFIG_TC is not set/' "$bb/.config"
    make -C "$bb" oldconfig </dev/null >&2
    make -C "$bb" -j"$(nproc)" busybox >&2
fi

root=$(mktemp -d); trap 'rm -rf "$root"' EXIT
mkdir -p "$root"/{bin,sbin,dev,proc,sys,tmp,etc,root}
cp "$bb/busybox" "$root/bin/busybox"
ln -s busybox "$root/bin/sh"
install -m 755 "$here/init" "$root/init"
mkdir -p "$root/etc/hv" "$root/mnt"
install -m 755 "$here"/scripts/*.sh "$root/etc/hv/"
for c in "$here"/programs/*.c; do
    ${cross}gcc -static -O2 -Wall -Wextra -o "$root/bin/$(basename "$c" .c)" "$c" -lm
done
(cd "$root" && find . | cpio -o -H newc -R 0:0 --quiet) >"$out.tmp"
mv "$out.tmp" "$out"
echo "$out"
