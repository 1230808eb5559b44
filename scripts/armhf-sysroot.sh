#!/bin/sh
# Builds a Debian 12 armhf sysroot from Debian packages, for `armlet -L DIR`
# (and `qemu-arm -L DIR`): libc and the common libraries, bash, coreutils,
# perl-base, lua5.4, sqlite3 and python3.11. Packages are downloaded with
# apt (multiarch) and unpacked, not installed.
# usage: scripts/armhf-sysroot.sh [DIR]   (default build/sysroot); needs root.
set -e
ROOT=$(realpath -m "${1:-build/sysroot}")
DEBS=${DEBS:-$(dirname "$ROOT")/armhf-debs}
dpkg --print-foreign-architectures | grep -qx armhf || dpkg --add-architecture armhf
apt-get update || true # one index may fail while a mirror syncs; go on
PKGS="libc6 libgcc-s1 libstdc++6 libtinfo6 libncursesw6 libreadline8 libselinux1
 libpcre2-8-0 libacl1 libattr1 libgmp10 libcrypt1 libzstd1 liblzma5 libbz2-1.0
 libssl3 libffi8 libuuid1 libdb5.3 libexpat1 zlib1g libsqlite3-0 liblua5.4-0
 bash coreutils perl-base lua5.4 sqlite3
 python3.11-minimal libpython3.11-minimal libpython3.11-stdlib"
# libpython3.11-stdlib also wants libnsl2/libtirpc3, for the nis module only.
mkdir -p "$DEBS" "$ROOT"
cd "$DEBS"
for p in $PKGS; do
    ls "${p}"_*_armhf.deb >/dev/null 2>&1 || apt-get download "$p:armhf"
done
for f in *_armhf.deb; do dpkg-deb -x "$f" "$ROOT"; done
echo "sysroot ready: $ROOT (run e.g. armlet -L $ROOT $ROOT/usr/bin/python3.11 -c 'print(1)')"
