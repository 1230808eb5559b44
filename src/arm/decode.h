/* Helpers shared by the decoders (decode_a32.c, decode_t32.c, decode_vfp.c,
 * decode_neon.c): bit-field extraction, mask/match tests and the ARM ARM's
 * DecodeImmShift. */
#ifndef ARM_DECODE_H
#define ARM_DECODE_H

#include "arm/insn.h"

#define BITS(w, hi, lo) (((w) >> (lo)) & ((1u << ((hi) - (lo) + 1)) - 1))
#define BIT(w, n) (((w) >> (n)) & 1u)
#define MATCH(w, mask, val) (((w) & (mask)) == (val))

/* DecodeImmShift(type, amount), normalised as insn.h describes: LSR/ASR #0
 * mean 32, ROR #0 means RRX. */
static inline void decode_imm_shift(struct insn *in, uint32_t type, uint32_t amt) {
    in->shtype = type;
    in->shamt = amt;
    if (amt == 0) {
        if (type == SH_LSR || type == SH_ASR)
            in->shamt = 32;
        else if (type == SH_ROR)
            in->shtype = SH_RRX;
    }
}

#endif
