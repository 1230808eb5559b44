/* Pure integer helpers named after the ARMv7-A ARM ARM pseudocode:
 * the condition table, AddWithCarry, Shift_C, saturation and the parallel
 * (SIMD-in-a-register) add/subtract family. Used by the interpreter
 * (exec.c) and meant to be reused by the JIT for constant folding and tests.
 * Nothing here touches CPU state. */
#ifndef ARM_ALU_H
#define ARM_ALU_H

#include <stdint.h>

#include "arm/insn.h"

/* Condition table (mGBA style): bit (N<<3 | Z<<2 | C<<1 | V) of cond_table[cond]
 * is set when the condition passes for those flags. The masks below are the
 * sets of NZCV values where each flag is 1. */
#define NZCV_N 0xff00u
#define NZCV_Z 0xf0f0u
#define NZCV_C 0xccccu
#define NZCV_V 0xaaaau
static const uint16_t cond_table[16] = {
    [COND_EQ] = NZCV_Z,
    [COND_NE] = (uint16_t)~NZCV_Z,
    [COND_CS] = NZCV_C,
    [COND_CC] = (uint16_t)~NZCV_C,
    [COND_MI] = NZCV_N,
    [COND_PL] = (uint16_t)~NZCV_N,
    [COND_VS] = NZCV_V,
    [COND_VC] = (uint16_t)~NZCV_V,
    [COND_HI] = NZCV_C & (uint16_t)~NZCV_Z,
    [COND_LS] = (uint16_t) ~(NZCV_C & ~NZCV_Z),
    [COND_GE] = (uint16_t) ~(NZCV_N ^ NZCV_V),
    [COND_LT] = NZCV_N ^ NZCV_V,
    [COND_GT] = (uint16_t)~NZCV_Z & (uint16_t) ~(NZCV_N ^ NZCV_V),
    [COND_LE] = (uint16_t) ~((uint16_t)~NZCV_Z & (uint16_t) ~(NZCV_N ^ NZCV_V)),
    [COND_AL] = 0xffff,
    [15] = 0xffff,
};

static inline int ConditionPassed(unsigned cond, unsigned nzcv) {
    return (cond_table[cond] >> nzcv) & 1;
}

/* AddWithCarry(x, y, carry_in): result, carry-out and signed overflow. */
static inline uint32_t AddWithCarry(uint32_t x, uint32_t y, unsigned cin, uint8_t *carry,
                                    uint8_t *overflow) {
    uint64_t usum = (uint64_t)x + y + cin;
    uint32_t r = (uint32_t)usum;
    *carry = (uint8_t)(usum >> 32);
    *overflow = (uint8_t)((~(x ^ y) & (x ^ r)) >> 31);
    return r;
}

/* Shift_C(value, type, amount, carry_in). `amount` may be anything from 0 to
 * 255 (register-specified shifts); immediate shifts arrive normalised by the
 * decoder (LSR/ASR #32, RRX). Amount 0 leaves value and carry unchanged. */
static inline uint32_t Shift_C(uint32_t v, unsigned type, unsigned amount, unsigned cin,
                               unsigned *cout) {
    if (type == SH_RRX) {
        *cout = v & 1;
        return (uint32_t)cin << 31 | v >> 1;
    }
    if (amount == 0) {
        *cout = cin;
        return v;
    }
    switch (type) {
    case SH_LSL:
        if (amount < 32) {
            *cout = (v >> (32 - amount)) & 1;
            return v << amount;
        }
        *cout = amount == 32 ? v & 1 : 0;
        return 0;
    case SH_LSR:
        if (amount < 32) {
            *cout = (v >> (amount - 1)) & 1;
            return v >> amount;
        }
        *cout = amount == 32 ? v >> 31 : 0;
        return 0;
    case SH_ASR:
        if (amount < 32) {
            *cout = (v >> (amount - 1)) & 1;
            return (uint32_t)((int32_t)v >> amount);
        }
        *cout = v >> 31;
        return (uint32_t)((int32_t)v >> 31);
    default: /* SH_ROR: ROR_C by amount MOD 32; carry is the new bit 31 */
        amount &= 31;
        v = amount ? v >> amount | v << (32 - amount) : v;
        *cout = v >> 31;
        return v;
    }
}

/* Shift(value, type, amount, carry_in) without the carry-out. */
static inline uint32_t Shift(uint32_t v, unsigned type, unsigned amount, unsigned cin) {
    unsigned unused;
    return Shift_C(v, type, amount, cin, &unused);
}

static inline uint32_t ROR(uint32_t v, unsigned amount) {
    amount &= 31;
    return amount ? v >> amount | v << (32 - amount) : v;
}

/* SignedSatQ(i, n): i clamped to n-bit two's complement (1 <= n <= 32);
 * *sat is set to 1 if it saturated (left alone otherwise). */
static inline int32_t SignedSatQ(int64_t i, unsigned n, uint8_t *sat) {
    int64_t max = ((int64_t)1 << (n - 1)) - 1, min = -((int64_t)1 << (n - 1));
    if (i > max) {
        *sat = 1;
        return (int32_t)max;
    }
    if (i < min) {
        *sat = 1;
        return (int32_t)min;
    }
    return (int32_t)i;
}

/* UnsignedSatQ(i, n): i clamped to 0 .. 2^n - 1 (0 <= n <= 32). */
static inline uint32_t UnsignedSatQ(int64_t i, unsigned n, uint8_t *sat) {
    int64_t max = ((int64_t)1 << n) - 1;
    if (i > max) {
        *sat = 1;
        return (uint32_t)max;
    }
    if (i < 0) {
        *sat = 1;
        return 0;
    }
    return (uint32_t)i;
}

static inline int32_t SignExtend(uint32_t v, unsigned bits) {
    unsigned s = 32 - bits;
    return (int32_t)(v << s) >> s;
}

/* The 36 parallel add/subtract instructions in one routine, lane width and
 * signedness taken from the selector (ops.def PARALLEL): sel = prefix << 3 | opc,
 * prefix 1=S 2=Q 3=SH 5=U 6=UQ 7=UH, opc 0=ADD16 1=ASX 2=SAX 3=SUB16 4=ADD8
 * 7=SUB8. Returns the result; for the S and U prefixes stores the new GE[3:0]
 * in *ge (other prefixes leave *ge alone). ASX/SAX pair each lane of n with
 * the other lane of m: ASX subtracts in the low lane, SAX in the high one. */
static inline uint32_t ParallelAddSub(uint32_t n, uint32_t m, unsigned sel, uint8_t *ge) {
    unsigned prefix = sel >> 3, opc = sel & 7;
    unsigned size = opc >= 4 ? 8 : 16, lanes = 32 / size, gebits = 4 / lanes;
    int is_signed = prefix < 4, kind = prefix & 3; /* 1 modular+GE, 2 saturate, 3 halve */
    uint32_t mask = (1u << size) - 1, res = 0;
    unsigned g = 0;
    uint8_t sat = 0;
    for (unsigned i = 0; i < lanes; i++) {
        unsigned j = (opc == 1 || opc == 2) ? lanes - 1 - i : i;
        uint32_t ua = (n >> (i * size)) & mask, ub = (m >> (j * size)) & mask;
        int64_t a = is_signed ? SignExtend(ua, size) : (int64_t)ua;
        int64_t b = is_signed ? SignExtend(ub, size) : (int64_t)ub;
        int sub = opc == 3 || opc == 7 || (opc == 1 && i == 0) || (opc == 2 && i == 1);
        int64_t r = sub ? a - b : a + b;
        uint32_t lane;
        if (kind == 2)
            lane = is_signed ? (uint32_t)SignedSatQ(r, size, &sat) : UnsignedSatQ(r, size, &sat);
        else if (kind == 3)
            lane = (uint32_t)(r >> 1);
        else
            lane = (uint32_t)r;
        if ((is_signed || sub) ? r >= 0 : r > (int64_t)mask)
            g |= ((1u << gebits) - 1) << (i * gebits);
        res |= (lane & mask) << (i * size);
    }
    if (kind == 1) *ge = (uint8_t)g;
    return res;
}

/* RBIT: bit i of the result is bit 31-i of v. */
static inline uint32_t ReverseBits(uint32_t v) {
    v = (v >> 1 & 0x55555555u) | (v & 0x55555555u) << 1;
    v = (v >> 2 & 0x33333333u) | (v & 0x33333333u) << 2;
    v = (v >> 4 & 0x0f0f0f0fu) | (v & 0x0f0f0f0fu) << 4;
    return __builtin_bswap32(v);
}

/* Byte mask selecting the bytes whose GE bit is set (SEL). */
static inline uint32_t GEMask(unsigned ge) {
    return (ge & 1 ? 0xffu : 0) | (ge & 2 ? 0xff00u : 0) | (ge & 4 ? 0xff0000u : 0) |
           (ge & 8 ? 0xff000000u : 0);
}

#endif
