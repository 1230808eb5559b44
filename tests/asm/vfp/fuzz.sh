#!/bin/bash
# fuzz.sh SEED N a|t: random VFP instructions (tests/asm/vfp/fuzz_gen.py) run under
# qemu-arm and armlet in the current directory; compares every D register,
# FPSCR and APSR.NZCV after each instruction. Prints the first mismatch.
s=$1; n=$2; m=$3; ARMLET=$(realpath ${ARMLET:-armlet})
python3 "$(dirname "$0")/fuzz_gen.py" $s $n $m > f_$s$m.S && arm-linux-gnueabihf-gcc -nostdlib -static -o f_$s$m f_$s$m.S || exit 2
qemu-arm ./f_$s$m > q_$s$m.bin; ${ARMLET:-./armlet} ./f_$s$m > a_$s$m.bin
if cmp -s q_$s$m.bin a_$s$m.bin; then echo "seed $s $m: $n ok"; exit 0; fi
python3 - $s$m <<'PY'
import sys, struct
k = sys.argv[1]
q = open("q_%s.bin" % k, "rb").read(); a = open("a_%s.bin" % k, "rb").read()
for i in range(0, max(len(q), len(a)), 264):
    x, y = q[i:i+264], a[i:i+264]
    if x != y:
        print("case", i // 264, "len q", len(q), "a", len(a))
        for r in range(33):
            u, v = x[8*r:8*r+8], y[8*r:8*r+8]
            if u != v: print(" ", "d%d" % r if r < 32 else "fpscr/apsr", u[::-1].hex(), v[::-1].hex())
        break
PY
exit 1
