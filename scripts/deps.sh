#!/usr/bin/env bash
# Installs the Debian packages twovm needs, only those missing. Idempotent;
# safe to run on every `make`. Everything comes from Debian's archive.
set -euo pipefail

PKGS=(
  build-essential pkg-config
  zlib1g-dev          # jar files (deflate)
  libcmocka-dev       # C unit tests
  openjdk-17-jdk-headless  # javac builds our class library; HotSpot is the reference
  libfdt-dev device-tree-compiler   # hv: builds the device tree / checks it
  gcc-riscv64-linux-gnu binutils-riscv64-linux-gnu  # hv: ISA tests, guest
  opensbi             # hv: the M-mode firmware it boots by default
  qemu-system-misc    # hv: reference machine the ISA tests are also run on
  libc6-dev-riscv64-cross linux-source-6.1 bc flex bison cpio  # hv guest (make hv-guest)
  qemu-user           # vmbench: qemu-riscv64 runs the riscv64 workload builds
  libslirp-dev e2fsprogs   # hv: virtio-net user networking; virtio-blk tests (e2fsck, debugfs)
)

missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "deps.sh: missing packages: ${missing[*]} (run as root, or install them)" >&2
  exit 1
fi
echo "deps.sh: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
