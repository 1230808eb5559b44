/* Per-block analysis: facts written on the decoded records, for every tier.
 *
 * From the operation attributes (ops.def, vfp.def, neon.def) and the
 * instruction fields it derives which flags each instruction reads and
 * writes, which flags are live after it (dead flag writes need not be
 * computed), which compares feed the conditional branch after them
 * (fusion), and where blocks end. The interpreter (exec_build) and the
 * JIT read these facts instead of deciding again. */
#include "arm/analyse.h"

/* The flags each condition reads. */
static const uint8_t cond_reads[16] = {
    [COND_EQ] = FL_Z,
    [COND_NE] = FL_Z,
    [COND_CS] = FL_C,
    [COND_CC] = FL_C,
    [COND_MI] = FL_N,
    [COND_PL] = FL_N,
    [COND_VS] = FL_V,
    [COND_VC] = FL_V,
    [COND_HI] = FL_C | FL_Z,
    [COND_LS] = FL_C | FL_Z,
    [COND_GE] = FL_N | FL_V,
    [COND_LT] = FL_N | FL_V,
    [COND_GT] = FL_N | FL_Z | FL_V,
    [COND_LE] = FL_N | FL_Z | FL_V,
};

unsigned cond_flags(unsigned cond) { return cond_reads[cond & 15]; }

int insn_ends_block(const struct insn *in) {
    unsigned a = op_attrs[in->op];
    if (a & A_END) return 1;
    if ((a & A_WRD) && in->rd == 15) return 1;
    return (a & A_WLIST) && (in->imm & 0x8000);
}

int insn_is_barrier(const struct insn *in) {
    return (op_attrs[in->op] & (A_END | A_MEM | A_FP)) || insn_ends_block(in);
}

/* C as the shifter operand of a flag-setting logical operation leaves it:
 * FL_C if surely written, 0 if kept; *maybe gets FL_C if it depends on a
 * register (a shift by r[rs] & 0xff of 0 keeps it). */
static unsigned shifter_carry(const struct insn *in, unsigned *maybe) {
    switch (in->opk) {
    case OPK_IMM: return in->carry == CARRY_KEEP ? 0 : FL_C;
    case OPK_REG: return in->shtype == SH_LSL && in->shamt == 0 ? 0 : FL_C;
    default: *maybe |= FL_C; return 0;
    }
}

void insn_flag_use(const struct insn *in, unsigned *rd, unsigned *wr, unsigned *kill) {
    unsigned a = op_attrs[in->op], w = 0, maybe = 0;
    *rd = in->cond != COND_AL ? cond_reads[in->cond] : 0;
    if ((a & A_RC) || ((a & (A_LOGIC | A_ARITH)) && in->opk == OPK_REG && in->shtype == SH_RRX))
        *rd |= FL_C;
    if ((a & A_MEM) && !(a & A_FP) && in->opk == OPK_REG && in->shtype == SH_RRX) *rd |= FL_C;
    if (a & A_RFL) *rd |= FL_ALL;
    if ((in->flags & F_S) || (a & A_TEST)) {
        if (a & A_ARITH)
            w = FL_ALL;
        else if (a & A_LOGIC)
            w = FL_N | FL_Z | shifter_carry(in, &maybe);
        else if (a & A_MULS)
            w = FL_N | FL_Z;
    }
    if (in->op == OP_MSR && (in->shamt & 2)) w = FL_ALL;
    if (in->op == OP_VFP_VMRS && in->rd == 15) w = FL_ALL;
    if ((a & (A_LOGIC | A_ARITH)) && in->rd == 15 && !(a & A_TEST))
        w = 0; /* ALUWritePC: flags kept */
    *wr = w | maybe;
    *kill = in->cond == COND_AL ? w : 0;
}

/* The conditional branch ending a block right after a compare. */
static int fusable(const struct insn *in, const struct insn *br, const struct insn *end) {
    unsigned a = op_attrs[in->op];
    if (br + 1 != end || br->op != OP_B || br->cond == COND_AL || in->cond != COND_AL) return 0;
    return (a & A_TEST) || ((a & (A_ARITH | A_LOGIC)) && (in->flags & F_S) && in->rd != 15);
}

void block_analyse(struct insn *insns, int n, unsigned live_out) {
    unsigned live = live_out, rd, wr, kill;
    for (int i = n - 1; i >= 0; i--) {
        struct insn *in = &insns[i];
        insn_flag_use(in, &rd, &wr, &kill);
        in->fl_rd = (uint8_t)rd;
        in->fl_wr = (uint8_t)wr;
        in->fl_live = (uint8_t)live;
        in->fact = 0;
        if (insn_ends_block(in)) in->flags |= F_ENDS;
        if (wr && !(wr & live)) in->fact |= FACT_DEAD;
        if (i + 1 < n && fusable(in, in + 1, insns + n)) in->fact |= FACT_FUSE;
        if (insn_is_barrier(in)) {
            /* It may fault or leave before it completes: everything counts. */
            in->fact |= FACT_BARRIER;
            live = FL_ALL;
        } else {
            live = (live & ~kill) | rd;
        }
    }
}

unsigned block_live_in(const struct insn *insns, int n) {
    unsigned rd, wr, kill;
    if (n == 0) return FL_ALL;
    if (insns[0].fact & FACT_BARRIER) return FL_ALL;
    insn_flag_use(&insns[0], &rd, &wr, &kill);
    return (insns[0].fl_live & ~kill) | rd;
}
