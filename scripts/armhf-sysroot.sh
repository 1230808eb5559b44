#!/bin/sh
# Builds a Debian 12 armhf sysroot from Debian packages, for `armlet -L DIR`
# (and `qemu-arm -L DIR`): libc and the common libraries, bash, dash (as
# /bin/sh), coreutils, findutils, grep, sed, gawk, tar, gzip, xz-utils,
# diffutils, make, procps, perl-base, lua5.4, sqlite3 and python3.11.
# Packages are downloaded with apt (multiarch) and unpacked, not installed.
#
# The tree is merged-/usr like the Debian 12 host (bin, sbin and lib are
# symlinks into usr/): a guest shell that finds `ls` as /usr/bin/ls through
# PATH then gets the sysroot's ARM ls, not the host's, as on an ARM machine.
# usage: scripts/armhf-sysroot.sh [DIR]   (default build/sysroot); needs root.
set -e
ROOT=$(realpath -m "${1:-build/sysroot}")
DEBS=${DEBS:-$(dirname "$ROOT")/armhf-debs}
dpkg --print-foreign-architectures | grep -qx armhf || dpkg --add-architecture armhf
apt-get update || true # one index may fail while a mirror syncs; go on
PKGS="libc6 libgcc-s1 libstdc++6 libtinfo6 libncursesw6 libreadline8 libselinux1
 libpcre2-8-0 libacl1 libattr1 libgmp10 libmpfr6 libsigsegv2 libcrypt1 libzstd1
 liblzma5 libbz2-1.0 libssl3 libffi8 libuuid1 libdb5.3 libexpat1 zlib1g
 libsqlite3-0 liblua5.4-0 libproc2-0 libsystemd0 libcap2 libgcrypt20 libgpg-error0
 liblz4-1
 bash dash coreutils findutils grep sed gawk tar gzip xz-utils diffutils make procps
 perl-base lua5.4 sqlite3
 python3.11-minimal libpython3.11-minimal libpython3.11-stdlib"
# libpython3.11-stdlib also wants libnsl2/libtirpc3, for the nis module only.
mkdir -p "$DEBS" "$ROOT/usr"
chmod 777 "$DEBS" 2>/dev/null || true # apt-get download runs as the _apt user
# An older (split-/usr) tree from an earlier version of this script: move
# its top-level directories into usr/ before making them symlinks.
for d in bin sbin lib; do
    if [ -d "$ROOT/$d" ] && [ ! -L "$ROOT/$d" ]; then
        mkdir -p "$ROOT/usr/$d"
        cp -a "$ROOT/$d/." "$ROOT/usr/$d/"
        rm -rf "${ROOT:?}/$d"
    fi
    mkdir -p "$ROOT/usr/$d"
    [ -L "$ROOT/$d" ] || ln -s "usr/$d" "$ROOT/$d"
done
cd "$DEBS"
for p in $PKGS; do
    ls "${p}"_*_armhf.deb >/dev/null 2>&1 || apt-get download "$p:armhf"
done
# --keep-directory-symlink: ./bin/ in a package goes through the symlink.
for f in *_armhf.deb; do
    dpkg-deb --fsys-tarfile "$f" | tar -x --keep-directory-symlink --no-same-owner -C "$ROOT"
done
echo "sysroot ready: $ROOT (run e.g. armlet -L $ROOT $ROOT/bin/bash -c 'ls /etc | sort | head -3')"
