/* A32 (ARM state) decoder: one 32-bit instruction word into a struct insn.
 *
 * Organised like the ARM ARM (ARMv7-A) table A5-1: the top-level split on
 * cond and bits 27:25, then one function per encoding group, each with its
 * bit diagram. Inside a group, encodings are recognised with mask/match
 * tests on the whole word. The result follows the contract in ops.def:
 * registers normalised (R_ZERO for "no register"), immediates expanded,
 * immediate shifts normalised (LSR/ASR #0 -> 32, ROR #0 -> RRX), branch and
 * literal addresses resolved. Everything outside the user-level integer ISA
 * (VFP/NEON, coprocessors other than the p15 thread registers, system
 * instructions) and the UNPREDICTABLE encodings we do not care to model
 * decode to OP_UNDEF. The decoder never looks at CPU state. */
#include <string.h>

#include "arm/cpu.h"
#include "arm/decode.h"
#include "arm/insn.h"

/* Field extraction: bits hi..lo of w. */
/* Mask/match test on the whole word. */

#define RN(w) BITS(w, 19, 16)
#define RD(w) BITS(w, 15, 12)
#define RS(w) BITS(w, 11, 8)
#define RM(w) BITS(w, 3, 0)

static void set_undef(struct insn *in) {
    in->op = OP_UNDEF;
    in->flags = 0;
}

/* True (and the insn made UNDEF) if any register in `regs` is the PC:
 * the many "if d == 15 then UNPREDICTABLE" cases, which we refuse. */
static int pc_used(struct insn *in, int n, const uint8_t *regs) {
    for (int i = 0; i < n; i++)
        if (regs[i] == 15) {
            set_undef(in);
            return 1;
        }
    return 0;
}
#define NO_PC(in, ...) pc_used(in, sizeof((uint8_t[]){__VA_ARGS__}), (uint8_t[]){__VA_ARGS__})

/* ARMExpandImm_C: imm8 rotated right by 2 * rot; carry-out is bit 31 of the
 * result, or the old carry when the rotation is zero. */
static void expand_imm(struct insn *in, uint32_t imm12) {
    uint32_t rot = 2 * BITS(imm12, 11, 8), v = imm12 & 0xff;
    if (rot == 0) {
        in->imm = v;
        in->carry = CARRY_KEEP;
    } else {
        in->imm = (v >> rot) | (v << (32 - rot));
        in->carry = in->imm >> 31;
    }
    in->opk = OPK_IMM;
}

/* Literal addressing (base PC, immediate offset): the address is resolved
 * here from PC + 8 (word aligned in A32) and read through R_ZERO. */
static void resolve_literal(struct insn *in) {
    if (in->rn == 15 && in->opk == OPK_IMM) {
        uint32_t base = in->pc + 8;
        in->imm = (in->flags & F_U) ? base + in->imm : base - in->imm;
        in->rn = R_ZERO;
        in->flags |= F_U;
    }
}

/* Register operand r[rm] with an immediate shift. */
static void reg_operand(struct insn *in, uint32_t w) {
    in->opk = OPK_REG;
    in->rm = RM(w);
    decode_imm_shift(in, BITS(w, 6, 5), BITS(w, 11, 7));
}

/*
 * Data processing, three operand forms (A5.2.1, A5.2.2, A5.2.3):
 *
 *  31  28 27 26 25 24   21 20 19  16 15  12 11        7 6  5 4 3   0
 * | cond | 0  0 | 0 | opcode | S |  Rn  |  Rd  |   imm5    | type|0|  Rm  |  register
 * | cond | 0  0 | 0 | opcode | S |  Rn  |  Rd  |  Rs  | 0 | type|1|  Rm  |  reg-shifted reg
 * | cond | 0  0 | 1 | opcode | S |  Rn  |  Rd  | rot  |      imm8        |  immediate
 *
 * opcode 10xx with S = 0 is not here (misc, MOVW/MOVT, MSR): the caller
 * routes it. S with Rd = 15 is the exception return SUBS PC, LR: not in
 * user mode, so UNDEF.
 */
static void decode_dp(struct insn *in, uint32_t w) {
    static const uint8_t ops[16] = {
        OP_AND, OP_EOR, OP_SUB, OP_RSB, OP_ADD, OP_ADC, OP_SBC, OP_RSC,
        OP_TST, OP_TEQ, OP_CMP, OP_CMN, OP_ORR, OP_MOV, OP_BIC, OP_MVN,
    };
    uint32_t opc = BITS(w, 24, 21);
    int is_test = (opc & 0xc) == 0x8;
    in->op = ops[opc];
    in->rn = RN(w);
    in->rd = is_test ? 0 : RD(w);
    if (BIT(w, 20))
        in->flags |= F_S;
    if (BIT(w, 25)) {
        expand_imm(in, BITS(w, 11, 0));
    } else if (BIT(w, 4)) {
        /* Register-shifted register: any PC operand is UNPREDICTABLE. */
        in->opk = OPK_REGREG;
        in->rm = RM(w);
        in->rs = RS(w);
        in->shtype = BITS(w, 6, 5);
        if (NO_PC(in, in->rd, in->rn, in->rm, in->rs))
            return;
    } else {
        reg_operand(in, w);
    }
    if (!is_test && in->rd == 15) {
        if (in->flags & F_S) {
            set_undef(in);
            return;
        }
    }
    /* ADR: ADD/SUB rd, pc, #imm becomes MOV rd, #address. */
    if (in->opk == OPK_IMM && in->rn == 15 && !(in->flags & F_S) &&
        (in->op == OP_ADD || in->op == OP_SUB)) {
        uint32_t base = in->pc + 8;
        in->imm = in->op == OP_ADD ? base + in->imm : base - in->imm;
        in->op = OP_MOV;
        in->rn = R_ZERO;
        in->carry = CARRY_KEEP;
    }
}

/*
 * MOVW / MOVT (A5.2.3 op1 = 10x00), 16-bit immediate:
 *
 *  31  28 27      23 22 21 20 19  16 15  12 11         0
 * | cond | 0 0 1 1 0 | T| 0| 0| imm4 |  Rd  |   imm12    |
 */
static void decode_movw_movt(struct insn *in, uint32_t w) {
    in->op = BIT(w, 22) ? OP_MOVT : OP_MOVW;
    in->rd = RD(w);
    in->imm = BITS(w, 19, 16) << 12 | BITS(w, 11, 0);
    in->opk = OPK_IMM;
    NO_PC(in, in->rd);
}

/*
 * MSR (immediate) and hints (A5.2.11):
 *
 *  31  28 27      23 22 21 20 19  16 15  12 11         0
 * | cond | 0 0 1 1 0 | R| 1| 0| mask | 1111 |   imm12    |   MSR / hint
 *
 * R = 0, mask = 0: hint (op2 = imm12[7:0]: NOP YIELD WFE WFI SEV DBG, the
 * rest unallocated hints, which also execute as NOP). R = 0, mask != 0: MSR
 * CPSR_<mask>: in user mode only the APSR fields are written (mask bit 3:
 * NZCVQ, mask bit 2: GE), the c and x bits are ignored. R = 1 (SPSR): UNDEF.
 */
static void decode_msr_hint(struct insn *in, uint32_t w) {
    uint32_t mask = RN(w);
    if (BIT(w, 22)) {
        set_undef(in);
        return;
    }
    if (mask == 0) {
        in->op = OP_NOP;
        return;
    }
    in->op = OP_MSR;
    expand_imm(in, BITS(w, 11, 0));
    in->carry = CARRY_KEEP;
    in->shamt = mask >> 2;
}

/*
 * Miscellaneous instructions (A5.2.12), op1 = 10xx0, bit 7 = 0:
 *
 *  31  28 27     23 22 21 20 19  16 15  12 11   8  7 6  4 3   0
 * | cond | 0 0 0 1 0 |  op | 0|  Rn  |  Rd  |  Rs  | 0| op2 |  Rm  |
 *
 * op2 000: MRS (op x0, bit 22 = SPSR), MSR register (op x1), banked (bit 9)
 *     001: BX (op 01), CLZ (op 11)
 *     010: BXJ (op 01): Jazelle is trivial, so it is BX
 *     011: BLX register (op 01)
 *     101: QADD QSUB QDADD QDSUB (op)
 *     111: BKPT (op 01); HVC, SMC: UNDEF
 */
static void decode_misc(struct insn *in, uint32_t w) {
    uint32_t op = BITS(w, 22, 21), op2 = BITS(w, 6, 4);
    switch (op2) {
    case 0:
        if (BIT(w, 9) || BIT(w, 22)) /* banked registers, SPSR */
            break;
        if (op == 0) { /* MRS rd, APSR */
            in->op = OP_MRS;
            in->rd = RD(w);
            NO_PC(in, in->rd);
            return;
        }
        if (op == 1) { /* MSR APSR/CPSR_<mask>, rm: only APSR fields */
            in->op = OP_MSR;
            in->opk = OPK_REG;
            in->rm = RM(w);
            in->shamt = RN(w) >> 2;
            NO_PC(in, in->rm);
            return;
        }
        break;
    case 1:
    case 2: /* BX, and BXJ which runs as BX (no Jazelle) */
        if (op == 1) {
            in->op = OP_BX;
            in->rm = RM(w);
            return;
        }
        if (op == 3 && op2 == 1) {
            in->op = OP_CLZ;
            in->rd = RD(w);
            in->rm = RM(w);
            NO_PC(in, in->rd, in->rm);
            return;
        }
        break;
    case 3:
        if (op == 1) {
            in->op = OP_BLX;
            in->rm = RM(w);
            NO_PC(in, in->rm);
            return;
        }
        break;
    case 5: {
        static const uint8_t qops[4] = {OP_QADD, OP_QSUB, OP_QDADD, OP_QDSUB};
        in->op = qops[op];
        in->rd = RD(w);
        in->rn = RN(w);
        in->rm = RM(w);
        NO_PC(in, in->rd, in->rn, in->rm);
        return;
    }
    case 7:
        if (op == 1) {
            in->op = OP_BKPT;
            in->imm = BITS(w, 19, 8) << 4 | RM(w);
            return;
        }
        break;
    }
    set_undef(in);
}

/*
 * Halfword multiply and multiply accumulate (A5.2.7), op1 = 10xx0:
 *
 *  31  28 27     23 22 21 20 19  16 15  12 11   8  7 6 5 4 3   0
 * | cond | 0 0 0 1 0 | op1 | 0|  Rd  |  Ra  |  Rm  | 1| M N 0|  Rn  |
 *
 * op1 00 SMLA<x><y>, 01 SMLAW<y> (N = 0) / SMULW<y> (N = 1),
 *     10 SMLAL<x><y> (Rd = RdHi, Ra = RdLo), 11 SMUL<x><y>.
 * shamt bit 0 = N (top half of Rn), bit 1 = M (top half of Rm).
 */
static void decode_halfmul(struct insn *in, uint32_t w) {
    uint32_t op1 = BITS(w, 22, 21);
    in->rd = RN(w);
    in->ra = RD(w);
    in->rm = RS(w);
    in->rn = RM(w);
    in->shamt = BIT(w, 5) | BIT(w, 6) << 1;
    switch (op1) {
    case 0:
        in->op = OP_SMLAXY;
        break;
    case 1:
        in->op = BIT(w, 5) ? OP_SMULWY : OP_SMLAWY;
        in->shamt &= 2;
        break;
    case 2: /* contract: rd = RdLo, ra = RdHi */
        in->op = OP_SMLALXY;
        in->rd = RD(w);
        in->ra = RN(w);
        if (in->rd == in->ra) {
            set_undef(in);
            return;
        }
        break;
    case 3:
        in->op = OP_SMULXY;
        break;
    }
    if (in->op == OP_SMULXY || in->op == OP_SMULWY)
        in->ra = 0;
    if (in->op == OP_SMULXY || in->op == OP_SMULWY)
        NO_PC(in, in->rd, in->rn, in->rm);
    else
        NO_PC(in, in->rd, in->rn, in->rm, in->ra);
}

/*
 * Multiply and multiply accumulate (A5.2.5), op1 = 0xxxx, op2 = 1001:
 *
 *  31  28 27   24 23  21 20 19  16 15  12 11   8 7    4 3   0
 * | cond | 0 0 0 0| op  | S|  Rd  |  Ra  |  Rm  | 1001 |  Rn  |   MUL MLA MLS
 * | cond | 0 0 0 0| op  | S| RdHi | RdLo |  Rm  | 1001 |  Rn  |   long forms
 *
 * op 000 MUL, 001 MLA, 010 UMAAL (S = 0), 011 MLS (S = 0),
 *    100 UMULL, 101 UMLAL, 110 SMULL, 111 SMLAL.
 */
static void decode_mul(struct insn *in, uint32_t w) {
    uint32_t op = BITS(w, 23, 21);
    int s = BIT(w, 20);
    in->rm = RS(w);
    in->rn = RM(w);
    if (s)
        in->flags |= F_S;
    if (op < 4) {
        static const uint8_t ops[4] = {OP_MUL, OP_MLA, OP_UMAAL, OP_MLS};
        in->op = ops[op];
        if (op >= 2 && s) {
            set_undef(in);
            return;
        }
        if (op == 2) {
            in->rd = RD(w);
            in->ra = RN(w);
        } else {
            in->rd = RN(w);
            in->ra = op == 0 ? 0 : RD(w);
        }
    } else {
        static const uint8_t ops[4] = {OP_UMULL, OP_UMLAL, OP_SMULL, OP_SMLAL};
        in->op = ops[op - 4];
        in->rd = RD(w); /* RdLo */
        in->ra = RN(w); /* RdHi */
    }
    if (in->op != OP_MUL && in->op != OP_MLA && in->op != OP_MLS && in->rd == in->ra) {
        set_undef(in);
        return;
    }
    NO_PC(in, in->rd, in->rn, in->rm, in->ra);
}

/*
 * Synchronization primitives (A5.2.10), op1 = 1xxxx, op2 = 1001:
 *
 *  31  28 27   24 23 22 21 20 19  16 15  12 11   8 7    4 3   0
 * | cond | 0 0 0 1| 0| B| 0  0|  Rn  |  Rt  | 0000 | 1001 |  Rt2 |  SWP{B}
 * | cond | 0 0 0 1| 1|  op | L|  Rn  |  Rd  | 1111 | 1001 |  Rt  |  STREX*, LDREX*
 *
 * op 00 word, 01 doubleword (Rt even, Rt2 = Rt + 1), 10 byte, 11 halfword.
 * STREX: rm = status Rd, rd = Rt. LDREX: rd = Rt (the Rd field).
 */
static void decode_sync(struct insn *in, uint32_t w) {
    in->rn = RN(w);
    if (!BIT(w, 23)) {
        if (BITS(w, 21, 20) != 0) {
            set_undef(in);
            return;
        }
        in->op = BIT(w, 22) ? OP_SWPB : OP_SWP;
        in->rd = RD(w);
        in->rm = RM(w);
        NO_PC(in, in->rd, in->rn, in->rm);
        return;
    }
    static const uint8_t ld[4] = {OP_LDREX, OP_LDREXD, OP_LDREXB, OP_LDREXH};
    static const uint8_t st[4] = {OP_STREX, OP_STREXD, OP_STREXB, OP_STREXH};
    uint32_t op = BITS(w, 22, 21);
    if (BIT(w, 20)) {
        in->op = ld[op];
        in->rd = RD(w);
    } else {
        in->op = st[op];
        in->rm = RD(w);
        in->rd = RM(w);
        if (in->rm == in->rn || in->rm == in->rd) {
            set_undef(in);
            return;
        }
    }
    if (op == 1) {
        if ((in->rd & 1) || in->rd == 14) {
            set_undef(in);
            return;
        }
        in->ra = in->rd + 1;
        if (!BIT(w, 20) && in->rm == in->ra) {
            set_undef(in);
            return;
        }
    }
    NO_PC(in, in->rd, in->rn, in->rm);
}

/*
 * Extra load/store (A5.2.8, A5.2.9), bit 7 = 1, bit 4 = 1, op2 != 00:
 *
 *  31  28 27  25 24 23 22 21 20 19  16 15  12 11   8 7 6 5 4 3   0
 * | cond | 0 0 0| P| U| 1| W| L|  Rn  |  Rt  | imm4H| 1 op2 1| imm4L|  immediate
 * | cond | 0 0 0| P| U| 0| W| L|  Rn  |  Rt  | 0000 | 1 op2 1|  Rm  |  register
 *
 * op2 01: STRH / LDRH; 10: LDRD / LDRSB; 11: STRD / LDRSH (L = 0 / 1).
 * P = 0, W = 1 is the unprivileged form (LDRHT...), which in user mode is
 * the plain post-indexed access; for LDRD/STRD it is UNPREDICTABLE.
 */
static void decode_extra_ldst(struct insn *in, uint32_t w) {
    uint32_t op2 = BITS(w, 6, 5);
    int l = BIT(w, 20), p = BIT(w, 24), wb = BIT(w, 21);
    static const uint8_t ops[2][4] = {
        {0, OP_STRH, OP_LDRD, OP_STRD},
        {0, OP_LDRH, OP_LDRSB, OP_LDRSH},
    };
    in->op = ops[l][op2];
    in->rd = RD(w);
    in->rn = RN(w);
    if (p)
        in->flags |= F_P;
    if (BIT(w, 23))
        in->flags |= F_U;
    if (wb || !p)
        in->flags |= F_W;
    if (BIT(w, 22)) {
        in->opk = OPK_IMM;
        in->imm = BITS(w, 11, 8) << 4 | RM(w);
    } else {
        in->opk = OPK_REG;
        in->rm = RM(w);
        in->shtype = SH_LSL;
        if (NO_PC(in, in->rm))
            return;
    }
    if (in->op == OP_LDRD || in->op == OP_STRD) {
        if ((in->rd & 1) || in->rd == 14 || (!p && wb)) {
            set_undef(in);
            return;
        }
        in->ra = in->rd + 1;
    }
    /* Write-back with Rn = PC, or a load of the PC: UNPREDICTABLE. */
    if ((in->flags & F_W) && in->rn == 15) {
        set_undef(in);
        return;
    }
    if (NO_PC(in, in->rd))
        return;
    resolve_literal(in);
}

/*
 * Data-processing and miscellaneous instructions (A5.2), bits 27:26 = 00:
 *
 *  31  28 27 26 25 24     20 19         8 7      4 3     0
 * | cond | 0  0 |op|   op1   |            |   op2  |       |
 *
 * op = 0: op2 = 1001: multiply (op1 0xxxx) or synchronization (1xxxx);
 *         op2 = 1xx1 otherwise: extra load/store;
 *         op1 = 10xx0: misc (op2 0xxx) or halfword multiply (op2 1xx0);
 *         else data processing (register / register-shifted register).
 * op = 1: op1 = 10000 MOVW, 10100 MOVT, 10x10 MSR immediate and hints,
 *         else data processing (immediate).
 */
static void decode_dp_misc(struct insn *in, uint32_t w) {
    int test_no_s = MATCH(w, 0x01900000, 0x01000000); /* op1 = 10xx0 */
    if (BIT(w, 25)) {
        if (MATCH(w, 0x01b00000, 0x01000000))
            decode_movw_movt(in, w);
        else if (MATCH(w, 0x01b00000, 0x01200000))
            decode_msr_hint(in, w);
        else
            decode_dp(in, w);
        return;
    }
    if (MATCH(w, 0x000000f0, 0x00000090)) {
        if (BIT(w, 24))
            decode_sync(in, w);
        else
            decode_mul(in, w);
    } else if (MATCH(w, 0x00000090, 0x00000090)) {
        decode_extra_ldst(in, w);
    } else if (test_no_s) {
        if (BIT(w, 7))
            decode_halfmul(in, w);
        else
            decode_misc(in, w);
    } else {
        decode_dp(in, w);
    }
}

/*
 * Load/store word and unsigned byte (A5.3):
 *
 *  31  28 27 26 25 24 23 22 21 20 19  16 15  12 11                   0
 * | cond | 0  1 | 0| P| U| B| W| L|  Rn  |  Rt  |        imm12         |
 * | cond | 0  1 | 1| P| U| B| W| L|  Rn  |  Rt  |   imm5  |type|0| Rm |
 *
 * P = 0 is post-indexed (always writes back); P = 0, W = 1 is the
 * unprivileged form (LDRT, STRBT...), the plain access in user mode.
 * Rn = 15 with an immediate offset and no write-back is a literal access.
 */
static void decode_ldst(struct insn *in, uint32_t w) {
    int l = BIT(w, 20), b = BIT(w, 22), p = BIT(w, 24);
    in->op = l ? (b ? OP_LDRB : OP_LDR) : (b ? OP_STRB : OP_STR);
    in->rd = RD(w);
    in->rn = RN(w);
    if (p)
        in->flags |= F_P;
    if (BIT(w, 23))
        in->flags |= F_U;
    if (BIT(w, 21) || !p)
        in->flags |= F_W;
    if (BIT(w, 25)) {
        reg_operand(in, w);
        if (NO_PC(in, in->rm))
            return;
    } else {
        in->opk = OPK_IMM;
        in->imm = BITS(w, 11, 0);
    }
    if ((in->flags & F_W) && in->rn == 15) {
        set_undef(in);
        return;
    }
    if (in->rd == 15) {
        if (in->op != OP_LDR && in->op != OP_STR) {
            set_undef(in);
            return;
        }
    }
    resolve_literal(in);
}

/*
 * Parallel addition and subtraction (A5.4.1, A5.4.2):
 *
 *  31  28 27     23 22   20 19  16 15  12 11   8 7   5 4 3   0
 * | cond | 0 1 1 0 0|prefix |  Rn  |  Rd  | 1111 | op2 | 1|  Rm  |
 *
 * prefix 001 S, 010 Q, 011 SH, 101 U, 110 UQ, 111 UH;
 * op2 000 ADD16, 001 ASX, 010 SAX, 011 SUB16, 100 ADD8, 111 SUB8.
 */
static void decode_parallel(struct insn *in, uint32_t w) {
    uint32_t prefix = BITS(w, 22, 20), op2 = BITS(w, 7, 5);
    if ((prefix & 3) == 0 || op2 == 5 || op2 == 6) {
        set_undef(in);
        return;
    }
    in->op = OP_PARALLEL;
    in->imm = prefix << 3 | op2;
    in->rd = RD(w);
    in->rn = RN(w);
    in->rm = RM(w);
    NO_PC(in, in->rd, in->rn, in->rm);
}

/*
 * Packing, unpacking, saturation and reversal (A5.4.3):
 *
 *  31  28 27     23 22 20 19  16 15  12 11         7 6 5 4 3   0
 * | cond | 0 1 1 0 1| op1 |  A   |  Rd  |    imm5    | op2 | 1|  Rm  |
 *
 * op1 000 op2 xx0: PKHBT (bit 6 = 0) / PKHTB, Rn = A, shift imm5
 * op1 000 op2 011: SXTAB16 / SXTB16 (A = 1111); 101: SEL
 * op1 01x op2 xx0: SSAT; op1 010 op2 001: SSAT16; 011: SXTAB / SXTB
 * op1 011 op2 001: REV; 011: SXTAH / SXTH; 101: REV16
 * op1 100 op2 011: UXTAB16 / UXTB16
 * op1 11x op2 xx0: USAT; op1 110 op2 001: USAT16; 011: UXTAB / UXTB
 * op1 111 op2 001: RBIT; 011: UXTAH / UXTH; 101: REVSH
 * Extends rotate Rm by imm5[4:3] * 8 (bits 11:10).
 */
static void decode_pack(struct insn *in, uint32_t w) {
    uint32_t op1 = BITS(w, 22, 20), op2 = BITS(w, 7, 5);
    in->rd = RD(w);
    in->rn = RN(w);
    in->rm = RM(w);

    if ((op2 & 1) == 0) { /* PKH, SSAT, USAT */
        if (op1 == 0) {
            in->op = BIT(w, 6) ? OP_PKHTB : OP_PKHBT;
            in->shamt = BITS(w, 11, 7);
            in->shtype = SH_LSL;
            if (in->op == OP_PKHTB) {
                in->shtype = SH_ASR;
                if (in->shamt == 0)
                    in->shamt = 32;
            }
            NO_PC(in, in->rd, in->rn, in->rm);
            return;
        }
        if ((op1 & 6) == 2 || (op1 & 6) == 6) {
            /* SSAT/USAT: sat_imm in 20:16, Rn in 3:0, shift in 11:6. */
            int u = op1 >= 6;
            in->op = u ? OP_USAT : OP_SSAT;
            in->imm = BITS(w, 20, 16) + (u ? 0 : 1);
            in->rn = RM(w);
            in->rm = 0;
            in->shtype = BIT(w, 6) ? SH_ASR : SH_LSL;
            in->shamt = BITS(w, 11, 7);
            if (in->shtype == SH_ASR && in->shamt == 0)
                in->shamt = 32;
            NO_PC(in, in->rd, in->rn);
            return;
        }
        set_undef(in);
        return;
    }

    if (op2 == 3) { /* extends */
        static const uint8_t ext[8] = {OP_SXTB16, 0, OP_SXTB, OP_SXTH,
                                       OP_UXTB16, 0, OP_UXTB, OP_UXTH};
        if (!ext[op1] || BITS(w, 9, 8) != 0) {
            set_undef(in);
            return;
        }
        in->op = ext[op1];
        in->shamt = BITS(w, 11, 10) * 8;
        if (in->rn == 15)
            in->rn = R_ZERO;
        NO_PC(in, in->rd, in->rm);
        return;
    }

    switch (op1 << 3 | op2) {
    case 0 << 3 | 5:
        in->op = OP_SEL;
        NO_PC(in, in->rd, in->rn, in->rm);
        return;
    case 2 << 3 | 1:
    case 6 << 3 | 1: {
        int u = op1 == 6;
        in->op = u ? OP_USAT16 : OP_SSAT16;
        in->imm = BITS(w, 19, 16) + (u ? 0 : 1);
        in->rn = RM(w);
        in->rm = 0;
        NO_PC(in, in->rd, in->rn);
        return;
    }
    case 3 << 3 | 1: in->op = OP_REV; break;
    case 3 << 3 | 5: in->op = OP_REV16; break;
    case 7 << 3 | 1: in->op = OP_RBIT; break;
    case 7 << 3 | 5: in->op = OP_REVSH; break;
    default:
        set_undef(in);
        return;
    }
    in->rn = 0;
    NO_PC(in, in->rd, in->rm);
}

/*
 * Signed multiplies and divides (A5.4.4):
 *
 *  31  28 27     23 22 20 19  16 15  12 11   8 7   5 4 3   0
 * | cond | 0 1 1 1 0| op1 |  Rd  |  Ra  |  Rm  | op2 | 1|  Rn  |
 *
 * op1 000: op2 00M SMLAD / SMUAD (Ra = 1111), 01M SMLSD / SMUSD
 * op1 001: op2 000 SDIV; op1 011: op2 000 UDIV (Ra = 1111)
 * op1 100: op2 00M SMLALD, 01M SMLSLD (Rd = RdHi, Ra = RdLo)
 * op1 101: op2 00R SMMLA / SMMUL (Ra = 1111), 11R SMMLS
 * shamt bit 0 = M (swap Rm halves) or R (round).
 */
static void decode_smul(struct insn *in, uint32_t w) {
    uint32_t op1 = BITS(w, 22, 20), op2 = BITS(w, 7, 5);
    int a15 = RD(w) == 15;
    in->rd = RN(w);
    in->ra = RD(w);
    in->rm = RS(w);
    in->rn = RM(w);
    in->shamt = BIT(w, 5);
    switch (op1 << 3 | (op2 & 6)) {
    case 0 << 3 | 0: in->op = a15 ? OP_SMUAD : OP_SMLAD; break;
    case 0 << 3 | 2: in->op = a15 ? OP_SMUSD : OP_SMLSD; break;
    case 1 << 3 | 0:
    case 3 << 3 | 0:
        if (op2 != 0 || !a15) {
            set_undef(in);
            return;
        }
        in->op = op1 == 1 ? OP_SDIV : OP_UDIV;
        break;
    case 4 << 3 | 0:
    case 4 << 3 | 2:
        in->op = op2 & 2 ? OP_SMLSLD : OP_SMLALD;
        in->rd = RD(w); /* RdLo */
        in->ra = RN(w); /* RdHi */
        if (in->rd == in->ra) {
            set_undef(in);
            return;
        }
        NO_PC(in, in->rd, in->ra, in->rn, in->rm);
        return;
    case 5 << 3 | 0: in->op = a15 ? OP_SMMUL : OP_SMMLA; break;
    case 5 << 3 | 6: in->op = OP_SMMLS; break;
    default:
        set_undef(in);
        return;
    }
    if (in->op == OP_SMUAD || in->op == OP_SMUSD || in->op == OP_SMMUL ||
        in->op == OP_SDIV || in->op == OP_UDIV)
        in->ra = 0;
    else if (NO_PC(in, in->ra))
        return;
    NO_PC(in, in->rd, in->rn, in->rm);
}

/*
 * Media instructions (A5.4), bits 27:25 = 011, bit 4 = 1:
 *
 *  31  28 27  25 24    20 19  16 15  12 11   8 7   5 4 3   0
 * | cond | 0 1 1|  op1   |  Rn  |  Rd  |      | op2 | 1|  Rm  |
 *
 * op1 000xx signed / 001xx unsigned parallel add/sub; 01xxx packing etc.;
 * 10xxx signed multiplies; 11000 op2 000 USAD8 (Rd = 1111 in 15:12) /
 * USADA8; 1101x op2 x10 SBFX; 1110x op2 x00 BFC (Rm = 1111) / BFI;
 * 1111x op2 x10 UBFX; 11111 op2 111 UDF.
 *
 *  bitfields: | cond | 0 1 1 1 1 op 1 | msb/widthm1 |  Rd  |  lsb  | op2 1 |  Rn  |
 */
static void decode_media(struct insn *in, uint32_t w) {
    uint32_t op1 = BITS(w, 24, 20), op2 = BITS(w, 7, 5);
    if ((op1 & 0x18) == 0x00) {
        decode_parallel(in, w);
    } else if ((op1 & 0x18) == 0x08) {
        decode_pack(in, w);
    } else if ((op1 & 0x18) == 0x10) {
        decode_smul(in, w);
    } else if (op1 == 0x18 && op2 == 0) {
        in->op = RD(w) == 15 ? OP_USAD8 : OP_USADA8;
        in->rd = RN(w);
        in->ra = in->op == OP_USADA8 ? RD(w) : 0;
        in->rm = RS(w);
        in->rn = RM(w);
        NO_PC(in, in->rd, in->rn, in->rm);
    } else if ((op1 & 0x1e) == 0x1a && (op2 & 3) == 2) {
        in->op = OP_SBFX;
        goto extract;
    } else if ((op1 & 0x1e) == 0x1e && (op2 & 3) == 2) {
        in->op = OP_UBFX;
    extract:
        in->rd = RD(w);
        in->rn = RM(w);
        in->shamt = BITS(w, 11, 7);
        in->imm = BITS(w, 20, 16) + 1;
        if (in->shamt + in->imm > 32) {
            set_undef(in);
            return;
        }
        NO_PC(in, in->rd, in->rn);
    } else if ((op1 & 0x1e) == 0x1c && (op2 & 3) == 0) {
        uint32_t lsb = BITS(w, 11, 7), msb = BITS(w, 20, 16);
        in->op = OP_BFI;
        in->rd = RD(w);
        in->rn = RM(w) == 15 ? R_ZERO : RM(w);
        if (msb < lsb) {
            set_undef(in);
            return;
        }
        in->shamt = lsb;
        in->imm = msb - lsb + 1;
        NO_PC(in, in->rd);
    } else if (op1 == 0x1f && op2 == 7) {
        in->op = in->cond == COND_AL ? OP_UDF : OP_UNDEF;
        in->imm = BITS(w, 19, 8) << 4 | RM(w);
    } else {
        set_undef(in);
    }
}

/*
 * Branch, branch with link, and block data transfer (A5.5):
 *
 *  31  28 27  25 24 23 22 21 20 19  16 15                  0
 * | cond | 1 0 0| P| U| S| W| L|  Rn  |    register list     |  LDM / STM
 * | cond | 1 0 1| L|           imm24                         |  B / BL
 *
 * S = 1 (user registers, exception return) is not for user mode: UNDEF.
 */
static void decode_branch_block(struct insn *in, uint32_t w) {
    if (BIT(w, 25)) {
        int32_t off = (int32_t)(w << 8) >> 6;
        in->op = BIT(w, 24) ? OP_BL : OP_B;
        in->imm = in->pc + 8 + off;
        return;
    }
    in->op = BIT(w, 20) ? OP_LDM : OP_STM;
    in->rn = RN(w);
    in->imm = BITS(w, 15, 0);
    if (BIT(w, 24))
        in->flags |= F_P;
    if (BIT(w, 23))
        in->flags |= F_U;
    if (BIT(w, 21))
        in->flags |= F_W;
    if (BIT(w, 22) || in->rn == 15 || in->imm == 0) {
        set_undef(in);
        return;
    }
}

/*
 * Coprocessor instructions and supervisor call (A5.6):
 *
 *  31  28 27 26 25 24 23 21 20 19  16 15  12 11   8 7   5 4 3   0
 * | cond | 1  1  1  1 |         imm24                            |  SVC
 * | cond | 1  1  1  0 | opc1 | L|  CRn |  Rt  | coproc| opc2| 1| CRm |  MRC / MCR
 *
 * Only p15 is modelled: MRC p15, 0, Rt, c13, c0, {2, 3} (TPIDRURW,
 * TPIDRURO), MCR p15, 0, Rt, c13, c0, 2, and the CP15 barrier operations
 * Linux lets user mode use (c7, c10, 4/5 DSB/DMB; c7, c5, 4 ISB).
 * Everything else here (LDC/STC, MCRR/MRRC, CDP and so all of VFP/NEON,
 * which live in coprocessor space) is UNDEF for now.
 */
static void decode_coproc_svc(struct insn *in, uint32_t w) {
    if (MATCH(w, 0x0f000000, 0x0f000000)) {
        in->op = OP_SVC;
        in->imm = BITS(w, 23, 0);
        return;
    }
    /* MRC/MCR p15, opc1 = 0 */
    if (MATCH(w, 0x0fe00f10, 0x0e000f10)) {
        uint32_t crn = RN(w), crm = RM(w), opc2 = BITS(w, 7, 5);
        int l = BIT(w, 20);
        in->rd = RD(w);
        if (crn == 13 && crm == 0 && in->rd != 15) {
            if (l && (opc2 == 2 || opc2 == 3)) {
                in->op = OP_MRC;
                in->shamt = opc2;
                return;
            }
            if (!l && opc2 == 2) {
                in->op = OP_MCR;
                in->shamt = opc2;
                return;
            }
        }
        if (!l && crn == 7 && ((crm == 10 && (opc2 == 4 || opc2 == 5)) ||
                               (crm == 5 && opc2 == 4))) {
            in->op = OP_BARRIER;
            in->rd = 0;
            return;
        }
    }
    set_undef(in);
}

/*
 * Memory hints, Advanced SIMD and miscellaneous (A5.7.1), cond = 1111,
 * bits 27:26 = 01 or 00:
 *
 *  31    28 27 26 25 24 23 22 21 20 19  16 15  12 11          4 3   0
 * | 1111   | 0  1 | R| 1| U| 1| 0| 1|  Rn  | 1111 |    ...       |     |  PLD (imm R=0 / reg R=1)
 * | 1111   | 0  1 | R| 1| U| 0| 0| 1|  Rn  | 1111 |    ...       |     |  PLDW
 * | 1111   | 0  1 | R| 0| U| 1| 0| 1|  Rn  | 1111 |    ...       |     |  PLI
 * | 1111   | 0  1 | 0| 1| 0| 1| 1| 1| 1111 | 1111 | 0000 | op  |option|  CLREX DSB DMB ISB
 * | 1111   | 0  0 | 0| 1| 0| 0| 0| 0|  ...                             |  CPS, SETEND: UNDEF
 * | 1111   | 0  0 | 1|  ...                                             |  Advanced SIMD: UNDEF
 * | 1111   | 0  1 | 0| 0| x| x| x| 0|  ...                             |  Advanced SIMD ld/st: UNDEF
 *
 * All the preload forms (and the unallocated hints beside them) are NOPs.
 */
static void decode_uncond_misc(struct insn *in, uint32_t w) {
    /* Preloads and unallocated memory hints: op1 = 1xxxx01, with bit 4 = 0 for
     * the register forms. */
    if (MATCH(w, 0x0e300000, 0x04100000) ||
        MATCH(w, 0x0e300010, 0x06100000)) {
        in->op = OP_NOP;
        return;
    }
    if (MATCH(w, 0x0ffffff0, 0x057ff010) && (w & 0xf) == 0xf) {
        in->op = OP_CLREX;
        return;
    }
    if (MATCH(w, 0x0ffffff0, 0x057ff040) || MATCH(w, 0x0ffffff0, 0x057ff050) ||
        MATCH(w, 0x0ffffff0, 0x057ff060)) {
        in->op = OP_BARRIER;
        return;
    }
    set_undef(in);
}

/*
 * Unconditional instructions (A5.7), cond = 1111:
 *
 *  31    28 27  25 24 23                                       0
 * | 1111   | 0 x x|  ...                                        |  hints, SIMD, misc
 * | 1111   | 1 0 0|  ...                                        |  SRS / RFE: UNDEF
 * | 1111   | 1 0 1| H|             imm24                        |  BLX (immediate)
 * | 1111   | 1 1 x|  ...                                        |  coprocessor: UNDEF
 *
 * BLX target = PC + 8 + SignExtend(imm24:H:0), always to Thumb.
 */
static void decode_uncond(struct insn *in, uint32_t w) {
    in->cond = COND_AL;
    if (decode_neon(in->pc, w, 0, in)) return; /* Advanced SIMD */
    if (!BIT(w, 27)) {
        decode_uncond_misc(in, w);
    } else if (MATCH(w, 0x0e000000, 0x0a000000)) {
        int32_t off = (int32_t)(w << 8) >> 6;
        in->op = OP_BLXI;
        in->imm = in->pc + 8 + off + (BIT(w, 24) << 1);
    } else {
        set_undef(in);
    }
}

void decode_a32(uint32_t pc, uint32_t w, struct insn *in) {
    memset(in, 0, sizeof *in);
    in->pc = pc;
    in->word = w;
    in->len = 4;
    in->cond = w >> 28;
    if (in->cond == 0xf) {
        decode_uncond(in, w);
        return;
    }
    if (BITS(w, 27, 24) == 0xe && decode_neon(pc, w, 0, in)) return; /* VDUP (core) */
    if (BITS(w, 27, 25) >= 6 && decode_vfp(pc, w, 0, in)) return; /* VFP (cp10/cp11) */
    switch (BITS(w, 27, 25)) {
    case 0:
    case 1:
        decode_dp_misc(in, w);
        break;
    case 2:
        decode_ldst(in, w);
        break;
    case 3:
        if (BIT(w, 4))
            decode_media(in, w);
        else
            decode_ldst(in, w);
        break;
    case 4:
    case 5:
        decode_branch_block(in, w);
        break;
    default:
        decode_coproc_svc(in, w);
        break;
    }
}
