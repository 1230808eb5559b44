#!/bin/bash
# tests/diff/run.sh: random-instruction differential test of armlet against
# qemu-arm: integer, VFP and NEON instructions, A32 and T32. See
# docs/difftest.md.
#
#   tests/diff/run.sh --quick ARMLET          20k integer + 20k VFP + 20k NEON
#                                             cases + 5k UNDEF probes per ISA,
#                                             well under 1 min
#   tests/diff/run.sh --long  ARMLET [COUNT]  COUNT cases per ISA and family
#                                             (default 1M; COUNT/10 probes)
#   tests/diff/run.sh --self [COUNT]          qemu-arm against itself (determinism)
#
# Environment: DIFFTEST_SEED (first seed, default 1), DIFFTEST_SHOW (cases
# shown in detail per failing class, default 3), QEMU_ARM (default qemu-arm),
# DIFFTEST_KEEP=1 keeps the work directory (tests/build/diff/run.*),
# DIFFTEST_FAMILIES (default "int vfp neon undef"), DIFFTEST_ISAS (default
# "a32 t32"), DIFFTEST_ONLY (only VFP/NEON patterns whose name contains it).
# Prints "ok diff/ISA/CLASS" / "FAIL diff/ISA/CLASS" lines, mismatch details
# and a final "N passed, M failed" line; exits 1 on any mismatch.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
mode=${1:-}
armlet=${2:-}
declare -A per_fam
case "$mode" in
--quick) per_fam=([int]=20000 [vfp]=20000 [neon]=20000 [undef]=5000); chunk=5000; limit=20 ;;
--long) n=${3:-1000000}; per_fam=([int]=$n [vfp]=$n [neon]=$n [undef]=$((n / 10))); chunk=20000; limit=120 ;;
--self) n=${2:-20000}; per_fam=([int]=$n [vfp]=$n [neon]=$n [undef]=$n); chunk=5000; limit=60; armlet=SELF ;;
*) echo "usage: $0 --quick|--long ARMLET [COUNT] | --self [COUNT]" >&2; exit 2 ;;
esac
[ -n "$armlet" ] || { echo "usage: $0 $mode ARMLET" >&2; exit 2; }
if [ "$armlet" != SELF ]; then
    case "$armlet" in /*) ;; *) armlet="$PWD/$armlet" ;; esac
    [ -x "$armlet" ] || { echo "FAIL diff/setup: $armlet is not executable"; echo "0 passed, 1 failed"; exit 1; }
fi
qemu=${QEMU_ARM:-qemu-arm}
cross=arm-linux-gnueabihf-gcc
for tool in "$qemu" "$cross" cc; do
    if ! command -v "$tool" >/dev/null; then
        echo "skip diff: $tool not installed"
        echo "0 passed, 0 failed, 1 skipped"
        exit 0
    fi
done
seed0=${DIFFTEST_SEED:-1}
show=${DIFFTEST_SHOW:-3}
# a private work directory: several runs may go on at once
mkdir -p "$root/tests/build/diff"
work=$(mktemp -d "$root/tests/build/diff/run.XXXXXX") || exit 1
[ "${DIFFTEST_KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT
tool="$work/difftest"
if [ "$armlet" != SELF ]; then
    # run a private copy: others may rebuild ./armlet while this runs
    cp "$armlet" "$work/armlet" || exit 1
    armlet="$work/armlet"
fi
cc -std=gnu11 -O2 -Wall -Wextra -Wno-unused-parameter -o "$tool" "$here/difftest.c" || exit 1
cp "$here/runtime.S" "$work/runtime.S" || exit 1     # the same runtime for every chunk
stats="$work/stats.txt"
details="$work/details.txt"
: > "$stats"
: > "$details"
declare -A total_insns

run_test() {    # out prog args...
    local out=$1
    shift
    if [ "$armlet" = SELF ]; then
        timeout $limit "$qemu" -cpu cortex-a15 "$@" > "$out" 2>/dev/null
    else
        { timeout $limit "$armlet" "$@" > "$out" 2>"$out.err"; } 2>/dev/null
    fi
}

# one chunk: generate, build, run both, compare. When the test run dies,
# run it again flushing after every case (to name the exact case), then go
# on from the case after it (up to 50 times per chunk). Both are arguments
# of the test program that do not change what a case outputs.
chunk_run() {   # isa family seed count
    local isa=$1 fam=$2 seed=$3 count=$4 d="$work/$1"
    local n first=0 flush=65536 crashes=0 st rc k
    mkdir -p "$d"
    n=$("$tool" gen "$isa" "$seed" "$count" "$d" "$fam") || return 1
    "$cross" -nostdlib -static -o "$d/prog" "$work/runtime.S" "$d/cases.S" || return 1
    if ! timeout $limit "$qemu" -cpu cortex-a15 "$d/prog" > "$d/ref.out" 2>"$d/ref.err"; then
        head -c 600 "$d/ref.err"
        echo "  reference run failed for $isa $fam seed $seed (generator bug?)"
        return 1
    fi
    while :; do
        run_test "$d/test.out" "$d/prog" $first $flush
        st=$?
        : > "$d/stats"
        "$tool" cmp "$d" "$d/ref.out" "$d/test.out" "$d/stats" "$show" $first > "$d/cmp.txt"
        rc=$?
        if [ $rc = 2 ]; then
            echo "  comparison failed for $isa $fam seed $seed"
            return 1
        fi
        if [ $rc = 3 ] && [ $flush != 1 ]; then
            flush=1
            continue
        fi
        cat "$d/stats" >> "$stats"
        if [ $rc = 3 ]; then
            echo "    armlet exit status $st (chunk $isa $fam seed $seed)" >> "$d/cmp.txt"
            [ -s "$d/test.out.err" ] && head -c 600 "$d/test.out.err" | sed 's/^/    stderr: /' >> "$d/cmp.txt"
        fi
        [ $rc != 0 ] && cat "$d/cmp.txt" >> "$details"
        [ $rc = 3 ] || break
        k=$(sed -n 's/^#CRASH //p' "$d/cmp.txt")
        first=$((k + 1))
        crashes=$((crashes + 1))
        if [ $first -ge $count ] || [ $crashes -ge 50 ]; then
            [ $first -lt $count ] && echo "    $((count - first)) cases of chunk $isa $fam seed $seed not run (too many crashes)" >> "$details"
            break
        fi
    done
    total_insns[$isa/$fam]=$(( ${total_insns[$isa/$fam]:-0} + n ))
    return 0
}

start=$(date +%s)
isas=${DIFFTEST_ISAS:-a32 t32}
fams=${DIFFTEST_FAMILIES:-int vfp neon undef}
for isa in $isas; do
    for fam in $fams; do
        per=${per_fam[$fam]:-0}
        done_cases=0
        seed=$seed0
        while [ $done_cases -lt $per ]; do
            c=$chunk
            [ $((per - done_cases)) -lt $c ] && c=$((per - done_cases))
            if ! chunk_run $isa $fam $seed $c > "$work/setup.txt" 2>&1; then
                # counted as a failing "setup" class by the report
                echo "$isa setup 1 1" >> "$stats"
                { echo "#BLOCK $isa/setup"; echo "  chunk $fam seed $seed could not be built or run:"
                  sed 's/^/    /' "$work/setup.txt"; } >> "$details"
            fi
            done_cases=$((done_cases + c))
            seed=$((seed + 1))
        done
    done
done
[ "${DIFFTEST_KEEP:-0}" = 1 ] && echo "work directory kept: $work"
line="instructions run:"
for isa in $isas; do
    for fam in $fams; do
        line+=" $isa/$fam ${total_insns[$isa/$fam]:-0}"
    done
done
echo "$line ($(( $(date +%s) - start ))s)"
"$tool" report "$stats" "$details" "$show"
