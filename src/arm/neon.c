/* NEON (Advanced SIMD) executor: runs one decoded neon.def operation on the
 * CPU state, following the ARMv7-A ARM ARM pseudocode (Cortex-A15 results).
 *
 * Operands are copied out of the register file into `vec` values first (so a
 * destination overlapping a source, as in widening forms, reads the old
 * values), computed lane by lane, and written back at the end. Lanes are
 * read sign- or zero-extended into 128-bit integers, so one expression per
 * operation serves every element size (8..64 bits) and signedness, and
 * saturation is a clamp of an exact result. Loads complete before any
 * register is written, so a fault leaves the instruction restartable.
 * Float lanes use fpu.h with the standard FPSCR value. */
#include <string.h>

#include "arm/exec.h"
#include "arm/fpu.h"
#include "mem/guest.h"

#define NR_SCALAR 1
typedef __int128 i128;

/* Up to four D registers (the VTBL table, or Vn:Vm side by side). */
typedef union {
    uint64_t d[4];
    uint32_t s[8];
    uint16_t h[16];
    uint8_t b[32];
} vec;

static inline void vload(const struct cpu *c, vec *v, int r, int nd) {
    for (int i = 0; i < nd; i++) v->d[i] = c->vfp.d[(r + i) & 31];
}

static inline void vstore(struct cpu *c, const vec *v, int r, int nd) {
    for (int i = 0; i < nd; i++) c->vfp.d[(r + i) & 31] = v->d[i];
}

/* Lane i of size `size` (log2 bytes), sign-extended unless u. */
static inline i128 lget(const vec *v, int size, int i, int u) {
    switch (size) {
    case 0: return u ? (i128)v->b[i] : (i128)(int8_t)v->b[i];
    case 1: return u ? (i128)v->h[i] : (i128)(int16_t)v->h[i];
    case 2: return u ? (i128)v->s[i] : (i128)(int32_t)v->s[i];
    default: return u ? (i128)v->d[i] : (i128)(int64_t)v->d[i];
    }
}

static inline void lset(vec *v, int size, int i, i128 x) {
    switch (size) {
    case 0: v->b[i] = (uint8_t)x; break;
    case 1: v->h[i] = (uint16_t)x; break;
    case 2: v->s[i] = (uint32_t)x; break;
    default: v->d[i] = (uint64_t)x; break;
    }
}

/* Saturates x to an esize-bit signed or unsigned value, setting FPSCR.QC. */
static i128 sat(struct cpu *c, i128 x, int size, int u) {
    int bits = 8 << size;
    i128 hi = u ? ((i128)1 << bits) - 1 : ((i128)1 << (bits - 1)) - 1;
    i128 lo = u ? 0 : -((i128)1 << (bits - 1));
    if (x > hi) {
        c->fpscr |= FPSCR_QC;
        return hi;
    }
    if (x < lo) {
        c->fpscr |= FPSCR_QC;
        return lo;
    }
    return x;
}

/* Shift by a signed amount (VSHL/VRSHL/VQSHL/VQRSHL by register): left for
 * sh >= 0, right (arithmetic for signed) otherwise; sat != 0 saturates. */
static i128 shift_reg(struct cpu *c, i128 v, int sh, int size, int u, int round, int satur) {
    int bits = 8 << size;
    if (sh >= 0) {
        if (sh >= bits) {
            if (!satur || v == 0) return 0;
            return sat(c, v < 0 ? -((i128)1 << 100) : (i128)1 << 100, size, u);
        }
        v <<= sh;
        return satur ? sat(c, v, size, u) : v;
    }
    sh = -sh;
    if (sh > bits + 1) sh = bits + 1;
    if (round) v += (i128)1 << (sh - 1);
    return v >> sh;
}

/* Polynomial (carry-less) multiply of two bytes. */
static uint32_t pmul8(uint32_t a, uint32_t b) {
    uint32_t r = 0;
    for (int i = 0; i < 8; i++)
        if (b >> i & 1) r ^= a << i;
    return r;
}

static int bitlen(uint64_t x) { return x ? 64 - __builtin_clzll(x) : 0; }

static inline i128 iabs(i128 x) { return x < 0 ? -x : x; }

/* ARM ARM RecipEstimate / RecipSqrtEstimate on 9-bit fixed-point inputs
 * (a in 256..511 for [0.5,1); for the square root also 128..255 for
 * [0.25,0.5)); results 256..511 in units of 1/256. */
static uint32_t recip_estimate(uint32_t a) {
    a = a * 2 + 1;
    uint32_t b = (1u << 19) / a;
    return (b + 1) / 2;
}

static uint32_t rsqrt_estimate(uint32_t a) {
    if (a < 256)
        a = a * 2 + 1;
    else
        a = ((a >> 1) << 1) * 2 + 2;
    uint32_t b = 512;
    while ((uint64_t)a * (b + 1) * (b + 1) < (1ull << 28)) b++;
    return (b + 1) / 2;
}

/* The U32 forms of VRECPE and VRSQRTE. */
static uint32_t urecpe(uint32_t x) {
    if (!(x >> 31)) return 0xffffffff;
    return recip_estimate(x >> 23) << 23;
}

static uint32_t ursqrte(uint32_t x) {
    if (!(x >> 30)) return 0xffffffff;
    return rsqrt_estimate(x >> 23) << 23;
}

/* F32 VRECPE / VRSQRTE under the standard FPSCR value (flush-to-zero:
 * no denormal inputs or results). */
static uint32_t frecpe(struct cpu *c, uint32_t x) {
    uint32_t sign = x & 0x80000000u, exp = x >> 23 & 0xff, frac = x & 0x7fffff;
    if (exp == 0xff) {
        if (frac) {
            if (!(frac & 0x400000)) c->fpscr |= FPSCR_IOC;
            return FPU_DNAN32;
        }
        return sign;
    }
    if (exp == 0) {
        if (frac) c->fpscr |= FPSCR_IDC;
        c->fpscr |= FPSCR_DZC;
        return sign | 0x7f800000;
    }
    if (exp >= 253) {
        c->fpscr |= FPSCR_UFC;
        return sign;
    }
    uint32_t est = recip_estimate(256 | frac >> 15);
    return sign | (253 - exp) << 23 | (est & 0xff) << 15;
}

static uint32_t frsqrte(struct cpu *c, uint32_t x) {
    uint32_t sign = x & 0x80000000u, exp = x >> 23 & 0xff, frac = x & 0x7fffff;
    if (exp == 0xff && frac) {
        if (!(frac & 0x400000)) c->fpscr |= FPSCR_IOC;
        return FPU_DNAN32;
    }
    if (exp == 0) {
        if (frac) c->fpscr |= FPSCR_IDC;
        c->fpscr |= FPSCR_DZC;
        return sign | 0x7f800000;
    }
    if (sign) {
        c->fpscr |= FPSCR_IOC;
        return FPU_DNAN32;
    }
    if (exp == 0xff) return 0;
    uint32_t scaled = (exp & 1) ? 128 | frac >> 16 : 256 | frac >> 15;
    uint32_t est = rsqrt_estimate(scaled);
    return ((380 - exp) / 2) << 23 | (est & 0xff) << 15;
}

/* FPCompare outcomes (NZCV). */
enum { CMP_EQ = 6, CMP_LT = 8, CMP_GT = 2, CMP_UN = 3 };

static int is_zero_or_denormal(uint32_t x) { return (x & 0x7f800000) == 0; }
static int is_inf(uint32_t x) { return (x & 0x7fffffff) == 0x7f800000; }

/* VRECPS / VRSQRTS step: `k` - a*b (then halved for the square root), with
 * infinity times zero giving exactly the step's fixed point. */
static uint32_t fstep(uint32_t a, uint32_t b, int rsqrt, uint32_t *st) {
    if ((is_inf(a) && is_zero_or_denormal(b)) || (is_inf(b) && is_zero_or_denormal(a))) {
        if ((a & 0x7fffffff) && (b & 0x7fffffff)) *st |= FPSCR_IDC;
        return rsqrt ? 0x3fc00000 : 0x40000000;
    }
    uint32_t p = fpu_mul32(a, b, st);
    if (!rsqrt) return fpu_sub32(0x40000000, p, st);
    return fpu_div32(fpu_sub32(0x40400000, p, st), 0x40000000, st);
}

/* Float operations (F32 lanes), under the standard FPSCR value; results into
 * *r, exception flags accumulated into FPSCR. */
static int neon_float(struct cpu *c, const struct insn *in, const vec *vd, const vec *vn,
                      const vec *vm, vec *r) {
    /* The cumulative flags ride along (they are only ORed into): fpu.c's
     * fast path needs them to know that an operation raised nothing new. */
    uint32_t st = fpu_standard_fpscr(c->fpscr) | (c->fpscr & FPSCR_EXC);
    int nel = in->shtype ? 4 : 2, u = in->carry, fb = in->shamt;
    const uint32_t *d = vd->s, *n = vn->s, *m = vm->s;
    for (int i = 0; i < nel; i++) {
        uint32_t x, cmp;
        switch (in->op) {
        case OP_VADDF: x = fpu_add32(n[i], m[i], &st); break;
        case OP_VSUBF: x = fpu_sub32(n[i], m[i], &st); break;
        case OP_VMULF: x = fpu_mul32(n[i], m[i], &st); break;
        case OP_VMLAF: x = fpu_add32(d[i], fpu_mul32(n[i], m[i], &st), &st); break;
        case OP_VMLSF: x = fpu_add32(d[i], fpu_neg32(fpu_mul32(n[i], m[i], &st)), &st); break;
        case OP_VFMA: x = fpu_muladd32(d[i], n[i], m[i], &st); break;
        case OP_VFMS: x = fpu_muladd32(d[i], fpu_neg32(n[i]), m[i], &st); break;
        case OP_VABDF: x = fpu_abs32(fpu_sub32(n[i], m[i], &st)); break;
        case OP_VMAXF: x = fpu_max32(n[i], m[i], &st); break;
        case OP_VMINF: x = fpu_min32(n[i], m[i], &st); break;
        case OP_VPADDF:
        case OP_VPMAXF:
        case OP_VPMINF: {
            const uint32_t *src = i < nel / 2 ? n : m;
            uint32_t a = src[2 * (i % (nel / 2))], b = src[2 * (i % (nel / 2)) + 1];
            x = in->op == OP_VPADDF ? fpu_add32(a, b, &st)
              : in->op == OP_VPMAXF ? fpu_max32(a, b, &st) : fpu_min32(a, b, &st);
            break;
        }
        case OP_VCEQF: x = fpu_cmp32(n[i], m[i], 0, &st) == CMP_EQ; goto mask;
        case OP_VCGEF: cmp = fpu_cmp32(n[i], m[i], 1, &st); x = cmp == CMP_EQ || cmp == CMP_GT; goto mask;
        case OP_VCGTF: x = fpu_cmp32(n[i], m[i], 1, &st) == CMP_GT; goto mask;
        case OP_VACGE:
            cmp = fpu_cmp32(fpu_abs32(n[i]), fpu_abs32(m[i]), 1, &st);
            x = cmp == CMP_EQ || cmp == CMP_GT;
            goto mask;
        case OP_VACGT: x = fpu_cmp32(fpu_abs32(n[i]), fpu_abs32(m[i]), 1, &st) == CMP_GT; goto mask;
        case OP_VCEQ0: x = fpu_cmp32(m[i], 0, 0, &st) == CMP_EQ; goto mask;
        case OP_VCGE0: cmp = fpu_cmp32(m[i], 0, 1, &st); x = cmp == CMP_EQ || cmp == CMP_GT; goto mask;
        case OP_VCGT0: x = fpu_cmp32(m[i], 0, 1, &st) == CMP_GT; goto mask;
        case OP_VCLE0: cmp = fpu_cmp32(m[i], 0, 1, &st); x = cmp == CMP_EQ || cmp == CMP_LT; goto mask;
        case OP_VCLT0: x = fpu_cmp32(m[i], 0, 1, &st) == CMP_LT; goto mask;
        mask:
            x = x ? 0xffffffff : 0;
            break;
        case OP_VRECPS: x = fstep(n[i], m[i], 0, &st); break;
        case OP_VRSQRTS: x = fstep(n[i], m[i], 1, &st); break;
        case OP_VABSF: x = fpu_abs32(m[i]); break;
        case OP_VNEGF: x = fpu_neg32(m[i]); break;
        case OP_VCVTXF: x = fpu_fixed_to_f32(m[i], 32, !u, fb, &st); break;
        case OP_VCVTFX: x = fpu_f32_to_fixed(m[i], 32, !u, fb, FPRM_RZ, &st); break;
        case OP_VCVTIF: x = fpu_fixed_to_f32(m[i], 32, !u, 0, &st); break;
        case OP_VCVTFI: x = fpu_f32_to_fixed(m[i], 32, !u, 0, FPRM_RZ, &st); break;
        case OP_VCVTHS: /* Dd (4 x f16) = Qm (4 x f32) */
            for (int j = 0; j < 4; j++) r->h[j] = fpu_f32_to_f16(m[j], &st);
            i = nel;
            continue;
        case OP_VCVTSH: /* Qd (4 x f32) = Dm (4 x f16) */
            for (int j = 0; j < 4; j++) r->s[j] = fpu_f16_to_f32(vm->h[j], &st);
            i = nel;
            continue;
        default:
            c->r[15] = in->pc;
            c->insn_word = in->word;
            c->itstate = in->it;
            return EXIT_UNDEF;
        }
        r->s[i] = x;
    }
    c->fpscr |= st & FPSCR_EXC;
    return 0;
}

/* Replicates lane `idx` of D register r (size) over a vector. */
static void scalar_dup(const struct cpu *c, vec *v, int r, int size, int idx) {
    vec t;
    vload(c, &t, r, 1);
    i128 x = lget(&t, size, idx, 1);
    for (int i = 0; i < (16 >> size); i++) lset(v, size, i, x);
}

/* Element/structure load or store alignment check: EXIT_BUS on failure. */
static int align_fault(struct cpu *c, const struct insn *in, uint32_t addr) {
    c->fault_addr = addr;
    c->r[15] = in->pc;
    c->itstate = in->it;
    return EXIT_BUS;
}

static void writeback(struct cpu *c, const struct insn *in) {
    if (in->flags & F_W) c->r[in->rn] += in->rm == R_ZERO ? in->imm : c->r[in->rm];
}

/* VLDn/VSTn, all forms. Registers are staged in a copy of the file and
 * committed after every access has succeeded. */
static int ldst(struct cpu *c, const struct insn *in) {
    uint32_t addr = c->r[in->rn];
    int size = in->opk, eb = 1 << size, n = in->ra, inc = in->shtype, d = in->rd;
    if (addr & ((1u << in->carry) - 1)) return align_fault(c, in, addr);
    uint64_t t[32];
    uint8_t *tb = (uint8_t *)t;
    switch (in->op) {
    case OP_VLDN:
    case OP_VSTN: {
        int regs = in->shamt, nel = 8 >> size, ld = in->op == OP_VLDN;
        if (n == 1) { /* VLD1/VST1: registers in memory order */
            if (ld) {
                memcpy(&c->vfp.d[d], g2h(addr), 8 * regs);
            } else {
                memcpy(g2h(addr), &c->vfp.d[d], 8 * regs);
            }
            break;
        }
        if (ld) memcpy(t, c->vfp.d, sizeof t);
        for (int r = 0; r < regs; r++)
            for (int e = 0; e < nel; e++)
                for (int s = 0; s < n; s++) {
                    uint8_t *p = tb + 8 * (d + r + s * inc) + e * eb;
                    if (ld)
                        memcpy(p, g2h(addr), eb);
                    else
                        memcpy(g2h(addr), (uint8_t *)c->vfp.d + (p - tb), eb);
                    addr += eb;
                }
        if (ld) memcpy(c->vfp.d, t, sizeof t);
        break;
    }
    case OP_VLDNL:
    case OP_VSTNL: {
        int lane = in->shamt;
        if (in->op == OP_VLDNL) {
            memcpy(t, c->vfp.d, sizeof t);
            for (int s = 0; s < n; s++, addr += eb)
                memcpy(tb + 8 * (d + s * inc) + lane * eb, g2h(addr), eb);
            memcpy(c->vfp.d, t, sizeof t);
        } else {
            for (int s = 0; s < n; s++, addr += eb)
                memcpy(g2h(addr), (uint8_t *)c->vfp.d + 8 * (d + s * inc) + lane * eb, eb);
        }
        break;
    }
    case OP_VLDNA: {
        uint64_t v[4];
        int regs = in->shamt;
        for (int s = 0; s < n; s++, addr += eb) {
            uint64_t x = 0;
            memcpy(&x, g2h(addr), eb);
            v[s] = x * (size == 0 ? 0x0101010101010101ull : size == 1 ? 0x0001000100010001ull : 0x0000000100000001ull);
        }
        for (int s = 0; s < n; s++)
            for (int r = 0; r < regs; r++) c->vfp.d[d + s * inc + r] = v[s];
        break;
    }
    }
    writeback(c, in);
    return 0;
}

/* Lane loops. Inside the expression: a (lane of Vn), b (lane of Vm) and dd
 * (lane of Vd), extended per u to 128 bits; the result is truncated to the
 * lane. MAP3 works on sz lanes; MAPL reads sz lanes and writes sz+1 lanes
 * (long); MAPW reads Vn with sz+1 lanes (wide); MAPN reads sz+1 lanes and
 * writes sz lanes (narrow). */
#define MAP3(expr)                                                                            \
    for (int i = 0; i < nel; i++) {                                                           \
        i128 a = lget(&vn, sz, i, u), b = lget(&vm, sz, i, u), dd = lget(&vd, sz, i, u);      \
        (void)a, (void)b, (void)dd;                                                           \
        lset(&r, sz, i, (expr));                                                              \
    }
#define MAPL(an, expr)                                                                        \
    for (int i = 0; i < (8 >> sz); i++) {                                                     \
        i128 a = lget(&vn, sz + (an), i, u), b = lget(&vm, sz, i, u);                         \
        i128 dd = lget(&vd, sz + 1, i, u);                                                    \
        (void)a, (void)b, (void)dd;                                                           \
        lset(&r, sz + 1, i, (expr));                                                          \
    }
#define MAPN(expr)                                                                            \
    for (int i = 0; i < (8 >> sz); i++) {                                                     \
        i128 a = lget(&vn, sz + 1, i, u), b = lget(&vm, sz + 1, i, u);                        \
        (void)a, (void)b;                                                                     \
        lset(&r, sz, i, (expr));                                                              \
    }

int neon_exec(struct cpu *c, const struct insn *in) {
    int sz = in->opk, q = in->shtype, u = in->carry, nd = q ? 2 : 1;
    int nel = (8 * nd) >> sz, bits = 8 << sz, sh = in->shamt;
    vec vd, vn, vm, r;
    uint64_t imm64;

    switch (in->op) {
    case OP_VLDN: case OP_VSTN: case OP_VLDNL: case OP_VSTNL: case OP_VLDNA:
        return ldst(c, in);
    default: break;
    }

    /* Operands: D or Q per shtype; long/narrow forms fix their own below. */
    memset(&r, 0, sizeof r);
    vload(c, &vd, in->rd, 2);
    vload(c, &vn, in->rn, 2);
    if (in->ra == NR_SCALAR && in->op != OP_VTBL && in->op != OP_VTBX && in->op != OP_VMOVI)
        scalar_dup(c, &vm, in->rm, sz, sh);
    else
        vload(c, &vm, in->rm, 2);
    r = vd;

    switch (in->op) {
    /* ---- three registers, same length ---- */
    case OP_VHADD: MAP3((a + b) >> 1); break;
    case OP_VRHADD: MAP3((a + b + 1) >> 1); break;
    case OP_VHSUB: MAP3((a - b) >> 1); break;
    case OP_VQADD: MAP3(sat(c, a + b, sz, u)); break;
    case OP_VQSUB: MAP3(sat(c, a - b, sz, u)); break;
    case OP_VADD: MAP3(a + b); break;
    case OP_VSUB: MAP3(a - b); break;
    case OP_VCGT: MAP3(-(i128)(a > b)); break;
    case OP_VCGE: MAP3(-(i128)(a >= b)); break;
    case OP_VCEQ: MAP3(-(i128)(a == b)); break;
    case OP_VTST: MAP3(-(i128)((a & b) != 0)); break;
    case OP_VSHL: MAP3(shift_reg(c, b, (int8_t)a, sz, u, 0, 0)); break;
    case OP_VQSHL: MAP3(shift_reg(c, b, (int8_t)a, sz, u, 0, 1)); break;
    case OP_VRSHL: MAP3(shift_reg(c, b, (int8_t)a, sz, u, 1, 0)); break;
    case OP_VQRSHL: MAP3(shift_reg(c, b, (int8_t)a, sz, u, 1, 1)); break;
    case OP_VMAX: MAP3(a > b ? a : b); break;
    case OP_VMIN: MAP3(a < b ? a : b); break;
    case OP_VABD: MAP3(iabs(a - b)); break;
    case OP_VABA: MAP3(dd + iabs(a - b)); break;
    case OP_VMLA: MAP3(dd + a * b); break;
    case OP_VMLS: MAP3(dd - a * b); break;
    case OP_VMUL: MAP3(a * b); break;
    case OP_VMULP: MAP3(pmul8((uint8_t)a, (uint8_t)b)); break;
    case OP_VQDMULH: u = 0; MAP3(sat(c, (2 * a * b) >> bits, sz, 0)); break;
    case OP_VQRDMULH: u = 0; MAP3(sat(c, (2 * a * b + ((i128)1 << (bits - 1))) >> bits, sz, 0)); break;
    case OP_VPADD:
    case OP_VPMAX:
    case OP_VPMIN:
        vn.d[1] = vm.d[0];
        for (int i = 0; i < nel; i++) {
            i128 a = lget(&vn, sz, 2 * i, u), b = lget(&vn, sz, 2 * i + 1, u);
            lset(&r, sz, i, in->op == OP_VPADD ? a + b : in->op == OP_VPMAX ? (a > b ? a : b) : (a < b ? a : b));
        }
        break;

    /* ---- bitwise ---- */
    case OP_VAND: for (int i = 0; i < nd; i++) r.d[i] = vn.d[i] & vm.d[i]; break;
    case OP_VBIC: for (int i = 0; i < nd; i++) r.d[i] = vn.d[i] & ~vm.d[i]; break;
    case OP_VORR: for (int i = 0; i < nd; i++) r.d[i] = vn.d[i] | vm.d[i]; break;
    case OP_VORN: for (int i = 0; i < nd; i++) r.d[i] = vn.d[i] | ~vm.d[i]; break;
    case OP_VEOR: for (int i = 0; i < nd; i++) r.d[i] = vn.d[i] ^ vm.d[i]; break;
    case OP_VBSL: for (int i = 0; i < nd; i++) r.d[i] = (vd.d[i] & vn.d[i]) | (~vd.d[i] & vm.d[i]); break;
    case OP_VBIT: for (int i = 0; i < nd; i++) r.d[i] = (vn.d[i] & vm.d[i]) | (vd.d[i] & ~vm.d[i]); break;
    case OP_VBIF: for (int i = 0; i < nd; i++) r.d[i] = (vn.d[i] & ~vm.d[i]) | (vd.d[i] & vm.d[i]); break;

    /* ---- three registers, different lengths ---- */
    case OP_VADDL: MAPL(0, a + b); nd = 2; break;
    case OP_VSUBL: MAPL(0, a - b); nd = 2; break;
    case OP_VADDW: MAPL(1, a + b); nd = 2; break;
    case OP_VSUBW: MAPL(1, a - b); nd = 2; break;
    case OP_VABAL: MAPL(0, dd + iabs(a - b)); nd = 2; break;
    case OP_VABDL: MAPL(0, iabs(a - b)); nd = 2; break;
    case OP_VMLAL: MAPL(0, dd + a * b); nd = 2; break;
    case OP_VMLSL: MAPL(0, dd - a * b); nd = 2; break;
    case OP_VMULL: MAPL(0, a * b); nd = 2; break;
    case OP_VMULLP: MAPL(0, pmul8((uint8_t)a, (uint8_t)b)); nd = 2; break;
    case OP_VQDMULL: u = 0; MAPL(0, sat(c, 2 * a * b, sz + 1, 0)); nd = 2; break;
    case OP_VQDMLAL: u = 0; MAPL(0, sat(c, dd + sat(c, 2 * a * b, sz + 1, 0), sz + 1, 0)); nd = 2; break;
    case OP_VQDMLSL: u = 0; MAPL(0, sat(c, dd - sat(c, 2 * a * b, sz + 1, 0), sz + 1, 0)); nd = 2; break;
    case OP_VADDHN: MAPN((a + b) >> bits); nd = 1; break;
    case OP_VRADDHN: MAPN((a + b + ((i128)1 << (bits - 1))) >> bits); nd = 1; break;
    case OP_VSUBHN: MAPN((a - b) >> bits); nd = 1; break;
    case OP_VRSUBHN: MAPN((a - b + ((i128)1 << (bits - 1))) >> bits); nd = 1; break;

    /* ---- shifts by immediate (value in Vm) ---- */
    case OP_VSHR: MAP3(b >> sh); break;
    case OP_VRSHR: MAP3((b + ((i128)1 << (sh - 1))) >> sh); break;
    case OP_VSRA: MAP3(dd + (b >> sh)); break;
    case OP_VRSRA: MAP3(dd + ((b + ((i128)1 << (sh - 1))) >> sh)); break;
    case OP_VSHLI: MAP3(b << sh); break;
    case OP_VQSHLI: MAP3(sat(c, b << sh, sz, u)); break;
    case OP_VQSHLU: u = 0; MAP3(sat(c, b << sh, sz, 1)); break;
    case OP_VSRI: {
        uint64_t mask = sh >= bits ? 0 : (~0ull >> (64 - bits)) >> sh;
        u = 1;
        MAP3((dd & ~(i128)mask) | ((b >> sh) & mask));
        break;
    }
    case OP_VSLI: {
        uint64_t mask = (~0ull >> (64 - bits)) << sh;
        u = 1;
        MAP3((dd & ~(i128)mask) | ((b << sh) & mask));
        break;
    }
    case OP_VSHRN: vn = vm; MAPN(a >> sh); nd = 1; break;
    case OP_VRSHRN: vn = vm; MAPN((a + ((i128)1 << (sh - 1))) >> sh); nd = 1; break;
    case OP_VQSHRN: vn = vm; MAPN(sat(c, a >> sh, sz, u)); nd = 1; break;
    case OP_VQRSHRN: vn = vm; MAPN(sat(c, (a + ((i128)1 << (sh - 1))) >> sh, sz, u)); nd = 1; break;
    case OP_VQSHRUN: vn = vm; u = 0; MAPN(sat(c, a >> sh, sz, 1)); nd = 1; break;
    case OP_VQRSHRUN: vn = vm; u = 0; MAPN(sat(c, (a + ((i128)1 << (sh - 1))) >> sh, sz, 1)); nd = 1; break;
    case OP_VSHLL: MAPL(0, b << sh); nd = 2; break;

    /* ---- one register and a modified immediate ---- */
    case OP_VMOVI:
    case OP_VORRI:
    case OP_VANDI:
        if (in->ra == 1) {
            imm64 = 0;
            for (int i = 0; i < 8; i++)
                if (in->imm >> i & 1) imm64 |= 0xffull << (8 * i);
        } else {
            imm64 = (uint64_t)in->imm << 32 | in->imm;
        }
        for (int i = 0; i < nd; i++)
            r.d[i] = in->op == OP_VMOVI ? imm64 : in->op == OP_VORRI ? vd.d[i] | imm64 : vd.d[i] & imm64;
        break;

    /* ---- two registers, miscellaneous ---- */
    case OP_VREV64:
    case OP_VREV32:
    case OP_VREV16: {
        int group = in->op == OP_VREV64 ? 8 : in->op == OP_VREV32 ? 4 : 2;
        for (int i = 0; i < nel; i++) lset(&r, sz, i, lget(&vm, sz, i ^ ((group >> sz) - 1), 1));
        break;
    }
    case OP_VPADDL:
    case OP_VPADAL:
        for (int i = 0; i < nel / 2; i++) {
            i128 x = lget(&vm, sz, 2 * i, u) + lget(&vm, sz, 2 * i + 1, u);
            if (in->op == OP_VPADAL) x += lget(&vd, sz + 1, i, u);
            lset(&r, sz + 1, i, x);
        }
        break;
    case OP_VCLS: {
        uint64_t m1 = ~0ull >> (65 - bits);
        MAP3((bits - 1) - bitlen(((uint64_t)b ^ (uint64_t)(b >> 1)) & m1));
        break;
    }
    case OP_VCLZ: u = 1; MAP3(bits - bitlen((uint64_t)b)); break;
    case OP_VCNT: u = 1; MAP3(__builtin_popcount((uint32_t)b)); break;
    case OP_VMVN: for (int i = 0; i < nd; i++) r.d[i] = ~vm.d[i]; break;
    case OP_VQABS: u = 0; MAP3(sat(c, iabs(b), sz, 0)); break;
    case OP_VQNEG: u = 0; MAP3(sat(c, -b, sz, 0)); break;
    case OP_VABS: u = 0; MAP3(iabs(b)); break;
    case OP_VNEG: u = 0; MAP3(-b); break;
    case OP_VCGT0:
    case OP_VCGE0:
    case OP_VCEQ0:
    case OP_VCLE0:
    case OP_VCLT0:
        if (u) goto flt;
        switch (in->op) {
        case OP_VCGT0: MAP3(-(i128)(b > 0)); break;
        case OP_VCGE0: MAP3(-(i128)(b >= 0)); break;
        case OP_VCEQ0: MAP3(-(i128)(b == 0)); break;
        case OP_VCLE0: MAP3(-(i128)(b <= 0)); break;
        default: MAP3(-(i128)(b < 0)); break;
        }
        break;
    case OP_VSWP:
        r = vm;
        vm = vd;
        goto store_dm;
    case OP_VTRN: { /* in place, so that Vd == Vm swaps within the register as qemu */
        vec *pm = in->rd == in->rm ? &r : &vm;
        for (int i = 0; i < nel; i += 2) {
            i128 t = lget(&r, sz, i + 1, 1);
            lset(&r, sz, i + 1, lget(pm, sz, i, 1));
            lset(pm, sz, i, t);
        }
        if (pm == &r) break;
        goto store_dm;
    }
    case OP_VUZP:
    case OP_VZIP: {
        vec x, y;
        memcpy(&x, &vd, 8 * nd);
        memcpy((uint8_t *)&x + 8 * nd, &vm, 8 * nd);
        for (int i = 0; i < nel; i++) {
            if (in->op == OP_VUZP) {
                lset(&y, sz, i, lget(&x, sz, 2 * i, 1));
                lset(&y, sz, nel + i, lget(&x, sz, 2 * i + 1, 1));
            } else {
                lset(&y, sz, 2 * i, lget(&x, sz, i, 1));
                lset(&y, sz, 2 * i + 1, lget(&x, sz, nel + i, 1));
            }
        }
        memcpy(&r, &y, 8 * nd);
        memcpy(&vm, (uint8_t *)&y + 8 * nd, 8 * nd);
        goto store_dm;
    }
    case OP_VMOVN: vn = vm; MAPN(a); nd = 1; break;
    case OP_VQMOVN: vn = vm; MAPN(sat(c, a, sz, u)); nd = 1; break;
    case OP_VQMOVUN: vn = vm; u = 0; MAPN(sat(c, a, sz, 1)); nd = 1; break;
    case OP_VRECPE:
        for (int i = 0; i < nel; i++) r.s[i] = u ? frecpe(c, vm.s[i]) : urecpe(vm.s[i]);
        break;
    case OP_VRSQRTE:
        for (int i = 0; i < nel; i++) r.s[i] = u ? frsqrte(c, vm.s[i]) : ursqrte(vm.s[i]);
        break;

    /* ---- permutes and duplicates ---- */
    case OP_VEXT: {
        uint8_t x[32];
        memcpy(x, &vn, 8 * nd);
        memcpy(x + 8 * nd, &vm, 8 * nd);
        memcpy(&r, x + sh, 8 * nd);
        break;
    }
    case OP_VTBL:
    case OP_VTBX: {
        vec tab;
        vload(c, &tab, in->rn, in->ra);
        for (int i = 0; i < 8; i++) {
            uint8_t idx = vm.b[i];
            if (idx < 8 * in->ra) r.b[i] = tab.b[idx];
            else if (in->op == OP_VTBL) r.b[i] = 0;
        }
        nd = 1;
        break;
    }
    case OP_VDUPS: scalar_dup(c, &r, in->rm, sz, sh); break;
    case OP_VDUPR: {
        vec t = {{c->r[in->rn]}};
        for (int i = 0; i < nel; i++) lset(&r, sz, i, lget(&t, sz, 0, 1));
        break;
    }

    /* ---- float ---- */
    default:
    flt: {
        int why = neon_float(c, in, &vd, &vn, &vm, &r);
        if (why) return why;
        if (in->op == OP_VCVTSH) nd = 2;
        else if (in->op == OP_VCVTHS) nd = 1;
        break;
    }
    }
    vstore(c, &r, in->rd, nd);
    return 0;

store_dm: /* permutes write both registers; Vm last (as qemu when they are the same) */
    vstore(c, &r, in->rd, nd);
    vstore(c, &vm, in->rm, nd);
    return 0;
}
