#!/bin/sh
# Fetches Debian's linux-source-6.1 and extracts it into a cache dir, for the kernel build test and demos.
# Usage: scripts/fetch-kernel.sh [DEST]   (default: <repo>/.cache/linux-6.1; LPG_KERNEL_SRC also honoured)
# As root it also installs the kernel build dependencies (flex bison bc libelf-dev libssl-dev, and kmod for the kernel test's modinfo).
set -eu

repo=$(cd "$(dirname "$0")/.." && pwd)
dest=${1:-${LPG_KERNEL_SRC:-$repo/.cache/linux-6.1}}

if [ "$(id -u)" = 0 ]; then
  need=""
  for p in flex bison bc libelf-dev libssl-dev kmod; do
    dpkg -s "$p" >/dev/null 2>&1 || need="$need $p"
  done
  if [ -n "$need" ]; then
    echo "fetch-kernel: installing build deps:$need"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $need >/dev/null
  fi
else
  echo "fetch-kernel: not root; make sure flex bison bc libelf-dev libssl-dev (and kmod, for modinfo) are installed" >&2
fi

if [ -f "$dest/Makefile" ] && [ -f "$dest/Kconfig" ]; then
  echo "fetch-kernel: $dest already present"
  exit 0
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
# apt-get download needs fresh package lists; do it once (cheap when already current).
if ! apt-get download linux-source-6.1 >/dev/null 2>&1; then
  [ "$(id -u)" = 0 ] && apt-get update -qq
  apt-get download linux-source-6.1
fi
deb=$(ls linux-source-6.1_*.deb | head -n 1)
echo "fetch-kernel: extracting $deb"
dpkg-deb --fsys-tarfile "$deb" | tar -x ./usr/src/linux-source-6.1.tar.xz
mkdir -p "$dest.partial"
tar -xJf usr/src/linux-source-6.1.tar.xz -C "$dest.partial" --strip-components=1
rm -rf "$dest"
mv "$dest.partial" "$dest"
echo "fetch-kernel: kernel tree at $dest ($(sed -n 's/^VERSION = //p;s/^PATCHLEVEL = //p;s/^SUBLEVEL = //p' "$dest/Makefile" | paste -sd.))"
