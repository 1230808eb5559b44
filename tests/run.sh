#!/bin/bash
# run.sh: the one test entry point (`make check`). Builds what the tests need
# into tests/build/, runs every suite and prints one line per test:
#   ok NAME | FAIL NAME (+ a short diff) | KNOWN NAME (reason) | FIXED NAME
# and ends with the line "N passed, M failed"; exits nonzero if M > 0.
#
#   tests/run.sh [--mode MODE | --modes SPEC] [PATTERN...]
# With patterns, runs only tests whose name matches one of them as a shell
# glob prefix: `tests/run.sh progs/printf asm/t32` or `tests/run.sh busybox`.
# Suites: unit asm progs busybox real elf diff strace perfmap bench (see README.md,
# "Tests").
#
# Execution modes: how armlet runs the guest code, set through its
# environment variables ARMLET_JIT, ARMLET_JIT_THRESHOLD, ARMLET_JIT_BUFFER
# and ARMLET_DEBUG:
#   jit       the default: none of them set (JIT on, default threshold)
#   jit0      ARMLET_JIT=on ARMLET_JIT_THRESHOLD=0 (every block translated
#             the first time it is seen)
#   interp    ARMLET_JIT=off (the interpreter only)
#   jitcheck  as jit0, and -d jitcheck: each translation's first run is
#             compared with the interpreter's
#   jitsmall  as jit0 with a 256 KiB code buffer: it fills up and is
#             flushed over and over
# --mode MODE runs the suites in MODE (default jit). --modes SPEC runs several
# modes one after the other, with one closing line for all: SPEC is a list of
# MODE or MODE:PATTERN,PATTERN,... (only the tests of that mode matching one
# of those patterns). `make check` runs
#   --modes "jit jit0:asm,progs,diff interp:asm,progs"
# A test of a mode other than jit is named with the mode in front, as in
# `jit0/progs/fileio/thumb-O2` (also in tests/known-failures.txt); jit's
# tests have plain names. A PATTERN may start with a mode (`jit0/progs/fileio`,
# `interp`): it then selects only that mode's tests, and that mode runs even
# if no --mode names it. unit/ does not run armlet: it runs in jit only.
#
# How the mode reaches armlet: the variables are set in this script's
# environment (and removed for jit), which elf, diff, strace and bench
# inherit. The programs of asm, progs, busybox and real run with the fixed
# environment of tests/lib.sh (env -i): armlet gets the variables there too,
# and `-U` keeps them out of the guest's environment, so that a guest sees
# the same environment in every mode. A reference output is therefore the
# same in every mode: it is made once per run and reused by the other modes
# of the same test. (An ARM program a guest executes runs under armlet again:
# armlet has to pass its JIT settings on to it, as it does -L.)
#
#   tests/run.sh --stress [N] [--mode MODE | --modes SPEC] [PATTERN...]
# Instead of the suites: every tests/progs/thread_*.c and sig_*.c program
# run N times (100) in each build of STRESS_VARIANTS (thumb-O2), against
# one reference run; one test "stress/NAME/BUILD" each, failing at the first
# repetition that hangs (TEST_TIMEOUT), crashes or prints something else.
#
# Environment: ARMLET (default ./armlet), QEMU (qemu-arm), ARMBB, HOSTBB,
# ARM_CC (arm-linux-gnueabihf-gcc), ARMEL_CC (arm-linux-gnueabi-gcc), HOST_CC
# (cc), JOBS (2 tests at a time), TEST_TIMEOUT (20 s per program run),
# DIFF_LINES (20), TEST_BUILD (tests/build). ARMLET_JIT,
# ARMLET_JIT_THRESHOLD, ARMLET_JIT_BUFFER and ARMLET_DEBUG are set by the
# mode, whatever they were.
#
# tests/known-failures.txt lists tests expected to fail, one "NAME  reason" a
# line: such a test that fails is KNOWN and not counted as failed; one that
# passes is FIXED (counted as passed: remove it from the list).
set -u
cd "$(dirname "$0")/.." || exit 1
ROOT=$PWD
. tests/lib.sh

ARMLET=${ARMLET:-$ROOT/armlet}
case $ARMLET in */*) ;; *) ARMLET=$(command -v "$ARMLET") ;; esac
case $ARMLET in /*) ;; *) ARMLET=$ROOT/$ARMLET ;; esac
QEMU=${QEMU:-qemu-arm}
ARM_CC=${ARM_CC:-arm-linux-gnueabihf-gcc}
ARM_SYSROOT=${ARM_SYSROOT:-/usr/arm-linux-gnueabihf}   # libc6-armhf-cross: ld.so and libraries
ARMEL_CC=${ARMEL_CC:-arm-linux-gnueabi-gcc}
ARMEL_SYSROOT=${ARMEL_SYSROOT:-/usr/arm-linux-gnueabi}  # libc6-armel-cross
HOST_CC=${HOST_CC:-cc}
JOBS=${JOBS:-2}
B=${TEST_BUILD:-$ROOT/tests/build}   # a private TEST_BUILD lets runs go side by side
RES=$B/results
REFS=$RES/ref                        # reference outputs, shared by the modes
ENV_BIN=$(command -v env)

usage() {
    echo "usage: tests/run.sh [--stress [N]] [--mode MODE | --modes 'MODE[:PATTERN,...] ...'] [PATTERN...]" >&2
    echo "modes: jit (default), jit0, interp, jitcheck, jitsmall" >&2
    exit 2
}

STRESS=0 SPEC=
while [ $# -gt 0 ]; do
    case $1 in
    --stress)
        shift
        STRESS=100
        case ${1:-} in '' | *[!0-9]*) ;; *) STRESS=$1; shift ;; esac
        ;;
    --mode | --modes) [ $# -ge 2 ] || usage; SPEC="$SPEC $2"; shift 2 ;;
    --mode=* | --modes=*) SPEC="$SPEC ${1#*=}"; shift ;;
    --) shift; break ;;
    -*) echo "tests/run.sh: unknown option '$1'" >&2; usage ;;
    *) break ;;
    esac
done
PATTERNS=("$@")
export TEST_TIMEOUT=${TEST_TIMEOUT:-20}

# MODES: the modes to run, in order; MODE_PATS[m]: its own patterns ("," list,
# empty = all its tests).
is_mode() { case $1 in jit | jit0 | interp | jitcheck | jitsmall) return 0 ;; esac; return 1; }
MODES=()
declare -A MODE_PATS=()
add_mode() {   # add_mode MODE PATTERNS
    is_mode "$1" || { echo "tests/run.sh: unknown mode '$1'" >&2; usage; }
    [ -n "${MODE_PATS[$1]+x}" ] && { echo "tests/run.sh: mode '$1' given twice" >&2; usage; }
    MODES+=("$1")
    MODE_PATS[$1]=$2
}
for m in ${SPEC:-jit}; do
    case $m in
    *:*) add_mode "${m%%:*}" "${m#*:}" ;;
    *) add_mode "$m" "" ;;
    esac
done
for p in "${PATTERNS[@]}"; do
    m=${p%%/*}
    is_mode "$m" && [ -z "${MODE_PATS[$m]+x}" ] && add_mode "$m" ""
done

mkdir -p "$B" && rm -rf "$RES" && mkdir -p "$RES" || exit 1

declare -A KNOWN=()
if [ -f tests/known-failures.txt ]; then
    while read -r name reason; do
        case $name in ''|'#'*) continue ;; esac
        KNOWN[$name]=${reason:-no reason given}
    done <tests/known-failures.txt
fi

npass=0 nfail=0 nknown=0 nfixed=0

# set_mode MODE: makes MODE the current mode. SEL: the command-line patterns
# that apply to it (with the mode taken off the front; an empty one selects
# everything), OWN: its own patterns from --modes; PREFIX: what its test
# names start with; RUN_ARMLET: the command that runs armlet in run_capture.
set_mode() {
    local p m
    MODE=$1 PREFIX='' SEL=() OWN=()
    [ "$MODE" = jit ] || PREFIX=$MODE/
    IFS=, read -r -a OWN <<<"${MODE_PATS[$MODE]}"
    for p in "${PATTERNS[@]}"; do
        m=${p%%/*}
        if is_mode "$m"; then
            [ "$m" = "$MODE" ] && p=${p#"$m"} && SEL+=("${p#/}")
        else
            SEL+=("$p")
        fi
    done
    unset ARMLET_JIT ARMLET_JIT_THRESHOLD ARMLET_JIT_BUFFER ARMLET_DEBUG
    case $MODE in
    jit) MODE_ENV=() ;;
    jit0) MODE_ENV=(ARMLET_JIT=on ARMLET_JIT_THRESHOLD=0) ;;
    interp) MODE_ENV=(ARMLET_JIT=off) ;;
    jitcheck) MODE_ENV=(ARMLET_JIT=on ARMLET_JIT_THRESHOLD=0 ARMLET_DEBUG=jitcheck) ;;
    jitsmall) MODE_ENV=(ARMLET_JIT=on ARMLET_JIT_THRESHOLD=0 ARMLET_JIT_BUFFER=262144) ;;
    esac
    RUN_ARMLET=("$ARMLET")
    if [ ${#MODE_ENV[@]} != 0 ]; then
        export "${MODE_ENV[@]}"
        RUN_ARMLET=("$ENV_BIN" "${MODE_ENV[@]}" "$ARMLET")
        for v in "${MODE_ENV[@]}"; do RUN_ARMLET+=(-U "${v%%=*}"); done
    fi
}

# matches NAME PATTERN...: NAME starts with one of the patterns (shell
# globs), or no pattern is given.
matches() {
    local n=$1 p
    shift
    [ $# = 0 ] && return 0
    for p; do
        # shellcheck disable=SC2053
        [[ $n == $p* ]] && return 0
    done
    return 1
}

selected() {
    matches "$1" "${SEL[@]}" && matches "$1" "${OWN[@]}"
}

# suite_selected SUITE: a pattern of the current mode may select a test of
# SUITE (the runners of elf, diff, strace and bench run whole or not at all).
suite_hits() {
    local s=$1 p
    shift
    [ $# = 0 ] && return 0
    for p; do
        [[ $s == "$p"* || $p == "$s"/* ]] && return 0
    done
    return 1
}

suite_selected() {
    suite_hits "$1" "${SEL[@]}" && suite_hits "$1" "${OWN[@]}"
}

# report NAME RC DETAILFILE: prints the result line, counts it.
report() {
    local name=$1 rc=$2 detail=$3
    if [ "$rc" = 0 ]; then
        npass=$((npass + 1))
        if [ -n "${KNOWN[$name]+x}" ]; then
            echo "FIXED $name"
            nfixed=$((nfixed + 1))
        else
            echo "ok $name"
        fi
    elif [ -n "${KNOWN[$name]+x}" ]; then
        echo "KNOWN $name (${KNOWN[$name]})"
        nknown=$((nknown + 1))
    else
        echo "FAIL $name"
        [ -s "$detail" ] && head -n 40 "$detail" | sed 's/^/    /'
        nfail=$((nfail + 1))
    fi
}

# A small job pool: at most $JOBS tests run at once, results are printed in
# submission order as soon as they are available.
nsub=0 nprinted=0 running=0
declare -a NAMES=()

flush() {
    while [ $nprinted -lt $nsub ] && [ -f "$RES/$nprinted.rc" ]; do
        report "${NAMES[$nprinted]}" "$(cat "$RES/$nprinted.rc")" "$RES/$nprinted.out"
        nprinted=$((nprinted + 1))
    done
}

# submit NAME CMD...: runs CMD (a function below; 0 = pass, its output is the
# failure detail) as test NAME of the current mode. CMD sees the name as TEST.
submit() {
    local name=$1 i=$nsub
    shift
    selected "$name" || return 0
    NAMES[$i]=$PREFIX$name
    nsub=$((nsub + 1))
    TEST=$name
    ( "$@" >"$RES/$i.out" 2>&1; echo $? >"$RES/$i.rc.tmp"; mv "$RES/$i.rc.tmp" "$RES/$i.rc" ) &
    running=$((running + 1))
    while [ $running -ge "$JOBS" ]; do
        wait -n
        running=$((running - 1))
        flush
    done
    flush
}

drain() {
    wait
    running=0
    flush
}

# newer TARGET SOURCES...: true if TARGET is missing or older than a source.
newer() {
    local t=$1 s
    shift
    [ -e "$t" ] || return 0
    for s in "$@"; do [ "$s" -nt "$t" ] && return 0; done
    return 1
}

tmpdir() {
    mktemp -d "${TMPDIR:-/tmp}/armlet-test.XXXXXX"
}

# reference OUTFILE DIR STDIN CMD...: run_capture for the reference run of
# test $TEST, once per run: the other modes of the test reuse its output.
reference() {
    local out=$1 c=$REFS/$TEST
    shift
    if [ -f "$c.out" ]; then
        cp "$c.out" "$out" && cp "$c.err" "$out.err"
        return
    fi
    run_capture "$out" "$@"
    mkdir -p "${c%/*}" && cp "$out.err" "$c.err.$BASHPID" && cp "$out" "$c.out.$BASHPID" &&
        mv "$c.err.$BASHPID" "$c.err" && mv "$c.out.$BASHPID" "$c.out"
}

# ---------------------------------------------------------------- unit
# tests/unit/*.c are linked against armlet's objects except main; a file may
# give its own command in a "// build:" line near its top (run from the repo
# root, with $OUT the binary to produce and $SRC the file).
unit_test() {
    local src=$1 out cmd objs
    out=$B/unit/$(basename "$1" .c)
    mkdir -p "$B/unit"
    cmd=$(head -n 30 "$src" | sed -n 's,^[[:space:]/*]*build:[[:space:]]*,,p' | head -n1)
    if [ -n "$cmd" ]; then
        OUT=$out SRC=$src bash -c "$cmd" >"$out.log" 2>&1
    else
        objs=$(ls build/arm/*.o build/mem/*.o 2>/dev/null)
        # shellcheck disable=SC2086
        cc -std=gnu11 -Isrc -O1 -o "$out" "$src" $objs >"$out.log" 2>&1
    fi || { echo "build failed: ${cmd:-cc ... $src}"; head -n 20 "$out.log"; return 1; }
    (cd "$B/unit" && timeout -k 5 120 "$out") >"$out.run" 2>&1 || {
        echo "exit status $?"; tail -n 20 "$out.run"; return 1; }
}

suite_unit() {
    local f
    for f in tests/unit/*.c; do
        [ -e "$f" ] || continue
        submit "unit/$(basename "$f" .c)" unit_test "$f"
    done
}

# ---------------------------------------------------------------- asm
asm_test() {
    local src=$1 set=$2 name bin d rc
    name=$(basename "$src" .S)
    bin=$B/asm/$set/$name
    mkdir -p "$B/asm/$set"
    if newer "$bin" "$src" tests/asm/check.inc; then
        "$ARM_CC" -nostdlib -static -Itests/asm -o "$bin" "$src" >"$bin.log" 2>&1 || {
            echo "build failed:"; head -n 20 "$bin.log"; return 1; }
    fi
    d=$(tmpdir)
    reference "$d/want" "$d" /dev/null "$QEMU" "$bin"
    run_capture "$d/got" "$d" /dev/null "${RUN_ARMLET[@]}" "$bin"
    rc=0
    if ! grep -qx 'exit: 0' "$d/want"; then
        echo "reference (qemu-arm) does not pass:"; head -n 10 "$d/want"; rc=1
    fi
    compare_outputs "$d/want" "$d/got" || rc=1
    rm -rf "$d"
    return $rc
}

suite_asm() {
    local set f
    for set in a32 t32; do
        for f in tests/asm/$set/*.S; do
            [ -e "$f" ] || continue
            submit "asm/$set/$(basename "$f" .S)" asm_test "$f" "$set"
        done
    done
}

# ---------------------------------------------------------------- progs
# Each tests/progs/*.c runs in five armhf builds: static Thumb-2 and A32 at
# -O0 and -O2, and dynamically linked Thumb-2 -O2, loaded through the cross
# toolchain's sysroot with -L (the reference gets the same -L); and in two
# armel (soft-float EABI, $ARMEL_CC: ARMv5TE A32 code, soft-float libgcc,
# kuser helpers for TLS and atomics) builds: static -O2 (armel-O2) and
# dynamic -O2 run with -L $ARMEL_SYSROOT (armel-dyn). Comment lines in the
# first 10 lines say:
#   reference: native      compare with the same source built by the host cc
#   args: ...              arguments (shell words)
#   stdin: ...             text for stdin (printf %b escapes)
#   cflags: ...            extra flags for both compilers (after the source)
#   variants: hf-only      armhf builds only: the program needs the hard-float
#                          ABI or NEON/VFP code (intrinsics, asm) that the
#                          soft-float armel ABI cannot compile
prog_header() {   # prog_header FILE KEY: value of "KEY:" in the first 10 lines
    head -n 10 "$1" | sed -n "s,^[[:space:]/*]*$2:[[:space:]]*,,p" | head -n1 |
        sed 's,[[:space:]]*\*/[[:space:]]*$,,'
}

prog_test() {
    local src=$1 variant=$2 name bin ref flags d in rc native args stdin cflags
    name=$(basename "$src" .c)
    mkdir -p "$B/progs"
    bin=$B/progs/$name.$variant
    case $variant in
    thumb-O0) flags="-O0" ;;
    thumb-O2) flags="-O2" ;;
    arm-O0) flags="-marm -O0" ;;
    arm-O2) flags="-marm -O2" ;;
    dyn-O2 | armel-O2 | armel-dyn) flags="-O2" ;;
    esac
    local link=-static cc=$ARM_CC sysroot=$ARM_SYSROOT libs=-lm
    local -a lflag=()
    case $variant in
    # ARMv5TE has no 64-bit LDREX/STREXD: __atomic on 8 bytes is libatomic's.
    armel-*) cc=$ARMEL_CC sysroot=$ARMEL_SYSROOT libs="-latomic -lm" ;;
    esac
    case $variant in
    dyn-O2 | armel-dyn)
        link=
        lflag=(-L "$sysroot")
        ;;
    esac
    native=0
    head -n 1 "$src" | grep -q 'reference: native' && native=1
    args=$(prog_header "$src" args)
    stdin=$(prog_header "$src" stdin)
    cflags=$(prog_header "$src" cflags)
    local -a argv=()
    eval "argv=($args)"
    # shellcheck disable=SC2086
    if newer "$bin" "$src"; then
        "$cc" $link $flags -Wall -o "$bin" "$src" $cflags $libs >"$bin.log" 2>&1 || {
            echo "build failed:"; head -n 20 "$bin.log"; return 1; }
    fi
    ref=("$QEMU" "${lflag[@]}" "$bin")
    if [ $native = 1 ]; then
        flags=${flags#-marm }
        # shellcheck disable=SC2086
        if newer "$bin.native" "$src"; then
            "$HOST_CC" $flags -o "$bin.native" "$src" $cflags -lm >"$bin.log" 2>&1 || {
                echo "native build failed:"; head -n 20 "$bin.log"; return 1; }
        fi
        ref=("$bin.native")
    fi
    d=$(tmpdir)
    in=$d/stdin
    printf '%b' "$stdin" >"$in"
    mkdir -p "$d/ref/w" "$d/run/w"
    reference "$d/want" "$d/ref/w" "$in" "${ref[@]}" "${argv[@]}"
    local k=1 reps=$((STRESS > 0 ? STRESS : 1))
    while :; do
        run_capture "$d/got" "$d/run/w" "$in" "${RUN_ARMLET[@]}" "${lflag[@]}" "$bin" "${argv[@]}"
        compare_outputs "$d/want" "$d/got"
        rc=$?
        [ $rc = 0 ] && [ $k -lt $reps ] || break
        k=$((k + 1))
        rm -rf "$d/run/w" && mkdir -p "$d/run/w"
    done
    [ $rc != 0 ] && [ $reps -gt 1 ] && echo "(at repetition $k of $reps)"
    rm -rf "$d"
    return $rc
}

suite_progs() {
    local f v vs
    for f in tests/progs/*.c; do
        [ -e "$f" ] || continue
        vs="thumb-O0 thumb-O2 arm-O0 arm-O2 dyn-O2"
        [ "$(prog_header "$f" variants)" = hf-only ] || vs="$vs armel-O2 armel-dyn"
        for v in $vs; do
            submit "progs/$(basename "$f" .c)/$v" prog_test "$f" $v
        done
    done
}

# --stress: the thread and signal programs, each build's runs repeated.
suite_stress() {
    local f v
    for f in tests/progs/thread_*.c tests/progs/sig_*.c; do
        [ -e "$f" ] || continue
        for v in ${STRESS_VARIANTS:-thumb-O2}; do
            submit "stress/$(basename "$f" .c)/$v" prog_test "$f" "$v"
        done
    done
}

# ---------------------------------------------------------------- busybox
# tests/busybox/*.t hold cases: a line "=== NAME" starts case NAME, the lines
# up to the next one are its script. Each case runs in a fresh directory
# prepared by tests/busybox/fixture.sh, as `busybox sh -c SCRIPT`, once under
# armlet with the armhf busybox and once with the native busybox; stdout and
# exit status must match. PATH holds one link per applet to the same busybox,
# so commands that are not builtins run the applet of the busybox under test.
bb_prepare() {
    ARMBB_BIN=$(find_arm_busybox) || return 1
    HOSTBB_BIN=$(find_host_busybox) || return 1
    local a
    for a in arm host; do
        rm -rf "$B/bb/$a" && mkdir -p "$B/bb/$a" || return 1
    done
    for a in $("$HOSTBB_BIN" --list); do ln -s "$HOSTBB_BIN" "$B/bb/host/$a"; done
    # The armhf list comes from the reference emulator, not from armlet.
    for a in $("$QEMU" "$ARMBB_BIN" --list); do ln -s "$ARMBB_BIN" "$B/bb/arm/$a"; done
}

bb_test() {
    local script=$1 d rc
    d=$(tmpdir)
    # Both working directories have the same name, "w".
    mkdir -p "$d/ref/w" "$d/run/w"
    (cd "$d/ref/w" && bash "$ROOT/tests/busybox/fixture.sh") &&
        (cd "$d/run/w" && bash "$ROOT/tests/busybox/fixture.sh") || {
            echo "fixture failed"; rm -rf "$d"; return 1; }
    TEST_ENV+=(PATH="$B/bb/host")
    reference "$d/want" "$d/ref/w" /dev/null "$HOSTBB_BIN" sh -c "$script"
    TEST_ENV[-1]=PATH="$B/bb/arm"
    run_capture "$d/got" "$d/run/w" /dev/null "${RUN_ARMLET[@]}" "$ARMBB_BIN" sh -c "$script"
    compare_outputs "$d/want" "$d/got"
    rc=$?
    rm -rf "$d"
    return $rc
}

suite_busybox() {
    local f name script line
    ls tests/busybox/*.t >/dev/null 2>&1 && suite_selected busybox || return 0
    if ! bb_prepare; then
        submit busybox/setup sh -c 'echo "armhf or native busybox not found: run scripts/deps.sh"; false'
        return
    fi
    for f in tests/busybox/*.t; do
        name='' script=''
        while IFS= read -r line || [ -n "$line" ]; do
            if [[ $line == '=== '* ]]; then
                [ -n "$name" ] && submit "busybox/$name" bb_test "$script"
                name=${line#=== } script=
            elif [ -n "$name" ]; then
                script+=$line$'\n'
            fi
        done <"$f"
        [ -n "$name" ] && submit "busybox/$name" bb_test "$script"
    done
}

# ---------------------------------------------------------------- elf, diff
# Other runners that print "ok NAME" / "FAIL NAME" lines and a closing
# "N passed, M failed": their lines are taken as ours (NAME prefixed with the
# suite and the mode), the rest of their output is shown as failure detail.
# They get the mode through the environment.
sub_runner() {
    local suite=$1 rc st name n=0 sp sf pending='' line
    local out=$B/$suite${PREFIX:+.$MODE}.out detail=$B/$suite${PREFIX:+.$MODE}.detail
    shift
    suite_selected "$suite" || return 0
    drain
    "$@" >"$out" 2>&1
    rc=$?
    : >"$detail"
    while IFS= read -r line; do
        case $line in
        'ok '*|'FAIL '*)
            [ -n "$pending" ] && report "$pending" 1 "$detail"
            pending=
            read -r st name _ <<<"$line"
            name=${name%:}
            case $name in "$suite"/*) ;; *) name=$suite/$name ;; esac
            name=$PREFIX$name
            n=$((n + 1))
            if [ "$st" = ok ]; then report "$name" 0 /dev/null; else
                pending=$name; : >"$detail"; fi ;;
        [0-9]*' passed, '[0-9]*' failed'*) ;;
        *) [ -n "$pending" ] && echo "$line" >>"$detail" ;;
        esac
    done <"$out"
    [ -n "$pending" ] && report "$pending" 1 "$detail"
    # The closing line must be there and agree with the lines we saw.
    line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$out" | tail -n1)
    sp=${line%% *} sf=${line#*, } sf=${sf%% *}
    if [ -z "$line" ] || [ $((sp + sf)) != $n ] || { [ $rc != 0 ] && [ "$sf" = 0 ]; }; then
        tail -n 20 "$out" >"$detail"
        report "$PREFIX$suite/runner" 1 "$detail"
    fi
}

# ---------------------------------------------------------------- real
# tests/real/cases.t: Debian's armhf programs (bash, coreutils, findutils,
# grep, sed, gawk, tar, gzip, xz, diffutils, make, procps, python3, perl, lua,
# sqlite3) from the sysroot that scripts/deps.sh unpacks (armhf-sysroot.sh).
# Each runs under armlet with -L SYSROOT; the reference is the same command
# line run natively with the host's own programs (cases marked "native", the
# host has the same Debian 12 versions) or under qemu-arm with the same -L.
# Both runs happen one after the other in the same fresh directory, so
# absolute paths in the output agree. The format is in tests/real/cases.t.
REAL_SYSROOT=${REAL_SYSROOT:-/usr/local/lib/armlet/armhf-sysroot}

# real_test "FLAGS" COMMAND-LINE: FLAGS are the words after the case name.
# argv[0] is the path as written (-0), in both runs, as on an ARM machine.
real_test() {
    local flags=" $1 " cmd=$2 d rc prog
    local -a argv=() ref=() run=()
    eval "argv=($cmd)"
    prog=${argv[0]}
    argv[0]=$REAL_SYSROOT$prog
    # The same directory in every mode (the modes reuse the reference, which
    # may print its path), and in no other run.
    d=${TMPDIR:-/tmp}/armlet-test.$$.${TEST//\//-}
    rm -rf "$d" && mkdir -p "$d" || return 1
    if [[ $flags == *" native "* ]]; then
        if [ ! -x "$prog" ]; then
            echo "the host has no $prog for the native reference: run scripts/deps.sh"
            rm -rf "$d"
            return 1
        fi
        ref=("$prog" "${argv[@]:1}")
    else
        ref=("$QEMU" -L "$REAL_SYSROOT" -0 "$prog" "${argv[@]}")
    fi
    if [[ $flags == *" ldprefix "* ]]; then
        run=(env ARMLET_LD_PREFIX="$REAL_SYSROOT" "${RUN_ARMLET[@]}" -0 "$prog" "${argv[@]}")
    else
        run=("${RUN_ARMLET[@]}" -L "$REAL_SYSROOT" -0 "$prog" "${argv[@]}")
    fi
    mkdir -p "$d/w"
    reference "$d/want" "$d/w" /dev/null "${ref[@]}"
    # The host's machine name, where the guest's would be.
    [[ $flags == *" machine "* ]] && sed -i "s/$(uname -m)/armv7l/g" "$d/want"
    rm -rf "$d/w" && mkdir -p "$d/w"
    run_capture "$d/got" "$d/w" /dev/null "${run[@]}"
    compare_outputs "$d/want" "$d/got"
    rc=$?
    rm -rf "$d"
    return $rc
}

suite_real() {
    local name line flags
    # gawk and ps came with the second set of packages: an older sysroot lacks them.
    if [ ! -x "$REAL_SYSROOT/usr/bin/python3.11" ] || [ ! -x "$REAL_SYSROOT/usr/bin/ps" ]; then
        submit real/setup sh -c 'echo "no (or an old) armhf sysroot at '"$REAL_SYSROOT"': run scripts/deps.sh"; false'
        return
    fi
    name=
    while IFS= read -r line || [ -n "$line" ]; do
        case $line in
        '#'* | '') ;;
        '=== '*) read -r name flags <<<"${line#=== }" ;;
        *) [ -n "$name" ] && submit "real/$name" real_test "$flags" "$line"; name= ;;
        esac
    done <tests/real/cases.t
}

suite_elf() {
    [ -x tests/elf/run.sh ] && sub_runner elf tests/elf/run.sh "$ARMLET"
}

suite_diff() {
    [ -x tests/diff/run.sh ] && sub_runner diff tests/diff/run.sh --quick "$ARMLET"
}

# tests/perfmap/run.sh: -perfmap names guest functions as nm does.
suite_perfmap() {
    [ -x tests/perfmap/run.sh ] && sub_runner perfmap env PERFMAP_TEST_DIR="$B/perfmap" ARM_CC="$ARM_CC" \
        tests/perfmap/run.sh "$ARMLET"
}

# tests/strace/run.sh: armlet -strace against the host's strace.
suite_strace() {
    [ -x tests/strace/run.sh ] && sub_runner strace env STRACE_TEST_DIR="$B/strace" ARM_CC="$ARM_CC" \
        HOST_CC="$HOST_CC" tests/strace/run.sh "$ARMLET"
}

# bench/run.sh --quick: every benchmark's ARM builds print what its native build prints.
suite_bench() {
    [ -x bench/run.sh ] && sub_runner bench env BENCH_BUILD="$B/bench" ARMLET="$ARMLET" ARM_CC="$ARM_CC" \
        HOST_CC="$HOST_CC" ARM_SYSROOT="$ARM_SYSROOT" bench/run.sh --quick
}

# ---------------------------------------------------------------- main
if [ ! -x "$ARMLET" ]; then
    echo "note: $ARMLET is not built (run make); its tests will fail"
fi
# One mode after the other, each drained before the next starts (so that two
# modes never run the same test at once, and the later ones find the references).
for m in "${MODES[@]}"; do
    set_mode "$m"
    # Patterns were given, none of them for this mode.
    [ ${#PATTERNS[@]} != 0 ] && [ ${#SEL[@]} = 0 ] && continue
    if [ ${#MODES[@]} -gt 1 ] || [ "$m" != jit ]; then
        echo "== mode $m (${MODE_ENV[*]:-ARMLET_JIT, ARMLET_JIT_THRESHOLD unset})${OWN[*]:+: ${OWN[*]}}"
    fi
    if [ "$STRESS" -gt 0 ]; then
        suite_stress
        drain
        continue
    fi
    [ "$m" = jit ] && suite_unit   # unit/ does not run armlet
    for s in asm progs busybox real; do
        suite_$s
    done
    drain
    suite_elf
    suite_diff
    suite_strace
    suite_perfmap
    suite_bench
    drain
done
# Guard against a runner that silently ran nothing.
if [ $((npass + nfail + nknown)) = 0 ]; then
    echo "FAIL no tests were run"
    nfail=1
fi
[ $nknown -gt 0 ] || [ $nfixed -gt 0 ] &&
    echo "($nknown known failures, $nfixed fixed: see tests/known-failures.txt)"
echo "$npass passed, $nfail failed"
[ $nfail = 0 ]
