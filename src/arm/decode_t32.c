/* T32 (Thumb state) decoder: one 16-bit or 32-bit Thumb instruction into a
 * struct insn.
 *
 * Organised like the ARM ARM (ARMv7-A) chapter A6: the 16-bit encodings by
 * table A6-1 (bits 15:10), the 32-bit ones by table A6-9 (op1 = hw1[12:11],
 * op2 = hw1[10:4], op = hw2[15]), one function per encoding group with its
 * bit diagram. Inside a group, encodings are mask/match tests. The result
 * follows the contract in ops.def, exactly as the A32 decoder does: R_ZERO
 * for "no register", immediates expanded (ThumbExpandImm_C), immediate
 * shifts normalised, branch targets and literal addresses made absolute.
 *
 * IT blocks: the block builder hands us the ITSTATE in effect; inside a
 * block the condition comes from it and the 16-bit "S unless in IT" forms do
 * not set flags. The IT instruction is a NOP carrying firstcond:mask in imm.
 *
 * VFP/NEON, coprocessors other than the p15 thread registers, system
 * instructions and the UNPREDICTABLE encodings we refuse decode to OP_UNDEF.
 * The decoder never looks at CPU state. */
#include <string.h>

#include "arm/cpu.h"
#include "arm/decode.h"
#include "arm/insn.h"

/* Field extraction: bits hi..lo of w. */

/* Align(PC, 4) as Thumb code reads it: the instruction address + 4. */
#define PC_ALIGNED(in) (((in)->pc + 4) & ~3u)

static void set_undef(struct insn *in) {
    in->op = OP_UNDEF;
    in->cond = COND_AL; /* undefined whatever the condition, as qemu */
    in->flags = F_THUMB;
    in->imm = 0;
}

/* PLD/PLI and the unallocated memory hints: forget the operands. */
static void set_nop(struct insn *in) {
    in->op = OP_NOP;
    in->flags = F_THUMB;
    in->rd = in->rn = in->rm = in->ra = in->rs = 0;
    in->opk = in->shtype = in->shamt = 0;
    in->imm = 0;
}

/* SP or PC: the registers most encodings call UNPREDICTABLE. */
static int sp_or_pc(uint32_t r) { return r == 13 || r == 15; }

static uint32_t sext(uint32_t v, int nbits) {
    uint32_t m = 1u << (nbits - 1);
    return (v ^ m) - m;
}

/* "S" of the 16-bit forms that set flags only outside an IT block. */
static int s_outside_it(const struct insn *in) { return in->it == 0; }


/* Data processing with an immediate op2 whose carry-out is the old carry. */
static void dp_imm(struct insn *in, int op, int rd, int rn, uint32_t imm, int s) {
    in->op = op;
    in->rd = rd;
    in->rn = rn;
    in->opk = OPK_IMM;
    in->imm = imm;
    in->carry = CARRY_KEEP;
    if (s) in->flags |= F_S;
}

/* Data processing with op2 = r[rm] shifted by an immediate. */
static void dp_reg(struct insn *in, int op, int rd, int rn, int rm, uint32_t type,
                   uint32_t amt, int s) {
    in->op = op;
    in->rd = rd;
    in->rn = rn;
    in->rm = rm;
    in->opk = OPK_REG;
    decode_imm_shift(in, type, amt);
    if (s) in->flags |= F_S;
}

/* MOV rd, rn, <shift> rm: the register-shifted-register form. */
static void shift_regreg(struct insn *in, int rd, int rn, int rs, uint32_t type, int s) {
    in->op = OP_MOV;
    in->rd = rd;
    in->rn = R_ZERO;
    in->rm = rn;
    in->rs = rs;
    in->opk = OPK_REGREG;
    in->shtype = type;
    if (s) in->flags |= F_S;
}

/* Load/store with an immediate offset; flags carry P/U/W. */
static void mem_imm(struct insn *in, int op, int rt, int rn, uint32_t imm, int flags) {
    in->op = op;
    in->rd = rt;
    in->rn = rn;
    in->rm = R_ZERO;
    in->opk = OPK_IMM;
    in->imm = imm;
    in->flags |= flags;
}

/* Load/store at [rn, rm, LSL #sh] (offset, no writeback). */
static void mem_reg(struct insn *in, int op, int rt, int rn, int rm, uint32_t sh) {
    in->op = op;
    in->rd = rt;
    in->rn = rn;
    in->rm = rm;
    in->opk = OPK_REG;
    in->shtype = SH_LSL;
    in->shamt = sh;
    in->flags |= F_P | F_U;
}

/* PC-relative literal: absolute address, rn = R_ZERO. */
static void mem_lit(struct insn *in, int op, int rt, uint32_t off, int add) {
    uint32_t base = PC_ALIGNED(in);
    mem_imm(in, op, rt, R_ZERO, add ? base + off : base - off, F_P | F_U);
}

static void branch(struct insn *in, int op, uint32_t target) {
    in->op = op;
    in->imm = target;
    in->rn = in->rm = R_ZERO;
}

/* ================================ 16-bit ================================ */

/* Shift (immediate), add, subtract, move, compare (A6.2.1)
 *  15 14 13 12 11 10  9  8  7  6  5  4  3  2  1  0
 *   0  0 | opcode     |                              |
 *   0  0  0 |op |      imm5    |   Rm   |   Rd   |   LSL/LSR/ASR #imm5
 *   0  0  0  1  1  0 |S|   Rm   |   Rn   |   Rd   |   ADD/SUB reg (S = sub)
 *   0  0  0  1  1  1 |S|  imm3  |   Rn   |   Rd   |   ADD/SUB #imm3
 *   0  0  1 |op |  Rdn   |         imm8           |   MOV/CMP/ADD/SUB #imm8 */
static void t16_shift_addsub(struct insn *in, uint32_t hw) {
    uint32_t rd = BITS(hw, 2, 0), rn = BITS(hw, 5, 3), rm = BITS(hw, 8, 6);
    uint32_t rdn = BITS(hw, 10, 8), imm8 = BITS(hw, 7, 0);
    int s = s_outside_it(in);
    switch (BITS(hw, 13, 11)) {
    case 0: case 1: case 2: /* LSL #0 is MOVS rd, rm (flags as qemu: S outside IT) */
        dp_reg(in, OP_MOV, rd, R_ZERO, rn, BITS(hw, 12, 11), BITS(hw, 10, 6), s);
        break;
    case 3:
        if (BIT(hw, 10))
            dp_imm(in, BIT(hw, 9) ? OP_SUB : OP_ADD, rd, rn, rm, s);
        else
            dp_reg(in, BIT(hw, 9) ? OP_SUB : OP_ADD, rd, rn, rm, SH_LSL, 0, s);
        break;
    case 4: dp_imm(in, OP_MOV, rdn, R_ZERO, imm8, s); break;
    case 5: dp_imm(in, OP_CMP, R_ZERO, rdn, imm8, 1); break;
    case 6: dp_imm(in, OP_ADD, rdn, rdn, imm8, s); break;
    case 7: dp_imm(in, OP_SUB, rdn, rdn, imm8, s); break;
    }
}

/* Data processing (A6.2.2)
 *  15 14 13 12 11 10  9  8  7  6  5  4  3  2  1  0
 *   0  1  0  0  0  0 |  opcode   |   Rm   |  Rdn   | */
static void t16_dp(struct insn *in, uint32_t hw) {
    static const uint8_t ops[16] = {
        OP_AND, OP_EOR, 0, 0, 0, OP_ADC, OP_SBC, 0,
        OP_TST, OP_RSB, OP_CMP, OP_CMN, OP_ORR, OP_MUL, OP_BIC, OP_MVN,
    };
    uint32_t rdn = BITS(hw, 2, 0), rm = BITS(hw, 5, 3), opc = BITS(hw, 9, 6);
    int s = s_outside_it(in);
    switch (opc) {
    case 2: shift_regreg(in, rdn, rdn, rm, SH_LSL, s); break;
    case 3: shift_regreg(in, rdn, rdn, rm, SH_LSR, s); break;
    case 4: shift_regreg(in, rdn, rdn, rm, SH_ASR, s); break;
    case 7: shift_regreg(in, rdn, rdn, rm, SH_ROR, s); break;
    case 8: case 10: case 11: /* TST, CMP, CMN */
        dp_reg(in, ops[opc], R_ZERO, rdn, rm, SH_LSL, 0, 1);
        break;
    case 9: /* RSBS rd, rn, #0 */
        dp_imm(in, OP_RSB, rdn, rm, 0, s);
        break;
    case 13: /* MULS rdm, rn, rdm */
        in->op = OP_MUL;
        in->rd = rdn;
        in->rn = rm;
        in->rm = rdn;
        in->ra = R_ZERO;
        if (s) in->flags |= F_S;
        break;
    case 15:
        dp_reg(in, OP_MVN, rdn, R_ZERO, rm, SH_LSL, 0, s);
        break;
    default:
        dp_reg(in, ops[opc], rdn, rdn, rm, SH_LSL, 0, s);
        break;
    }
}

/* Special data instructions and branch and exchange (A6.2.3)
 *  15 14 13 12 11 10  9  8  7  6  5  4  3  2  1  0
 *   0  1  0  0  0  1 | op  |DN|     Rm    |  Rdn   |   ADD/CMP/MOV (high regs)
 *   0  1  0  0  0  1  1  1 |L|     Rm    | 0  0  0 |   BX/BLX Rm */
static void t16_special(struct insn *in, uint32_t hw) {
    uint32_t rdn = BIT(hw, 7) << 3 | BITS(hw, 2, 0), rm = BITS(hw, 6, 3);
    switch (BITS(hw, 9, 8)) {
    case 0: /* ADD rdn, rm; rdn == pc is a branch (ALUWritePC) */
        dp_reg(in, OP_ADD, rdn, rdn, rm, SH_LSL, 0, 0);
        if (rdn == 15 && rm == 15) set_undef(in);
        break;
    case 1: /* both low registers is UNPREDICTABLE: run it as CMP, like qemu */
        dp_reg(in, OP_CMP, R_ZERO, rdn, rm, SH_LSL, 0, 1);
        if (rdn == 15 || rm == 15) set_undef(in);
        break;
    case 2:
        dp_reg(in, OP_MOV, rdn, R_ZERO, rm, SH_LSL, 0, 0);
        break;
    case 3:
        if (BITS(hw, 2, 0)) {
            set_undef(in);
            break;
        }
        in->op = BIT(hw, 7) ? OP_BLX : OP_BX;
        in->rm = rm;
        in->rn = R_ZERO;
        if (in->op == OP_BLX && rm == 15) set_undef(in);
        break;
    }
}

/* Load/store single data item (A6.2.4)
 *  15 14 13 12 11 10  9  8  7  6  5  4  3  2  1  0
 *   0  1  0  1 |  opB   |   Rm   |   Rn   |   Rt   |   register offset
 *   0  1  1 |B|L|     imm5     |   Rn   |   Rt   |   STR/LDR(B) #imm5(<<2)
 *   1  0  0  0 |L|     imm5     |   Rn   |   Rt   |   STRH/LDRH #imm5<<1
 *   1  0  0  1 |L|   Rt   |         imm8           |   STR/LDR [sp, #imm8<<2]
 *   0  1  0  0  1 |   Rt   |         imm8           |   LDR literal */
static void t16_ldst(struct insn *in, uint32_t hw) {
    static const uint8_t regops[8] = {
        OP_STR, OP_STRH, OP_STRB, OP_LDRSB, OP_LDR, OP_LDRH, OP_LDRB, OP_LDRSH,
    };
    uint32_t rt = BITS(hw, 2, 0), rn = BITS(hw, 5, 3), imm5 = BITS(hw, 10, 6);
    int l = BIT(hw, 11);
    switch (BITS(hw, 15, 12)) {
    case 4: /* 01001: LDR literal */
        mem_lit(in, OP_LDR, BITS(hw, 10, 8), BITS(hw, 7, 0) << 2, 1);
        break;
    case 5:
        mem_reg(in, regops[BITS(hw, 11, 9)], rt, rn, BITS(hw, 8, 6), 0);
        break;
    case 6:
        mem_imm(in, l ? OP_LDR : OP_STR, rt, rn, imm5 << 2, F_P | F_U);
        break;
    case 7:
        mem_imm(in, l ? OP_LDRB : OP_STRB, rt, rn, imm5, F_P | F_U);
        break;
    case 8:
        mem_imm(in, l ? OP_LDRH : OP_STRH, rt, rn, imm5 << 1, F_P | F_U);
        break;
    case 9:
        mem_imm(in, l ? OP_LDR : OP_STR, BITS(hw, 10, 8), R_SP, BITS(hw, 7, 0) << 2, F_P | F_U);
        break;
    }
}

/* PC/SP-relative address (A6.2: ADR, ADD rd, sp, #imm8)
 *  15 14 13 12 11 10  9  8  7  6  5  4  3  2  1  0
 *   1  0  1  0 |SP|  Rd   |          imm8          | */
static void t16_adr(struct insn *in, uint32_t hw) {
    uint32_t rd = BITS(hw, 10, 8), imm = BITS(hw, 7, 0) << 2;
    if (BIT(hw, 11))
        dp_imm(in, OP_ADD, rd, R_SP, imm, 0);
    else
        dp_imm(in, OP_ADD, rd, R_ZERO, PC_ALIGNED(in) + imm, 0);
}

/* IT and hints (A6.2.5, 1011 1111)
 *  15 14 13 12 11 10  9  8  7  6  5  4  3  2  1  0
 *   1  0  1  1  1  1  1  1 | firstcond |   mask    |   IT (mask != 0)
 *   1  0  1  1  1  1  1  1 |    opA    | 0  0  0  0|   NOP YIELD WFE WFI SEV */
static void t16_it_hint(struct insn *in, uint32_t hw) {
    uint32_t firstcond = BITS(hw, 7, 4), mask = BITS(hw, 3, 0);
    in->op = OP_NOP;
    if (!mask) return; /* hints and unallocated hints all run as NOP here */
    /* IT AL needs a mask of all "then"s (one bit set); no IT inside IT. */
    if (firstcond == 15 || (firstcond == 14 && (mask & (mask - 1))) || in->it) {
        set_undef(in);
        return;
    }
    in->imm = firstcond << 4 | mask;
}

/* Miscellaneous 16-bit instructions (A6.2.5)
 *  15 14 13 12 11 10  9  8  7  6  5  4  3  2  1  0
 *   1  0  1  1  0  0  0  0 |S|        imm7          |   ADD/SUB sp, sp, #imm7<<2
 *   1  0  1  1 |o| 0 |i| 1 |     imm5    |   Rn   |   CBZ/CBNZ (o = N)
 *   1  0  1  1  0  0  1  0 |op |   Rm   |   Rd   |   SXTH SXTB UXTH UXTB
 *   1  0  1  1 |L| 1  0 |R|       register_list    |   PUSH {..,lr} / POP {..,pc}
 *   1  0  1  1  1  0  1  0 |op |   Rm   |   Rd   |   REV REV16 - REVSH
 *   1  0  1  1  1  1  1  0 |         imm8          |   BKPT
 *   1  0  1  1  1  1  1  1 |       (IT/hints)      |
 *   1  0  1  1  0  1  1  0  0  1 ...                 SETEND, CPS: UNDEF */
static void t16_misc(struct insn *in, uint32_t hw) {
    static const uint8_t extops[4] = { OP_SXTH, OP_SXTB, OP_UXTH, OP_UXTB };
    static const uint8_t revops[4] = { OP_REV, OP_REV16, OP_UNDEF, OP_REVSH };
    uint32_t rd = BITS(hw, 2, 0), rm = BITS(hw, 5, 3);
    if (MATCH(hw, 0xff00, 0xb000)) {
        dp_imm(in, BIT(hw, 7) ? OP_SUB : OP_ADD, R_SP, R_SP, BITS(hw, 6, 0) << 2, 0);
    } else if (MATCH(hw, 0xf500, 0xb100)) {
        if (in->it) { /* CBZ/CBNZ are UNPREDICTABLE in an IT block */
            set_undef(in);
            return;
        }
        uint32_t off = BIT(hw, 9) << 6 | BITS(hw, 7, 3) << 1;
        branch(in, BIT(hw, 11) ? OP_CBNZ : OP_CBZ, in->pc + 4 + off);
        in->rn = BITS(hw, 2, 0);
    } else if (MATCH(hw, 0xff00, 0xb200)) {
        in->op = extops[BITS(hw, 7, 6)];
        in->rd = rd;
        in->rn = R_ZERO;
        in->rm = rm;
    } else if (MATCH(hw, 0xfe00, 0xb400) || MATCH(hw, 0xfe00, 0xbc00)) {
        int pop = BIT(hw, 11);
        uint32_t list = BITS(hw, 7, 0) | BIT(hw, 8) << (pop ? 15 : 14);
        if (!list) {
            set_undef(in);
            return;
        }
        in->op = pop ? OP_LDM : OP_STM;
        in->rn = R_SP;
        in->imm = list;
        in->flags |= F_W | (pop ? F_U : F_P);
    } else if (MATCH(hw, 0xff00, 0xba00) && BITS(hw, 7, 6) != 2) {
        in->op = revops[BITS(hw, 7, 6)];
        in->rd = rd;
        in->rn = R_ZERO;
        in->rm = rm;
    } else if (MATCH(hw, 0xff00, 0xbe00)) {
        in->op = OP_BKPT; /* unconditional even inside an IT block */
        in->cond = COND_AL;
        in->imm = BITS(hw, 7, 0);
    } else if (MATCH(hw, 0xff00, 0xbf00)) {
        t16_it_hint(in, hw);
    } else {
        set_undef(in);
    }
}

/* Load/store multiple (A6.2: STM rn!, LDM rn{!})
 *  15 14 13 12 11 10  9  8  7  6  5  4  3  2  1  0
 *   1  1  0  0 |L|   Rn   |     register_list      | */
static void t16_ldm_stm(struct insn *in, uint32_t hw) {
    uint32_t rn = BITS(hw, 10, 8), list = BITS(hw, 7, 0);
    int l = BIT(hw, 11);
    if (!list) {
        set_undef(in);
        return;
    }
    in->op = l ? OP_LDM : OP_STM;
    in->rn = rn;
    in->imm = list;
    in->flags |= F_U;
    /* STM always writes back; LDM only when rn is not loaded. */
    if (!l || !(list & 1u << rn)) in->flags |= F_W;
}

/* Conditional branch, UDF and SVC (A6.2.6)
 *  15 14 13 12 11 10  9  8  7  6  5  4  3  2  1  0
 *   1  1  0  1 |   cond    |         imm8           |   cond 1110 UDF, 1111 SVC
 *   1  1  1  0  0 |            imm11               |   B (T2) */
static void t16_branch(struct insn *in, uint32_t hw) {
    uint32_t cond = BITS(hw, 11, 8);
    if (BIT(hw, 13)) {
        branch(in, OP_B, in->pc + 4 + sext(BITS(hw, 10, 0) << 1, 12));
    } else if (cond == 14) {
        in->op = OP_UDF;
        in->cond = COND_AL;
        in->imm = BITS(hw, 7, 0);
    } else if (cond == 15) {
        in->op = OP_SVC;
        in->imm = BITS(hw, 7, 0);
    } else if (in->it) {
        set_undef(in); /* B<c> is UNPREDICTABLE in an IT block */
    } else {
        branch(in, OP_B, in->pc + 4 + sext(BITS(hw, 7, 0) << 1, 9));
        in->cond = cond;
    }
}

/* 16-bit instructions: table A6-1 on bits 15:10. */
static void decode16(struct insn *in, uint32_t hw) {
    switch (BITS(hw, 15, 12)) {
    case 0: case 1: case 2: case 3:
        t16_shift_addsub(in, hw);
        break;
    case 4:
        if (BIT(hw, 11))
            t16_ldst(in, hw);
        else if (BIT(hw, 10))
            t16_special(in, hw);
        else
            t16_dp(in, hw);
        break;
    case 5: case 6: case 7: case 8: case 9:
        t16_ldst(in, hw);
        break;
    case 10:
        t16_adr(in, hw);
        break;
    case 11:
        t16_misc(in, hw);
        break;
    case 12:
        t16_ldm_stm(in, hw);
        break;
    case 13: case 14:
        t16_branch(in, hw);
        break;
    default:
        set_undef(in); /* 32-bit prefixes never get here */
        break;
    }
}

/* ================================ 32-bit ================================ */

/* Data-processing opcodes shared by the modified-immediate and the
 * shifted-register groups (hw1[8:5]); OP_UNDEF marks the unallocated ones. */
static const uint8_t dp_ops[16] = {
    OP_AND, OP_BIC, OP_ORR, OP_ORN, OP_EOR, OP_UNDEF, OP_UNDEF, OP_UNDEF,
    OP_ADD, OP_UNDEF, OP_ADC, OP_SBC, OP_UNDEF, OP_SUB, OP_RSB, OP_UNDEF,
};

/* Resolves the TST/TEQ/CMN/CMP and MOV/MVN aliases of a dp_ops entry.
 * Returns -1 if the encoding is UNPREDICTABLE (a PC destination). */
static int dp_alias(struct insn *in, uint32_t opc, uint32_t rd, uint32_t rn, int s) {
    int op = dp_ops[opc];
    if (rd == 15 && s) {
        switch (op) {
        case OP_AND: op = OP_TST; break;
        case OP_EOR: op = OP_TEQ; break;
        case OP_ADD: op = OP_CMN; break;
        case OP_SUB: op = OP_CMP; break;
        default: return -1;
        }
        in->op = op;
        in->rd = R_ZERO;
        in->rn = rn;
        return 0;
    }
    if (rd == 15) return -1;
    if (rn == 15 && (op == OP_ORR || op == OP_ORN)) {
        op = op == OP_ORR ? OP_MOV : OP_MVN;
        rn = R_ZERO;
    } else if (rn == 15) {
        return -1;
    }
    in->op = op;
    in->rd = rd;
    in->rn = rn;
    return 0;
}

/* ThumbExpandImm_C(i:imm3:imm8): the four replicated byte patterns keep the
 * carry; the rotated form 1:imm7 ROR imm12[11:7] carries out bit 31.
 * Returns -1 for the UNPREDICTABLE zero byte in a replicated pattern. */
static int thumb_expand_imm(struct insn *in, uint32_t imm12) {
    uint32_t b = imm12 & 0xff;
    in->opk = OPK_IMM;
    if (BITS(imm12, 11, 10) == 0) {
        switch (BITS(imm12, 9, 8)) {
        case 0: in->imm = b; break;
        case 1: in->imm = b << 16 | b; break;
        case 2: in->imm = b << 24 | b << 8; break;
        case 3: in->imm = b * 0x01010101u; break;
        }
        in->carry = CARRY_KEEP;
        return BITS(imm12, 9, 8) && !b ? -1 : 0;
    }
    uint32_t v = 0x80 | BITS(imm12, 6, 0), rot = BITS(imm12, 11, 7);
    in->imm = v >> rot | v << (32 - rot); /* rot >= 8: no shift by 32 */
    in->carry = in->imm >> 31;
    return 0;
}

/* Data processing (modified immediate) (A6.3.1)
 *  hw1: 1  1  1  1  0 |i| 0 |   op    |S|    Rn     |
 *  hw2: 0 | imm3  |    Rd     |         imm8          | */
static void t32_dp_modimm(struct insn *in, uint32_t h1, uint32_t h2) {
    uint32_t opc = BITS(h1, 8, 5), rn = BITS(h1, 3, 0), rd = BITS(h2, 11, 8);
    int s = BIT(h1, 4);
    uint32_t imm12 = BIT(h1, 10) << 11 | BITS(h2, 14, 12) << 8 | BITS(h2, 7, 0);
    if (dp_ops[opc] == OP_UNDEF || dp_alias(in, opc, rd, rn, s) || thumb_expand_imm(in, imm12)) {
        set_undef(in);
        return;
    }
    if (s) in->flags |= F_S;
}

/* Data processing (shifted register) (A6.3.11)
 *  hw1: 1  1  1  0  1  0  1 |   op    |S|    Rn     |
 *  hw2: 0 | imm3  |    Rd     |imm2 |type |    Rm     |
 *  op 0110 is PKHBT/PKHTB (type<1> = tb, S = 0). */
static void t32_dp_shifted(struct insn *in, uint32_t h1, uint32_t h2) {
    uint32_t opc = BITS(h1, 8, 5), rn = BITS(h1, 3, 0), rd = BITS(h2, 11, 8);
    uint32_t rm = BITS(h2, 3, 0), type = BITS(h2, 5, 4);
    uint32_t amt = BITS(h2, 14, 12) << 2 | BITS(h2, 7, 6);
    int s = BIT(h1, 4);
    if (BIT(h2, 15)) {
        set_undef(in);
        return;
    }
    if (opc == 6) { /* PKH */
        if (s || BIT(type, 0) || rd == 15 || rn == 15 || rm == 15) {
            set_undef(in);
            return;
        }
        in->op = BIT(type, 1) ? OP_PKHTB : OP_PKHBT;
        in->rd = rd;
        in->rn = rn;
        in->rm = rm;
        in->opk = OPK_REG;
        decode_imm_shift(in, BIT(type, 1) ? SH_ASR : SH_LSL, amt);
        return;
    }
    if (dp_ops[opc] == OP_UNDEF || dp_alias(in, opc, rd, rn, s) || rm == 15) {
        set_undef(in);
        return;
    }
    in->rm = rm;
    in->opk = OPK_REG;
    decode_imm_shift(in, type, amt);
    if (s) in->flags |= F_S;
}

/* Data processing (plain binary immediate) (A6.3.3)
 *  hw1: 1  1  1  1  0 |i| 1 |    op      |    Rn     |
 *  hw2: 0 | imm3  |    Rd     |imm2|  |  imm5 / imm8  |
 *  op: 00000 ADDW (Rn=pc: ADR)  00100 MOVW  01010 SUBW (Rn=pc: ADR)
 *      01100 MOVT  100s0 SSAT(16)  10100 SBFX  10110 BFI/BFC
 *      110s0 USAT(16)  11100 UBFX */
static void t32_dp_plainimm(struct insn *in, uint32_t h1, uint32_t h2) {
    uint32_t op = BITS(h1, 8, 4), rn = BITS(h1, 3, 0), rd = BITS(h2, 11, 8);
    uint32_t imm12 = BIT(h1, 10) << 11 | BITS(h2, 14, 12) << 8 | BITS(h2, 7, 0);
    uint32_t lsb = BITS(h2, 14, 12) << 2 | BITS(h2, 7, 6), hi5 = BITS(h2, 4, 0);
    if (BIT(h2, 15) || rd == 15) {
        set_undef(in);
        return;
    }
    switch (op) {
    case 0x00: case 0x0a: /* ADDW, SUBW; ADR when Rn is the PC */
        if (rn == 15)
            dp_imm(in, OP_ADD, rd, R_ZERO, op ? PC_ALIGNED(in) - imm12 : PC_ALIGNED(in) + imm12, 0);
        else
            dp_imm(in, op ? OP_SUB : OP_ADD, rd, rn, imm12, 0);
        return;
    case 0x04: case 0x0c: /* MOVW, MOVT: imm16 = imm4:i:imm3:imm8 */
        in->op = op == 0x04 ? OP_MOVW : OP_MOVT;
        in->rd = rd;
        in->rn = R_ZERO;
        in->opk = OPK_IMM;
        in->imm = rn << 12 | imm12;
        return;
    }
    /* Only BFC may name the PC (as "no register"); hw1[10] and hw2[5] are (0). */
    if ((rn == 15 && op != 0x16) || BIT(h1, 10) || BIT(h2, 5)) {
        set_undef(in);
        return;
    }
    in->rd = rd;
    in->rn = rn;
    switch (op) {
    case 0x10: case 0x12: case 0x18: case 0x1a: { /* SSAT, SSAT16, USAT, USAT16 */
        int u = op >= 0x18, sh = BIT(h1, 5);
        if (sh && lsb == 0) { /* the 16-bit lane forms */
            if (BITS(h2, 5, 4)) {
                set_undef(in);
                return;
            }
            in->op = u ? OP_USAT16 : OP_SSAT16;
            in->imm = BITS(h2, 3, 0) + !u;
            return;
        }
        in->op = u ? OP_USAT : OP_SSAT;
        in->imm = hi5 + !u;
        in->opk = OPK_REG;
        in->shtype = sh ? SH_ASR : SH_LSL;
        in->shamt = lsb;
        return;
    }
    case 0x14: case 0x1c: /* SBFX, UBFX */
        if (lsb + hi5 + 1 > 32) break;
        in->op = op == 0x14 ? OP_SBFX : OP_UBFX;
        in->shamt = lsb;
        in->imm = hi5 + 1;
        return;
    case 0x16: /* BFI; Rn = pc is BFC */
        if (hi5 < lsb) break;
        in->op = OP_BFI;
        if (rn == 15) in->rn = R_ZERO;
        in->shamt = lsb;
        in->imm = hi5 - lsb + 1;
        return;
    }
    set_undef(in);
}

/* Branches and miscellaneous control (A6.3.4)
 *  hw1: 1  1  1  1  0 |S|        op          |  imm4/Rn  |
 *  hw2: 1 |op1  |J1|  |J2|            imm11 / ...       |
 *  op1 0x0: B<c> T3 (op != x111xxx), MSR, hints, barriers, BXJ, MRS, UDF
 *  op1 0x1: B T4;  1x0: BLX imm (to A32);  1x1: BL */
static void t32_branch_misc(struct insn *in, uint32_t h1, uint32_t h2) {
    uint32_t op = BITS(h1, 10, 4), op1 = BITS(h2, 14, 12);
    uint32_t s = BIT(h1, 10), j1 = BIT(h2, 13), j2 = BIT(h2, 11);
    if (op1 & 5) { /* B T4, BL, BLX: imm32 = S:I1:I2:imm10:imm11:0 */
        uint32_t i1 = !(j1 ^ s), i2 = !(j2 ^ s);
        uint32_t off = sext(s << 24 | i1 << 23 | i2 << 22 | BITS(h1, 9, 0) << 12 |
                                BITS(h2, 10, 0) << 1, 25);
        if (op1 & 4) {
            if (op1 & 1) {
                branch(in, OP_BL, in->pc + 4 + off);
            } else {
                if (BIT(h2, 0)) { /* H = 1 is UNDEFINED */
                    set_undef(in);
                    return;
                }
                branch(in, OP_BLXI, PC_ALIGNED(in) + off);
            }
        } else {
            branch(in, OP_B, in->pc + 4 + off);
        }
        return;
    }
    if ((op & 0x38) != 0x38) { /* B<c> T3: S:J2:J1:imm6:imm11:0 */
        if (in->it) {
            set_undef(in);
            return;
        }
        uint32_t off = sext(s << 20 | j2 << 19 | j1 << 18 | BITS(h1, 5, 0) << 12 |
                                BITS(h2, 10, 0) << 1, 21);
        branch(in, OP_B, in->pc + 4 + off);
        in->cond = BITS(h1, 9, 6);
        return;
    }
    if (op1 == 2 && op == 0x7f) { /* UDF.W #imm16 */
        in->op = OP_UDF;
        in->cond = COND_AL;
        in->imm = BITS(h1, 3, 0) << 12 | BITS(h2, 11, 0);
        return;
    }
    if (op1 != 0) {
        set_undef(in);
        return;
    }
    switch (op) {
    case 0x38: { /* MSR APSR_<fields>, Rn: mask<3> nzcvq, mask<2> g */
        uint32_t mask = BITS(h2, 11, 8), rn = BITS(h1, 3, 0);
        if (!mask || rn == 15 || rn == 13 || BITS(h2, 7, 0)) break;
        in->op = OP_MSR;
        in->rn = R_ZERO;
        in->rm = rn;
        in->opk = OPK_REG;
        in->shamt = BIT(mask, 3) << 1 | BIT(mask, 2);
        return;
    }
    case 0x3a: /* hints (op1 of the hint group, hw2[10:8], nonzero is CPS) */
        if (BITS(h2, 10, 8)) break;
        in->op = OP_NOP;
        return;
    case 0x3b: /* CLREX, DSB, DMB, ISB */
        switch (BITS(h2, 7, 4)) {
        case 2: in->op = OP_CLREX; return;
        case 4: case 5: case 6: in->op = OP_BARRIER; return;
        }
        break;
    case 0x3c: /* BXJ: Jazelle is trivial, so it is BX */
        if (BITS(h1, 3, 0) == 15) break;
        in->op = OP_BX;
        in->rm = BITS(h1, 3, 0);
        in->rn = R_ZERO;
        return;
    case 0x3e: { /* MRS Rd, APSR */
        uint32_t rd = BITS(h2, 11, 8);
        if (rd == 15 || rd == 13 || BIT(h2, 5)) break;
        in->op = OP_MRS;
        in->rd = rd;
        in->rn = in->rm = R_ZERO;
        return;
    }
    }
    set_undef(in); /* SPSR forms, CPS, SUBS pc, lr, SMC, banked MRS/MSR */
}

/* Load/store multiple (A6.3.5)
 *  hw1: 1  1  1  0  1  0  0 | op  | 0 |W|L|    Rn     |
 *  hw2: P |M| 0 |               register_list         |
 *  op 01: IA (LDM, POP.W = LDMIA sp!), 10: DB (STMDB, PUSH.W); 00/11 SRS/RFE */
static void t32_ldm_stm(struct insn *in, uint32_t h1, uint32_t h2) {
    uint32_t op = BITS(h1, 8, 7), rn = BITS(h1, 3, 0), list = h2;
    int l = BIT(h1, 4), w = BIT(h1, 5);
    if (op == 0 || op == 3 || rn == 15 || !list || (list & 1u << 13) ||
        (!l && (list & 1u << 15)) || (l && (list & 0xc000) == 0xc000) ||
        (w && (list & 1u << rn))) {
        set_undef(in);
        return;
    }
    in->op = l ? OP_LDM : OP_STM;
    in->rn = rn;
    in->imm = list;
    in->flags |= op == 1 ? F_U : F_P;
    if (w) in->flags |= F_W;
}

/* Load/store dual, load/store exclusive, table branch (A6.3.6)
 *  hw1: 1  1  1  0  1  0  0 |P|U| 1 |W|L|    Rn     |
 *  hw2: |    Rt     |  Rt2/Rd   |  op3  |  Rd/Rm    |   (imm8 in 7:0)
 *  P=0 W=0: U=0 LDREX/STREX [Rn, #imm8<<2]; U=1 by op3: STREXB/H/D,
 *           TBB, TBH, LDREXB/H/D.  Else LDRD/STRD #imm8<<2 (Rn=pc: literal). */
static void t32_dual_excl(struct insn *in, uint32_t h1, uint32_t h2) {
    uint32_t rn = BITS(h1, 3, 0), rt = BITS(h2, 15, 12), rt2 = BITS(h2, 11, 8);
    uint32_t rd = BITS(h2, 3, 0), imm8 = BITS(h2, 7, 0);
    int p = BIT(h1, 8), u = BIT(h1, 7), w = BIT(h1, 5), l = BIT(h1, 4);
    if (p || w) {
        if (rt == 15 || rt2 == 15 || (l && rt == rt2) || (w && (rn == rt || rn == rt2))) {
            set_undef(in);
            return;
        }
        if (rn == 15) {
            if (!l || w) {
                set_undef(in);
                return;
            }
            mem_lit(in, OP_LDRD, rt, imm8 << 2, u);
        } else {
            mem_imm(in, l ? OP_LDRD : OP_STRD, rt, rn, imm8 << 2,
                    (p ? F_P : F_W) | (u ? F_U : 0) | (w ? F_W : 0));
        }
        in->ra = rt2;
        return;
    }
    if (!u) { /* LDREX/STREX with imm8<<2; LDREX has (1111) in hw2[11:8] */
        if (rn == 15 || sp_or_pc(rt) || (l && rt2 != 15) ||
            (!l && (sp_or_pc(rt2) || rt2 == rn || rt2 == rt))) {
            set_undef(in);
            return;
        }
        in->op = l ? OP_LDREX : OP_STREX;
        in->rd = rt;
        in->rn = rn;
        in->rm = l ? R_ZERO : rt2;
        in->ra = R_ZERO;
        in->imm = imm8 << 2;
        return;
    }
    uint32_t op3 = BITS(h2, 7, 4);
    if (l && op3 <= 1) { /* TBB [Rn, Rm] / TBH [Rn, Rm, LSL #1]; hw2[15:8] = (1111)(0000) */
        if (rd == 15 || rd == 13 || rn == 13 || BITS(h2, 15, 8) != 0xf0) {
            set_undef(in);
            return;
        }
        in->op = op3 ? OP_TBH : OP_TBB;
        in->rn = rn;
        in->rm = rd;
        return;
    }
    static const uint8_t lops[4] = { OP_LDREXB, OP_LDREXH, 0, OP_LDREXD };
    static const uint8_t sops[4] = { OP_STREXB, OP_STREXH, 0, OP_STREXD };
    if (op3 < 4 || op3 == 6 || op3 > 7 || rn == 15 || sp_or_pc(rt)) {
        set_undef(in);
        return;
    }
    int d = op3 == 7;
    in->op = l ? lops[op3 - 4] : sops[op3 - 4];
    in->rd = rt;
    in->rn = rn;
    in->ra = d ? rt2 : R_ZERO;
    in->rm = l ? R_ZERO : rd;
    /* Unused register fields are (1111); SP and PC are UNPREDICTABLE. */
    if ((d && sp_or_pc(rt2)) || (!d && rt2 != 15)) set_undef(in);
    if (l && d && rt == rt2) set_undef(in);
    if (l && BITS(h2, 3, 0) != 15) set_undef(in);
    if (!l && (sp_or_pc(rd) || rd == rn || rd == rt || (d && rd == rt2))) set_undef(in);
}

/* Load/store single data item (A6.3.7-A6.3.10)
 *  hw1: 1  1  1  1  1  0  0 |S|U|size |L|    Rn     |   (U here: imm12 form)
 *  hw2: |    Rt     |               imm12               |   [Rn, #imm12]
 *       |    Rt     | 1 |P|U|W|        imm8          |   [Rn, #+/-imm8]{!}, post; 1110 = xxxT
 *       |    Rt     | 0  0  0  0  0  0 |sh|    Rm     |   [Rn, Rm, LSL #sh]
 *  Rn = pc (loads only): literal, U = hw1[7]. Byte/halfword loads to the PC
 *  are PLD/PLI/unallocated hints: NOPs. */
static void t32_ldst_single(struct insn *in, uint32_t h1, uint32_t h2) {
    static const uint8_t ldops[2][3] = { { OP_LDRB, OP_LDRH, OP_LDR },
                                         { OP_LDRSB, OP_LDRSH, 0 } };
    static const uint8_t stops[3] = { OP_STRB, OP_STRH, OP_STR };
    uint32_t sgn = BIT(h1, 8), size = BITS(h1, 6, 5), l = BIT(h1, 4);
    uint32_t rn = BITS(h1, 3, 0), rt = BITS(h2, 15, 12);
    if (size == 3 || (sgn && (!l || size == 2))) {
        set_undef(in);
        return;
    }
    int op = l ? ldops[sgn][size] : stops[size];
    int hint = l && rt == 15 && size != 2;
    if (rn == 15) {
        if (!l) {
            set_undef(in);
            return;
        }
        mem_lit(in, op, rt, BITS(h2, 11, 0), BIT(h1, 7));
    } else if (BIT(h1, 7)) {
        mem_imm(in, op, rt, rn, BITS(h2, 11, 0), F_P | F_U);
    } else if (BIT(h2, 11)) {
        uint32_t puw = BITS(h2, 10, 8);
        if (!(puw & 5) || ((puw & 1) && (rn == rt || hint))) { /* P=0 W=0; writeback to Rt */
            set_undef(in);
            return;
        }
        if (puw == 6 && hint) { /* LDRBT/LDRHT to pc */
            set_undef(in);
            return;
        }
        mem_imm(in, op, rt, rn, BITS(h2, 7, 0),
                (puw & 4 ? F_P : F_W) | (puw & 2 ? F_U : 0) | (puw & 1 ? F_W : 0));
    } else if (BITS(h2, 10, 6) == 0) {
        if (sp_or_pc(BITS(h2, 3, 0))) {
            set_undef(in);
            return;
        }
        mem_reg(in, op, rt, rn, BITS(h2, 3, 0), BITS(h2, 5, 4));
    } else {
        set_undef(in);
        return;
    }
    if (hint) set_nop(in);
}

/* Data processing (register) (A6.3.12) and its sub-tables
 *  hw1: 1  1  1  1  1  0  1  0 |    op1    |    Rn     |
 *  hw2: 1  1  1  1 |    Rd     |    op2    |    Rm     |
 *  op1 0tts, op2 0000: LSL/LSR/ASR/ROR Rd, Rn, Rm (type tt, S s)
 *  op1 0xxx, op2 1xrr: SXTAH UXTAH SXTAB16 UXTAB16 SXTAB UXTAB (Rn=pc: no add)
 *  op1 1ooo, op2 0upp: parallel add/sub (u unsigned, pp S/Q/SH)
 *  op1 10oo, op2 10pp: QADD QDADD QSUB QDSUB / REV REV16 RBIT REVSH / SEL / CLZ */
static void t32_dp_reg(struct insn *in, uint32_t h1, uint32_t h2) {
    static const uint8_t extops[6] = { OP_SXTH, OP_UXTH, OP_SXTB16, OP_UXTB16, OP_SXTB, OP_UXTB };
    static const uint8_t miscops[4][4] = {
        { OP_QADD, OP_QDADD, OP_QSUB, OP_QDSUB },
        { OP_REV, OP_REV16, OP_RBIT, OP_REVSH },
        { OP_SEL, 0, 0, 0 },
        { OP_CLZ, 0, 0, 0 },
    };
    /* T32 parallel op (hw1[6:4]) to the A32 op2 numbering of ops.def. */
    static const int8_t parops[8] = { 4, 0, 1, -1, 7, 3, 2, -1 };
    uint32_t op1 = BITS(h1, 7, 4), op2 = BITS(h2, 7, 4);
    uint32_t rn = BITS(h1, 3, 0), rd = BITS(h2, 11, 8), rm = BITS(h2, 3, 0);
    if (BITS(h2, 15, 12) != 15 || rd == 15 || rm == 15) {
        set_undef(in);
        return;
    }
    in->rd = rd;
    in->rn = rn;
    in->rm = rm;
    if (!BIT(op1, 3)) {
        if (op2 == 0) {
            if (rn == 15) {
                set_undef(in);
                return;
            }
            shift_regreg(in, rd, rn, rm, BITS(op1, 2, 1), BIT(op1, 0));
        } else if (BIT(op2, 3) && !BIT(op2, 2) && op1 < 6) {
            in->op = extops[op1];
            if (rn == 15) in->rn = R_ZERO;
            in->shamt = BITS(h2, 5, 4) * 8;
        } else {
            set_undef(in);
        }
        return;
    }
    if (rn == 15) {
        set_undef(in);
        return;
    }
    if (!BIT(op2, 3)) {
        int opc = parops[BITS(op1, 2, 0)], pre = BITS(op2, 1, 0);
        if (opc < 0 || pre == 3) {
            set_undef(in);
            return;
        }
        in->op = OP_PARALLEL;
        in->imm = (uint32_t)((BIT(op2, 2) ? 5 : 1) + pre) << 3 | opc;
        return;
    }
    int op = BITS(op1, 3, 2) == 2 && BITS(op2, 3, 2) == 2 ? miscops[BITS(op1, 1, 0)][BITS(op2, 1, 0)] : 0;
    if (!op) {
        set_undef(in);
        return;
    }
    in->op = op;
    if (op == OP_QADD || op == OP_QSUB || op == OP_QDADD || op == OP_QDSUB || op == OP_SEL)
        return;
    /* One-operand forms encode Rm twice (hw1 Rn must match). */
    if (rn != rm) {
        set_undef(in);
        return;
    }
    in->rn = R_ZERO;
}

/* Multiply, multiply accumulate, absolute difference (A6.3.16)
 *  hw1: 1  1  1  1  1  0  1  1  0 |  op1   |    Rn     |
 *  hw2: |    Ra     |    Rd     | 0  0 |op2 |    Rm     |
 *  op1 000: MUL/MLA (op2 00), MLS (01)   001: SMLA<x><y> / SMUL<x><y>
 *      010: SMLAD/SMUAD  011: SMLAW<y>/SMULW<y>  100: SMLSD/SMUSD
 *      101: SMMLA/SMMUL  110: SMMLS  111: USADA8/USAD8.  Ra = pc: no accumulate. */
static void t32_mul(struct insn *in, uint32_t h1, uint32_t h2) {
    static const uint8_t acc[8] = { OP_MLA, OP_SMLAXY, OP_SMLAD, OP_SMLAWY,
                                    OP_SMLSD, OP_SMMLA, OP_SMMLS, OP_USADA8 };
    static const uint8_t noacc[8] = { OP_MUL, OP_SMULXY, OP_SMUAD, OP_SMULWY,
                                      OP_SMUSD, OP_SMMUL, 0, OP_USAD8 };
    uint32_t op1 = BITS(h1, 6, 4), op2 = BITS(h2, 5, 4);
    uint32_t rn = BITS(h1, 3, 0), ra = BITS(h2, 15, 12), rd = BITS(h2, 11, 8), rm = BITS(h2, 3, 0);
    if (BITS(h2, 7, 6) || rd == 15 || rn == 15 || rm == 15) {
        set_undef(in);
        return;
    }
    in->rd = rd;
    in->rn = rn;
    in->rm = rm;
    in->ra = ra == 15 ? R_ZERO : ra;
    switch (op1) {
    case 0:
        if (op2 == 1) {
            in->op = ra == 15 ? OP_UNDEF : OP_MLS;
        } else if (op2 == 0) {
            in->op = ra == 15 ? OP_MUL : OP_MLA;
        } else {
            in->op = OP_UNDEF;
        }
        break;
    case 1: /* shamt bit 0: N (top of rn), bit 1: M (top of rm) */
        in->op = ra == 15 ? noacc[op1] : acc[op1];
        in->shamt = BIT(op2, 1) | BIT(op2, 0) << 1;
        break;
    case 3: /* SMLAW<y>: shamt bit 1 = M */
        if (BIT(op2, 1)) {
            in->op = OP_UNDEF;
            break;
        }
        in->op = ra == 15 ? noacc[op1] : acc[op1];
        in->shamt = BIT(op2, 0) << 1;
        break;
    case 7:
        in->op = op2 ? OP_UNDEF : ra == 15 ? noacc[op1] : acc[op1];
        break;
    default: /* dual and most-significant-word: shamt bit 0 = X or R */
        if (BIT(op2, 1)) {
            in->op = OP_UNDEF;
            break;
        }
        in->op = ra == 15 ? noacc[op1] : acc[op1];
        if (!in->op) in->op = OP_UNDEF; /* SMMLS with Ra = pc */
        in->shamt = BIT(op2, 0);
        break;
    }
    if (in->op == OP_UNDEF) set_undef(in);
}

/* Long multiply, long multiply accumulate, divide (A6.3.17)
 *  hw1: 1  1  1  1  1  0  1  1  1 |  op1   |    Rn     |
 *  hw2: |   RdLo    |   RdHi    |    op2    |    Rm     |
 *  000/0000 SMULL  001/1111 SDIV  010/0000 UMULL  011/1111 UDIV
 *  100/0000 SMLAL  100/10nm SMLAL<x><y>  100/110x SMLALD  101/110x SMLSLD
 *  110/0000 UMLAL  110/0110 UMAAL */
static void t32_mul_long(struct insn *in, uint32_t h1, uint32_t h2) {
    uint32_t op1 = BITS(h1, 6, 4), op2 = BITS(h2, 7, 4);
    uint32_t rn = BITS(h1, 3, 0), lo = BITS(h2, 15, 12), hi = BITS(h2, 11, 8), rm = BITS(h2, 3, 0);
    int op = 0;
    if (rn == 15 || rm == 15 || hi == 15) {
        set_undef(in);
        return;
    }
    in->rn = rn;
    in->rm = rm;
    if ((op1 == 1 || op1 == 3) && op2 == 15) { /* SDIV/UDIV Rd, Rn, Rm; hw2[15:12] = 1111 */
        if (lo != 15) {
            set_undef(in);
            return;
        }
        in->op = op1 == 1 ? OP_SDIV : OP_UDIV;
        in->rd = hi;
        in->ra = R_ZERO;
        return;
    }
    switch (op1 << 4 | op2) {
    case 0x00: op = OP_SMULL; break;
    case 0x20: op = OP_UMULL; break;
    case 0x40: op = OP_SMLAL; break;
    case 0x60: op = OP_UMLAL; break;
    case 0x66: op = OP_UMAAL; break;
    case 0x48: case 0x49: case 0x4a: case 0x4b:
        op = OP_SMLALXY;
        in->shamt = BIT(op2, 1) | BIT(op2, 0) << 1;
        break;
    case 0x4c: case 0x4d: op = OP_SMLALD; in->shamt = BIT(op2, 0); break;
    case 0x5c: case 0x5d: op = OP_SMLSLD; in->shamt = BIT(op2, 0); break;
    }
    if (!op || lo == 15 || lo == hi) {
        set_undef(in);
        return;
    }
    in->op = op;
    in->rd = lo;
    in->ra = hi;
}

/* Coprocessor space (A6.3.18): only MRC/MCR p15, 0, Rt, c13, c0, {2,3}.
 *  hw1: 1  1  1  0  1  1  1  0 | opc1  |L|    CRn    |
 *  hw2: |    Rt     | 1  1  1  1 | opc2 | 1 |    CRm    | */
static void t32_coproc(struct insn *in, uint32_t h1, uint32_t h2) {
    uint32_t rt = BITS(h2, 15, 12), opc2 = BITS(h2, 7, 5);
    int l = BIT(h1, 4);
    if (!MATCH(h1, 0xffef, 0xee0d) || !MATCH(h2, 0x0f1f, 0x0f10) || rt == 15 || rt == 13 ||
        opc2 < 2 || opc2 > 3 || (!l && opc2 != 2)) {
        set_undef(in);
        return;
    }
    in->op = l ? OP_MRC : OP_MCR;
    in->rd = rt;
    in->rn = in->rm = R_ZERO;
    in->shamt = opc2;
}

/* VFP and Advanced SIMD: the T32 encodings are the A32 ones with other top
 * bits, so they are rewritten to their A32 form and decoded once:
 *   111U 1111 xxxx xxxx  ->  1111 001U xxxx xxxx   (SIMD data processing)
 *   1111 1001 xxx0 xxxx  ->  1111 0100 xxx0 xxxx   (SIMD element load/store)
 *   1110 11xx xxxx xxxx  ->  1110 11xx xxxx xxxx   (VFP, cond AL; IT gives the cond)
 * Returns 1 if one of those decoders took the instruction. */
static int t32_simd(struct insn *in, uint32_t h1, uint32_t h2) {
    uint32_t low = (h1 & 0xff) << 16 | h2;
    if ((h1 & 0xef00) == 0xef00)
        return decode_neon(in->pc, 0xf2000000 | (h1 >> 12 & 1) << 24 | low, 1, in);
    if ((h1 & 0xff10) == 0xf900) return decode_neon(in->pc, 0xf4000000 | low, 1, in);
    if ((h1 & 0xfc00) == 0xec00) {
        uint32_t w = 0xe0000000 | (h1 & 0xfff) << 16 | h2;
        if ((h1 & 0xff00) == 0xee00 && decode_neon(in->pc, w, 1, in)) return 1; /* VDUP (core) */
        return decode_vfp(in->pc, w, 1, in);
    }
    return 0;
}

/* 32-bit instructions: table A6-9. */
static void decode32(struct insn *in, uint32_t h1, uint32_t h2) {
    if (t32_simd(in, h1, h2)) return;
    switch (BITS(h1, 12, 11)) {
    case 1:
        if (MATCH(h1, 0x0640, 0x0000))
            t32_ldm_stm(in, h1, h2);
        else if (MATCH(h1, 0x0640, 0x0040))
            t32_dual_excl(in, h1, h2);
        else if (MATCH(h1, 0x0600, 0x0200))
            t32_dp_shifted(in, h1, h2);
        else
            t32_coproc(in, h1, h2);
        break;
    case 2:
        if (BIT(h2, 15))
            t32_branch_misc(in, h1, h2);
        else if (BIT(h1, 9))
            t32_dp_plainimm(in, h1, h2);
        else
            t32_dp_modimm(in, h1, h2);
        break;
    case 3:
        if (BIT(h1, 10))
            t32_coproc(in, h1, h2);
        else if (MATCH(h1, 0x0710, 0x0000) || (MATCH(h1, 0x0610, 0x0010) && BITS(h1, 6, 5) != 3))
            t32_ldst_single(in, h1, h2);
        else if (MATCH(h1, 0x0700, 0x0200))
            t32_dp_reg(in, h1, h2);
        else if (MATCH(h1, 0x0780, 0x0300))
            t32_mul(in, h1, h2);
        else if (MATCH(h1, 0x0780, 0x0380))
            t32_mul_long(in, h1, h2);
        else
            set_undef(in); /* SIMD element load/store, 00xx111 */
        break;
    default:
        set_undef(in);
        break;
    }
}

void decode_t32(uint32_t pc, uint32_t word, uint8_t it, struct insn *in) {
    uint32_t h1 = word & 0xffff, h2 = word >> 16;
    memset(in, 0, sizeof *in);
    in->pc = pc;
    in->it = it;
    in->flags = F_THUMB;
    in->cond = it ? it_cond(it) : COND_AL;
    if (h1 >= 0xe800) {
        in->len = 4;
        in->word = h1 << 16 | h2;
        decode32(in, h1, h2);
    } else {
        in->len = 2;
        in->word = h1;
        decode16(in, h1);
    }
}
