#!/bin/bash
# NEON differential test: random valid NEON data-processing instructions on
# random D-register contents, run under qemu-arm and armlet, all 32 D
# registers compared after each instruction.
#   tests/diff/neon/run.sh [ARMLET] [CHUNKS] [PER_CHUNK] [SEED]
# Environment: NGEN_NOFLOAT=1 skips float operations; NGEN_MASK/NGEN_MATCH
# force bits of the generated words.
cd "$(dirname "$0")/../../.." || exit 1
ARMLET=${1:-./armlet}; CHUNKS=${2:-4}; PER=${3:-500}; SEED=${4:-1}
W=tests/build/neondiff; mkdir -p $W
cc -O1 -Isrc -o $W/ngen tests/diff/neon/ngen.c || exit 1
fail=0 total=0
for ((i = 0; i < CHUNKS; i++)); do
    s=$((SEED + i))
    $W/ngen gen $s $PER $NGEN_MASK $NGEN_MATCH > $W/c.S || exit 1
    arm-linux-gnueabihf-gcc -nostdlib -static -o $W/c $W/c.S || exit 1
    qemu-arm -cpu cortex-a15 $W/c > $W/ref.bin; rq=$?
    $ARMLET $W/c > $W/test.bin; rt=$?
    [ $rq != 0 ] && echo "chunk $s: qemu exit $rq"
    [ $rt != 0 ] && echo "chunk $s: armlet exit $rt"
    python3 tests/diff/neon/cmp.py $W/ref.bin $W/test.bin || fail=$((fail + 1))
    total=$((total + PER))
done
echo "neondiff: $total cases, $fail failing chunks"
[ $fail = 0 ]
