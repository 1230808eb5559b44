/* A small x86-64 assembler for the translator: one function per
 * instruction form it uses, writing into a byte buffer. Operand size is
 * 32 bits unless a name says otherwise (q: 64 bits, b: 8, w: 16).
 *
 * Memory operands are struct xmem: base + index * scale + disp (index -1:
 * none). Registers use the hardware numbering (X_RAX = 0 ... X_R15 = 15). */
#ifndef JIT_X86_H
#define JIT_X86_H

#include <stdint.h>
#include <string.h>

enum {
    X_RAX,
    X_RCX,
    X_RDX,
    X_RBX,
    X_RSP,
    X_RBP,
    X_RSI,
    X_RDI,
    X_R8,
    X_R9,
    X_R10,
    X_R11,
    X_R12,
    X_R13,
    X_R14,
    X_R15,
};

/* Condition codes (the low nibble of Jcc/SETcc/CMOVcc). */
enum {
    XC_O,
    XC_NO,
    XC_B,
    XC_AE,
    XC_E,
    XC_NE,
    XC_BE,
    XC_A,
    XC_S,
    XC_NS,
    XC_P,
    XC_NP,
    XC_L,
    XC_GE,
    XC_LE,
    XC_G,
};

/* ALU operations: the /digit of opcodes 0x81/0x83, and opcode = digit * 8 + 1
 * for "r/m op= reg", + 3 for "reg op= r/m". */
enum { XA_ADD, XA_OR, XA_ADC, XA_SBB, XA_AND, XA_SUB, XA_XOR, XA_CMP };

/* Shifts: the /digit of 0xc1/0xd1/0xd3. */
enum { XS_ROL, XS_ROR, XS_RCL, XS_RCR, XS_SHL, XS_SHR, XS_SAL, XS_SAR };

struct xbuf {
    uint8_t *p;     /* next byte */
    uint8_t *start; /* where the buffer starts (RW view) */
    uint8_t *end;   /* its end; writing stops there and `full` is set */
    int64_t delta;  /* executable address - writable address */
    int full;
};

struct xmem {
    int base, index, scale;
    int32_t disp;
};

static inline struct xmem xm(int base, int32_t disp) { return (struct xmem){base, -1, 1, disp}; }
static inline struct xmem xmi(int base, int index, int scale, int32_t disp) {
    return (struct xmem){base, index, scale, disp};
}

static inline void x_byte(struct xbuf *b, unsigned v) {
    if (b->p < b->end)
        *b->p++ = (uint8_t)v;
    else
        b->full = 1;
}
static inline void x_u32(struct xbuf *b, uint32_t v) {
    for (int i = 0; i < 4; i++)
        x_byte(b, v >> (8 * i));
}
static inline void x_u64(struct xbuf *b, uint64_t v) {
    x_u32(b, (uint32_t)v);
    x_u32(b, (uint32_t)(v >> 32));
}
/* The executable address of the next byte. */
static inline uint64_t x_here(const struct xbuf *b) { return (uint64_t)(b->p + b->delta); }

/* REX prefix: w 64-bit operand, r/x/b the high bits of reg, index, base.
 * `byteregs`: an 8-bit operand names spl/bpl/sil/dil (needs a REX). */
static inline void x_rex(struct xbuf *b, int w, int reg, int index, int base, int byteregs) {
    unsigned v = 0x40 | (w ? 8 : 0) | (reg & 8 ? 4 : 0) | (index >= 0 && (index & 8) ? 2 : 0) |
                 (base & 8 ? 1 : 0);
    if (v != 0x40 || byteregs) x_byte(b, v);
}

static inline void x_modrm_reg(struct xbuf *b, int reg, int rm) {
    x_byte(b, 0xc0 | (reg & 7) << 3 | (rm & 7));
}

static inline void x_modrm_mem(struct xbuf *b, int reg, struct xmem m) {
    int mod = m.disp == 0 && (m.base & 7) != X_RBP ? 0 : m.disp == (int8_t)m.disp ? 1 : 2;
    if (m.index < 0 && (m.base & 7) != X_RSP) {
        x_byte(b, mod << 6 | (reg & 7) << 3 | (m.base & 7));
    } else {
        int ss = m.scale == 8 ? 3 : m.scale == 4 ? 2 : m.scale == 2 ? 1 : 0;
        int idx = m.index < 0 ? X_RSP : m.index; /* rsp: no index */
        x_byte(b, mod << 6 | (reg & 7) << 3 | 4);
        x_byte(b, ss << 6 | (idx & 7) << 3 | (m.base & 7));
    }
    if (mod == 1)
        x_byte(b, (uint8_t)m.disp);
    else if (mod == 2)
        x_u32(b, (uint32_t)m.disp);
}

/* op reg, r/m (register form): opcode bytes, then ModRM. */
static inline void x_op_rr(struct xbuf *b, int w, unsigned opc, int reg, int rm) {
    x_rex(b, w, reg, -1, rm, 0);
    if (opc > 0xff) x_byte(b, opc >> 8);
    x_byte(b, opc & 0xff);
    x_modrm_reg(b, reg, rm);
}
static inline void x_op_rm(struct xbuf *b, int w, unsigned opc, int reg, struct xmem m) {
    x_rex(b, w, reg, m.index, m.base, 0);
    if (opc > 0xff) x_byte(b, opc >> 8);
    x_byte(b, opc & 0xff);
    x_modrm_mem(b, reg, m);
}

/* ---- moves ---- */
static inline void x_mov_rr(struct xbuf *b, int dst, int src) {
    if (dst != src) x_op_rr(b, 0, 0x89, src, dst);
}
static inline void x_movq_rr(struct xbuf *b, int dst, int src) { x_op_rr(b, 1, 0x89, src, dst); }
static inline void x_load(struct xbuf *b, int dst, struct xmem m) { x_op_rm(b, 0, 0x8b, dst, m); }
static inline void x_store(struct xbuf *b, struct xmem m, int src) { x_op_rm(b, 0, 0x89, src, m); }
static inline void x_loadq(struct xbuf *b, int dst, struct xmem m) { x_op_rm(b, 1, 0x8b, dst, m); }
static inline void x_storeq(struct xbuf *b, struct xmem m, int src) { x_op_rm(b, 1, 0x89, src, m); }
static inline void x_mov_ri(struct xbuf *b, int dst, uint32_t imm) {
    x_rex(b, 0, 0, -1, dst, 0);
    x_byte(b, 0xb8 + (dst & 7));
    x_u32(b, imm);
}
static inline void x_movq_ri(struct xbuf *b, int dst, uint64_t imm) {
    x_rex(b, 1, 0, -1, dst, 0);
    x_byte(b, 0xb8 + (dst & 7));
    x_u64(b, imm);
}
static inline void x_store_i(struct xbuf *b, struct xmem m, uint32_t imm) {
    x_op_rm(b, 0, 0xc7, 0, m);
    x_u32(b, imm);
}
static inline void x_storeb_i(struct xbuf *b, struct xmem m, uint8_t imm) {
    x_op_rm(b, 0, 0xc6, 0, m);
    x_byte(b, imm);
}
static inline void x_storeq_i(struct xbuf *b, struct xmem m, int32_t imm) {
    x_op_rm(b, 1, 0xc7, 0, m);
    x_u32(b, (uint32_t)imm);
}
/* Zero- and sign-extending loads, narrow stores. */
static inline void x_movzxb(struct xbuf *b, int dst, struct xmem m) {
    x_op_rm(b, 0, 0x0fb6, dst, m);
}
static inline void x_movzxw(struct xbuf *b, int dst, struct xmem m) {
    x_op_rm(b, 0, 0x0fb7, dst, m);
}
static inline void x_movsxb(struct xbuf *b, int dst, struct xmem m) {
    x_op_rm(b, 0, 0x0fbe, dst, m);
}
static inline void x_movsxw(struct xbuf *b, int dst, struct xmem m) {
    x_op_rm(b, 0, 0x0fbf, dst, m);
}
static inline void x_movzxb_rr(struct xbuf *b, int dst, int src) {
    x_rex(b, 0, dst, -1, src, src >= 4 && src < 8);
    x_byte(b, 0x0f);
    x_byte(b, 0xb6);
    x_modrm_reg(b, dst, src);
}
static inline void x_movzxw_rr(struct xbuf *b, int dst, int src) {
    x_op_rr(b, 0, 0x0fb7, dst, src);
}
static inline void x_movsxb_rr(struct xbuf *b, int dst, int src) {
    x_rex(b, 0, dst, -1, src, src >= 4 && src < 8);
    x_byte(b, 0x0f);
    x_byte(b, 0xbe);
    x_modrm_reg(b, dst, src);
}
static inline void x_movsxw_rr(struct xbuf *b, int dst, int src) {
    x_op_rr(b, 0, 0x0fbf, dst, src);
}
static inline void x_storeb(struct xbuf *b, struct xmem m, int src) {
    x_rex(b, 0, src, m.index, m.base, src >= 4 && src < 8);
    x_byte(b, 0x88);
    x_modrm_mem(b, src, m);
}
static inline void x_storew(struct xbuf *b, struct xmem m, int src) {
    x_byte(b, 0x66);
    x_op_rm(b, 0, 0x89, src, m);
}
static inline void x_lea(struct xbuf *b, int dst, struct xmem m) { x_op_rm(b, 0, 0x8d, dst, m); }
static inline void x_leaq(struct xbuf *b, int dst, struct xmem m) { x_op_rm(b, 1, 0x8d, dst, m); }

/* ---- arithmetic ---- */
static inline void x_alu_rr(struct xbuf *b, int op, int dst, int src) {
    x_op_rr(b, 0, op * 8 + 1, src, dst);
}
static inline void x_alu_rm(struct xbuf *b, int op, int dst, struct xmem m) {
    x_op_rm(b, 0, op * 8 + 3, dst, m);
}
static inline void x_alu_mr(struct xbuf *b, int op, struct xmem m, int src) {
    x_op_rm(b, 0, op * 8 + 1, src, m);
}
static inline void x_alu_ri(struct xbuf *b, int op, int dst, uint32_t imm) {
    if ((int32_t)imm == (int8_t)imm) {
        x_op_rr(b, 0, 0x83, op, dst);
        x_byte(b, imm);
    } else {
        x_op_rr(b, 0, 0x81, op, dst);
        x_u32(b, imm);
    }
}
static inline void x_alu_mi(struct xbuf *b, int op, struct xmem m, uint32_t imm) {
    if ((int32_t)imm == (int8_t)imm) {
        x_op_rm(b, 0, 0x83, op, m);
        x_byte(b, imm);
    } else {
        x_op_rm(b, 0, 0x81, op, m);
        x_u32(b, imm);
    }
}
static inline void x_aluq_ri(struct xbuf *b, int op, int dst, int32_t imm) {
    x_op_rr(b, 1, 0x81, op, dst);
    x_u32(b, (uint32_t)imm);
}
static inline void x_test_rr(struct xbuf *b, int a, int c) { x_op_rr(b, 0, 0x85, c, a); }
static inline void x_test_ri(struct xbuf *b, int a, uint32_t imm) {
    x_op_rr(b, 0, 0xf7, 0, a);
    x_u32(b, imm);
}
static inline void x_testb_ri(struct xbuf *b, int a, uint8_t imm) { /* a < 4: al, cl, dl, bl */
    if (a == X_RAX) {
        x_byte(b, 0xa8);
    } else {
        x_rex(b, 0, 0, -1, a, a >= 4 && a < 8);
        x_byte(b, 0xf6);
        x_modrm_reg(b, 0, a);
    }
    x_byte(b, imm);
}
static inline void x_cmp_mi(struct xbuf *b, struct xmem m, uint32_t imm) {
    x_alu_mi(b, XA_CMP, m, imm);
}
/* shlx dst, src, cnt (BMI2): a shift that leaves EFLAGS alone. */
static inline void x_shlx(struct xbuf *b, int dst, int src, int cnt) {
    x_byte(b, 0xc4);
    x_byte(b, (uint8_t)((dst < 8) << 7 | 1 << 6 | (src < 8) << 5 | 0x02));
    x_byte(b, (uint8_t)((~cnt & 15) << 3 | 0x01));
    x_byte(b, 0xf7);
    x_byte(b, (uint8_t)(0xc0 | (dst & 7) << 3 | (src & 7)));
}
static inline void x_not(struct xbuf *b, int r) { x_op_rr(b, 0, 0xf7, 2, r); }
static inline void x_neg(struct xbuf *b, int r) { x_op_rr(b, 0, 0xf7, 3, r); }
static inline void x_shift_ri(struct xbuf *b, int op, int r, unsigned n) {
    x_op_rr(b, 0, 0xc1, op, r);
    x_byte(b, n);
}
static inline void x_shift_cl(struct xbuf *b, int op, int r) { x_op_rr(b, 0, 0xd3, op, r); }
static inline void x_shiftq_ri(struct xbuf *b, int op, int r, unsigned n) {
    x_op_rr(b, 1, 0xc1, op, r);
    x_byte(b, n);
}
static inline void x_imul_rr(struct xbuf *b, int dst, int src) { x_op_rr(b, 0, 0x0faf, dst, src); }
static inline void x_imulq_rr(struct xbuf *b, int dst, int src) { x_op_rr(b, 1, 0x0faf, dst, src); }
static inline void x_bswap(struct xbuf *b, int r) {
    x_rex(b, 0, 0, -1, r, 0);
    x_byte(b, 0x0f);
    x_byte(b, 0xc8 + (r & 7));
}
static inline void x_bsr(struct xbuf *b, int dst, int src) { x_op_rr(b, 0, 0x0fbd, dst, src); }
/* bt r/m32, imm8 (CF = the bit) */
static inline void x_bt_mi(struct xbuf *b, struct xmem m, unsigned bit) {
    x_op_rm(b, 0, 0x0fba, 4, m);
    x_byte(b, bit);
}
static inline void x_bt_ri(struct xbuf *b, int r, unsigned bit) {
    x_op_rr(b, 0, 0x0fba, 4, r);
    x_byte(b, bit);
}
static inline void x_cmc(struct xbuf *b) { x_byte(b, 0xf5); }
static inline void x_mfence(struct xbuf *b) {
    x_byte(b, 0x0f);
    x_byte(b, 0xae);
    x_byte(b, 0xf0);
}
/* setcc r8 (rax..rbx, or ah/ch via 4/5 without REX) */
static inline void x_setcc(struct xbuf *b, int cc, int r8) {
    x_byte(b, 0x0f);
    x_byte(b, 0x90 + cc);
    x_byte(b, 0xc0 | (r8 & 7));
}
static inline void x_setcc_m(struct xbuf *b, int cc, struct xmem m) {
    x_op_rm(b, 0, 0x0f90 + cc, 0, m);
}
static inline void x_cmov_rr(struct xbuf *b, int cc, int dst, int src) {
    x_op_rr(b, 0, 0x0f40 + cc, dst, src);
}

/* ---- control ---- */
static inline void x_push(struct xbuf *b, int r) {
    x_rex(b, 0, 0, -1, r, 0);
    x_byte(b, 0x50 + (r & 7));
}
static inline void x_pop(struct xbuf *b, int r) {
    x_rex(b, 0, 0, -1, r, 0);
    x_byte(b, 0x58 + (r & 7));
}
static inline void x_pushf(struct xbuf *b) { x_byte(b, 0x9c); }
static inline void x_popf(struct xbuf *b) { x_byte(b, 0x9d); }
static inline void x_ret(struct xbuf *b) { x_byte(b, 0xc3); }
/* jrcxz over the next `skip` bytes (EFLAGS untouched). */
static inline void x_jrcxz(struct xbuf *b, uint8_t skip) {
    x_byte(b, 0xe3);
    x_byte(b, skip);
}
static inline void x_call_r(struct xbuf *b, int r) { x_op_rr(b, 0, 0xff, 2, r); }
static inline void x_jmp_r(struct xbuf *b, int r) { x_op_rr(b, 0, 0xff, 4, r); }
static inline void x_jmp_m(struct xbuf *b, struct xmem m) { x_op_rm(b, 0, 0xff, 4, m); }

/* A jump or call with a 32-bit displacement to an executable address;
 * returns the position of the displacement (for later patching). */
static inline uint8_t *x_jmp(struct xbuf *b, uint64_t target) {
    x_byte(b, 0xe9);
    uint8_t *at = b->p;
    x_u32(b, (uint32_t)(target - (x_here(b) + 4)));
    return at;
}
static inline uint8_t *x_jcc(struct xbuf *b, int cc, uint64_t target) {
    x_byte(b, 0x0f);
    x_byte(b, 0x80 + cc);
    uint8_t *at = b->p;
    x_u32(b, (uint32_t)(target - (x_here(b) + 4)));
    return at;
}
static inline void x_call(struct xbuf *b, uint64_t target) {
    x_byte(b, 0xe8);
    x_u32(b, (uint32_t)(target - (x_here(b) + 4)));
}
/* Points the displacement at `at` (written by x_jmp/x_jcc) to `target`. */
static inline void x_patch(struct xbuf *b, uint8_t *at, uint64_t target) {
    if (b->full) return;
    int32_t rel = (int32_t)(target - ((uint64_t)(at + b->delta) + 4));
    memcpy(at, &rel, 4);
}
/* Pads with NOPs until the address after `extra` more bytes is a multiple
 * of 4 (so a following jump's displacement can be rewritten atomically). */
static inline void x_align_disp(struct xbuf *b, int extra) {
    while ((x_here(b) + extra) & 3)
        x_byte(b, 0x90);
}

/* ---- SSE (scalar floating point) ---- */
static inline void x_sse_rm(struct xbuf *b, unsigned prefix, unsigned opc, int xr, struct xmem m) {
    if (prefix) x_byte(b, prefix);
    x_rex(b, 0, xr, m.index, m.base, 0);
    x_byte(b, 0x0f);
    x_byte(b, opc);
    x_modrm_mem(b, xr, m);
}
static inline void x_sse_rr(struct xbuf *b, unsigned prefix, unsigned opc, int xd, int xs) {
    if (prefix) x_byte(b, prefix);
    x_rex(b, 0, xd, -1, xs, 0);
    x_byte(b, 0x0f);
    x_byte(b, opc);
    x_modrm_reg(b, xd, xs);
}
/* 66 0F 38 xx (SSSE3/SSE4.1) register form. */
static inline void x_sse38_rr(struct xbuf *b, unsigned opc, int xd, int xs) {
    x_byte(b, 0x66);
    x_rex(b, 0, xd, -1, xs, 0);
    x_byte(b, 0x0f);
    x_byte(b, 0x38);
    x_byte(b, opc);
    x_modrm_reg(b, xd, xs);
}
/* The same with REX.W (64-bit general register operand). */
static inline void x_sse_rrw(struct xbuf *b, unsigned prefix, unsigned opc, int xd, int xs) {
    if (prefix) x_byte(b, prefix);
    x_rex(b, 1, xd, -1, xs, 0);
    x_byte(b, 0x0f);
    x_byte(b, opc);
    x_modrm_reg(b, xd, xs);
}

#endif
