/* Advanced SIMD (NEON) decoder: A32 words 1111 001U ... (data processing),
 * 1111 0100 xxx0 ... (element/structure loads and stores) and the VDUP
 * (core register) form of the cp11 space, into struct insn records
 * following the field contract of neon.def.
 *
 * The T32 encodings are the A32 ones with bit 28 moved (111U 1111 <->
 * 1111 001U; 1111 1001 <-> 1111 0100); the T32 decoder converts and passes
 * the A32-equivalent word, so one table serves both instruction sets.
 * Organised like the ARM ARM (ARMv7-A) section A7.4 and A7.7. */
#include <string.h>

#include "arm/cpu.h"
#include "arm/decode.h"
#include "arm/insn.h"


/* D:Vd, N:Vn, M:Vm register numbers. */
#define VD(w) (BIT(w, 22) << 4 | BITS(w, 15, 12))
#define VN(w) (BIT(w, 7) << 4 | BITS(w, 19, 16))
#define VM(w) (BIT(w, 5) << 4 | BITS(w, 3, 0))

#define NR_SCALAR 1

/* Returns 1 (decoded, as UNDEFINED) so callers can `return undef(in);`. */
static int undef(struct insn *in) {
    in->op = OP_UNDEF;
    return 1;
}

/* Sets op and the common d/n/m, size, Q, U fields. Q operands must name even
 * D registers (bit 0 of Vd, Vn, Vm as listed in `qregs`, 1 = d, 2 = n, 4 = m);
 * odd ones are UNDEFINED. */
static int set3(struct insn *in, uint32_t w, int op, int q, int qregs) {
    in->op = op;
    in->rd = VD(w);
    in->rn = VN(w);
    in->rm = VM(w);
    in->opk = BITS(w, 21, 20);
    in->shtype = q;
    in->carry = BIT(w, 24);
    if (((qregs & 1) && (in->rd & 1)) || ((qregs & 2) && (in->rn & 1)) || ((qregs & 4) && (in->rm & 1)))
        return undef(in);
    return 1;
}

/*
 * Three registers of the same length (A7.4.1):
 *
 *  31      24 23 22 21 20 19  16 15  12 11  8  7  6  5  4  3   0
 * | 1111 001U| 0| D| size|  Vn  |  Vd  |  A  | N| Q| M| B|  Vm  |
 */
static int three_same(struct insn *in, uint32_t w) {
    uint32_t a = BITS(w, 11, 8), b = BIT(w, 4), u = BIT(w, 24), c = BITS(w, 21, 20);
    int q = BIT(w, 6), size = c, op = -1, fl = 0;
    enum { ANY = 0, NO64 = 1, NO8_64 = 2, F32 = 3, ONLY8 = 4, DONLY = 8, SZ16_32 = 16 };
    static const uint16_t ops[16][2][2] = {
        /* [A][B][U] */
        [0] = {{OP_VHADD, OP_VHADD}, {OP_VQADD, OP_VQADD}},
        [1] = {{OP_VRHADD, OP_VRHADD}, {0, 0}},
        [2] = {{OP_VHSUB, OP_VHSUB}, {OP_VQSUB, OP_VQSUB}},
        [3] = {{OP_VCGT, OP_VCGT}, {OP_VCGE, OP_VCGE}},
        [4] = {{OP_VSHL, OP_VSHL}, {OP_VQSHL, OP_VQSHL}},
        [5] = {{OP_VRSHL, OP_VRSHL}, {OP_VQRSHL, OP_VQRSHL}},
        [6] = {{OP_VMAX, OP_VMAX}, {OP_VMIN, OP_VMIN}},
        [7] = {{OP_VABD, OP_VABD}, {OP_VABA, OP_VABA}},
        [8] = {{OP_VADD, OP_VSUB}, {OP_VTST, OP_VCEQ}},
        [9] = {{OP_VMLA, OP_VMLS}, {OP_VMUL, OP_VMULP}},
        [10] = {{OP_VPMAX, OP_VPMAX}, {OP_VPMIN, OP_VPMIN}},
        [11] = {{OP_VQDMULH, OP_VQRDMULH}, {OP_VPADD, 0}},
    };
    if (a == 1 && b == 1) {
        static const uint16_t logic[2][4] = {
            {OP_VAND, OP_VBIC, OP_VORR, OP_VORN}, {OP_VEOR, OP_VBSL, OP_VBIT, OP_VBIF}};
        if (q && ((VD(w) | VN(w) | VM(w)) & 1)) return undef(in);
        set3(in, w, logic[u][c], q, 0);
        in->opk = 3;
        return 1;
    }
    if (a < 12) {
        op = ops[a][b][u];
        if (!op) return undef(in);
        switch (a) {
        case 0: case 2: case 4: case 5: case 8:
            fl = (a == 8 && b == 1) ? NO64 : (a == 0 || a == 2) && b == 0 ? NO64 : ANY;
            break;
        case 9:
            fl = (op == OP_VMULP) ? ONLY8 : NO64;
            break;
        case 10: fl = NO64 | DONLY; break;
        case 11: fl = b ? NO64 | DONLY : SZ16_32; break;
        default: fl = NO64; break;
        }
        if ((fl & 7) == NO64 && size == 3) return undef(in);
        if ((fl & 7) == ONLY8 && size != 0) return undef(in);
        if ((fl & SZ16_32) && (size == 0 || size == 3)) return undef(in);
        if ((fl & DONLY) && q) return undef(in);
        return set3(in, w, op, q, q ? 7 : 0);
    }
    /* Float (size<0> is sz: must be 0 for F32; size<1> selects a variant). */
    if (c & 1) return undef(in);
    c >>= 1;
    switch (a << 2 | b << 1 | u) {
    case 12 << 2 | 1 << 1 | 0: op = c ? OP_VFMS : OP_VFMA; break;
    case 13 << 2 | 0 << 1 | 0: op = c ? OP_VSUBF : OP_VADDF; break;
    case 13 << 2 | 0 << 1 | 1: op = c ? OP_VABDF : OP_VPADDF; break;
    case 13 << 2 | 1 << 1 | 0: op = c ? OP_VMLSF : OP_VMLAF; break;
    case 13 << 2 | 1 << 1 | 1: op = c ? -1 : OP_VMULF; break;
    case 14 << 2 | 0 << 1 | 0: op = c ? -1 : OP_VCEQF; break;
    case 14 << 2 | 0 << 1 | 1: op = c ? OP_VCGTF : OP_VCGEF; break;
    case 14 << 2 | 1 << 1 | 1: op = c ? OP_VACGT : OP_VACGE; break;
    case 15 << 2 | 0 << 1 | 0: op = c ? OP_VMINF : OP_VMAXF; break;
    case 15 << 2 | 0 << 1 | 1: op = c ? OP_VPMINF : OP_VPMAXF; break;
    case 15 << 2 | 1 << 1 | 0: op = c ? OP_VRSQRTS : OP_VRECPS; break;
    }
    if (op < 0) return undef(in);
    if ((op == OP_VPADDF || op == OP_VPMAXF || op == OP_VPMINF) && q) return undef(in);
    set3(in, w, op, q, q ? 7 : 0);
    in->opk = 2;
    return 1;
}

/*
 * Three registers of different lengths (A7.4.2), size != 11:
 *
 *  31      24 23 22 21 20 19  16 15  12 11  8  7  6  5  4  3   0
 * | 1111 001U| 1| D| size|  Vn  |  Vd  |  A  | N| 0| M| 0|  Vm  |
 */
static int three_diff(struct insn *in, uint32_t w) {
    uint32_t a = BITS(w, 11, 8), u = BIT(w, 24), size = BITS(w, 21, 20);
    static const uint16_t ops[16][2] = {
        {OP_VADDL, OP_VADDL}, {OP_VADDW, OP_VADDW}, {OP_VSUBL, OP_VSUBL}, {OP_VSUBW, OP_VSUBW},
        {OP_VADDHN, OP_VRADDHN}, {OP_VABAL, OP_VABAL}, {OP_VSUBHN, OP_VRSUBHN}, {OP_VABDL, OP_VABDL},
        {OP_VMLAL, OP_VMLAL}, {OP_VQDMLAL, 0}, {OP_VMLSL, OP_VMLSL}, {OP_VQDMLSL, 0},
        {OP_VMULL, OP_VMULL}, {OP_VQDMULL, 0}, {OP_VMULLP, 0}, {0, 0},
    };
    int op = ops[a][u], qregs;
    if (!op) return undef(in);
    if ((op == OP_VQDMLAL || op == OP_VQDMLSL || op == OP_VQDMULL) && size == 0) return undef(in);
    if (op == OP_VMULLP && size != 0) return undef(in);
    if (op == OP_VADDW || op == OP_VSUBW) qregs = 3;
    else if (op == OP_VADDHN || op == OP_VRADDHN || op == OP_VSUBHN || op == OP_VRSUBHN) qregs = 6;
    else qregs = 1;
    return set3(in, w, op, 0, qregs);
}

/*
 * Two registers and a scalar (A7.4.3), size != 11:
 *
 *  31      24 23 22 21 20 19  16 15  12 11  8  7  6  5  4  3   0
 * | 1111 001Q| 1| D| size|  Vn  |  Vd  |  A  | N| 1| M| 0|  Vm  |
 *
 * size 01: scalar D<Vm<2:0>>[M:Vm<3>]; size 10: D<Vm>[M]; size 00 UNDEFINED.
 */
static int two_scalar(struct insn *in, uint32_t w) {
    uint32_t a = BITS(w, 11, 8), u = BIT(w, 24), size = BITS(w, 21, 20);
    int op, lng = 0, fl = 0;
    switch (a) {
    case 0: op = OP_VMLA; break;
    case 1: op = OP_VMLAF; fl = 1; break;
    case 4: op = OP_VMLS; break;
    case 5: op = OP_VMLSF; fl = 1; break;
    case 2: op = OP_VMLAL; lng = 1; break;
    case 6: op = OP_VMLSL; lng = 1; break;
    case 3: op = OP_VQDMLAL; lng = 2; break;
    case 7: op = OP_VQDMLSL; lng = 2; break;
    case 8: op = OP_VMUL; break;
    case 9: op = OP_VMULF; fl = 1; break;
    case 10: op = OP_VMULL; lng = 1; break;
    case 11: op = OP_VQDMULL; lng = 2; break;
    case 12: op = OP_VQDMULH; break;
    case 13: op = OP_VQRDMULH; break;
    default: return undef(in);
    }
    if (size == 0 || (fl && size != 2) || (lng == 2 && u)) return undef(in);
    int q = lng ? 0 : u;
    set3(in, w, op, q, lng ? 1 : q ? 3 : 0);
    if (in->op == OP_UNDEF) return 1;
    in->carry = lng == 1 ? u : 0;
    in->ra = NR_SCALAR;
    if (size == 1) {
        in->rm = BITS(w, 2, 0);
        in->shamt = BIT(w, 5) << 1 | BIT(w, 3);
    } else {
        in->rm = BITS(w, 3, 0);
        in->shamt = BIT(w, 5);
    }
    return 1;
}

/*
 * Two registers and a shift amount (A7.4.4):
 *
 *  31      24 23 22 21     16 15  12 11  8  7  6  5  4  3   0
 * | 1111 001U| 1| D|  imm6   |  Vd  |  A  | L| Q| M| 1|  Vm  |
 *
 * L:imm6 = 0001xxx size 8, 001xxxx 16, 01xxxxx 32, 1xxxxxx 64; right
 * shifts are 2*esize - imm6 (L=1: 64 - imm6), left shifts imm6 - esize.
 */
static int two_shift(struct insn *in, uint32_t w) {
    uint32_t a = BITS(w, 11, 8), u = BIT(w, 24), l = BIT(w, 7), imm6 = BITS(w, 21, 16);
    int q = BIT(w, 6), size, esize, op = -1, right = 1;
    if (l) size = 3;
    else if (imm6 & 0x20) size = 2;
    else if (imm6 & 0x10) size = 1;
    else size = 0;
    esize = 8 << size;
    switch (a) {
    case 0: op = OP_VSHR; break;
    case 1: op = OP_VSRA; break;
    case 2: op = OP_VRSHR; break;
    case 3: op = OP_VRSRA; break;
    case 4: op = u ? OP_VSRI : -1; break;
    case 5: op = u ? OP_VSLI : OP_VSHLI; right = 0; break;
    case 6: op = u ? OP_VQSHLU : -1; right = 0; break;
    case 7: op = OP_VQSHLI; right = 0; break;
    case 8: case 9: case 10:
        /* Narrowing and VSHLL: L must be 0; bit 6 selects a variant. */
        if (l) return undef(in);
        if (a == 10) {
            if (q) return undef(in);
            op = OP_VSHLL;
            right = 0;
        } else if (a == 8) {
            op = u ? (q ? OP_VQRSHRUN : OP_VQSHRUN) : (q ? OP_VRSHRN : OP_VSHRN);
        } else {
            op = q ? OP_VQRSHRN : OP_VQSHRN;
        }
        in->op = op;
        in->rd = VD(w);
        in->rm = VM(w);
        in->opk = size;
        in->carry = u;
        if (a == 10) {
            in->shamt = imm6 - esize;
            if (in->rd & 1) return undef(in);
        } else {
            in->shamt = 2 * esize - imm6;
            if (in->rm & 1) return undef(in);
        }
        return 1;
    case 14: case 15:
        if (l || !(imm6 & 0x20)) return undef(in);
        op = a == 15 ? OP_VCVTFX : OP_VCVTXF;
        break;
    }
    if (op < 0) return undef(in);
    set3(in, w, op, q, q ? 5 : 0);
    if (in->op == OP_UNDEF) return 1;
    in->rn = 0;
    in->opk = size;
    if (op == OP_VCVTFX || op == OP_VCVTXF) {
        in->opk = 2;
        in->shamt = 64 - imm6;
    } else if (right) {
        in->shamt = (l ? 64 : 2 * esize) - imm6;
    } else {
        in->shamt = l ? imm6 : imm6 - esize;
    }
    return 1;
}

/*
 * One register and a modified immediate (A7.4.6):
 *
 *  31      24 23 22 21 20 19 18 16 15  12 11   8  7  6  5  4  3   0
 * | 1111 001a| 1| D| 0| 0| 0| bcd |  Vd  | cmode | 0| Q|op| 1| efgh |
 */
static int modified_imm(struct insn *in, uint32_t w) {
    uint32_t imm8 = BIT(w, 24) << 7 | BITS(w, 18, 16) << 4 | BITS(w, 3, 0);
    uint32_t cmode = BITS(w, 11, 8), opb = BIT(w, 5), v;
    int q = BIT(w, 6), op;
    in->rd = VD(w);
    in->shtype = q;
    if (q && (in->rd & 1)) return undef(in);
    switch (cmode >> 1) {
    case 0: v = imm8; break;
    case 1: v = imm8 << 8; break;
    case 2: v = imm8 << 16; break;
    case 3: v = imm8 << 24; break;
    case 4: v = imm8 * 0x00010001u; break;
    case 5: v = (imm8 << 8) * 0x00010001u; break;
    case 6: v = (cmode & 1) ? imm8 << 16 | 0xffff : imm8 << 8 | 0xff; break;
    default:
        if (!(cmode & 1)) {
            if (opb) { /* byte mask */
                in->op = OP_VMOVI;
                in->imm = imm8;
                in->ra = 1;
                return 1;
            }
            v = imm8 * 0x01010101u;
        } else {
            if (opb) return undef(in);
            v = (imm8 & 0x80) << 24 | ((imm8 & 0x40) ? 0x3e000000 : 0x40000000) | (imm8 & 0x3f) << 19;
        }
        in->op = OP_VMOVI;
        in->imm = v;
        return 1;
    }
    /* cmode 0xx1 and 10x1 are VORR/VBIC; the rest VMOV/VMVN. */
    if (cmode < 12 && (cmode & 1)) op = opb ? OP_VANDI : OP_VORRI;
    else op = OP_VMOVI;
    if (opb) v = ~v;
    in->op = op;
    in->imm = v;
    return 1;
}

/*
 * Two registers, miscellaneous (A7.4.5):
 *
 *  31      24 23 22 21 20 19 18 17 16 15  12 11 10      6  5  4  3   0
 * | 1111 0011| 1| D| 1| 1| size| A   |  Vd  | 0|    B     | M| 0|  Vm  |
 */
static int two_misc(struct insn *in, uint32_t w) {
    uint32_t a = BITS(w, 17, 16), b = BITS(w, 10, 6), size = BITS(w, 19, 18);
    int q = BIT(w, 6), op = -1;
    in->rd = VD(w);
    in->rm = VM(w);
    in->opk = size;
    in->shtype = q;
    switch (a) {
    case 0:
        switch (b >> 1) {
        case 0: op = OP_VREV64; break;
        case 1: op = OP_VREV32; break;
        case 2: op = OP_VREV16; break;
        case 4: case 5: op = OP_VPADDL; break;
        case 8: op = OP_VCLS; break;
        case 9: op = OP_VCLZ; break;
        case 10: op = OP_VCNT; break;
        case 11: op = OP_VMVN; break;
        case 12: case 13: op = OP_VPADAL; break;
        case 14: op = OP_VQABS; break;
        case 15: op = OP_VQNEG; break;
        }
        if (op < 0 || size == 3) return undef(in);
        if ((op == OP_VREV32 && size > 1) || (op == OP_VREV16 && size > 0)) return undef(in);
        if ((op == OP_VCNT || op == OP_VMVN) && size != 0) return undef(in);
        if (op == OP_VCLS || op == OP_VCLZ) { if (size == 3) return undef(in); }
        if (op == OP_VPADDL || op == OP_VPADAL) in->carry = BIT(w, 7);
        break;
    case 1: {
        static const int8_t m[8] = {OP_VCGT0 - OP_VCGT0, OP_VCGE0 - OP_VCGT0, OP_VCEQ0 - OP_VCGT0,
                                    OP_VCLE0 - OP_VCGT0, OP_VCLT0 - OP_VCGT0, -1,
                                    OP_VABS - OP_VCGT0, OP_VNEG - OP_VCGT0};
        int f = BIT(w, 10), k = BITS(w, 9, 7);
        if (m[k] < 0 || size == 3) return undef(in);
        op = OP_VCGT0 + m[k];
        if (f) {
            if (size != 2) return undef(in);
            if (op == OP_VABS) op = OP_VABSF;
            else if (op == OP_VNEG) op = OP_VNEGF;
            else in->carry = 1;
        }
        break;
    }
    case 2:
        if (b <= 7) {
            op = OP_VSWP + (b >> 1);
            if (op == OP_VSWP && size != 0) return undef(in);
            if ((op == OP_VUZP || op == OP_VZIP) && !q && size == 2) return undef(in);
            if (size == 3) return undef(in);
        } else if (b >= 8 && b <= 11) {
            if (size == 3 || (in->rm & 1)) return undef(in);
            op = b == 8 ? OP_VMOVN : b == 9 ? OP_VQMOVUN : OP_VQMOVN;
            in->carry = b == 11;
            in->shtype = 0;
            in->op = op;
            return 1;
        } else if (b == 12) {
            if (size == 3 || (in->rd & 1)) return undef(in);
            in->op = OP_VSHLL;
            in->shamt = 8 << size;
            in->shtype = 0;
            return 1;
        } else if (b == 24 || b == 28) {
            if (size != 1) return undef(in);
            in->shtype = 0;
            if (b == 24) {
                if (in->rm & 1) return undef(in);
                in->op = OP_VCVTHS;
            } else {
                if (in->rd & 1) return undef(in);
                in->op = OP_VCVTSH;
            }
            in->opk = 2;
            return 1;
        } else {
            return undef(in);
        }
        break;
    case 3:
        if (size != 2) return undef(in);
        if ((b & 0x18) == 0x10) {
            op = BIT(w, 7) ? OP_VRSQRTE : OP_VRECPE;
            in->carry = BIT(w, 8);
        } else if ((b & 0x18) == 0x18) {
            op = BIT(w, 8) ? OP_VCVTFI : OP_VCVTIF;
            in->carry = BIT(w, 7);
        } else {
            return undef(in);
        }
        break;
    }
    in->op = op;
    if (q && ((in->rd | in->rm) & 1)) return undef(in);
    return 1;
}

/* Advanced SIMD data processing, A32 1111 001U xxxx. */
static int data_proc(struct insn *in, uint32_t w) {
    uint32_t a = BITS(w, 23, 19), c = BITS(w, 7, 4);
    if (!(a & 0x10)) return three_same(in, w);
    if ((c & 9) == 1) { /* C = 0xx1 */
        if ((a & 0x17) == 0x10) return modified_imm(in, w);
        return two_shift(in, w);
    }
    if (c & 8 && c & 1) return two_shift(in, w); /* C = 1xx1: L = 1 */
    if ((a & 0x16) != 0x16) { /* A = 1x0xx or 1x10x */
        if (!(c & 4)) return three_diff(in, w);
        return two_scalar(in, w);
    }
    /* A = 1x11x */
    if (!BIT(w, 24)) {
        set3(in, w, OP_VEXT, BIT(w, 6), BIT(w, 6) ? 7 : 0);
        if (in->op == OP_UNDEF) return 1;
        in->shamt = BITS(w, 11, 8);
        if (!in->shtype && in->shamt > 7) return undef(in);
        return 1;
    }
    uint32_t b = BITS(w, 11, 8);
    if (!(b & 8)) return two_misc(in, w);
    if ((b & 0xc) == 8) { /* VTBL / VTBX */
        in->op = BIT(w, 6) ? OP_VTBX : OP_VTBL;
        in->rd = VD(w);
        in->rn = VN(w);
        in->rm = VM(w);
        in->ra = BITS(w, 9, 8) + 1;
        if (in->rn + in->ra > 32) return undef(in);
        return 1;
    }
    if (b == 12 && !(c & 8)) { /* VDUP (scalar) */
        uint32_t imm4 = BITS(w, 19, 16);
        int q = BIT(w, 6);
        in->op = OP_VDUPS;
        in->rd = VD(w);
        in->rm = VM(w);
        in->shtype = q;
        if (imm4 & 1) { in->opk = 0; in->shamt = imm4 >> 1; }
        else if (imm4 & 2) { in->opk = 1; in->shamt = imm4 >> 2; }
        else if (imm4 & 4) { in->opk = 2; in->shamt = imm4 >> 3; }
        else return undef(in);
        if (q && (in->rd & 1)) return undef(in);
        return 1;
    }
    return undef(in);
}

/*
 * Element and structure loads and stores (A7.7):
 *
 *  31      24 23 22 21 20 19  16 15  12 11   8 7      4 3   0
 * | 1111 0100| A| D| L| 0|  Rn  |  Vd  |  B    | (misc) |  Rm  |
 *
 * A = 0: multiple structures, B = type, bits 7:6 size, 5:4 align.
 * A = 1, B<3:2> != 11: single lane, B = size:n-1, bits 7:4 index_align.
 * A = 1, B<3:2> == 11: all lanes (loads only), bits 7:6 size, 5 T, 4 a.
 * Rm = 15: no writeback; 13: rn += bytes transferred; else rn += r[Rm].
 */
static int elem_ldst(struct insn *in, uint32_t w) {
    uint32_t rn = BITS(w, 19, 16), rm = BITS(w, 3, 0), l = BIT(w, 21), d = VD(w);
    uint32_t size, nelem, ebytes, align_log = 0, inc = 1, regs = 1;
    in->rd = d;
    in->rn = rn;
    if (rn == 15 && rm != 15) return undef(in); /* UNPREDICTABLE; [pc] alone works as in qemu */
    if (!BIT(w, 23)) {
        static const int8_t tn[16] = {4, 4, 1, 2, 3, 3, 1, 1, 2, 2, 1, -1, -1, -1, -1, -1};
        static const int8_t tregs[16] = {1, 1, 4, 2, 1, 1, 3, 1, 1, 1, 2};
        static const int8_t tinc[16] = {1, 2, 1, 2, 1, 2, 1, 1, 1, 2, 1};
        uint32_t type = BITS(w, 11, 8), align = BITS(w, 5, 4);
        size = BITS(w, 7, 6);
        if (tn[type] < 0) return undef(in);
        nelem = tn[type];
        regs = tregs[type];
        inc = tinc[type];
        if (nelem == 1) {
            if ((regs == 1 || regs == 3) && (align & 2)) return undef(in);
            if (regs == 2 && align == 3) return undef(in);
        } else if (nelem == 2) {
            if ((regs == 1 && align == 3) || size == 3) return undef(in);
        } else if (nelem == 3) {
            if (size == 3 || (align & 2)) return undef(in);
        } else if (size == 3) {
            return undef(in);
        }
        if (d + inc * (nelem - 1) + regs > 32) return undef(in);
        align_log = align ? align + 2 : 0;
        in->op = l ? OP_VLDN : OP_VSTN;
        in->imm = 8 * regs * nelem;
    } else if (BITS(w, 11, 10) != 3) {
        uint32_t ia = BITS(w, 7, 4);
        size = BITS(w, 11, 10);
        nelem = BITS(w, 9, 8) + 1;
        ebytes = 1u << size;
        in->shamt = ia >> (size + 1);
        switch (nelem << 2 | size) {
        case 1 << 2 | 0: if (ia & 1) return undef(in); break;
        case 1 << 2 | 1: if (ia & 2) return undef(in); align_log = ia & 1; break;
        case 1 << 2 | 2:
            if ((ia & 4) || ((ia & 3) != 0 && (ia & 3) != 3)) return undef(in);
            align_log = (ia & 3) ? 2 : 0;
            break;
        case 2 << 2 | 0: align_log = ia & 1; break;
        case 2 << 2 | 1: inc = ia & 2 ? 2 : 1; align_log = (ia & 1) ? 2 : 0; break;
        case 2 << 2 | 2:
            if (ia & 2) return undef(in);
            inc = ia & 4 ? 2 : 1;
            align_log = (ia & 1) ? 3 : 0;
            break;
        case 3 << 2 | 0: if (ia & 1) return undef(in); break;
        case 3 << 2 | 1: if (ia & 1) return undef(in); inc = ia & 2 ? 2 : 1; break;
        case 3 << 2 | 2: if (ia & 3) return undef(in); inc = ia & 4 ? 2 : 1; break;
        case 4 << 2 | 0: align_log = (ia & 1) ? 2 : 0; break;
        case 4 << 2 | 1: inc = ia & 2 ? 2 : 1; align_log = (ia & 1) ? 3 : 0; break;
        case 4 << 2 | 2:
            if ((ia & 3) == 3) return undef(in);
            inc = ia & 4 ? 2 : 1;
            align_log = (ia & 3) ? 2 + (ia & 3) : 0;
            break;
        }
        if (d + inc * (nelem - 1) >= 32) return undef(in);
        in->op = l ? OP_VLDNL : OP_VSTNL;
        in->imm = ebytes * nelem;
    } else {
        uint32_t t = BIT(w, 5), a = BIT(w, 4);
        if (!l) return undef(in);
        size = BITS(w, 7, 6);
        nelem = BITS(w, 9, 8) + 1;
        ebytes = 1u << size;
        if (nelem == 1) {
            if (size == 3 || (size == 0 && a)) return undef(in);
            regs = t + 1;
            align_log = a ? size : 0;
        } else {
            inc = t + 1;
            if (nelem == 2) {
                if (size == 3) return undef(in);
                align_log = a ? size + 1 : 0;
            } else if (nelem == 3) {
                if (size == 3 || a) return undef(in);
            } else if (size == 3) {
                if (!a) return undef(in);
                size = 2;
                ebytes = 4;
                align_log = 4;
            } else {
                align_log = a ? (size == 2 ? 3 : size + 2) : 0;
            }
        }
        if (d + inc * (nelem - 1) + regs > 32) return undef(in);
        in->op = OP_VLDNA;
        in->imm = ebytes * nelem;
    }
    in->opk = size;
    in->ra = nelem;
    in->shtype = inc;
    if (in->op == OP_VLDN || in->op == OP_VSTN || in->op == OP_VLDNA)
        in->shamt = regs;
    in->carry = align_log;
    if (rm != 15) {
        in->flags |= F_W;
        in->rm = rm == 13 ? R_ZERO : rm;
    }
    return 1;
}

/*
 * VDUP (ARM core register), A32 (cp11 space):
 *
 *  31  28 27   24 23 22 21 20 19  16 15  12 11  8  7  6  5  4  3   0
 * | cond | 1110 | 1| B| Q| 0|  Vd  |  Rt  | 1011 | D| 0| E| 1| 0000 |
 */
static int vdup_core(struct insn *in, uint32_t w, int thumb) {
    uint32_t be = BIT(w, 22) << 1 | BIT(w, 5);
    int q = BIT(w, 21);
    if (!thumb) in->cond = w >> 28;
    in->op = OP_VDUPR;
    in->rd = BIT(w, 7) << 4 | BITS(w, 19, 16);
    in->rn = BITS(w, 15, 12);
    in->shtype = q;
    in->opk = be == 0 ? 2 : be == 1 ? 1 : 0;
    if (be == 3 || (q && (in->rd & 1)) || in->rn == 15) return undef(in);
    return 1;
}

int decode_neon(uint32_t pc, uint32_t w, int thumb, struct insn *in) {
    if (MATCH(w, 0xfe000000, 0xf2000000)) {
        if (!thumb) in->cond = COND_AL;
        return data_proc(in, w);
    }
    if (MATCH(w, 0xff100000, 0xf4000000)) {
        if (!thumb) in->cond = COND_AL;
        return elem_ldst(in, w);
    }
    if (MATCH(w, 0x0f900f5f, 0x0e800b10) && (w >> 28) != 15)
        return vdup_core(in, w, thumb);
    return 0;
}
