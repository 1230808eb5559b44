#!/bin/bash
# run.sh (`make bench`): armlet against qemu-arm and native code, from one
# run on this machine (docs/benchmark.md).
#
#   bench/run.sh [NAME...]           time the benchmarks (default: all ten)
#   bench/run.sh --quick [NAME...]   only check the outputs (make check)
#
# Each bench/NAME.c is built three ways from the same source: native x86-64
# -O2, static armhf Thumb-2 -O2 (Debian's default) and static armhf -marm
# -O2, all with -ffp-contract=off so that floating-point results agree bit
# for bit. The runner runs native, qemu-arm and armlet on the Thumb-2 build,
# then qemu-arm and armlet on the -marm build, interleaved, BENCH_REPS times
# each (bench/timeit.c), and checks that every run printed what the native
# run printed: a wrong or failed run is reported and not timed. It prints
# the median wall time, the ratios armlet/qemu-arm and armlet/native and
# their geometric means, the median CPU time, the peak RSS of each, the
# start-up time of a static and of a dynamic hello world, and whether the
# targets of issue 5 hold. Nothing is hard-coded: every number comes from
# this run.
#
# --quick builds small variants (-DBENCH_QUICK) and only checks that armlet
# prints what the native build prints, for both ARM builds of every
# benchmark and for the hello worlds; it prints "ok NAME" / "FAIL NAME"
# lines and "N passed, M failed" (tests/run.sh runs it as the suite bench).
#
# Environment: ARMLET (./armlet), QEMU (qemu-arm), ARM_CC
# (arm-linux-gnueabihf-gcc), HOST_CC (cc), ARM_SYSROOT (/usr/arm-linux-gnueabihf,
# for the dynamic hello world), BENCH_REPS (5), BENCH_STARTUP (runs per
# start-up sample, 50), BENCH_BUILD (bench/build).
set -u
cd "$(dirname "$0")/.." || exit 1
ROOT=$PWD
ARMLET=${ARMLET:-$ROOT/armlet}
case $ARMLET in /*) ;; */*) ARMLET=$ROOT/$ARMLET ;; *) ARMLET=$(command -v "$ARMLET") ;; esac
QEMU=${QEMU:-qemu-arm}
ARM_CC=${ARM_CC:-arm-linux-gnueabihf-gcc}
HOST_CC=${HOST_CC:-cc}
ARM_SYSROOT=${ARM_SYSROOT:-/usr/arm-linux-gnueabihf}
REPS=${BENCH_REPS:-5}
SREPS=${BENCH_STARTUP:-50}
B=${BENCH_BUILD:-$ROOT/bench/build}
BENCHES=(sha256 sort wordcount interp nbody matmul crc32 strings memops coremark)
QUICK=0
if [ "${1:-}" = --quick ]; then
    QUICK=1
    shift
fi
if [ $# -gt 0 ]; then # "hello" alone: only the start-up rows
    BENCHES=()
    for n in "$@"; do [ "$n" = hello ] || BENCHES+=("$n"); done
fi
# The emulators must not pick up a sysroot from the environment.
unset QEMU_LD_PREFIX ARMLET_LD_PREFIX ARMLET_DEBUG ARMLET_STRACE

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

# ---------------------------------------------------------------- --quick
if [ $QUICK = 1 ]; then
    pass=0 fail=0
    d=$B/out
    mkdir -p "$d" || exit 1
    # check NAME LABEL CMD...: runs CMD, compares with $d/NAME.want.
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
            echo "    $label: output differs from native (want, got):"
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
    echo "$pass passed, $fail failed"
    [ $fail = 0 ]
    exit
fi

# ---------------------------------------------------------------- timing
# timeit lines are "NAME ok WALL CPU RSS" or "NAME fail STATUS".
field() { awk -v n="$1" -v f="$2" '$1 == n { print $f }' "$3"; }

echo "armlet benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC'), $(uname -m), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "armlet $ARMLET ($(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo unknown)), $("$QEMU" --version | head -n1)"
echo "$REPS runs of each, interleaved (native, qemu-arm, armlet on Thumb-2, qemu-arm, armlet on -marm); medians"
rows=$B/rows
: >"$rows"
nfail=0
if [ ${#BENCHES[@]} -gt 0 ]; then # the compute part (not indented), down to "start-up"
echo
echo "Wall time, seconds (median); a/q = armlet/qemu-arm, a/n = armlet/native"
printf '%-10s %8s | %-31s | %-31s\n' "" "" "      Thumb-2 (-mthumb)" "        A32 (-marm)"
printf '%-10s %8s | %8s %8s %6s %6s | %8s %8s %6s %6s\n' benchmark native qemu-arm armlet a/q a/n qemu-arm armlet a/q a/n
for n in "${BENCHES[@]}"; do
    if ! built "$n" native thumb arm >"$B/$n.why"; then
        printf '%-10s build failed\n' "$n"
        sed 's/^/    /' "$B/$n.why"
        nfail=$((nfail + 1))
        continue
    fi
    d=$B/$n.runs
    mkdir -p "$d"
    "$B/timeit" "$REPS" 1 "$d" -- native "$B/$n.native" :: \
        qemu-t "$QEMU" "$B/$n.thumb" :: armlet-t "$ARMLET" "$B/$n.thumb" :: \
        qemu-a "$QEMU" "$B/$n.arm" :: armlet-a "$ARMLET" "$B/$n.arm" >"$d/times"
    bad=
    for k in native qemu-t armlet-t qemu-a armlet-a; do
        if [ "$(field $k 2 "$d/times")" != ok ]; then
            bad+=" $k: exit status $(field $k 3 "$d/times");"
        elif [ $k != native ] && ! cmp -s "$d/native.out" "$d/$k.out"; then
            bad+=" $k: output differs from native;"
        fi
    done
    if [ -n "$bad" ]; then
        printf '%-10s FAILED:%s (see %s)\n' "$n" "$bad" "$d"
        nfail=$((nfail + 1))
        continue
    fi
    # rows: name, then wall cpu rss for native qemu-t armlet-t qemu-a armlet-a
    line=$n
    for k in native qemu-t armlet-t qemu-a armlet-a; do
        line+=" $(field $k 3 "$d/times") $(field $k 4 "$d/times") $(field $k 5 "$d/times")"
    done
    echo "$line" >>"$rows"
    echo "$line" | awk '{ printf "%-10s %8.3f | %8.3f %8.3f %6.2f %6.1f | %8.3f %8.3f %6.2f %6.1f\n",
        $1, $2, $5, $8, $8 / $5, $8 / $2, $11, $14, $14 / $11, $14 / $2 }'
done
awk '{ k++; tq += log($8 / $5); tn += log($8 / $2); aq += log($14 / $11); an += log($14 / $2) }
     END { if (k) printf "%-10s %8s | %8s %8s %6.2f %6.1f | %8s %8s %6.2f %6.1f   (%d benchmarks)\n",
           "geomean", "", "", "", exp(tq / k), exp(tn / k), "", "", exp(aq / k), exp(an / k), k }' "$rows"

echo
echo "CPU time, seconds (median of user+system; steadier than wall time on a busy machine)"
printf '%-10s %8s | %-31s | %-31s\n' "" "" "      Thumb-2 (-mthumb)" "        A32 (-marm)"
printf '%-10s %8s | %8s %8s %6s %6s | %8s %8s %6s %6s\n' benchmark native qemu-arm armlet a/q a/n qemu-arm armlet a/q a/n
awk '{ printf "%-10s %8.3f | %8.3f %8.3f %6.2f %6.1f | %8.3f %8.3f %6.2f %6.1f\n",
        $1, $3, $6, $9, $9 / $6, $9 / $3, $12, $15, $15 / $12, $15 / $3
       k++; tq += log($9 / $6); tn += log($9 / $3); aq += log($15 / $12); an += log($15 / $3) }
     END { if (k) printf "%-10s %8s | %8s %8s %6.2f %6.1f | %8s %8s %6.2f %6.1f\n",
           "geomean", "", "", "", exp(tq / k), exp(tn / k), "", "", exp(aq / k), exp(an / k) }' "$rows"

echo
echo "Peak RSS, MiB (largest ru_maxrss of the runs)"
printf '%-10s %8s | %-17s | %-17s\n' "" "" "     Thumb-2" "       A32"
printf '%-10s %8s | %8s %8s | %8s %8s\n' benchmark native qemu-arm armlet qemu-arm armlet
awk '{ printf "%-10s %8.1f | %8.1f %8.1f | %8.1f %8.1f\n", $1, $4 / 1024, $7 / 1024, $10 / 1024, $13 / 1024, $16 / 1024 }' "$rows"

fi

# ---------------------------------------------------------------- start-up
echo
echo "Start-up: hello world (printf + exit), ms per run (median of $REPS samples of $SREPS runs each)"
printf '%-14s | %-38s | %-38s | %s\n' "" "              wall time" "              CPU time" " peak RSS, MiB"
printf '%-14s | %7s %8s %7s %6s %5s | %7s %8s %7s %6s %5s | %6s %5s %6s\n' program native qemu-arm armlet a/q a/n \
    native qemu-arm armlet a/q a/n native qemu armlet
srow=$B/startup
: >"$srow"
startup() { # startup LABEL NATIVE-BIN ARM-BIN [EMULATOR OPTIONS...]
    local label=$1 nat=$2 arm=$3 d=$B/startup.runs k bad=
    shift 3
    if [ ! -x "$nat" ] || [ ! -x "$arm" ]; then
        printf '%-16s build failed (see %s.buildlog)\n' "$label" "$arm"
        return 1
    fi
    mkdir -p "$d"
    "$B/timeit" "$REPS" "$SREPS" "$d" -- native "$nat" :: qemu "$QEMU" "$@" "$arm" :: \
        armlet "$ARMLET" "$@" "$arm" >"$d/times"
    for k in native qemu armlet; do
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
    local w=
    for k in native qemu armlet; do w+=" $(field $k 3 "$d/times") $(field $k 4 "$d/times") $(field $k 5 "$d/times")"; done
    echo "$label$w" >>"$srow"
    echo "$label$w" | awk '{ printf "%-14s | %7.3f %8.3f %7.3f %6.3f %5.2f | %7.3f %8.3f %7.3f %6.3f %5.2f | %6.1f %5.1f %6.1f\n",
        $1, $2 * 1e3, $5 * 1e3, $8 * 1e3, $8 / $5, $8 / $2, $3 * 1e3, $6 * 1e3, $9 * 1e3, $9 / $6, $9 / $3,
        $4 / 1024, $7 / 1024, $10 / 1024 }'
}
startup static-hello "$B/hello.native" "$B/hello.thumb" || nfail=$((nfail + 1))
if [ -d "$ARM_SYSROOT" ]; then
    startup dynamic-hello "$B/hello.native-dyn" "$B/hello.thumb-dyn" -L "$ARM_SYSROOT" || nfail=$((nfail + 1))
else
    echo "dynamic-hello    skipped: no sysroot $ARM_SYSROOT"
fi

# ---------------------------------------------------------------- targets
# Issue 5: start-up (static) <= 0.1 x qemu-arm and <= 2 x native; compute
# geomean (Thumb-2) <= 3 x qemu-arm; peak RSS <= qemu-arm's on every benchmark.
echo
echo "Targets (from the numbers above):"
yn() { awk -v v="$1" -v lim="$2" 'BEGIN { print (v <= lim) ? "yes" : "NO" }'; }
s=$(awk '$1 == "static-hello" { printf "%.3f %.2f %.3f %.2f", $8 / $5, $8 / $2, $9 / $6, $9 / $3 }' "$srow")
if [ -n "$s" ]; then
    set -- $s
    echo "  start-up, static hello (wall): armlet/qemu-arm $1 <= 0.1: $(yn "$1" 0.1);  armlet/native $2 <= 2: $(yn "$2" 2)"
    echo "     (the same in CPU time: armlet/qemu-arm $3, armlet/native $4)"
else
    echo "  start-up, static hello:  not measured: NO"
fi
nrows=$(wc -l <"$rows")
if [ ${#BENCHES[@]} = 0 ]; then
    echo "  compute and peak RSS: not run (start-up only)"
    [ $nfail = 0 ]
    exit
fi
g=$(awk '{ k++; s += log($8 / $5) } END { if (k) printf "%.2f", exp(s / k) }' "$rows")
if [ -n "$g" ]; then
    note=
    [ $nfail -gt 0 ] && note=" (over $nrows of ${#BENCHES[@]} benchmarks: not met while any fails)"
    ok=$(yn "$g" 3)
    [ $nfail -gt 0 ] && ok=NO
    echo "  compute, geomean Thumb-2: armlet/qemu-arm $g <= 3: $ok$note"
else
    echo "  compute, geomean Thumb-2: no benchmark ran: NO"
fi
over=$(awk '$10 > $7 { printf " %s(T)", $1 } $16 > $13 { printf " %s(A)", $1 }' "$rows")
if [ -z "$over" ] && [ "$nrows" -gt 0 ]; then
    echo "  peak RSS <= qemu-arm's on every benchmark: yes ($nrows benchmarks, both builds)"
else
    echo "  peak RSS <= qemu-arm's on every benchmark: NO (over:${over:- none measured})"
fi
[ $nfail = 0 ] || echo "$nfail benchmark(s) failed or were wrong: see above"
[ $nfail = 0 ]
