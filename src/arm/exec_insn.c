/* One callable implementation of every operation: exec_insn runs one
 * decoded instruction on a struct cpu, following the ARMv7-A ARM ARM
 * pseudocode for user mode, as if its condition passed. The interpreter's
 * generic handler and its bail-outs call it, and so does the JIT's slow
 * path; the specialised handlers of both tiers must agree with it. Also
 * the CPSR accessors.
 *
 * Faults: an instruction that accesses memory changes state only after its
 * accesses succeed, so a host fault (which siglongjmps out of here) leaves
 * it restartable; r[15] is set to its architectural PC first, which is how
 * the fault is traced back to the instruction. */
#include <string.h>

#include "arm/alu.h"
#include "arm/exec.h"
#include "mem/guest.h"

#define CPSR_T (1u << 5)
#define CPSR_MODE_USR 0x10u
/* What MRS returns of the CPSR: the execution-state bits (IT, J, T) read as 0. */
#define MRS_MASK 0xf8ff03dfu

uint32_t cpu_get_cpsr(const struct cpu *c) {
    uint32_t it = c->itstate;
    return (uint32_t)cpu_get_nzcv(c) << 28 | (uint32_t)c->q << 27 | (it & 3) << 25 |
           (uint32_t)(c->ge & 15) << 16 | (it >> 2) << 10 | (c->thumb ? CPSR_T : 0) | CPSR_MODE_USR;
}

void cpu_set_cpsr(struct cpu *c, uint32_t cpsr) {
    cpu_set_nzcv(c, cpsr >> 28);
    c->q = cpsr >> 27 & 1;
    c->ge = cpsr >> 16 & 15;
    c->thumb = !!(cpsr & CPSR_T);
    c->itstate = (uint8_t)((cpsr >> 25 & 3) | (cpsr >> 10 & 0x3f) << 2);
}

/* BXWritePC: bit 0 selects Thumb; an A32 target drops bits 1:0 (bit 1 set
 * is UNPREDICTABLE). */
static inline void bx_write_pc(struct cpu *c, uint32_t a) {
    c->thumb = a & 1;
    c->r[15] = a & (a & 1 ? ~1u : ~3u);
}

/* BranchWritePC: stays in the current instruction set. */
static inline void branch_write_pc(struct cpu *c, const struct insn *in, uint32_t a) {
    c->r[15] = a & (in->flags & F_THUMB ? ~1u : ~3u);
}

/* The shifter operand of data-processing instructions, with its carry-out
 * (logical ops) or without (arithmetic ops, which ignore it). */
static inline uint32_t operand2(const struct cpu *c, const struct insn *in, unsigned *carry) {
    if (in->opk == OPK_IMM) {
        *carry = in->carry == CARRY_KEEP ? c->cf : in->carry;
        return in->imm;
    }
    unsigned amount = in->opk == OPK_REGREG ? c->r[in->rs] & 0xff : in->shamt;
    return Shift_C(c->r[in->rm], in->shtype, amount, c->cf, carry);
}

static inline uint32_t operand2_nc(const struct cpu *c, const struct insn *in) {
    unsigned unused;
    return operand2(c, in, &unused);
}

/* Single load/store addressing: returns the access address and stores the
 * offset address (the write-back value) in *oaddr. */
static inline uint32_t ls_addr(const struct cpu *c, const struct insn *in, uint32_t *oaddr) {
    uint32_t base = c->r[in->rn];
    uint32_t off = in->imm;
    if (in->opk != OPK_IMM) off = Shift(c->r[in->rm], in->shtype, in->shamt, c->cf);
    *oaddr = in->flags & F_U ? base + off : base - off;
    return in->flags & F_P ? *oaddr : base;
}

/* Post-indexed addressing always writes back; pre-indexed only with F_W. */
static inline int ls_wback(const struct insn *in) { return (in->flags & (F_P | F_W)) != F_P; }

/* Registers in an LDM/STM list (16 bits); the builtin would be a libgcc
 * call without -mpopcnt. */
static inline unsigned list_count(uint32_t l) {
    l = l - (l >> 1 & 0x5555);
    l = (l & 0x3333) + (l >> 2 & 0x3333);
    l = (l + (l >> 4)) & 0x0f0f;
    return (l + (l >> 8)) & 0x1f;
}

/* Lowest address of an LDM/STM transfer of `count` words. */
static inline uint32_t lsm_start(const struct insn *in, uint32_t base, unsigned count) {
    int up = !!(in->flags & F_U), pre = !!(in->flags & F_P);
    return (up ? base : base - 4 * count) + (up == pre ? 4 : 0);
}

/* Typed host atomics for the exclusives (size 1, 2, 4 or 8, naturally aligned). */
static inline uint64_t excl_load(uint32_t addr, unsigned size) {
    void *p = g2h(addr);
    switch (size) {
    case 1: return __atomic_load_n((uint8_t *)p, __ATOMIC_SEQ_CST);
    case 2: return __atomic_load_n((uint16_t *)p, __ATOMIC_SEQ_CST);
    case 4: return __atomic_load_n((uint32_t *)p, __ATOMIC_SEQ_CST);
    default: return __atomic_load_n((uint64_t *)p, __ATOMIC_SEQ_CST);
    }
}

#define EXCL_CAS(T)                                                                                \
    do {                                                                                           \
        T e = (T)expect;                                                                           \
        return __atomic_compare_exchange_n((T *)p, &e, (T)val, 0, __ATOMIC_SEQ_CST,                \
                                           __ATOMIC_SEQ_CST);                                      \
    } while (0)

/* Stores val if memory still holds what LDREX saw; nonzero on success. */
static inline int excl_cas(uint32_t addr, unsigned size, uint64_t expect, uint64_t val) {
    void *p = g2h(addr);
    switch (size) {
    case 1: EXCL_CAS(uint8_t);
    case 2: EXCL_CAS(uint16_t);
    case 4: EXCL_CAS(uint32_t);
    default: EXCL_CAS(uint64_t);
    }
}

/* A 16-bit half of v as a signed value: the top half if `top`. */
static inline int32_t half(uint32_t v, unsigned top) { return (int16_t)(top ? v >> 16 : v); }

/* N and Z from a result (cpu.h). */
#define SET_NZ(res)                                                                                \
    do {                                                                                           \
        uint32_t nz_ = (res);                                                                      \
        c->nf = nz_;                                                                               \
        c->zf = ~nz_;                                                                              \
    } while (0)

int exec_insn(struct cpu *c, const struct insn *in) {
    uint32_t *const r = c->r;
    uint32_t res = 0, addr = 0, oaddr = 0, val, x = 0, y = 0;
    unsigned sc = 0, size = 0, cin = 0;
    uint64_t d;
    int64_t s;
    int why;

    r[15] = in->pc + (in->flags & F_THUMB ? 4 : 8);
    switch ((enum op)in->op) {
    /* ---- data processing ---- */
    case OP_AND: res = r[in->rn] & operand2(c, in, &sc); goto logical;
    case OP_EOR: res = r[in->rn] ^ operand2(c, in, &sc); goto logical;
    case OP_ORR: res = r[in->rn] | operand2(c, in, &sc); goto logical;
    case OP_ORN: res = r[in->rn] | ~operand2(c, in, &sc); goto logical;
    case OP_BIC: res = r[in->rn] & ~operand2(c, in, &sc); goto logical;
    case OP_MOV: res = operand2(c, in, &sc); goto logical;
    case OP_MVN: res = ~operand2(c, in, &sc); goto logical;
    case OP_TST: res = r[in->rn] & operand2(c, in, &sc); goto set_nzc;
    case OP_TEQ: res = r[in->rn] ^ operand2(c, in, &sc); goto set_nzc;
    case OP_ADD:
        x = r[in->rn];
        y = operand2_nc(c, in);
        cin = 0;
        goto arith;
    case OP_ADC:
        x = r[in->rn];
        y = operand2_nc(c, in);
        cin = c->cf;
        goto arith;
    case OP_SUB:
        x = r[in->rn];
        y = ~operand2_nc(c, in);
        cin = 1;
        goto arith;
    case OP_SBC:
        x = r[in->rn];
        y = ~operand2_nc(c, in);
        cin = c->cf;
        goto arith;
    case OP_RSB:
        x = ~r[in->rn];
        y = operand2_nc(c, in);
        cin = 1;
        goto arith;
    case OP_RSC:
        x = ~r[in->rn];
        y = operand2_nc(c, in);
        cin = c->cf;
        goto arith;
    case OP_CMP:
        x = r[in->rn];
        y = ~operand2_nc(c, in);
        cin = 1;
        goto set_nzcv;
    case OP_CMN:
        x = r[in->rn];
        y = operand2_nc(c, in);
        cin = 0;
        goto set_nzcv;
    case OP_MOVW: r[in->rd] = in->imm; goto g_next;
    case OP_MOVT: r[in->rd] = in->imm << 16 | (r[in->rd] & 0xffff); goto g_next;

    /* ---- multiplies ---- */
    case OP_MUL: res = r[in->rn] * r[in->rm]; goto mul_nz;
    case OP_MLA: res = r[in->rn] * r[in->rm] + r[in->ra]; goto mul_nz;
    case OP_MLS: r[in->rd] = r[in->ra] - r[in->rn] * r[in->rm]; goto g_next;
    case OP_UMULL: d = (uint64_t)r[in->rn] * r[in->rm]; goto long_nz;
    case OP_UMLAL:
        d = (uint64_t)r[in->rn] * r[in->rm] + ((uint64_t)r[in->ra] << 32 | r[in->rd]);
        goto long_nz;
    case OP_SMULL: d = (uint64_t)((int64_t)(int32_t)r[in->rn] * (int32_t)r[in->rm]); goto long_nz;
    case OP_SMLAL:
        d = (uint64_t)((int64_t)(int32_t)r[in->rn] * (int32_t)r[in->rm]) +
            ((uint64_t)r[in->ra] << 32 | r[in->rd]);
        goto long_nz;
    case OP_UMAAL: d = (uint64_t)r[in->rn] * r[in->rm] + r[in->rd] + r[in->ra]; goto long_nz;
    case OP_SMLAXY:
        s = (int64_t)half(r[in->rn], in->shamt & 1) * half(r[in->rm], in->shamt & 2) +
            (int32_t)r[in->ra];
        goto sat32_q;
    case OP_SMULXY:
        r[in->rd] = (uint32_t)(half(r[in->rn], in->shamt & 1) * half(r[in->rm], in->shamt & 2));
        goto g_next;
    case OP_SMLAWY:
        s = ((int64_t)(int32_t)r[in->rn] * half(r[in->rm], in->shamt & 2) >> 16) +
            (int32_t)r[in->ra];
        goto sat32_q;
    case OP_SMULWY:
        r[in->rd] = (uint32_t)((int64_t)(int32_t)r[in->rn] * half(r[in->rm], in->shamt & 2) >> 16);
        goto g_next;
    case OP_SMLALXY:
        d = ((uint64_t)r[in->ra] << 32 | r[in->rd]) +
            (uint64_t)(int64_t)(half(r[in->rn], in->shamt & 1) * half(r[in->rm], in->shamt & 2));
        goto long_store;
    case OP_SMUAD:
    case OP_SMUSD:
    case OP_SMLAD:
    case OP_SMLSD:
    case OP_SMLALD:
    case OP_SMLSLD: {
        uint32_t m = in->shamt & 1 ? ROR(r[in->rm], 16) : r[in->rm];
        int64_t p1 = (int64_t)half(r[in->rn], 0) * half(m, 0);
        int64_t p2 = (int64_t)half(r[in->rn], 1) * half(m, 1);
        switch (in->op) {
        case OP_SMUAD: s = p1 + p2; goto sat32_q;
        case OP_SMUSD: r[in->rd] = (uint32_t)(p1 - p2); goto g_next;
        case OP_SMLAD: s = p1 + p2 + (int32_t)r[in->ra]; goto sat32_q;
        case OP_SMLSD: s = p1 - p2 + (int32_t)r[in->ra]; goto sat32_q;
        case OP_SMLALD: s = p1 + p2; break;
        default: s = p1 - p2; break;
        }
        d = ((uint64_t)r[in->ra] << 32 | r[in->rd]) + (uint64_t)s;
        goto long_store;
    }
    case OP_SMMUL:
    case OP_SMMLA:
    case OP_SMMLS: {
        uint64_t prod = (uint64_t)((int64_t)(int32_t)r[in->rn] * (int32_t)r[in->rm]);
        d = (uint64_t)r[in->ra] << 32; /* SMMUL: ra unused, replaced below */
        if (in->op == OP_SMMUL)
            d = prod;
        else if (in->op == OP_SMMLA)
            d += prod;
        else
            d -= prod;
        if (in->shamt & 1) d += 0x80000000u;
        r[in->rd] = (uint32_t)(d >> 32);
        goto g_next;
    }
    case OP_SDIV: {
        int32_t a = (int32_t)r[in->rn], b = (int32_t)r[in->rm];
        r[in->rd] = b == 0 ? 0 : (b == -1 ? 0u - (uint32_t)a : (uint32_t)(a / b));
        goto g_next;
    }
    case OP_UDIV: r[in->rd] = r[in->rm] ? r[in->rn] / r[in->rm] : 0; goto g_next;
    case OP_USAD8:
    case OP_USADA8: {
        uint32_t a = r[in->rn], b = r[in->rm], sum = in->op == OP_USADA8 ? r[in->ra] : 0;
        for (int i = 0; i < 32; i += 8) {
            int diff = (int)(a >> i & 0xff) - (int)(b >> i & 0xff);
            sum += (uint32_t)(diff < 0 ? -diff : diff);
        }
        r[in->rd] = sum;
        goto g_next;
    }

    /* ---- saturation ---- */
    case OP_QADD:
        r[in->rd] =
            (uint32_t)SignedSatQ((int64_t)(int32_t)r[in->rm] + (int32_t)r[in->rn], 32, &c->q);
        goto g_next;
    case OP_QSUB:
        r[in->rd] =
            (uint32_t)SignedSatQ((int64_t)(int32_t)r[in->rm] - (int32_t)r[in->rn], 32, &c->q);
        goto g_next;
    case OP_QDADD:
    case OP_QDSUB: {
        int64_t dbl = SignedSatQ(2 * (int64_t)(int32_t)r[in->rn], 32, &c->q);
        s = in->op == OP_QDADD ? (int32_t)r[in->rm] + dbl : (int32_t)r[in->rm] - dbl;
        r[in->rd] = (uint32_t)SignedSatQ(s, 32, &c->q);
        goto g_next;
    }
    case OP_SSAT:
        val = Shift(r[in->rn], in->shtype, in->shamt, c->cf);
        r[in->rd] = (uint32_t)SignedSatQ((int32_t)val, in->imm, &c->q);
        goto g_next;
    case OP_USAT:
        val = Shift(r[in->rn], in->shtype, in->shamt, c->cf);
        r[in->rd] = UnsignedSatQ((int32_t)val, in->imm, &c->q);
        goto g_next;
    case OP_SSAT16:
    case OP_USAT16:
        res = 0;
        for (int i = 0; i < 32; i += 16) {
            int32_t h = half(r[in->rn], i);
            uint32_t x = in->op == OP_SSAT16 ? (uint32_t)SignedSatQ(h, in->imm, &c->q)
                                             : UnsignedSatQ(h, in->imm, &c->q);
            res |= (x & 0xffff) << i;
        }
        r[in->rd] = res;
        goto g_next;
    case OP_PARALLEL:
        r[in->rd] = ParallelAddSub(r[in->rn], r[in->rm], in->imm, &c->ge);
        goto g_next;

    /* ---- extends, bit operations ---- */
    case OP_SXTB: r[in->rd] = r[in->rn] + (uint32_t)(int8_t)ROR(r[in->rm], in->shamt); goto g_next;
    case OP_SXTH: r[in->rd] = r[in->rn] + (uint32_t)(int16_t)ROR(r[in->rm], in->shamt); goto g_next;
    case OP_UXTB: r[in->rd] = r[in->rn] + (ROR(r[in->rm], in->shamt) & 0xff); goto g_next;
    case OP_UXTH: r[in->rd] = r[in->rn] + (ROR(r[in->rm], in->shamt) & 0xffff); goto g_next;
    case OP_SXTB16:
    case OP_UXTB16: {
        uint32_t rot = ROR(r[in->rm], in->shamt), a = r[in->rn];
        res = 0;
        for (int i = 0; i < 32; i += 16) {
            uint32_t b = rot >> i & 0xff;
            if (in->op == OP_SXTB16) b = (uint32_t)(int8_t)b;
            res |= ((a >> i) + b) << 16 >> 16 << i;
        }
        r[in->rd] = res;
        goto g_next;
    }
    case OP_REV: r[in->rd] = __builtin_bswap32(r[in->rm]); goto g_next;
    case OP_REV16:
        val = r[in->rm];
        r[in->rd] = (val >> 8 & 0x00ff00ffu) | (val & 0x00ff00ffu) << 8;
        goto g_next;
    case OP_REVSH:
        r[in->rd] = (uint32_t)(int16_t)__builtin_bswap16((uint16_t)r[in->rm]);
        goto g_next;
    case OP_RBIT: r[in->rd] = ReverseBits(r[in->rm]); goto g_next;
    case OP_CLZ:
        val = r[in->rm];
        r[in->rd] = val ? (uint32_t)__builtin_clz(val) : 32;
        goto g_next;
    case OP_BFI: {
        uint32_t mask = (in->imm >= 32 ? ~0u : (1u << in->imm) - 1) << in->shamt;
        r[in->rd] = (r[in->rd] & ~mask) | (r[in->rn] << in->shamt & mask);
        goto g_next;
    }
    case OP_SBFX: r[in->rd] = (uint32_t)SignExtend(r[in->rn] >> in->shamt, in->imm); goto g_next;
    case OP_UBFX:
        val = r[in->rn] >> in->shamt;
        r[in->rd] = in->imm >= 32 ? val : val & ((1u << in->imm) - 1);
        goto g_next;
    case OP_SEL: {
        uint32_t mask = GEMask(c->ge);
        r[in->rd] = (r[in->rn] & mask) | (r[in->rm] & ~mask);
        goto g_next;
    }
    case OP_PKHBT:
        r[in->rd] = (r[in->rn] & 0xffff) | (Shift(r[in->rm], SH_LSL, in->shamt, 0) & 0xffff0000u);
        goto g_next;
    case OP_PKHTB:
        r[in->rd] = (r[in->rn] & 0xffff0000u) | (Shift(r[in->rm], SH_ASR, in->shamt, 0) & 0xffff);
        goto g_next;

    /* ---- branches ---- */
    case OP_B: branch_write_pc(c, in, in->imm); goto branch;
    case OP_BL:
        r[14] = (in->pc + in->len) | (in->flags & F_THUMB ? 1 : 0);
        branch_write_pc(c, in, in->imm);
        goto branch;
    case OP_BLXI:
        r[14] = (in->pc + in->len) | (in->flags & F_THUMB ? 1 : 0);
        c->thumb = !(in->flags & F_THUMB);
        r[15] = in->imm & (c->thumb ? ~1u : ~3u);
        goto branch;
    case OP_BX: bx_write_pc(c, r[in->rm]); goto branch;
    case OP_BLX:
        val = r[in->rm];
        r[14] = (in->pc + in->len) | (in->flags & F_THUMB ? 1 : 0);
        bx_write_pc(c, val);
        goto branch;
    case OP_CBZ:
        if (r[in->rn] != 0) goto g_next;
        branch_write_pc(c, in, in->imm);
        goto branch;
    case OP_CBNZ:
        if (r[in->rn] == 0) goto g_next;
        branch_write_pc(c, in, in->imm);
        goto branch;
    case OP_TBB: branch_write_pc(c, in, r[15] + 2 * ld8(r[in->rn] + r[in->rm])); goto branch;
    case OP_TBH: branch_write_pc(c, in, r[15] + 2 * ld16(r[in->rn] + 2 * r[in->rm])); goto branch;

    /* ---- single loads and stores ---- */
    case OP_LDR:
        addr = ls_addr(c, in, &oaddr);
        val = ld32(addr);
        goto load_tail;
    case OP_LDRB:
        addr = ls_addr(c, in, &oaddr);
        val = ld8(addr);
        goto load_tail;
    case OP_LDRH:
        addr = ls_addr(c, in, &oaddr);
        val = ld16(addr);
        goto load_tail;
    case OP_LDRSB:
        addr = ls_addr(c, in, &oaddr);
        val = (uint32_t)(int8_t)ld8(addr);
        goto load_tail;
    case OP_LDRSH:
        addr = ls_addr(c, in, &oaddr);
        val = (uint32_t)(int16_t)ld16(addr);
        goto load_tail;
    case OP_STR:
        addr = ls_addr(c, in, &oaddr);
        st32(addr, r[in->rd]);
        goto store_tail;
    case OP_STRB:
        addr = ls_addr(c, in, &oaddr);
        st8(addr, (uint8_t)r[in->rd]);
        goto store_tail;
    case OP_STRH:
        addr = ls_addr(c, in, &oaddr);
        st16(addr, (uint16_t)r[in->rd]);
        goto store_tail;
    case OP_LDRD: {
        addr = ls_addr(c, in, &oaddr);
        if (addr & 3) goto bus;
        uint32_t lo = ld32(addr), hi = ld32(addr + 4);
        if (ls_wback(in)) r[in->rn] = oaddr;
        r[in->rd] = lo;
        r[in->ra] = hi;
        goto g_next;
    }
    case OP_STRD:
        addr = ls_addr(c, in, &oaddr);
        if (addr & 3) goto bus;
        st32(addr, r[in->rd]);
        st32(addr + 4, r[in->ra]);
        goto store_tail;

    /* ---- load/store multiple ---- */
    case OP_LDM: {
        uint32_t list = in->imm, base = r[in->rn], vals[16];
        unsigned count = list_count(list);
        addr = lsm_start(in, base, count);
        if (addr & 3) goto bus;
        for (uint32_t l = list, a = addr; l; l &= l - 1, a += 4)
            vals[__builtin_ctz(l)] = ld32(a);
        if (in->flags & F_W) r[in->rn] = in->flags & F_U ? base + 4 * count : base - 4 * count;
        for (uint32_t l = list & 0x7fff; l; l &= l - 1)
            r[__builtin_ctz(l)] = vals[__builtin_ctz(l)];
        if (list & 0x8000) {
            bx_write_pc(c, vals[15]);
            goto branch;
        }
        goto g_next;
    }
    case OP_STM: {
        uint32_t list = in->imm, base = r[in->rn];
        unsigned count = list_count(list);
        uint32_t nbase = in->flags & F_U ? base + 4 * count : base - 4 * count;
        addr = lsm_start(in, base, count);
        if (addr & 3) goto bus;
        for (uint32_t l = list, a = addr; l; l &= l - 1, a += 4) {
            unsigned i = (unsigned)__builtin_ctz(l);
            /* rn stored after write-back unless it is the lowest register */
            int wbval = i == in->rn && (in->flags & F_W) && l != list;
            st32(a, wbval ? nbase : r[i]);
        }
        if (in->flags & F_W) r[in->rn] = nbase;
        goto g_next;
    }

    /* ---- exclusives and swaps ---- */
    case OP_LDREX: size = 4; goto ldrex;
    case OP_LDREXB: size = 1; goto ldrex;
    case OP_LDREXH: size = 2; goto ldrex;
    case OP_LDREXD: size = 8; goto ldrex;
    case OP_STREX: size = 4; goto strex;
    case OP_STREXB: size = 1; goto strex;
    case OP_STREXH: size = 2; goto strex;
    case OP_STREXD: size = 8; goto strex;
    case OP_CLREX: c->excl_valid = 0; goto g_next;
    case OP_SWP:
        addr = r[in->rn];
        if (addr & 3) goto bus;
        r[in->rd] = __atomic_exchange_n((uint32_t *)g2h(addr), r[in->rm], __ATOMIC_SEQ_CST);
        goto g_next;
    case OP_SWPB:
        addr = r[in->rn];
        r[in->rd] = __atomic_exchange_n((uint8_t *)g2h(addr), (uint8_t)r[in->rm], __ATOMIC_SEQ_CST);
        goto g_next;

    /* ---- status and system registers ---- */
    case OP_MRS: r[in->rd] = cpu_get_cpsr(c) & MRS_MASK; goto g_next;
    case OP_MSR:
        val = in->opk == OPK_IMM ? in->imm : r[in->rm];
        if (in->shamt & 2) {
            cpu_set_nzcv(c, val >> 28);
            c->q = val >> 27 & 1;
        }
        if (in->shamt & 1) c->ge = val >> 16 & 15;
        goto g_next;
    case OP_MRC: r[in->rd] = in->shamt == 3 ? c->tpidruro : c->tpidrurw; goto g_next;
    case OP_MCR: c->tpidrurw = r[in->rd]; goto g_next;

    /* ---- system ---- */
    case OP_SVC:
        c->svc_imm = in->imm;
        r[15] = in->pc + in->len;
        c->itstate = it_advance(in->it);
        return EXIT_SVC;
    case OP_BKPT:
        r[15] = in->pc;
        c->insn_word = in->word;
        c->itstate = in->it;
        return EXIT_BKPT;
    case OP_UDF:
    case OP_UNDEF:
    case OP_COUNT:
        r[15] = in->pc;
        c->insn_word = in->word;
        c->itstate = in->it;
        return EXIT_UNDEF;
    case OP_NOP: goto g_next;
    case OP_BARRIER: __atomic_thread_fence(__ATOMIC_SEQ_CST); goto g_next;
    default: /* VFP and NEON (vfp.def, neon.def) */
        if ((why = simd_exec(c, in)) != 0) return why;
        goto g_next;
    }
    goto g_next;

    /* Shared tails; every path ends in g_next, a branch or an exit. */
logical:
    if (in->rd == 15) goto alu_pc;
    r[in->rd] = res;
    if (!(in->flags & F_S)) goto g_next;
set_nzc:
    SET_NZ(res);
    c->cf = sc;
    goto g_next;
arith: /* x + y + cin; AddWithCarry's flags only when asked for */
    res = x + y + cin;
    if (in->rd == 15) goto alu_pc;
    r[in->rd] = res;
    if (!(in->flags & F_S)) goto g_next;
set_nzcv:
    d = (uint64_t)x + y + cin;
    res = (uint32_t)d;
    c->cf = (uint32_t)(d >> 32);
    c->vf = (x ^ res) & (y ^ res);
    SET_NZ(res);
    goto g_next;
mul_nz:
    r[in->rd] = res;
    if (in->flags & F_S) {
        SET_NZ(res);
    }
    goto g_next;
long_nz:
    if (in->flags & F_S) {
        c->nf = (uint32_t)(d >> 32);
        c->zf = ~((uint32_t)d | (uint32_t)(d >> 32));
    }
long_store:
    r[in->rd] = (uint32_t)d;
    r[in->ra] = (uint32_t)(d >> 32);
    goto g_next;
sat32_q:
    if (s != (int32_t)s) c->q = 1;
    r[in->rd] = (uint32_t)s;
    goto g_next;
load_tail:
    if (ls_wback(in)) r[in->rn] = oaddr;
    if (in->rd == 15) {
        bx_write_pc(c, val); /* LoadWritePC */
        goto branch;
    }
    r[in->rd] = val;
    goto g_next;
store_tail:
    if (ls_wback(in)) r[in->rn] = oaddr;
    goto g_next;
ldrex:
    addr = r[in->rn] + in->imm;
    if (addr & (size - 1)) goto bus;
    d = excl_load(addr, size);
    c->excl_addr = addr;
    c->excl_val = d;
    c->excl_size = (uint8_t)size;
    c->excl_valid = 1;
    r[in->rd] = (uint32_t)d;
    if (size == 8) r[in->ra] = (uint32_t)(d >> 32);
    goto g_next;
strex : {
    unsigned status = 1;
    addr = r[in->rn] + in->imm;
    if (addr & (size - 1)) goto bus;
    d = size == 8 ? (uint64_t)r[in->ra] << 32 | r[in->rd] : r[in->rd];
    if (c->excl_valid && c->excl_addr == addr && c->excl_size == size)
        status = !excl_cas(addr, size, c->excl_val, d);
    c->excl_valid = 0;
    r[in->rm] = status;
    goto g_next;
}
g_next:
    return 0;

alu_pc:
    /* ALUWritePC: interworks in A32; flag setting with PC as destination is
     * an exception return, UNPREDICTABLE in user mode: flags are left alone. */
    if (in->flags & F_THUMB)
        branch_write_pc(c, in, res);
    else
        bx_write_pc(c, res);
branch:
    return EXEC_BRANCH;
bus:
    c->fault_addr = addr;
    r[15] = in->pc;
    c->itstate = in->it;
    return EXIT_BUS;
}
