#!/bin/bash
# run.sh (`make bench`): builds the CPU-bound benchmarks in bench/ natively
# and for ARM from the same source, runs each natively, under qemu-arm and
# under armlet, checks that the three outputs agree and prints a table of
# the fastest of BENCH_REPS CPU times (user+sys: steadier than wall-clock
# time on a shared machine), the armlet/qemu and
# armlet/native ratios and their geometric means, then the start-up cost of
# a trivial program. A benchmark whose output differs (or that fails) is
# reported, not timed. Timings are for this machine and this run only.
#
#   bench/run.sh [NAME...]
#
# Environment: ARMLET (./armlet), QEMU (qemu-arm), ARM_CC
# (arm-linux-gnueabihf-gcc), HOST_CC (cc), BENCH_REPS (5), BENCH_STARTUP
# (runs per start-up sample, 20), BENCH_MODE (auto | libc | nolibc: link
# the ARM builds with glibc, or with bench.h's own _start and syscalls;
# auto takes libc when armlet can run a static glibc program).
set -u
cd "$(dirname "$0")/.." || exit 1
ROOT=$PWD
ARMLET=${ARMLET:-$ROOT/armlet}
QEMU=${QEMU:-qemu-arm}
ARM_CC=${ARM_CC:-arm-linux-gnueabihf-gcc}
HOST_CC=${HOST_CC:-cc}
REPS=${BENCH_REPS:-5}
SREPS=${BENCH_STARTUP:-20}
MODE=${BENCH_MODE:-auto}
B=$ROOT/bench/build
BENCHES=(crc32 sort interp sieve strings sha256 matmul fpmath)
FP_BENCHES=' fpmath ' # need VFP: not built in nolibc mode (no FP registers)
[ $# -gt 0 ] && BENCHES=("$@")

die() { echo "bench: $*" >&2; exit 1; }
for t in "$ARMLET" "$QEMU" "$ARM_CC" "$HOST_CC"; do
    command -v "$t" >/dev/null || die "missing $t"
done
mkdir -p "$B" || exit 1
"$HOST_CC" -O2 -Wall -o "$B/timeit" bench/timeit.c || die "cannot build timeit"

# Which ARM runtime: glibc if armlet runs a static glibc hello world.
if [ "$MODE" = auto ]; then
    MODE=nolibc
    printf '#include <stdio.h>\nint main(void){puts("ok");return 0;}\n' >"$B/probe.c"
    if "$ARM_CC" -O2 -static -o "$B/probe" "$B/probe.c" 2>/dev/null &&
        [ "$(timeout 10 "$ARMLET" "$B/probe" 2>/dev/null)" = ok ]; then
        MODE=libc
    fi
fi
case $MODE in
libc) ARM_FLAGS=(-O2 -static) ;;
nolibc) ARM_FLAGS=(-O2 -static -DBENCH_NOLIBC -nostdlib -mgeneral-regs-only) ;;
*) die "BENCH_MODE must be auto, libc or nolibc" ;;
esac

build() { # build NAME: native NAME.native and ARM NAME.arm
    local n=$1
    "$HOST_CC" -O2 -std=gnu11 -o "$B/$n.native" "bench/$n.c" &&
        "$ARM_CC" "${ARM_FLAGS[@]}" -std=gnu11 -o "$B/$n.arm" "bench/$n.c" -lgcc
}

# timed NAME KIND OUT cmd...: the fastest time, or "fail ..." (stdout in OUT).
timed() { "$B/timeit" "$REPS" 1 "$3" "${@:4}"; }

echo "armlet benchmarks: $(uname -m), $(nproc) cores, ARM runtime $MODE, fastest of $REPS runs, CPU seconds (user+sys)"
printf '%-10s %9s %9s %9s %11s %13s\n' benchmark native qemu-arm armlet armlet/qemu armlet/native
rows=$B/rows
: >"$rows"
for n in "${BENCHES[@]}"; do
    [ -f "bench/$n.c" ] || die "no benchmark bench/$n.c"
    if [ "$MODE" = nolibc ] && [[ $FP_BENCHES == *" $n "* ]]; then
        printf '%-10s skipped (floating point needs the libc mode)\n' "$n"
        continue
    fi
    if ! build "$n" 2>"$B/$n.buildlog"; then
        printf '%-10s build failed (see %s)\n' "$n" "$B/$n.buildlog"
        continue
    fi
    tn=$(timed "$n" native "$B/$n.out.native" "$B/$n.native")
    tq=$(timed "$n" qemu "$B/$n.out.qemu" "$QEMU" "$B/$n.arm")
    ta=$(timed "$n" armlet "$B/$n.out.armlet" "$ARMLET" "$B/$n.arm")
    bad=
    case "$tn $tq $ta" in *fail*) bad="failed (native: $tn, qemu: $tq, armlet: $ta)" ;; esac
    if [ -z "$bad" ]; then
        if ! cmp -s "$B/$n.out.native" "$B/$n.out.qemu"; then
            bad="wrong: qemu-arm output differs from native"
        elif ! cmp -s "$B/$n.out.native" "$B/$n.out.armlet"; then
            bad="wrong: armlet output differs (see $B/$n.out.*)"
        fi
    fi
    if [ -n "$bad" ]; then
        printf '%-10s %s\n' "$n" "$bad"
        continue
    fi
    echo "$n $tn $tq $ta" >>"$rows"
    awk -v n="$n" -v tn="$tn" -v tq="$tq" -v ta="$ta" \
        'BEGIN { printf "%-10s %9.3f %9.3f %9.3f %11.2f %13.1f\n", n, tn, tq, ta, ta / tq, ta / tn }'
done
awk '{ q += log($4 / $3); nat += log($4 / $2); k++ }
     END { if (k) printf "%-10s %9s %9s %9s %11.2f %13.1f   (%d benchmarks)\n", "geomean", "", "", "", exp(q / k), exp(nat / k), k }' "$rows"

# Start-up: a program that exits at once, SREPS runs per sample.
if build startup 2>"$B/startup.buildlog"; then
    sn=$("$B/timeit" "$REPS" "$SREPS" /dev/null "$B/startup.native")
    sq=$("$B/timeit" "$REPS" "$SREPS" /dev/null "$QEMU" "$B/startup.arm")
    sa=$("$B/timeit" "$REPS" "$SREPS" /dev/null "$ARMLET" "$B/startup.arm")
    case "$sn $sq $sa" in
    *fail*) echo "startup    failed (native: $sn, qemu: $sq, armlet: $sa)" ;;
    *) awk -v a="$sn" -v b="$sq" -v c="$sa" 'BEGIN { printf "%-10s %8.2fms %8.2fms %8.2fms %11.2f   (per run, trivial program)\n", "startup", a * 1e3, b * 1e3, c * 1e3, c / b }' ;;
    esac
else
    echo "startup    build failed (see $B/startup.buildlog)"
fi
