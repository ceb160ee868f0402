#!/usr/bin/env bash
# Builds the guest kernel Image from Debian's linux-source-6.1 with
# riscv64-linux-gnu-gcc: tinyconfig + hv/guest/linux.config.  The result
# is cached OUTSIDE the clone, keyed by a hash of every input, so it is
# built once per change:
#   ${HV_GUEST_CACHE:-~/.cache/twovm-hv}/linux-<hash>/Image
# Prints the Image path.  --cached-only: exit 3 instead of building.  Long (minutes on 2 cores): run it niced.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tarball=/usr/src/linux-source-6.1.tar.xz
cross=riscv64-linux-gnu-
for need in "$tarball" "$(command -v ${cross}gcc)"; do
    [ -e "$need" ] || { echo "build-kernel.sh: missing $need (run scripts/deps.sh)" >&2; exit 1; }
done
cache=${HV_GUEST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/twovm-hv}
recipe=1   # bump when the build steps below change the result
key=$( { echo "$recipe"; dpkg-query -W -f='${Version}' linux-source-6.1;
         ${cross}gcc --version | head -1; grep -v '^#' "$here/linux.config"; } |
       sha256sum | cut -c1-16)   # comments do not count
out=$cache/linux-$key
if [ -f "$out/Image" ]; then echo "$out/Image"; exit 0; fi
[ "${1:-}" = --cached-only ] && exit 3
mkdir -p "$out"
src=$out/src
if [ ! -f "$src/Makefile" ]; then
    rm -rf "$src" && mkdir -p "$src"
    echo "build-kernel.sh: unpacking $tarball" >&2
    tar -xJf "$tarball" -C "$src" --strip-components=1
fi
k() { make -C "$src" ARCH=riscv CROSS_COMPILE=$cross "$@"; }
k tinyconfig >&2
"$src/scripts/kconfig/merge_config.sh" -m -O "$src" "$src/.config" "$here/linux.config" >&2
k olddefconfig >&2
# every option of the fragment must have survived (dependencies)
missing=0
while IFS= read -r line; do
    case "$line" in CONFIG_*=y) grep -qx "$line" "$src/.config" || { echo "not set: $line" >&2; missing=1; } ;; esac
done <"$here/linux.config"
[ $missing -eq 0 ] || { echo "build-kernel.sh: fix linux.config" >&2; exit 1; }
k -j"$(nproc)" Image >&2
cp "$src/arch/riscv/boot/Image" "$out/Image.tmp" && mv "$out/Image.tmp" "$out/Image"
echo "$out/Image"
