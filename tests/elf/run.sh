#!/bin/sh
# Malformed-program tests: tests/elf/run.sh ARMLET
# Builds tests/elf/gen.c with the host compiler, writes the test files, and
# runs armlet on each. A rejected file must give exactly one stderr line
# starting with "armlet: " and containing the expected phrase, the expected
# exit status, and no crash. The "valid" cases check that the generator's
# base program really loads (it exits with 42, as under qemu-arm).
# Prints one ok/FAIL line per case, then "N passed, M failed".

ARMLET=${1:?usage: tests/elf/run.sh ARMLET}
case $ARMLET in /*) ;; *) ARMLET=$(pwd)/$ARMLET ;; esac
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${ELF_TEST_DIR:-$HERE/../build/elf}
mkdir -p "$OUT" || exit 1
OUT=$(cd "$OUT" && pwd)
${CC:-cc} -std=gnu11 -O1 -w -o "$OUT/gen" "$HERE/gen.c" || exit 1
rm -rf "$OUT/files" && mkdir -p "$OUT/files" && "$OUT/gen" "$OUT/files" || exit 1
F=$OUT/files

# Files that are not generated.
cp "$(command -v true)" "$F/x86-64" 2>/dev/null || cp /bin/true "$F/x86-64"
mkdir -p "$F/a-directory"
cp "$F/valid" "$F/not-executable"
cp "$F/valid" "$F/not-readable-but-executable"
chmod a+x "$F"/*
chmod a-x "$F/not-executable" "$F/empty"
chmod 111 "$F/not-readable-but-executable"
cat > "$F/script-valid" <<EOF
#!$F/valid
EOF
chmod a+x "$F/script-valid"

pass=0 fail=0
report() {  # report NAME WHY-OR-EMPTY [DETAIL-FILE]
    if [ -z "$2" ]; then
        echo "ok   $1"
        pass=$((pass + 1))
    else
        echo "FAIL $1 ($2)"
        [ -n "${3:-}" ] && sed 's/^/     | /' "$3" | head -10
        fail=$((fail + 1))
    fi
}

# check NAME[=FILE] STATUS PHRASE [armlet options...]
# STATUS 42: the file must run (it exits with 42) and print nothing.
check() {
    name=${1%%=*} file=$F/${1#*=} want=$2 phrase=$3
    shift 3
    env -u ARMLET_LD_PREFIX "$ARMLET" "$@" "$file" >"$OUT/stdout" 2>"$OUT/stderr" </dev/null
    st=$?
    lines=$(wc -l <"$OUT/stderr")
    why=
    if [ "$st" != "$want" ]; then
        why="exit status $st, expected $want"
    elif [ "$want" = 42 ]; then
        [ -s "$OUT/stderr" ] && why="unexpected stderr"
    elif [ "$lines" != 1 ]; then
        why="$lines lines on stderr, expected 1"
    elif ! head -c 8 "$OUT/stderr" | grep -q '^armlet: '; then
        why="message does not start with 'armlet: '"
    elif ! grep -qF -- "$phrase" "$OUT/stderr"; then
        why="message lacks '$phrase'"
    fi
    report "$name" "$why" "$OUT/stderr"
}

check valid 42 ''
check valid2 42 ''
check descending 42 ''
check script-valid 42 ''
check empty-not-executable=empty 126 'Permission denied'
check missing=does-not-exist 127 'No such file or directory'
check a-directory 126 'is a directory'
check not-executable 126 'Permission denied'
chmod a+x "$F/empty"
check empty 1 'empty file (not an ELF file)'
check text 1 'not an ELF file'
check short-magic 1 'not an ELF file'
check truncated 1 'truncated ELF file'
check x86-64 1 'not an ARM executable (ELF for x86-64)'
check i386 1 'not an ARM executable (ELF for x86 (i386))'
check aarch64 1 '64-bit ELF (AArch64) is not supported'
check armbe 1 'ELF for big-endian ARM is not supported'
check armbe8 1 'ELF for big-endian ARM is not supported'
check badclass 1 'invalid ELF class'
check badversion 1 'unsupported ELF version'
check oabi 1 'old-ABI (OABI)'
check relocatable 1 'relocatable object file'
check core 1 'core dump'
check phdrs-beyond-eof 1 'truncated ELF file (program headers beyond end of file)'
check phoff-wraps 1 'truncated ELF file (program headers beyond end of file)'
check phnum-huge 1 'too many program headers'
check phnum-zero 1 'no program headers'
check phentsize 1 'bad program header size'
check no-load 1 'no loadable segments'
check overlap 1 'segment 1 overlaps segment 0'
check kernel-space 1 'segment 1 outside the 32-bit user address space'
check crosses-task-size 1 'segment 1 outside the 32-bit user address space'
check stack-overlap 1 'segment 1 overlaps the stack'
check memsz-huge 1 'segment 1 outside the 32-bit user address space'
check filesz-gt-memsz 1 'file size 0x300 larger than memory size'
check segment-beyond-eof 1 'truncated ELF file (segment 0 beyond end of file)'
check offset-wraps 1 'truncated ELF file (segment 0 beyond end of file)'
check align-not-pow2 1 'not a power of two'
check misaligned 1 'differ modulo the page size'
check page-zero 1 'page zero'
check entry-kernel 1 'entry point'
check dynamic-absent 1 'dynamically linked (needs /lib/ld-armlet-absent.so.1, not found under /usr/arm-linux-gnueabihf); give a sysroot with -L'
check dynamic-absent-soft 1 'dynamically linked (needs /lib/ld-armlet-absent.so.1, not found under /usr/arm-linux-gnueabi); give a sysroot with -L'
check dynamic-absent-noabi 1 'not found under /usr/arm-linux-gnueabihf or /usr/arm-linux-gnueabi); give a sysroot with -L'
check dynamic-hard-armel-interp 1 'dynamically linked (needs /lib/ld-linux.so.3, not found under /usr/arm-linux-gnueabihf); give'
# Without -L, real dynamic programs of either float ABI find their own
# Debian cross libc (when that toolchain is installed).
printf 'int main(void) { return 42; }\n' >"$OUT/ret42.c"
for t in hf:arm-linux-gnueabihf el:arm-linux-gnueabi; do
    abi=${t%%:*} tc=${t#*:}
    command -v "$tc-gcc" >/dev/null && [ -d "/usr/$tc/lib" ] || continue
    "$tc-gcc" -O2 -o "$F/dynamic-default-$abi" "$OUT/ret42.c" || {
        report "dynamic-default-$abi" "cannot build with $tc-gcc"; continue; }
    check "dynamic-default-$abi" 42 ''
done
check interp-unterminated 1 'bad PT_INTERP' -L /nonexistent-sysroot
check dynamic-bad-sysroot=dynamic 127 'interpreter /nonexistent-sysroot/lib/ld-linux-armhf.so.3' -L /nonexistent-sysroot
check script-missing-interp 127 'No such file or directory'
if [ "$(id -u)" != 0 ]; then
    check not-readable-but-executable 126 'Permission denied'
fi

# ---- The command line (docs/usage.md).
# opt NAME STATUS STDOUT-PHRASE STDERR-LINES STDERR-PHRASE ARGS...
opt() {
    name=$1 want=$2 ophrase=$3 elines=$4 ephrase=$5
    shift 5
    "$ARMLET" "$@" >"$OUT/stdout" 2>"$OUT/stderr" </dev/null
    st=$? why=
    if [ "$st" != "$want" ]; then why="exit status $st, expected $want"
    elif [ -n "$ophrase" ] && ! grep -qF -- "$ophrase" "$OUT/stdout"; then why="stdout lacks '$ophrase'"
    elif [ "$(wc -l <"$OUT/stderr")" != "$elines" ]; then why="expected $elines stderr lines"
    elif [ -n "$ephrase" ] && ! grep -q -- "^armlet: .*$ephrase" "$OUT/stderr"; then
        why="stderr lacks 'armlet: ...$ephrase'"
    fi
    report "options/$name" "$why" "$OUT/stderr"
}
opt help 0 'usage: armlet [options] program [args...]' 0 '' -help
opt h 0 'usage: armlet' 0 '' -h
opt dash-dash-help 0 'usage: armlet' 0 '' --help
opt version 0 'armlet version ' 0 '' -version
opt unknown 1 '' 1 "unknown option '-frobnicate'" -frobnicate "$F/valid"
opt missing-arg 1 '' 1 "missing argument for option '-L'" -L
opt no-program 1 '' 1 'no program given' -d fault
opt bad-debug 1 '' 1 "unknown debug item 'bogus'" -d fault,bogus "$F/valid"
opt bad-E 1 '' 1 '-E needs var=value' -E novalue "$F/valid"
opt end-of-options 42 '' 0 '' -d fault -- "$F/valid"
opt strace-and-debug-ok 42 '' 0 '' -d unimp -L / "$F/valid"

# ---- The initial image against qemu-arm configured as an ARMv7 CPU, with
# the same options: argv, -0, -E, -U and the exact AT_PLATFORM ("v7l").
# The execution mode (tests/run.sh --mode) reaches armlet through ARMLET_JIT
# and ARMLET_JIT_THRESHOLD, which env -i would drop: they are passed on, and
# -U keeps them out of the guest's environment, which is compared.
jitenv='' jitopt=''
if [ -n "${ARMLET_JIT+x}" ]; then
    jitenv="ARMLET_JIT=$ARMLET_JIT" jitopt="-U ARMLET_JIT"
fi
if [ -n "${ARMLET_JIT_THRESHOLD+x}" ]; then
    jitenv="$jitenv ARMLET_JIT_THRESHOLD=$ARMLET_JIT_THRESHOLD" jitopt="$jitopt -U ARMLET_JIT_THRESHOLD"
fi
ARM_CC=${ARM_CC:-arm-linux-gnueabihf-gcc}
QEMU=${QEMU:-qemu-arm}
if command -v "$ARM_CC" >/dev/null && command -v "$QEMU" >/dev/null &&
    "$ARM_CC" -static -O2 -o "$OUT/auxv" "$HERE/../progs/auxv.c" 2>"$OUT/cc.log"; then
    image() {  # image NAME OPTIONS... -- ARGS...
        name=$1
        shift
        set -- "$@"
        o=
        while [ "$1" != -- ]; do o="$o $1"; shift; done
        shift
        # shellcheck disable=SC2086
        (cd "$OUT" && env -i PATH=/usr/bin:/bin AUXV_PLATFORM=1 HOME=/nowhere \
            "$QEMU" -cpu cortex-a15 $o ./auxv "$@") >"$OUT/want" 2>&1
        # shellcheck disable=SC2086
        (cd "$OUT" && env -i PATH=/usr/bin:/bin AUXV_PLATFORM=1 HOME=/nowhere $jitenv \
            "$ARMLET" $jitopt $o ./auxv "$@") >"$OUT/got" 2>&1
        diff -u "$OUT/want" "$OUT/got" >"$OUT/diff"
        why=
        [ -s "$OUT/diff" ] && why="differs from qemu-arm -cpu cortex-a15"
        report "image/$name" "$why" "$OUT/diff"
    }
    image plain -- a 'b c' ''
    image argv0 -0 zeroth -- x
    image env -E NEW=1 -U HOME -E PATH=/x -- y
else
    report image/build "cannot build tests/progs/auxv.c with $ARM_CC" "$OUT/cc.log"
fi

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
