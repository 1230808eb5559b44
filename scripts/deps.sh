#!/bin/bash
# deps.sh: install from Debian packages whatever armlet needs and is missing.
#
#   scripts/deps.sh --build   what `make` and `make demo` need: a C compiler and
#                             make, the armhf cross gcc and libc, and the armhf
#                             busybox of Debian's busybox-static:armhf
#   scripts/deps.sh           all of the above plus what `make check` needs:
#                             qemu-user (the reference), the armel cross gcc
#                             and libc (armel tests), a native amd64 busybox
#                             (reference outputs), gdb-multiarch, aarch64 binutils,
#                             strace (the reference of tests/strace), the armhf
#                             sysroot of tests/real and the host's own bash,
#                             coreutils, gawk, tar, xz... (its references)
#
# Run as root on Debian 12 (or with sudo available). Safe to run again: it
# installs only what is missing and does nothing when everything is there.
#
# The packages busybox (amd64) and busybox-static:armhf conflict, so neither
# is installed as a package: each is fetched with `apt-get download` (the
# armhf one through multiarch) and unpacked into $BB_DIR as busybox-armhf and
# busybox-amd64, where tests/lib.sh and scripts/demo.sh look first.
set -uo pipefail

BB_DIR=/usr/local/lib/armlet

build_only=0
for a in "$@"; do
    case $a in
    --build) build_only=1 ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "deps.sh: unknown option $a" >&2; exit 2 ;;
    esac
done

SUDO=
if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null; then SUDO=sudo; else
        echo "deps.sh: run as root (or install sudo)" >&2; exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
APT="$SUDO apt-get -o DPkg::Lock::Timeout=600"

pkgs="build-essential make gcc-arm-linux-gnueabihf libc6-dev-armhf-cross"
[ $build_only = 1 ] || pkgs="$pkgs qemu-user gdb-multiarch binutils-aarch64-linux-gnu strace"
# The armel (soft-float EABI) builds of tests/progs.
[ $build_only = 1 ] || pkgs="$pkgs gcc-arm-linux-gnueabi libc6-dev-armel-cross"
# tests/real compares Debian's armhf programs with the host's own builds.
[ $build_only = 1 ] || pkgs="$pkgs bash dash coreutils findutils grep sed gawk tar gzip xz-utils diffutils procps"
bbs="armhf"
[ $build_only = 1 ] || bbs="armhf amd64"

installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

# e_machine of an ELF file: 40 ARM, 62 x86-64.
elf_machine() {
    od -An -tu2 -j18 -N2 "$1" 2>/dev/null | tr -d ' '
}

bb_ok() {   # bb_ok ARCH: is $BB_DIR/busybox-ARCH there and of the right machine?
    local f=$BB_DIR/busybox-$1 want=40
    [ "$1" = amd64 ] && want=62
    [ -x "$f" ] && [ "$(elf_machine "$f")" = $want ]
}

missing=
for p in $pkgs; do installed "$p" || missing="$missing $p"; done
missing_bb=
for b in $bbs; do bb_ok "$b" || missing_bb="$missing_bb $b"; done

sysroot=$BB_DIR/armhf-sysroot
need_sysroot=0
# gawk and ps came with the second set of packages (armhf-sysroot.sh): an
# older sysroot is brought up to date.
[ $build_only = 0 ] && { [ ! -x "$sysroot/usr/bin/python3.11" ] || [ ! -x "$sysroot/usr/bin/ps" ]; } &&
    need_sysroot=1

if [ -z "$missing" ] && [ -z "$missing_bb" ] && [ $need_sysroot = 0 ]; then
    echo "deps.sh: all dependencies present"
    exit 0
fi

updated=0
apt_update() {
    [ $updated = 1 ] && return
    updated=1
    # One index of the mirror may fail (seen: bookworm-security armhf); the
    # others are still usable, so a failing update is only a warning.
    $APT update || echo "deps.sh: warning: apt-get update reported errors; going on" >&2
}

# A fresh machine (e.g. a container) may have no package lists at all.
ls /var/lib/apt/lists/*_Packages* >/dev/null 2>&1 || apt_update

if ! dpkg --print-foreign-architectures | grep -qx armhf; then
    echo "deps.sh: adding the armhf architecture (multiarch)"
    $SUDO dpkg --add-architecture armhf || exit 1
    updated=0
    apt_update
fi

if [ -n "$missing" ]; then
    echo "deps.sh: installing:$missing"
    if ! $APT install -y --no-install-recommends $missing; then
        # Stale or absent lists make the first attempt fail: refresh, retry.
        apt_update
        $APT install -y --no-install-recommends $missing || {
            echo "deps.sh: apt-get install failed" >&2; exit 1; }
    fi
fi

if [ -n "$missing_bb" ]; then
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    chmod 777 "$tmp"    # apt-get download runs as the _apt user
    for b in $missing_bb; do
        pkg=busybox:amd64
        [ $b = armhf ] && pkg=busybox-static:armhf
        echo "deps.sh: unpacking $pkg into $BB_DIR/busybox-$b"
        mkdir -p "$tmp/$b" && chmod 777 "$tmp/$b"
        if ! (cd "$tmp/$b" && $APT download "$pkg"); then
            apt_update
            (cd "$tmp/$b" && $APT download "$pkg") || {
                echo "deps.sh: cannot download $pkg" >&2; exit 1; }
        fi
        dpkg-deb -x "$tmp/$b"/*.deb "$tmp/$b/x" || exit 1
        f=$tmp/$b/x/bin/busybox
        [ -f "$f" ] || { echo "deps.sh: no bin/busybox in $pkg" >&2; exit 1; }
        $SUDO mkdir -p "$BB_DIR"
        $SUDO install -m 755 "$f" "$BB_DIR/busybox-$b"
        bb_ok $b || { echo "deps.sh: $BB_DIR/busybox-$b is not a $b ELF" >&2; exit 1; }
    done
fi

# Debian's own armhf programs for the tests/real suite, unpacked once.
if [ $need_sysroot = 1 ]; then
    echo "deps.sh: unpacking an armhf sysroot into $sysroot"
    $SUDO env DEBS="$BB_DIR/armhf-debs" "$(dirname "$0")/armhf-sysroot.sh" "$sysroot" >/dev/null ||
        { echo "deps.sh: cannot make the armhf sysroot" >&2; exit 1; }
fi

echo "deps.sh: done"
