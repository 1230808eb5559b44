/* Decoded instruction records: what the A32 and T32 decoders produce and the
 * execution tiers (interpreter, JIT; later the disassembler and gdb stub)
 * consume.
 *
 * Both instruction sets decode into the same semantic operations (ops.def,
 * vfp.def, neon.def), each with one complete implementation (exec_insn) that
 * the tiers specialise where it pays. Decoders normalise register fields,
 * expand immediates, pre-decode shifts and resolve PC-relative literal
 * addresses. The per-block analysis (analyse.c) then writes facts on the
 * records: flags read, written and live, block ends, fusion. */
#ifndef ARM_INSN_H
#define ARM_INSN_H

#include <stdint.h>

enum op {
#define X(name, str, attrs) OP_##name,
#include "arm/ops.def"
#include "arm/vfp.def"
#include "arm/neon.def"
#undef X
    OP_COUNT
};

extern const char *const op_names[OP_COUNT];

/* Attributes of an operation: the third column of the .def lists. */
#define A_END 0x001   /* always ends a block (branches, SVC, BKPT, undefined) */
#define A_WRD 0x002   /* writes the core register rd (r15: a branch) */
#define A_WLIST 0x004 /* writes the core registers listed in imm (LDM) */
#define A_MEM 0x008   /* accesses memory: may fault */
#define A_LOGIC 0x010 /* data processing, logical: F_S sets N, Z, C from the shifter */
#define A_ARITH 0x020 /* data processing, arithmetic: F_S sets N, Z, C, V */
#define A_TEST 0x040  /* sets its flags without F_S, writes no register */
#define A_RC 0x080    /* reads C (ADC, SBC, RSC) */
#define A_MULS 0x100  /* F_S sets N and Z (multiplies) */
#define A_RFL 0x200   /* reads N, Z, C, V (MRS) */
#define A_WFL 0x400   /* may write N, Z, C, V (MSR; VMRS to APSR_nzcv) */
#define A_FP 0x800    /* VFP or NEON */
#define A_WRA 0x1000  /* also writes the core register ra (long multiplies, LDRD) */

extern const uint16_t op_attrs[OP_COUNT];

/* Condition codes (insn.cond). */
enum { COND_EQ, COND_NE, COND_CS, COND_CC, COND_MI, COND_PL, COND_VS, COND_VC,
       COND_HI, COND_LS, COND_GE, COND_LT, COND_GT, COND_LE, COND_AL };

/* Shift types (insn.shtype). Decoders normalise immediate shifts:
 * LSR #0 and ASR #0 encodings become amount 32, ROR #0 becomes SH_RRX,
 * LSL #0 stays LSL #0 (no shift, carry unchanged). */
enum { SH_LSL, SH_LSR, SH_ASR, SH_ROR, SH_RRX };

/* Operand kinds (insn.opk). */
enum {
    OPK_IMM,    /* operand is imm; carry-out in insn.carry */
    OPK_REG,    /* operand is r[rm] shifted by shtype/shamt */
    OPK_REGREG, /* operand is r[rm] shifted by shtype, amount = r[rs] & 0xff */
};

/* insn.carry for OPK_IMM data-processing: the shifter carry-out. */
enum { CARRY_0 = 0, CARRY_1 = 1, CARRY_KEEP = 2 };

/* insn.flags */
#define F_S 0x01      /* set condition flags */
#define F_P 0x02      /* pre-indexed (address = base +/- offset before access) */
#define F_U 0x04      /* add offset (else subtract) */
#define F_W 0x08      /* write the address back to rn */
#define F_ENDS 0x10   /* may change control flow: ends the block (set by analyse.c) */
#define F_THUMB 0x20  /* instruction is T32/T16 (PC reads as insn + 4, ALU writes of PC do not interwork) */

struct insn {
    uint16_t op;    /* enum op */
    uint8_t cond;   /* COND_*; COND_AL for unconditional */
    uint8_t len;    /* 2 or 4 bytes */
    uint8_t flags;  /* F_* */
    uint8_t rd, rn, rm, ra; /* see ops.def for each operation's use; 0..15 or R_ZERO */
    uint8_t rs;     /* shift register for OPK_REGREG */
    uint8_t opk;    /* OPK_* */
    uint8_t shtype; /* SH_* */
    uint8_t shamt;  /* shift amount 0..32, or a small operand (lsb, rotation, mask) */
    uint8_t carry;  /* CARRY_* for OPK_IMM */
    uint8_t it;     /* ITSTATE in effect for this instruction (T32 in an IT block), else 0 */
    /* Facts of the block analysis (analyse.c), NZCV masks (FL_*): */
    uint8_t fl_rd;   /* flags read (the condition included) */
    uint8_t fl_wr;   /* flags it may write */
    uint8_t fl_live; /* flags live after it: read later in the block, or at its end */
    uint8_t fact;    /* FACT_* */
    uint32_t imm;   /* immediate, offset, register list or branch target */
    uint32_t pc;    /* guest address of this instruction */
    uint32_t word;  /* raw encoding (T32: hw1 << 16 | hw2; T16: hw) for diagnostics */
};

/* NZCV masks of the facts. */
enum { FL_V = 1, FL_C = 2, FL_Z = 4, FL_N = 8, FL_ALL = 15 };

/* insn.fact */
#define FACT_FUSE 0x01 /* a compare (CMP, SUBS) whose flags the conditional branch after it reads */
#define FACT_DEAD 0x02 /* every flag it writes is overwritten before anything reads it */
#define FACT_BARRIER 0x04 /* may fault or leave the block: every flag counts as live after it */

/* Maximum instructions per block. */
#define BLOCK_MAX 64

/* Decode one instruction at guest address pc. `word` is the A32 word, or for
 * T32 the first halfword in bits 0..15 and the next halfword in bits 16..31.
 * `it` is the ITSTATE in effect (T32 only). Fills *in (in->len tells how many
 * bytes were consumed). Undefined and unpredictable-by-design encodings decode
 * to OP_UNDEF; never touches CPU state. */
void decode_a32(uint32_t pc, uint32_t word, struct insn *in);
void decode_t32(uint32_t pc, uint32_t word, uint8_t it, struct insn *in);
/* Advanced SIMD (decode_neon.c): decodes `a32_word` (A32 form; T32 callers convert 111U 1111 -> 1111 001U, 1111 1001 -> 1111 0100) into *in (pc, len, word, cond already set by the caller); returns 1 if it was a NEON encoding. */
int decode_neon(uint32_t pc, uint32_t a32_word, int thumb, struct insn *in);
/* VFP (decode_vfp.c): same contract for the coprocessor 10/11 space, cond
 * != 1111 (T32 callers pass 0xe0000000 | (hw1 & 0xfff) << 16 | hw2 for hw1 =
 * 1110 11xx xxxx xxxx, keeping in->cond from IT); returns 1 if it was VFP. */
int decode_vfp(uint32_t pc, uint32_t a32_word, int thumb, struct insn *in);

/* ITSTATE after executing one instruction in an IT block (ARM ARM ITAdvance). */
static inline uint8_t it_advance(uint8_t it) {
    if ((it & 7) == 0) return 0;
    return (it & 0xe0) | ((it << 1) & 0x1f);
}

/* Condition of the current instruction under ITSTATE `it` (nonzero). */
static inline uint8_t it_cond(uint8_t it) { return it >> 4; }

#endif
