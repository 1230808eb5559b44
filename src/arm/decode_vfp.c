/* VFP decoder (VFPv3-D32, VFPv4): the coprocessor 10/11 encodings of
 * ARM ARM A7.5-A7.9, for A32 and T32 alike (a T32 VFP instruction is its
 * A32 twin with the condition field replaced by 1110). Produces the
 * operations of vfp.def. The caller has filled pc, len, word, cond, it and
 * flags (F_THUMB); this fills the rest, or returns 0 when the word is not a
 * VFP instruction (e.g. the NEON VDUP in the same space). UNPREDICTABLE
 * encodings decode to OP_UNDEF. */
#include "arm/cpu.h"
#include "arm/decode.h"
#include "arm/insn.h"


static int undef(struct insn *in) {
    in->op = OP_UNDEF;
    return 1;
}

/* Register numbers: single S = Vx:X, double D = X:Vx. */
static unsigned vreg(int dbl, unsigned v4, unsigned x) { return dbl ? x << 4 | v4 : v4 << 1 | x; }
#define VD(w, dbl) vreg(dbl, BITS(w, 15, 12), BIT(w, 22))
#define VN(w, dbl) vreg(dbl, BITS(w, 19, 16), BIT(w, 7))
#define VM(w, dbl) vreg(dbl, BITS(w, 3, 0), BIT(w, 5))

/* VFPExpandImm: single value, or the high word of the double. */
static uint32_t expand_imm(uint32_t imm8, int dbl) {
    uint32_t s = imm8 >> 7, b = imm8 >> 6 & 1, f = imm8 & 0x3f;
    if (dbl) return s << 31 | (b ^ 1) << 30 | (b ? 0xffu : 0) << 22 | f << 16;
    return s << 31 | (b ^ 1) << 30 | (b ? 0x1fu : 0) << 25 | f << 19;
}

/*
 * Other data-processing (A7.5, opc1 = 1x11):
 *  31  28 27    24 23 22 21 20 19  16 15  12 11  9 8  7 6 5 4 3   0
 * | cond | 1110  | 1| D| 1  1| imm4H|  Vd  | 101 |sz| 0 0 0 0| imm4L|  VMOV imm
 * | cond | 1110  | 1| D| 1  1| opc2 |  Vd  | 101 |sz| o 1 M 0|  Vm  |  others
 * opc2: 0000 VMOV/VABS(o)  0001 VNEG/VSQRT(o)  001x VCVTB/T (bit16: to half)
 *       010x VCMP{E} (bit16: with zero, o = E)  0111 VCVT F64<->F32 (o = 1)
 *       1000 VCVT int->float (o = signed)  101x fixed->float  111x float->fixed
 *       (bit18 to fixed, bit16 U, o = 32-bit, fbits from imm4:i)
 *       110x VCVT{R} float->int (bit16 signed, o = round towards zero)
 */
static int dp_other(struct insn *in, uint32_t w, int dbl) {
    unsigned opc2 = BITS(w, 19, 16), o = BIT(w, 7);
    if (!BIT(w, 6)) {
        if (BITS(w, 7, 4) != 0) return undef(in);
        in->op = OP_VFP_MOVI;
        in->rd = VD(w, dbl);
        in->imm = expand_imm(BITS(w, 19, 16) << 4 | BITS(w, 3, 0), dbl);
        return 1;
    }
    in->rd = VD(w, dbl);
    in->rm = VM(w, dbl);
    switch (opc2) {
    case 0: in->op = o ? OP_VFP_ABS : OP_VFP_MOV; return 1;
    case 1: in->op = o ? OP_VFP_SQRT : OP_VFP_NEG; return 1;
    case 2:
    case 3:
        if (dbl) return undef(in); /* half <-> double is ARMv8 */
        in->op = BIT(w, 16) ? OP_VFP_CVT_F16_F32 : OP_VFP_CVT_F32_F16;
        in->shamt = o;
        return 1;
    case 4:
    case 5:
        in->op = o ? OP_VFP_CMPE : OP_VFP_CMP;
        in->shamt = BIT(w, 16);
        return 1;
    case 7:
        if (!o) return undef(in);
        in->op = OP_VFP_CVT_FF;
        in->rd = VD(w, !dbl);
        return 1;
    case 8:
        in->op = OP_VFP_CVT_FI;
        in->rm = VM(w, 0);
        in->carry = o;
        return 1;
    case 12:
    case 13:
        in->op = OP_VFP_CVT_IF;
        in->rd = VD(w, 0);
        in->carry = BIT(w, 16);
        in->shamt = o;
        return 1;
    case 10:
    case 11:
    case 14:
    case 15: {
        int size = o ? 32 : 16, fbits = size - (int)(BITS(w, 3, 0) << 1 | BIT(w, 5));
        if (fbits < 0) return undef(in);
        in->op = BIT(w, 18) ? OP_VFP_CVT_XF : OP_VFP_CVT_FX;
        in->rm = in->rd;
        in->imm = size;
        in->carry = !BIT(w, 16);
        in->shamt = fbits;
        return 1;
    }
    default: return undef(in);
    }
}

/*
 * Data-processing (A7.5):
 *  31  28 27    24 23 22 21 20 19  16 15  12 11  9 8  7 6 5 4 3   0
 * | cond | 1110  |o1| D|o1 o1|  Vn  |  Vd  | 101 |sz| N o M 0|  Vm  |
 * opc1 (bits 23,21,20): 000 VMLA/VMLS  001 VNMLS/VNMLA  010 VMUL/VNMUL
 * 011 VADD/VSUB  100 VDIV  101 VFNMS/VFNMA  110 VFMA/VFMS  111 others
 * (the second of each pair when o = bit 6 is set).
 */
static int dp(struct insn *in, uint32_t w) {
    static const uint16_t ops[7][2] = {
        {OP_VFP_MLA, OP_VFP_MLS}, {OP_VFP_NMLS, OP_VFP_NMLA}, {OP_VFP_MUL, OP_VFP_NMUL},
        {OP_VFP_ADD, OP_VFP_SUB}, {OP_VFP_DIV, OP_UNDEF},     {OP_VFP_FNMS, OP_VFP_FNMA},
        {OP_VFP_FMA, OP_VFP_FMS},
    };
    int dbl = BIT(w, 8);
    unsigned opc1 = BIT(w, 23) << 2 | BITS(w, 21, 20);
    in->opk = dbl;
    if (opc1 == 7) return dp_other(in, w, dbl);
    in->op = ops[opc1][BIT(w, 6)];
    if (in->op == OP_UNDEF) return undef(in);
    in->rd = VD(w, dbl);
    in->rn = VN(w, dbl);
    in->rm = VM(w, dbl);
    return 1;
}

/*
 * 8, 16 and 32-bit transfers between core and extension registers (A7.8):
 *  31  28 27    24 23 21 20 19  16 15  12 11  9 8  7 6 5 4 3   0
 * | cond | 1110  | 000 |L |  Vn  |  Rt  | 101 | 0| N 0 0 1| 0000 |  VMOV Sn <-> Rt
 * | cond | 1110  | 111 |L |  reg |  Rt  | 101 | 0| 0 0 0 1| 0000 |  VMSR / VMRS
 * | cond | 1110  |0 opc1|0|  Vd  |  Rt  | 101 | 1| D opc2 1| 0000 |  VMOV Dd[x], Rt
 * | cond | 1110  |U opc1|1|  Vn  |  Rt  | 101 | 1| N opc2 1| 0000 |  VMOV Rt, Dn[x]
 * (A = 1xx with L = 0, C = 1 is the NEON VDUP: not ours.)
 */
static int xfer(struct insn *in, uint32_t w) {
    unsigned a = BITS(w, 23, 21), l = BIT(w, 20), rt = BITS(w, 15, 12);
    int thumb = !!(in->flags & F_THUMB);
    if (!BIT(w, 8)) {
        if (a == 0) {
            if (rt == 15 || (thumb && rt == 13)) return undef(in);
            in->op = l ? OP_VFP_MOV_RS : OP_VFP_MOV_SR;
            in->rd = l ? rt : VN(w, 0);
            in->rn = l ? VN(w, 0) : rt;
            return 1;
        }
        if (a == 7) {
            /* Only FPSCR is reachable from user mode (PL0). */
            if (BITS(w, 19, 16) != 1) return undef(in);
            in->rd = rt;
            if (l) {
                in->op = OP_VFP_VMRS;
            } else {
                if (rt == 15 || (thumb && rt == 13)) return undef(in);
                in->op = OP_VFP_VMSR;
            }
            in->shamt = 1;
            return 1;
        }
        return undef(in);
    }
    unsigned opc1 = BITS(w, 22, 21), opc2 = BITS(w, 6, 5), size, index;
    if (!l && (a & 4)) return 0; /* VDUP (core register): NEON */
    if (rt == 15 || (thumb && rt == 13)) return undef(in);
    if (opc1 & 2) {
        size = 0;
        index = (opc1 & 1) << 2 | opc2;
    } else if (opc2 & 1) {
        size = 1;
        index = (opc1 & 1) << 1 | opc2 >> 1;
    } else if (opc2 == 0) {
        size = 2;
        index = opc1 & 1;
    } else {
        return undef(in);
    }
    if (l && size == 2 && BIT(w, 23)) return undef(in);
    in->shtype = size;
    in->shamt = index << (3 + size);
    if (l) {
        in->op = OP_VFP_MOV_RX;
        in->rd = rt;
        in->rn = vreg(1, BITS(w, 19, 16), BIT(w, 7));
        in->carry = !BIT(w, 23) && size < 2;
    } else {
        in->op = OP_VFP_MOV_XR;
        in->rd = vreg(1, BITS(w, 19, 16), BIT(w, 7));
        in->rn = rt;
    }
    return 1;
}

/*
 * 64-bit transfers (A7.9):
 *  31  28 27       21 20 19  16 15  12 11  9 8  7 6 5 4 3   0
 * | cond | 1100 010 |op|  Rt2 |  Rt  | 101 | C| 0 0 M 1|  Vm  |
 * C = 0: two singles Sm, Sm+1; C = 1: Dm. op = 1: to core registers.
 */
static int xfer64(struct insn *in, uint32_t w) {
    unsigned rt = BITS(w, 15, 12), rt2 = BITS(w, 19, 16), op = BIT(w, 20);
    int thumb = !!(in->flags & F_THUMB), dbl = BIT(w, 8);
    if (BITS(w, 7, 6) != 0 || !BIT(w, 4)) return undef(in);
    if (rt == 15 || rt2 == 15 || (thumb && (rt == 13 || rt2 == 13)) || (op && rt == rt2))
        return undef(in);
    in->rd = rt;
    in->ra = rt2;
    in->rm = VM(w, dbl);
    if (!dbl && in->rm == 31) return undef(in);
    if (dbl)
        in->op = op ? OP_VFP_MOV_RRD : OP_VFP_MOV_DRR;
    else
        in->op = op ? OP_VFP_MOV_RRSS : OP_VFP_MOV_SSRR;
    return 1;
}

/*
 * Extension register loads and stores (A7.6):
 *  31  28 27 25 24 23 22 21 20 19  16 15  12 11  9 8  7           0
 * | cond | 110 | P| U| D| W| L|  Rn  |  Vd  | 101 |sz|    imm8     |
 * P=1 W=0: VLDR/VSTR [Rn, #+/-imm8*4] (Rn = 15: literal, Align(PC, 4)).
 * P=0 U=1: VLDM/VSTM IA{!}; P=1 U=0 W=1: VLDMDB/VSTMDB! (VPUSH/VPOP with
 * Rn = SP). P=0 U=0 is 64-bit transfers or undefined; P=U=W=1 undefined.
 * A double list with odd imm8 is FLDMX/FSTMX.
 */
static int ldst(struct insn *in, uint32_t w) {
    unsigned p = BIT(w, 24), u = BIT(w, 23), wb = BIT(w, 21), l = BIT(w, 20);
    unsigned rn = BITS(w, 19, 16), imm8 = BITS(w, 7, 0);
    int dbl = BIT(w, 8), thumb = !!(in->flags & F_THUMB);
    in->opk = dbl;
    in->rd = VD(w, dbl);
    in->rn = rn;
    if (u) in->flags |= F_U;
    if (p && !wb) {
        in->op = l ? OP_VFP_LDR : OP_VFP_STR;
        in->imm = imm8 << 2;
        if (rn == 15) {
            uint32_t base = (in->pc + (thumb ? 4 : 8)) & ~3u;
            in->imm = u ? base + in->imm : base - in->imm;
            in->rn = R_ZERO;
            in->flags |= F_U;
        }
        return 1;
    }
    if (p == u) return undef(in);
    unsigned count = dbl ? imm8 >> 1 : imm8;
    if (count == 0 || (dbl && count > 16) || in->rd + count > 32) return undef(in);
    if (rn == 15 && (wb || thumb)) return undef(in);
    in->op = l ? OP_VFP_LDM : OP_VFP_STM;
    in->shamt = count;
    in->imm = imm8 << 2;
    if (wb) in->flags |= F_W;
    return 1;
}

int decode_vfp(uint32_t pc, uint32_t w, int thumb, struct insn *in) {
    if (BITS(w, 11, 9) != 5) return 0;
    if (thumb) in->flags |= F_THUMB;
    switch (BITS(w, 27, 24)) {
    case 0xe:
        return BIT(w, 4) ? xfer(in, w) : dp(in, w);
    case 0xc:
    case 0xd:
        if (BITS(w, 24, 21) == 2) return xfer64(in, w);
        return ldst(in, w);
    default:
        return 0;
    }
}
