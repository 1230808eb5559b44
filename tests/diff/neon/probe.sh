#!/bin/bash
# UNDEF agreement: random words of the NEON encoding spaces, qemu-arm's verdict
# (SIGILL or not) against armlet's decoder.  tests/diff/neon/probe.sh [N] [SEED]
cd "$(dirname "$0")/../../.." || exit 1
N=${1:-5000}; SEED=${2:-1}
W=tests/build/neondiff; mkdir -p $W
cc -O1 -Isrc -o $W/ngen tests/diff/neon/ngen.c || exit 1
$W/ngen probe $SEED $N $NGEN_MASK $NGEN_MATCH > $W/p.S 2> $W/p.ours || exit 1
arm-linux-gnueabihf-gcc -nostdlib -static -o $W/p $W/p.S || exit 1
timeout 60 qemu-arm -cpu cortex-a15 $W/p > $W/p.qemu || { echo "qemu failed"; exit 1; }
python3 - $W/p.ours $W/p.qemu <<'PY'
import sys
ours = [l.split() for l in open(sys.argv[1])]
q = open(sys.argv[2], 'rb').read()
bad = 0
for (w, u), v in zip(ours, q):
    qu = 1 if v == 1 else 0
    if int(u) != qu:
        bad += 1
        if bad <= 20: print("%s: armlet %s, qemu %s" % (w, "UNDEF" if int(u) else "ok", "UNDEF" if qu else ("ok" if v == 0 else "SIGBUS")))
print("probe: %d words, %d disagreements" % (len(q), bad))
sys.exit(1 if bad else 0)
PY
