#!/bin/bash
# run.sh (`make bench`): armlet, interpreter and JIT, against qemu-arm and
# native code, from one run on this machine (docs/benchmark.md).
#
#   bench/run.sh [NAME...]           time the benchmarks (default: all ten,
#                                    the three real programs and start-up)
#   bench/run.sh --quick [NAME...]   only check the outputs (make check)
#
# Each bench/NAME.c is built three ways from the same source: native x86-64
# -O2, static armhf Thumb-2 -O2 (Debian's default) and static armhf -marm
# -O2, all with -ffp-contract=off so that floating-point results agree bit
# for bit. armlet runs in two modes: "interp" (ARMLET_JIT=off, the
# interpreter only) and "jit" (ARMLET_JIT=on, the default). The runner runs
# native, then qemu-arm, armlet interp and armlet jit on the Thumb-2 build,
# then the same three on the -marm build, interleaved, BENCH_REPS times each
# (bench/timeit.c), and checks that every run printed what the native run
# printed: a wrong or failed run is reported and not timed. It prints the
# median wall time, the ratios interp/qemu-arm, jit/qemu-arm and jit/native
# and their geometric means, the median CPU time, the peak RSS of each; then
# three real programs of Debian's armhf sysroot (REAL_SYSROOT: python3.11,
# xz -9 and sqlite3) under qemu-arm -L and armlet -L, interleaved, checked
# against qemu-arm's output; the start-up time of a static and of a dynamic
# hello world; and whether the targets of issue 9 hold. Nothing is
# hard-coded: every number comes from this run.
#
# Names: a benchmark (bench/NAME.c), "python", "xz" or "sqlite" (the real
# programs) or "hello" (nothing more than the start-up rows, which always
# run).
#
# --quick builds small variants (-DBENCH_QUICK) and only checks that armlet
# prints what the native build prints, for both ARM builds of every
# benchmark and for the hello worlds, and runs tiny versions of the real
# programs under armlet, checked against the host's own /usr/bin/python3.11,
# xz and sqlite3 (Debian 12's, the versions in the sysroot; qemu-arm -L
# without them); it prints "ok NAME" / "FAIL NAME" lines and "N passed, M
# failed" (tests/run.sh runs it as the suite bench). armlet runs in the mode
# the environment selects (ARMLET_JIT, ARMLET_JIT_THRESHOLD), so that the
# suite follows the mode `make check` is run in.
#
# Environment: ARMLET (./armlet), QEMU (qemu-arm), ARM_CC
# (arm-linux-gnueabihf-gcc), HOST_CC (cc), ARM_SYSROOT (/usr/arm-linux-gnueabihf,
# for the dynamic hello world), REAL_SYSROOT (/usr/local/lib/armlet/armhf-sysroot,
# from scripts/deps.sh), BENCH_REPS (5), BENCH_STARTUP (runs per start-up
# sample, 50), BENCH_BUILD (bench/build), the sizes of the real programs
# BENCH_PY_SCALE, BENCH_XZ_BYTES, BENCH_SQL_ROWS (see below), and
# ARMLET_JIT_THRESHOLD, passed on to armlet in both modes (default: armlet's).
set -u
cd "$(dirname "$0")/.." || exit 1
ROOT=$PWD
ARMLET=${ARMLET:-$ROOT/armlet}
case $ARMLET in /*) ;; */*) ARMLET=$ROOT/$ARMLET ;; *) ARMLET=$(command -v "$ARMLET") ;; esac
QEMU=${QEMU:-qemu-arm}
ARM_CC=${ARM_CC:-arm-linux-gnueabihf-gcc}
HOST_CC=${HOST_CC:-cc}
ARM_SYSROOT=${ARM_SYSROOT:-/usr/arm-linux-gnueabihf}
REAL_SYSROOT=${REAL_SYSROOT:-/usr/local/lib/armlet/armhf-sysroot}
REPS=${BENCH_REPS:-5}
SREPS=${BENCH_STARTUP:-50}
B=${BENCH_BUILD:-$ROOT/bench/build}
BENCHES=(sha256 sort wordcount interp nbody matmul crc32 strings memops coremark)
REALS=(python xz sqlite)
# Sizes of the real programs: a few seconds each under qemu-arm here.
# python: bench/real/loop.py SCALE; xz: xz -9 of BYTES of generated text;
# sqlite: ROWS single-row INSERTs in one transaction, then queries.
PY_SCALE=${BENCH_PY_SCALE:-80}
XZ_BYTES=${BENCH_XZ_BYTES:-1500000}
SQL_ROWS=${BENCH_SQL_ROWS:-50000}
QUICK=0
if [ "${1:-}" = --quick ]; then
    QUICK=1
    PY_SCALE=1 XZ_BYTES=50000 SQL_ROWS=1000
    shift
fi
if [ $# -gt 0 ]; then # "hello" alone: only the start-up rows (they always run)
    BENCHES=() REALS=()
    for n in "$@"; do
        case $n in
        hello) ;;
        python | xz | sqlite) REALS+=("$n") ;;
        *) BENCHES+=("$n") ;;
        esac
    done
fi
# The emulators must not pick up a sysroot or debug options from the
# environment. The timed runs set ARMLET_JIT themselves; --quick keeps it.
unset QEMU_LD_PREFIX ARMLET_LD_PREFIX ARMLET_DEBUG ARMLET_STRACE ARMLET_PERFMAP
[ $QUICK = 1 ] || unset ARMLET_JIT
INTERP=(ARMLET_JIT=off "$ARMLET") # timeit puts VAR=VALUE into the environment
JIT=(ARMLET_JIT=on "$ARMLET")

die() { echo "bench: $*" >&2; exit 1; }
for t in "$ARMLET" "$ARM_CC" "$HOST_CC"; do
    command -v "$t" >/dev/null || die "missing $t"
done
[ $QUICK = 1 ] || command -v "$QEMU" >/dev/null || die "missing $QEMU"
for n in "${BENCHES[@]}"; do
    [ -f "bench/$n.c" ] || die "no benchmark bench/$n.c"
done

CFLAGS=(-O2 -std=gnu11 -ffp-contract=off -fno-math-errno)
if [ $QUICK = 1 ]; then
    CFLAGS+=(-DBENCH_QUICK)
    B=$B/quick
fi
mkdir -p "$B" || exit 1

# ---------------------------------------------------------------- builds
# NAME.native, NAME.thumb, NAME.arm (static); hello also as hello.native-dyn
# and hello.thumb-dyn. A target is rebuilt when older than its source,
# bench.h or this script. Two compilers at a time.
build_one() { # build_one OUT SRC KIND
    local out=$1 src=$2 kind=$3
    case $kind in
    native) "$HOST_CC" "${CFLAGS[@]}" -o "$out" "$src" -lm ;;
    native-static) "$HOST_CC" "${CFLAGS[@]}" -static -o "$out" "$src" ;;
    thumb) "$ARM_CC" "${CFLAGS[@]}" -static -mthumb -o "$out" "$src" -lm ;;
    arm) "$ARM_CC" "${CFLAGS[@]}" -static -marm -o "$out" "$src" -lm ;;
    thumb-dyn) "$ARM_CC" "${CFLAGS[@]}" -mthumb -o "$out" "$src" ;;
    esac
}
stale() { [ ! -x "$1" ] || [ "$2" -nt "$1" ] || [ bench/bench.h -nt "$1" ] || [ bench/run.sh -nt "$1" ]; }

jobs_=()
queue() { # queue OUT SRC KIND
    stale "$1" "$2" || return 0
    if [ ${#jobs_[@]} -ge 2 ]; then
        wait -n
        jobs_=("${jobs_[@]:1}")
    fi
    { build_one "$@" >"$1.buildlog" 2>&1 || rm -f "$1"; } &
    jobs_+=($!)
}
for n in "${BENCHES[@]}"; do
    queue "$B/$n.native" "bench/$n.c" native
    queue "$B/$n.thumb" "bench/$n.c" thumb
    queue "$B/$n.arm" "bench/$n.c" arm
done
queue "$B/hello.native" bench/hello.c native-static
queue "$B/hello.native-dyn" bench/hello.c native
queue "$B/hello.thumb" bench/hello.c thumb
queue "$B/hello.thumb-dyn" bench/hello.c thumb-dyn
wait
if [ $QUICK = 0 ]; then
    "$HOST_CC" -O2 -Wall -o "$B/timeit" bench/timeit.c || die "cannot build bench/timeit.c"
fi

# built NAME KIND...: true if all were built, else prints why not.
built() {
    local n=$1 k ok=0
    shift
    for k in "$@"; do
        if [ ! -x "$B/$n.$k" ]; then
            echo "build of $n.$k failed:"
            sed 's/^/    /' "$B/$n.$k.buildlog" | head -20
            ok=1
        fi
    done
    return $ok
}

# ---------------------------------------------------------------- real programs
# Debian's armhf python3.11, xz and sqlite3 from REAL_SYSROOT, run with -L
# REAL_SYSROOT and argv[0] as on an ARM machine (-0), as tests/real does.
real_ready() {
    local p
    for p in python3.11 xz sqlite3; do
        [ -x "$REAL_SYSROOT/usr/bin/$p" ] || return 1
    done
}

# real_inputs: generates (once per size) the text xz compresses and the SQL
# sqlite3 runs, with bench/real/gendata.c; sets TEXT and SQL.
real_inputs() {
    TEXT=$B/real/text-$XZ_BYTES.txt SQL=$B/real/insert-$SQL_ROWS.sql
    mkdir -p "$B/real" || return 1
    if [ ! -x "$B/gendata" ] || [ bench/real/gendata.c -nt "$B/gendata" ]; then
        "$HOST_CC" -O2 -Wall -o "$B/gendata" bench/real/gendata.c || return 1
        rm -f "$B"/real/text-* "$B"/real/insert-*
    fi
    [ -s "$TEXT" ] || { "$B/gendata" text "$XZ_BYTES" >"$TEXT.tmp" && mv "$TEXT.tmp" "$TEXT"; } || return 1
    [ -s "$SQL" ] || { "$B/gendata" sql "$SQL_ROWS" >"$SQL.tmp" && mv "$SQL.tmp" "$SQL"; }
}

# real_cmd NAME: sets PROG (the program's path on an ARM machine) and ARGS.
real_cmd() {
    case $1 in
    python) PROG=/usr/bin/python3.11 ARGS=(-I -B "$ROOT/bench/real/loop.py" "$PY_SCALE") ;;
    xz) PROG=/usr/bin/xz ARGS=(-9 -T1 -c "$TEXT") ;;
    sqlite) PROG=/usr/bin/sqlite3 ARGS=(-batch -init /dev/null :memory: ".read '$SQL'") ;;
    esac
}

# ---------------------------------------------------------------- --quick
if [ $QUICK = 1 ]; then
    pass=0 fail=0
    d=$B/out
    mkdir -p "$d" || exit 1
    # check NAME LABEL CMD...: runs CMD, compares with $d/NAME.want (made by
    # $refname, native unless set).
    check() {
        local n=$1 label=$2 rc
        shift 2
        timeout 60 "$@" >"$d/$n.$label" 2>"$d/$n.$label.err"
        rc=$?
        if [ $rc != 0 ]; then
            echo "    $label: exit status $rc"
            sed 's/^/    /' "$d/$n.$label.err" | head -5
            return 1
        fi
        if ! cmp -s "$d/$n.want" "$d/$n.$label"; then
            echo "    $label: output differs from ${refname:-native} (want, got):"
            diff "$d/$n.want" "$d/$n.$label" | head -10 | sed 's/^/    /'
            return 1
        fi
    }
    result() { # result NAME DETAILFILE STATUS
        if [ "$3" = 0 ]; then
            echo "ok $1"
            pass=$((pass + 1))
        else
            echo "FAIL $1"
            cat "$2"
            fail=$((fail + 1))
        fi
    }
    quick_one() { # quick_one NAME: both ARM builds under armlet against native
        local n=$1 r=0
        built "$n" native thumb arm || return 1
        "$B/$n.native" >"$d/$n.want" 2>&1 || { echo "    native build failed"; return 1; }
        check "$n" thumb "$ARMLET" "$B/$n.thumb" || r=1
        check "$n" arm "$ARMLET" "$B/$n.arm" || r=1
        return $r
    }
    for n in "${BENCHES[@]}"; do
        quick_one "$n" >"$d/$n.detail" 2>&1
        result "$n" "$d/$n.detail" $?
    done
    echo "hello, world" >"$d/hello.want"
    { built hello thumb && check hello static "$ARMLET" "$B/hello.thumb"; } >"$d/hello.detail" 2>&1
    result hello-static "$d/hello.detail" $?
    { built hello thumb-dyn && check hello dynamic "$ARMLET" -L "$ARM_SYSROOT" "$B/hello.thumb-dyn"; } \
        >"$d/hello.detail" 2>&1
    result hello-dynamic "$d/hello.detail" $?
    # The real programs, tiny, under armlet only: python3.11 and sqlite3
    # print what the host's own program prints (the same Debian version,
    # or qemu-arm -L without it); xz's output must decompress to its input.
    quick_real() { # quick_real NAME
        local n=$1 host refname
        local -a ref
        real_inputs || { echo "    cannot generate the inputs (bench/real/gendata.c)"; return 1; }
        real_cmd "$n"
        host=$PROG
        [ "$n" = xz ] && host=$(command -v xz) # only decompresses
        if [ -x "$host" ]; then
            ref=("$host") refname="the host's $host"
        elif command -v "$QEMU" >/dev/null; then
            ref=("$QEMU" -L "$REAL_SYSROOT" -0 "$PROG" "$REAL_SYSROOT$PROG") refname=qemu-arm
        else
            echo "    no reference: neither $host on the host nor $QEMU"
            return 1
        fi
        if [ "$n" = xz ]; then
            cp "$TEXT" "$d/$n.want" || return 1
            refname="the input (decompressed by ${ref[*]})"
            timeout 60 "$ARMLET" -L "$REAL_SYSROOT" -0 "$PROG" "$REAL_SYSROOT$PROG" "${ARGS[@]}" >"$d/$n.xz" \
                2>"$d/$n.err" || { echo "    armlet: exit status $?"; head -5 "$d/$n.err" | sed 's/^/    /'; return 1; }
            check "$n" armlet "${ref[@]}" -dc "$d/$n.xz" && return
            echo "    (that is armlet's xz -9 output decompressed by ${ref[*]})"
            return 1
        fi
        timeout 60 "${ref[@]}" "${ARGS[@]}" >"$d/$n.want" 2>"$d/$n.want.err" ||
            { echo "    reference ${ref[*]}: exit status $?"; return 1; }
        check "$n" armlet "$ARMLET" -L "$REAL_SYSROOT" -0 "$PROG" "$REAL_SYSROOT$PROG" "${ARGS[@]}"
    }
    if [ ${#REALS[@]} -gt 0 ] && ! real_ready; then
        echo "skip real programs (${REALS[*]}): no armhf sysroot with python3.11, xz and sqlite3 at $REAL_SYSROOT (scripts/deps.sh makes one)"
    elif [ ${#REALS[@]} -gt 0 ]; then
        for n in "${REALS[@]}"; do
            quick_real "$n" >"$d/real-$n.detail" 2>&1
            result "real-$n" "$d/real-$n.detail" $?
        done
    fi
    echo "$pass passed, $fail failed"
    [ $fail = 0 ]
    exit
fi

# ---------------------------------------------------------------- timing
# timeit lines are "NAME ok WALL CPU RSS" or "NAME fail STATUS".
field() { awk -v n="$1" -v f="$2" '$1 == n { print $f }' "$3"; }
# wcr NAME FILE: "WALL CPU RSS" of NAME from timeit's output FILE.
wcr() { awk -v n="$1" '$1 == n { print $3, $4, $5 }' "$2"; }

echo "armlet benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC'), $(uname -m), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "armlet $ARMLET ($(git -C "$(dirname "$ARMLET")" describe --always --dirty 2>/dev/null || echo unknown)), $("$QEMU" --version | head -n1)"
threshold="JIT threshold: armlet's default"
[ -n "${ARMLET_JIT_THRESHOLD:-}" ] && threshold="JIT threshold: ARMLET_JIT_THRESHOLD=$ARMLET_JIT_THRESHOLD"
echo "armlet modes: interp = ARMLET_JIT=off (interpreter only), jit = ARMLET_JIT=on (the default), $threshold"
echo "$REPS runs of each, interleaved (native, then qemu-arm, interp, jit on Thumb-2, then on -marm); medians"
rows=$B/rows
realrows=$B/real-rows
: >"$rows"
: >"$realrows"
ncfail=0 nrfail=0 nsfail=0 # failed or wrong: benchmarks, real programs, start-up rows
realnote=
# Rows of $rows: NAME, then WALL CPU RSS of native, qemu-arm, interp, jit on
# Thumb-2, then qemu-arm, interp, jit on -marm (22 fields). times(o) prints
# the time table's line of a row, o = 0 for wall time, 1 for CPU time;
# add(o) adds it to the geometric means geo() prints.
TABLE_AWK='
function times(o) {
    n = $(2 + o); qt = $(5 + o); it = $(8 + o); jt = $(11 + o); qa = $(14 + o); ia = $(17 + o); ja = $(20 + o)
    printf "%-10s %7.3f | %8.3f %7.3f %7.3f %5.2f %5.2f %5.1f | %8.3f %7.3f %7.3f %5.2f %5.2f %5.1f\n",
        $1, n, qt, it, jt, it / qt, jt / qt, jt / n, qa, ia, ja, ia / qa, ja / qa, ja / n
}
function add(o) {
    k++; g1 += log($(8 + o) / $(5 + o)); g2 += log($(11 + o) / $(5 + o)); g3 += log($(11 + o) / $(2 + o))
    g4 += log($(17 + o) / $(14 + o)); g5 += log($(20 + o) / $(14 + o)); g6 += log($(20 + o) / $(2 + o))
}
function geo() {
    if (k) printf "%-10s %7s | %8s %7s %7s %5.2f %5.2f %5.1f | %8s %7s %7s %5.2f %5.2f %5.1f  (%d)\n",
        "geomean", "", "", "", "", exp(g1 / k), exp(g2 / k), exp(g3 / k), "", "", "", exp(g4 / k), exp(g5 / k), exp(g6 / k), k
}'
table_head() {
    printf '%-10s %7s | %-42s | %s\n' "" "" "            Thumb-2 (-mthumb)" "              A32 (-marm)"
    printf '%-10s %7s | %8s %7s %7s %5s %5s %5s | %8s %7s %7s %5s %5s %5s\n' benchmark native \
        qemu-arm interp jit i/q j/q j/n qemu-arm interp jit i/q j/q j/n
}
if [ ${#BENCHES[@]} -gt 0 ]; then # the compute part (not indented), down to "real programs"
echo
echo "Wall time, seconds (median); i/q = interp/qemu-arm, j/q = jit/qemu-arm, j/n = jit/native"
table_head
for n in "${BENCHES[@]}"; do
    if ! built "$n" native thumb arm >"$B/$n.why"; then
        printf '%-10s build failed\n' "$n"
        sed 's/^/    /' "$B/$n.why"
        ncfail=$((ncfail + 1))
        continue
    fi
    d=$B/$n.runs
    mkdir -p "$d"
    "$B/timeit" "$REPS" 1 "$d" -- native "$B/$n.native" :: \
        qemu-t "$QEMU" "$B/$n.thumb" :: interp-t "${INTERP[@]}" "$B/$n.thumb" :: jit-t "${JIT[@]}" "$B/$n.thumb" :: \
        qemu-a "$QEMU" "$B/$n.arm" :: interp-a "${INTERP[@]}" "$B/$n.arm" :: jit-a "${JIT[@]}" "$B/$n.arm" >"$d/times"
    bad=
    for k in native qemu-t interp-t jit-t qemu-a interp-a jit-a; do
        if [ "$(field $k 2 "$d/times")" != ok ]; then
            bad+=" $k: exit status $(field $k 3 "$d/times");"
        elif [ $k != native ] && ! cmp -s "$d/native.out" "$d/$k.out"; then
            bad+=" $k: output differs from native;"
        fi
    done
    if [ -n "$bad" ]; then
        printf '%-10s FAILED:%s (see %s)\n' "$n" "$bad" "$d"
        ncfail=$((ncfail + 1))
        continue
    fi
    line=$n
    for k in native qemu-t interp-t jit-t qemu-a interp-a jit-a; do line+=" $(wcr $k "$d/times")"; done
    echo "$line" >>"$rows"
    echo "$line" | awk "$TABLE_AWK"'{ times(0) }'
done
awk "$TABLE_AWK"'{ add(0) } END { geo() }' "$rows"

echo
echo "CPU time, seconds (median of user+system; steadier than wall time on a busy machine)"
table_head
awk "$TABLE_AWK"'{ times(1); add(1) } END { geo() }' "$rows"

echo
echo "Peak RSS, MiB (largest ru_maxrss of the runs)"
printf '%-10s %7s | %-24s | %s\n' "" "" "        Thumb-2" "          A32"
printf '%-10s %7s | %8s %7s %7s | %8s %7s %7s\n' benchmark native qemu-arm interp jit qemu-arm interp jit
awk '{ printf "%-10s %7.1f | %8.1f %7.1f %7.1f | %8.1f %7.1f %7.1f\n",
        $1, $4 / 1024, $7 / 1024, $10 / 1024, $13 / 1024, $16 / 1024, $19 / 1024, $22 / 1024 }' "$rows"
fi

# ---------------------------------------------------------------- real programs
# Rows of $realrows: NAME, then WALL CPU RSS of qemu-arm, interp, jit.
if [ ${#REALS[@]} -gt 0 ]; then
echo
if ! real_ready; then
    realnote="no armhf sysroot at $REAL_SYSROOT"
    echo "Real programs skipped: no armhf sysroot with python3.11, xz and sqlite3 at $REAL_SYSROOT (scripts/deps.sh makes one)"
elif ! real_inputs; then
    realnote="no inputs"
    echo "Real programs skipped: cannot generate their inputs with bench/real/gendata.c"
    nrfail=$((nrfail + 1))
else
echo "Real programs from $REAL_SYSROOT (qemu-arm -L, armlet -L; outputs checked against qemu-arm's)"
printf '%-9s | %-36s | %-24s | %s\n' "" "       wall time, s (median)" "  CPU time, s (median)" "  peak RSS, MiB"
printf '%-9s | %8s %7s %7s %5s %5s | %8s %7s %7s | %6s %6s %6s\n' program qemu-arm interp jit i/q j/q \
    qemu-arm interp jit qemu interp jit
for n in "${REALS[@]}"; do
    real_cmd "$n"
    d=$B/real-$n.runs
    mkdir -p "$d"
    run=(-L "$REAL_SYSROOT" -0 "$PROG" "$REAL_SYSROOT$PROG" "${ARGS[@]}")
    "$B/timeit" "$REPS" 1 "$d" -- qemu "$QEMU" "${run[@]}" :: interp "${INTERP[@]}" "${run[@]}" :: \
        jit "${JIT[@]}" "${run[@]}" >"$d/times"
    bad=
    for k in qemu interp jit; do
        if [ "$(field $k 2 "$d/times")" != ok ]; then
            bad+=" $k: exit status $(field $k 3 "$d/times");"
        elif [ $k != qemu ] && ! cmp -s "$d/qemu.out" "$d/$k.out"; then
            bad+=" $k: output differs from qemu-arm's;"
        fi
    done
    # xz: qemu-arm's output must also decompress (host xz) to the input.
    if [ -z "$bad" ] && [ "$n" = xz ] && command -v xz >/dev/null && ! xz -dc "$d/qemu.out" | cmp -s - "$TEXT"; then
        bad+=" the output does not decompress to the input;"
    fi
    if [ -n "$bad" ]; then
        printf '%-9s FAILED:%s (see %s)\n' "$n" "$bad" "$d"
        nrfail=$((nrfail + 1))
        continue
    fi
    line="$n $(wcr qemu "$d/times") $(wcr interp "$d/times") $(wcr jit "$d/times")"
    echo "$line" >>"$realrows"
    echo "$line" | awk '{ printf "%-9s | %8.3f %7.3f %7.3f %5.2f %5.2f | %8.3f %7.3f %7.3f | %6.1f %6.1f %6.1f\n",
        $1, $2, $5, $8, $5 / $2, $8 / $2, $3, $6, $9, $4 / 1024, $7 / 1024, $10 / 1024 }'
done
for n in "${REALS[@]}"; do
    case $n in
    python) echo "  python: python3.11 -I -B bench/real/loop.py $PY_SCALE (arithmetic, dict, strings, objects, recursion)" ;;
    xz) echo "  xz: xz -9 -T1 -c of $XZ_BYTES bytes of generated text (bench/real/gendata.c), 1 thread" ;;
    sqlite) echo "  sqlite: sqlite3 :memory:, $SQL_ROWS single-row INSERTs in one transaction, an index, 4 queries" ;;
    esac
done
fi
fi

# ---------------------------------------------------------------- start-up
echo
echo "Start-up: hello world (printf + exit), ms per run (median of $REPS samples of $SREPS runs each)"
printf '%-14s | %-45s | %s\n' "" "                  wall time" "                  CPU time"
printf '%-14s | %7s %8s %7s %7s %6s %5s | %7s %8s %7s %7s %6s %5s\n' program \
    native qemu-arm jit interp j/q j/n native qemu-arm jit interp j/q j/n
srow=$B/startup
: >"$srow"
# Rows of $srow: LABEL, then WALL CPU RSS of native, qemu-arm, jit, interp.
startup() { # startup LABEL NATIVE-BIN ARM-BIN [EMULATOR OPTIONS...]
    local label=$1 nat=$2 arm=$3 d=$B/startup.runs k bad=
    shift 3
    if [ ! -x "$nat" ] || [ ! -x "$arm" ]; then
        printf '%-16s build failed (see %s.buildlog)\n' "$label" "$arm"
        return 1
    fi
    mkdir -p "$d"
    "$B/timeit" "$REPS" "$SREPS" "$d" -- native "$nat" :: qemu "$QEMU" "$@" "$arm" :: \
        jit "${JIT[@]}" "$@" "$arm" :: interp "${INTERP[@]}" "$@" "$arm" >"$d/times"
    for k in native qemu jit interp; do
        if [ "$(field $k 2 "$d/times")" != ok ]; then
            bad+=" $k: exit status $(field $k 3 "$d/times");"
        elif [ "$(cat "$d/$k.out")" != "hello, world" ]; then
            bad+=" $k: wrong output;"
        fi
    done
    if [ -n "$bad" ]; then
        printf '%-16s FAILED:%s\n' "$label" "$bad"
        return 1
    fi
    local w=$label
    for k in native qemu jit interp; do w+=" $(wcr $k "$d/times")"; done
    echo "$w" >>"$srow"
    echo "$w" | awk '{ printf "%-14s | %7.3f %8.3f %7.3f %7.3f %6.3f %5.2f | %7.3f %8.3f %7.3f %7.3f %6.3f %5.2f\n",
        $1, $2 * 1e3, $5 * 1e3, $8 * 1e3, $11 * 1e3, $8 / $5, $8 / $2,
        $3 * 1e3, $6 * 1e3, $9 * 1e3, $12 * 1e3, $9 / $6, $9 / $3 }'
}
startup static-hello "$B/hello.native" "$B/hello.thumb" || nsfail=$((nsfail + 1))
if [ -d "$ARM_SYSROOT" ]; then
    startup dynamic-hello "$B/hello.native-dyn" "$B/hello.thumb-dyn" -L "$ARM_SYSROOT" || nsfail=$((nsfail + 1))
else
    echo "dynamic-hello    skipped: no sysroot $ARM_SYSROOT"
fi
if [ -s "$srow" ]; then
    printf '%-14s | %s\n' "" "     peak RSS, MiB"
    printf '%-14s | %7s %8s %7s %7s\n' program native qemu-arm jit interp
    awk '{ printf "%-14s | %7.1f %8.1f %7.1f %7.1f\n", $1, $4 / 1024, $7 / 1024, $10 / 1024, $13 / 1024 }' "$srow"
fi

# ---------------------------------------------------------------- targets
# Issue 9, from the numbers above, for both ARM builds: geomean jit/qemu-arm
# <= 0.5, no benchmark with jit/qemu-arm > 1, geomean jit/native <= 3; each
# real program faster under jit than under qemu-arm; start-up of the static
# and the dynamic hello world (wall) jit <= 0.15 x qemu-arm; peak RSS of
# armlet (both modes) <= qemu-arm's on every benchmark and real program.
# Ratios are compared as printed.
echo
echo "Targets of issue 9 (from the numbers above; jit = armlet with ARMLET_JIT=on):"
nrows=$(wc -l <"$rows")
nreal=$(wc -l <"$realrows")
if [ ${#BENCHES[@]} = 0 ]; then
    echo "  compute: not run"
elif [ "$nrows" = 0 ]; then
    echo "  compute: no benchmark ran: NO"
else
    note=
    [ $ncfail -gt 0 ] && note=" (over $nrows of ${#BENCHES[@]} benchmarks: not met while any fails)"
    awk -v note="$note" -v fail=$ncfail '
        { k++; tq += log($11 / $5); aq += log($20 / $14); tn += log($11 / $2); an += log($20 / $2)
          if ($11 > $5) { o++; if ($11 / $5 > w) { w = $11 / $5; wn = $1 "(T)" } }
          if ($20 > $14) { o++; if ($20 / $14 > w) { w = $20 / $14; wn = $1 "(A)" } } }
        function yn(c) { return c && !fail ? "yes" : "NO" }
        END {
            t = sprintf("%.2f", exp(tq / k)) + 0; a = sprintf("%.2f", exp(aq / k)) + 0
            printf "  compute, geomean jit/qemu-arm <= 0.5: Thumb-2 %.2f, A32 %.2f: %s%s\n", t, a, yn(t <= 0.5 && a <= 0.5), note
            if (o) printf "  compute, no benchmark with jit/qemu-arm > 1: %d of %d over, worst %s %.2f: NO\n", o, 2 * k, wn, w
            else printf "  compute, no benchmark with jit/qemu-arm > 1: none over (%d benchmarks, both builds): %s%s\n", k, yn(1), note
            t = sprintf("%.2f", exp(tn / k)) + 0; a = sprintf("%.2f", exp(an / k)) + 0
            printf "  compute, geomean jit/native <= 3: Thumb-2 %.2f, A32 %.2f: %s%s\n", t, a, yn(t <= 3 && a <= 3), note
        }' "$rows"
fi
if [ ${#REALS[@]} = 0 ]; then
    echo "  real programs: not run"
elif [ -n "$realnote" ]; then
    echo "  real programs, jit faster than qemu-arm: not measured ($realnote): NO"
else
    awk -v want=${#REALS[@]} '{ k++; r = sprintf("%.2f", $8 / $2) + 0; s = s sprintf(" %s %.2f,", $1, r); if (r >= 1) bad = 1 }
        END { sub(/,$/, "", s)
              printf "  real programs, jit/qemu-arm < 1:%s%s: %s\n", k ? s : " none ran",
                  k < want ? sprintf(" (%d of %d failed)", want - k, want) : "", k == want && !bad ? "yes" : "NO" }' "$realrows"
fi
awk '
    { w[$1] = sprintf("%.3f", $8 / $5) + 0; c[$1] = sprintf("%.3f", $9 / $6); i[$1] = sprintf("%.3f", $11 / $5) }
    function show(l, v) { return (l in v) ? sprintf("%.3f", v[l]) : "not measured" }
    END {
        ok = ("static-hello" in w) && w["static-hello"] <= 0.15 && ("dynamic-hello" in w) && w["dynamic-hello"] <= 0.15
        printf "  start-up (wall), jit/qemu-arm <= 0.15: static %s, dynamic %s: %s\n",
            show("static-hello", w), show("dynamic-hello", w), ok ? "yes" : "NO"
        printf "     (CPU time jit/qemu-arm: static %s, dynamic %s; wall interp/qemu-arm: static %s, dynamic %s)\n",
            show("static-hello", c), show("dynamic-hello", c), show("static-hello", i), show("dynamic-hello", i)
    }' "$srow"
over=$({
    awk '$10 > $7 { printf " %s(T,interp)", $1 } $13 > $7 { printf " %s(T,jit)", $1 }
         $19 > $16 { printf " %s(A,interp)", $1 } $22 > $16 { printf " %s(A,jit)", $1 }' "$rows"
    awk '$7 > $4 { printf " %s(interp)", $1 } $10 > $4 { printf " %s(jit)", $1 }' "$realrows"
})
if [ ${#BENCHES[@]} = 0 ] && [ ${#REALS[@]} = 0 ]; then
    echo "  peak RSS: not run (start-up only)"
elif [ $((nrows + nreal)) = 0 ]; then
    echo "  peak RSS of armlet <= qemu-arm's on every benchmark: nothing measured: NO"
elif [ -z "$over" ]; then
    what="$nrows benchmarks x 2 builds"
    [ "$nrows" = 0 ] && what=
    [ "$nreal" -gt 0 ] && what+="${what:+, }$nreal real programs"
    echo "  peak RSS of armlet <= qemu-arm's on every benchmark: yes ($what; interp and jit)"
else
    echo "  peak RSS of armlet <= qemu-arm's on every benchmark: NO (over:$over)"
fi
nfail=$((ncfail + nrfail + nsfail))
[ $nfail = 0 ] || echo "$nfail benchmark(s) failed or were wrong: see above"
echo "(this run took $((SECONDS / 60)) min $((SECONDS % 60)) s, builds included)"
[ $nfail = 0 ]
