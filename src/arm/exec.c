/* The interpreter tier: runs decoded blocks on a struct cpu.
 *
 * When a block is made, exec_attach turns its struct insn records into
 * uops: each names the handler specialised for that instruction
 * (operation, operand form, flag setting or not, condition) with its
 * operands expanded, so the hot path does no decoding: a handler does its
 * work, advances to the next uop and jumps to its handler (threaded code,
 * GCC computed goto). Conditional instructions get a skip uop in front
 * (branches test their condition themselves); a compare the analysis
 * marked FACT_FUSE becomes one uop with its branch; the IT instruction (a
 * NOP here) and dead compares disappear; flag writes marked FACT_DEAD are
 * not computed. Anything without a specialised handler, and the rare
 * cases of one, run through exec_insn (exec_insn.c). Blocks end by
 * following a link to the next block (chaining); only a block not decoded
 * yet, or hot (for the JIT), returns to cpu_run. docs/performance.md has
 * the measurements.
 *
 * Flags are kept as cpu.h describes (nf, zf, cf, vf words), which makes
 * the common producers a few stores and each condition one or two tests.
 *
 * Faults: a handler that accesses memory first sets r[15] to its
 * architectural PC, and changes state only after the access, so a host
 * fault (which siglongjmps out of here) leaves the instruction
 * restartable and cpu_run finds the faulting instruction. */
#include "arm/exec.h"

#include <string.h>

#include <errno.h>
#include <stdlib.h>

#include "arm/alu.h"
#include "arm/analyse.h"
#include "arm/block.h"
#include "arm/fpu.h"
#include "mem/guest.h"

/* The interpreter's form of an instruction: the address of the handler
 * specialised for it (operand form, flag setting, condition chosen once)
 * and its operands, expanded. */
struct uop {
    const void *h; /* handler (a label in exec_run) */
    union {
        struct {
            uint8_t d, n, m, x; /* registers; x: shift amount, count, carry... */
            uint32_t imm;
        };
        const struct insn *in; /* the generic handler: the decoded insn */
    };
    uint32_t pc;  /* r[15] as this instruction reads it (insn + 8 or + 4);
                     a fused compare-and-branch: the compare's immediate */
    uint32_t aux; /* a second immediate (fall-through address of a branch) */
};

/* Upper bound of the uops exec_build makes for n instructions. */
#define EXEC_UOPS_MAX(n) (2 * (n) + 2)

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

/* ---- The handlers ----
 *
 * Data-processing handlers exist for each operation in each operand form
 * (the F_* order below: immediate, register, register shifted by a constant
 * 1..31 LSL/LSR/ASR/ROR, and for flag-setting logical ops an immediate that
 * keeps C), without and with flag setting (_s). Everything else that is
 * common has its own handler; the rest goes through `generic`. */
enum { FM_I, FM_R, FM_LSL, FM_LSR, FM_ASR, FM_ROR, FM_IK };

#define FORMS6(X, p) X(p##_i) X(p##_r) X(p##_lsl) X(p##_lsr) X(p##_asr) X(p##_ror)
#define FORMS7(X, p) FORMS6(X, p) X(p##_ik)
#define CONDS(X, p)                                                                                \
    X(p##_eq) X(p##_ne) X(p##_cs) X(p##_cc) X(p##_mi) X(p##_pl) X(p##_vs) X(p##_vc) X(p##_hi)     \
        X(p##_ls) X(p##_ge) X(p##_lt) X(p##_gt) X(p##_le)
#define LDST(X, p) X(p##_i) X(p##_r) X(p##_pre) X(p##_post)

#define HANDLERS(X)                                                                                \
    X(generic) X(end) X(end_it)                                                                    \
    FORMS6(X, and) FORMS7(X, and_s) FORMS6(X, eor) FORMS7(X, eor_s)                                \
    FORMS6(X, orr) FORMS7(X, orr_s) FORMS6(X, bic) FORMS7(X, bic_s)                                \
    FORMS6(X, orn) FORMS7(X, orn_s) FORMS6(X, mov) FORMS7(X, mov_s)                                \
    FORMS6(X, mvn) FORMS7(X, mvn_s)                                                                \
    FORMS6(X, add) FORMS6(X, add_s) FORMS6(X, sub) FORMS6(X, sub_s)                                \
    FORMS6(X, rsb) FORMS6(X, rsb_s) FORMS6(X, adc) FORMS6(X, adc_s)                                \
    FORMS6(X, sbc) FORMS6(X, sbc_s) FORMS6(X, rsc) FORMS6(X, rsc_s)                                \
    FORMS7(X, tst) FORMS7(X, teq) FORMS6(X, cmp) FORMS6(X, cmn)                                    \
    X(movt) X(mul) X(mla) X(uxtb) X(uxth) X(sxtb) X(sxth)                                         \
    LDST(X, ldr) LDST(X, ldrb) LDST(X, ldrh) LDST(X, ldrsb) LDST(X, ldrsh)                        \
    LDST(X, str) LDST(X, strb) LDST(X, strh)                                                       \
    X(mov_rr_lsl) X(mov_rr_lsr) X(mov_rr_asr) X(mov_rr_ror) X(mov_s_rr)                            \
    X(b) X(bl) X(bx) X(blx) X(blxi) X(cbz) X(cbnz) X(tbb) X(tbh) X(ldr_pc)                        \
    X(vadd64) X(vsub64) X(vmul64) X(vdiv64) X(vmla64) X(vmov64)                                    \
    X(vadd32) X(vsub32) X(vmul32) X(vdiv32) X(vmla32) X(vmov32)                                    \
    X(vldr64) X(vldr32) X(vstr64) X(vstr32) X(vmls64) X(vmls32) X(vsqrt64) X(vsqrt32)              \
    X(vldm) X(vstm) X(ldm) X(stm) X(sbfx) X(ubfx) X(clz) X(rev)                                    \
    X(vld1) X(vst1) X(add_pc)                                                                      \
    CONDS(X, skip) CONDS(X, bcc) CONDS(X, cmpi_b) CONDS(X, cmpr_b) CONDS(X, subi_b)               \
    CONDS(X, cmpi_s) CONDS(X, cmpr_s)

enum {
#define X(name) H_##name,
    HANDLERS(X)
#undef X
    H_COUNT
};

/* Label addresses, taken by exec_run itself (only it may). */
static const void *const *htab;

/* Operands of the forms. */
#define OP2_i (u->imm)
#define OP2_ik (u->imm)
#define OP2_r (r[u->m])
#define OP2_lsl (r[u->m] << u->x)
#define OP2_lsr (r[u->m] >> u->x)
#define OP2_asr ((uint32_t)((int32_t)r[u->m] >> u->x))
#define OP2_ror (r[u->m] >> u->x | r[u->m] << (32 - u->x))
/* Shifter carry-out of the forms (logical ops with flags). */
#define CO_i (c->cf = u->x)
#define CO_ik ((void)0)
#define CO_r ((void)0)
#define CO_lsl (c->cf = r[u->m] >> (32 - u->x) & 1)
#define CO_lsr (c->cf = r[u->m] >> (u->x - 1) & 1)
#define CO_asr CO_lsr
#define CO_ror (c->cf = b >> 31)

/* Conditions on the flags (cpu.h): N = nf bit 31, Z = (zf == ~0), C = cf, V = vf bit 31. */
#define Z_SET (c->zf == ~0u)
#define CC_eq Z_SET
#define CC_ne (!Z_SET)
#define CC_cs (c->cf != 0)
#define CC_cc (c->cf == 0)
#define CC_mi ((int32_t)c->nf < 0)
#define CC_pl ((int32_t)c->nf >= 0)
#define CC_vs ((int32_t)c->vf < 0)
#define CC_vc ((int32_t)c->vf >= 0)
#define CC_hi (c->cf != 0 && !Z_SET)
#define CC_ls (c->cf == 0 || Z_SET)
#define CC_ge ((int32_t)(c->nf ^ c->vf) >= 0)
#define CC_lt ((int32_t)(c->nf ^ c->vf) < 0)
#define CC_gt (!Z_SET && (int32_t)(c->nf ^ c->vf) >= 0)
#define CC_le (Z_SET || (int32_t)(c->nf ^ c->vf) < 0)
/* The same conditions after CMP a, b (res = a - b), without reading the flags back. */
#define CB_eq (a == b)
#define CB_ne (a != b)
#define CB_cs (a >= b)
#define CB_cc (a < b)
#define CB_mi ((int32_t)res < 0)
#define CB_pl ((int32_t)res >= 0)
#define CB_vs ((int32_t)((a ^ b) & (a ^ res)) < 0)
#define CB_vc ((int32_t)((a ^ b) & (a ^ res)) >= 0)
#define CB_hi (a > b)
#define CB_ls (a <= b)
#define CB_ge ((int32_t)a >= (int32_t)b)
#define CB_lt ((int32_t)a < (int32_t)b)
#define CB_gt ((int32_t)a > (int32_t)b)
#define CB_le ((int32_t)a <= (int32_t)b)
#define EACH_COND(Y, p)                                                                            \
    Y(p, eq) Y(p, ne) Y(p, cs) Y(p, cc) Y(p, mi) Y(p, pl) Y(p, vs) Y(p, vc) Y(p, hi) Y(p, ls)     \
        Y(p, ge) Y(p, lt) Y(p, gt) Y(p, le)

/* N and Z from a result (cpu.h). */
#define SET_NZ(res)                                                                                \
    do {                                                                                           \
        uint32_t nz_ = (res);                                                                      \
        c->nf = nz_;                                                                               \
        c->zf = ~nz_;                                                                              \
    } while (0)

#define NEXT()                                                                                     \
    do {                                                                                           \
        u++;                                                                                       \
        goto *u->h;                                                                                \
    } while (0)

/* Logical: no flags, and N, Z (and C from the shifter) with flags. */
#define LOGIC_NOS(op, E, f)                                                                        \
    h_##op##_##f : {                                                                               \
        uint32_t a = r[u->n], b = OP2_##f;                                                         \
        (void)a;                                                                                   \
        r[u->d] = (E);                                                                             \
        NEXT();                                                                                    \
    }
#define LOGIC_S(op, E, f)                                                                          \
    h_##op##_s_##f : {                                                                             \
        uint32_t a = r[u->n], b = OP2_##f;                                                         \
        (void)a;                                                                                   \
        CO_##f;                                                                                    \
        uint32_t res = (E);                                                                        \
        r[u->d] = res;                                                                             \
        SET_NZ(res);                                                                       \
        NEXT();                                                                                    \
    }
#define LOGIC_TEST(op, E, f)                                                                       \
    h_##op##_##f : {                                                                               \
        uint32_t a = r[u->n], b = OP2_##f;                                                         \
        CO_##f;                                                                                    \
        SET_NZ(E);                                                                       \
        NEXT();                                                                                    \
    }
#define LOGIC(op, E)                                                                               \
    LOGIC_NOS(op, E, i) LOGIC_NOS(op, E, r) LOGIC_NOS(op, E, lsl) LOGIC_NOS(op, E, lsr)            \
    LOGIC_NOS(op, E, asr) LOGIC_NOS(op, E, ror)                                                    \
    LOGIC_S(op, E, i) LOGIC_S(op, E, ik) LOGIC_S(op, E, r) LOGIC_S(op, E, lsl)                     \
    LOGIC_S(op, E, lsr) LOGIC_S(op, E, asr) LOGIC_S(op, E, ror)
#define TEST(op, E)                                                                                \
    LOGIC_TEST(op, E, i) LOGIC_TEST(op, E, ik) LOGIC_TEST(op, E, r) LOGIC_TEST(op, E, lsl)         \
    LOGIC_TEST(op, E, lsr) LOGIC_TEST(op, E, asr) LOGIC_TEST(op, E, ror)

/* Arithmetic: x + y + cin as AddWithCarry. FLAGS_ADD/FLAGS_SUB are the
 * cheaper forms for cin 0 (add) and 1 (subtract: x + ~y + 1 = x - y). */
#define ARITH_NOS(op, E, f)                                                                        \
    h_##op##_##f : {                                                                               \
        uint32_t a = r[u->n], b = OP2_##f;                                                         \
        r[u->d] = (E);                                                                             \
        NEXT();                                                                                    \
    }
#define ARITH_S(op, F, f)                                                                          \
    h_##op##_s_##f : {                                                                             \
        uint32_t a = r[u->n], b = OP2_##f;                                                         \
        r[u->d] = F(a, b);                                                                         \
        NEXT();                                                                                    \
    }
#define ARITH_TEST(op, F, f)                                                                       \
    h_##op##_##f : {                                                                               \
        uint32_t a = r[u->n], b = OP2_##f;                                                         \
        F(a, b);                                                                                   \
        NEXT();                                                                                    \
    }
#define FORMS_OF(M, op, E)                                                                         \
    M(op, E, i) M(op, E, r) M(op, E, lsl) M(op, E, lsr) M(op, E, asr) M(op, E, ror)
#define ARITH(op, E, F) FORMS_OF(ARITH_NOS, op, E) FORMS_OF(ARITH_S, op, F)

/* Each stores the flags and yields the result. */
#define FL_ADD(x, y)                                                                               \
    ({                                                                                             \
        uint32_t x_ = (x), y_ = (y), r_ = x_ + y_;                                                 \
        SET_NZ(r_);                                                                        \
        c->cf = r_ < x_;                                                                           \
        c->vf = (x_ ^ r_) & (y_ ^ r_);                                                             \
        r_;                                                                                        \
    })
#define FL_SUB(x, y)                                                                               \
    ({                                                                                             \
        uint32_t x_ = (x), y_ = (y), r_ = x_ - y_;                                                 \
        SET_NZ(r_);                                                                        \
        c->cf = x_ >= y_;                                                                          \
        c->vf = (x_ ^ y_) & (x_ ^ r_);                                                             \
        r_;                                                                                        \
    })
#define FL_ADC(x, y)                                                                               \
    ({                                                                                             \
        uint32_t x_ = (x), y_ = (y);                                                               \
        uint64_t s_ = (uint64_t)x_ + y_ + c->cf;                                                   \
        uint32_t r_ = (uint32_t)s_;                                                                \
        SET_NZ(r_);                                                                        \
        c->cf = (uint32_t)(s_ >> 32);                                                              \
        c->vf = (x_ ^ r_) & (y_ ^ r_);                                                             \
        r_;                                                                                        \
    })
#define FL_RSB(x, y) FL_SUB(y, x)
#define FL_SBC(x, y) FL_ADC(x, ~(y))
#define FL_RSC(x, y) FL_ADC(y, ~(x))

#define LD_I(name, LOAD)                                                                           \
    h_##name##_i : {                                                                               \
        r[15] = u->pc;                                                                             \
        uint32_t v_ = LOAD(r[u->n] + u->imm);                                                      \
        r[u->d] = v_;                                                                              \
        NEXT();                                                                                    \
    }                                                                                              \
    h_##name##_r : {                                                                               \
        r[15] = u->pc;                                                                             \
        uint32_t v_ = LOAD(r[u->n] + (r[u->m] << u->x));                                           \
        r[u->d] = v_;                                                                              \
        NEXT();                                                                                    \
    }                                                                                              \
    h_##name##_pre : {                                                                             \
        r[15] = u->pc;                                                                             \
        uint32_t a_ = r[u->n] + u->imm, v_ = LOAD(a_);                                             \
        r[u->n] = a_;                                                                              \
        r[u->d] = v_;                                                                              \
        NEXT();                                                                                    \
    }                                                                                              \
    h_##name##_post : {                                                                            \
        r[15] = u->pc;                                                                             \
        uint32_t a_ = r[u->n], v_ = LOAD(a_);                                                      \
        r[u->n] = a_ + u->imm;                                                                     \
        r[u->d] = v_;                                                                              \
        NEXT();                                                                                    \
    }
#define ST_I(name, STORE)                                                                          \
    h_##name##_i : {                                                                               \
        r[15] = u->pc;                                                                             \
        STORE(r[u->n] + u->imm, r[u->d]);                                                          \
        NEXT();                                                                                    \
    }                                                                                              \
    h_##name##_r : {                                                                               \
        r[15] = u->pc;                                                                             \
        STORE(r[u->n] + (r[u->m] << u->x), r[u->d]);                                               \
        NEXT();                                                                                    \
    }                                                                                              \
    h_##name##_pre : {                                                                             \
        r[15] = u->pc;                                                                             \
        uint32_t a_ = r[u->n] + u->imm;                                                            \
        STORE(a_, r[u->d]);                                                                        \
        r[u->n] = a_;                                                                              \
        NEXT();                                                                                    \
    }                                                                                              \
    h_##name##_post : {                                                                            \
        r[15] = u->pc;                                                                             \
        uint32_t a_ = r[u->n];                                                                     \
        STORE(a_, r[u->d]);                                                                        \
        r[u->n] = a_ + u->imm;                                                                     \
        NEXT();                                                                                    \
    }
#define LD_S8(a) ((uint32_t)(int8_t)ld8(a))
#define LD_S16(a) ((uint32_t)(int16_t)ld16(a))
#define ST_8(a, v) st8(a, (uint8_t)(v))
#define ST_16(a, v) st16(a, (uint16_t)(v))

#define SKIP(p, cc)                                                                                \
    h_skip_##cc : u += CC_##cc ? 1 : u->x;                                                         \
    goto *u->h;
#define BCC(p, cc)                                                                                 \
    h_bcc_##cc : if (CC_##cc) {                                                                    \
        r[15] = u->imm;                                                                            \
        goto chain_jump;                                                                           \
    }                                                                                              \
    r[15] = u->aux;                                                                                \
    goto chain_fall;
#define CMPB(p, cc)                                                                                \
    h_cmpi_b_##cc : b = u->pc; /* the compare's immediate */                                     \
    goto cmpb_##cc;                                                                                \
    h_cmpr_b_##cc : b = r[u->m];                                                                   \
    cmpb_##cc : a = r[u->n];                                                                       \
    res = FL_SUB(a, b);                                                                            \
    if (CB_##cc) {                                                                                 \
        r[15] = u->imm;                                                                            \
        goto chain_jump;                                                                           \
    }                                                                                              \
    r[15] = u->aux;                                                                                \
    goto chain_fall;

/* CMP and the skip uop of the conditional instructions right after it
 * (CMP; IT; ...): x is the skip distance. */
#define CMPS(p, cc)                                                                                \
    h_cmpi_s_##cc : b = u->imm;                                                                    \
    goto cmps_##cc;                                                                                \
    h_cmpr_s_##cc : b = r[u->m];                                                                   \
    cmps_##cc : a = r[u->n];                                                                       \
    res = FL_SUB(a, b);                                                                            \
    u += CB_##cc ? 1 : u->x;                                                                       \
    goto *u->h;

/* SUBS rd, rn, #imm and the branch: a loop counter. */
#define SUBB(p, cc)                                                                                \
    h_subi_b_##cc : a = r[u->n];                                                                   \
    b = u->pc;                                                                                     \
    res = FL_SUB(a, b);                                                                            \
    r[u->d] = res;                                                                                 \
    if (CB_##cc) {                                                                                 \
        r[15] = u->imm;                                                                            \
        goto chain_jump;                                                                           \
    }                                                                                              \
    r[15] = u->aux;                                                                                \
    goto chain_fall;

/* The insn of block b whose uops have this pc field (insn + 8 or + 4). */
static const struct insn *insn_at(const struct block *b, uint32_t pc) {
    pc -= b->key & 1 ? 4 : 8;
    for (int i = 0; i < b->n - 1; i++)
        if (b->insns[i].pc == pc) return &b->insns[i];
    return &b->insns[b->n - 1];
}

/* A block whose links are always empty: stands in for the running block
 * when chaining is off, so a branch simply returns. */
static struct block no_links;

/* Runs block blk and, if `chain`, its successors (see exec_chain). Called
 * once with c == NULL to publish the handler addresses in htab.
 * No SLP vectorisation: GCC would gather the four flag stores into one
 * vector store, shuffles included, which costs more than it saves. */
__attribute__((optimize("no-tree-slp-vectorize"))) static int
exec_run(struct cpu *c, struct block *blk, int chain, struct block *volatile *cur,
         struct block **next) {
    static const void *const labels[H_COUNT] = {
#define X(name) &&h_##name,
        HANDLERS(X)
#undef X
    };
    if (!c) {
        htab = labels;
        return 0;
    }
    uint32_t *const r = c->r;
    struct block *cb = blk;                      /* the running block */
    struct block *lb = chain ? blk : &no_links; /* whose links to follow */
    const struct uop *u = blk->uops;
    struct block *nb;
    uint32_t key, a, b;
    /* Locals of the generic handler and the fused compares. */
    const struct insn *in;
    uint32_t res = 0;
    int why;

    if (c->stop_request) {
        c->itstate = blk->insns[0].it; /* nonzero only for a block resumed inside an IT block */
        return EXIT_INTERRUPT;
    }
    goto *u->h;

    /* ---- data processing ---- */
    LOGIC(and, a & b)
    LOGIC(eor, a ^ b)
    LOGIC(orr, a | b)
    LOGIC(bic, a & ~b)
    LOGIC(orn, a | ~b)
    LOGIC(mov, b)
    LOGIC(mvn, ~b)
    TEST(tst, a & b)
    TEST(teq, a ^ b)
    ARITH(add, a + b, FL_ADD)
    ARITH(sub, a - b, FL_SUB)
    ARITH(rsb, b - a, FL_RSB)
    ARITH(adc, a + b + c->cf, FL_ADC)
    ARITH(sbc, a + ~b + c->cf, FL_SBC)
    ARITH(rsc, b + ~a + c->cf, FL_RSC)
    FORMS_OF(ARITH_TEST, cmp, FL_SUB)
    FORMS_OF(ARITH_TEST, cmn, FL_ADD)
    EACH_COND(CMPB, _)
    EACH_COND(SUBB, _)
    EACH_COND(CMPS, _)
h_mov_rr_lsl: /* MOV rd, rm, <shift> rs (x = rs) */
    a = r[u->x] & 0xff;
    r[u->d] = a < 32 ? r[u->m] << a : 0;
    NEXT();
h_mov_rr_lsr:
    a = r[u->x] & 0xff;
    r[u->d] = a < 32 ? r[u->m] >> a : 0;
    NEXT();
h_mov_rr_asr:
    a = r[u->x] & 0xff;
    r[u->d] = (uint32_t)((int32_t)r[u->m] >> (a < 32 ? a : 31));
    NEXT();
h_mov_rr_ror:
    a = r[u->x] & 31;
    r[u->d] = r[u->m] >> a | r[u->m] << (-a & 31);
    NEXT();
h_mov_s_rr: { /* the same setting N, Z, C (imm = shift type) */
    unsigned co;
    res = Shift_C(r[u->m], u->imm, r[u->x] & 0xff, c->cf, &co);
    r[u->d] = res;
    c->cf = co;
    SET_NZ(res);
    NEXT();
}
h_movt:
    r[u->d] = u->imm | (r[u->d] & 0xffff);
    NEXT();
h_mul:
    r[u->d] = r[u->n] * r[u->m];
    NEXT();
h_mla:
    r[u->d] = r[u->n] * r[u->m] + r[u->x];
    NEXT();
h_uxtb:
    r[u->d] = r[u->n] + ((r[u->m] >> u->x | r[u->m] << (-u->x & 31)) & 0xff);
    NEXT();
h_uxth:
    r[u->d] = r[u->n] + ((r[u->m] >> u->x | r[u->m] << (-u->x & 31)) & 0xffff);
    NEXT();
h_sxtb:
    r[u->d] = r[u->n] + (uint32_t)(int8_t)(r[u->m] >> u->x | r[u->m] << (-u->x & 31));
    NEXT();
h_sxth:
    r[u->d] = r[u->n] + (uint32_t)(int16_t)(r[u->m] >> u->x | r[u->m] << (-u->x & 31));
    NEXT();

    /* ---- loads and stores ---- */
    LD_I(ldr, ld32)
    LD_I(ldrb, ld8)
    LD_I(ldrh, ld16)
    LD_I(ldrsb, LD_S8)
    LD_I(ldrsh, LD_S16)
    ST_I(str, st32)
    ST_I(strb, ST_8)
    ST_I(strh, ST_16)

    /* ---- conditions and branches ---- */
    EACH_COND(SKIP, _)
    EACH_COND(BCC, _)
h_b:
    r[15] = u->imm;
    goto chain_jump;
h_bl:
    r[14] = u->aux | (u->x & 1);
    r[15] = u->imm;
    goto chain_jump;
h_bx:
    a = r[u->m];
    c->thumb = a & 1;
    r[15] = a & (a & 1 ? ~1u : ~3u);
    goto chain_taken;
h_blx:
    a = r[u->m];
    r[14] = u->aux | (u->x & 1);
    c->thumb = a & 1;
    r[15] = a & (a & 1 ? ~1u : ~3u);
    goto chain_taken;
h_cbz:
    if (r[u->n] == 0) {
        r[15] = u->imm;
        goto chain_jump;
    }
    r[15] = u->aux;
    goto chain_fall;
h_cbnz:
    if (r[u->n] != 0) {
        r[15] = u->imm;
        goto chain_jump;
    }
    r[15] = u->aux;
    goto chain_fall;
h_blxi: /* to the other instruction set */
    r[14] = u->aux | (u->x & 1);
    c->thumb = !(u->x & 1);
    r[15] = u->imm;
    goto chain_jump;
h_tbb: /* r15 + 2 * byte at rn + rm (n may be R_ZERO with the base in imm) */
    r[15] = u->pc;
    r[15] = u->pc + 2 * ld8(r[u->n] + u->imm + r[u->m]);
    goto chain_taken;
h_tbh:
    r[15] = u->pc;
    r[15] = u->pc + 2 * ld16(r[u->n] + u->imm + 2 * r[u->m]);
    goto chain_taken;
h_ldr_pc: /* LDR pc, [rn, #imm] with x: bit 0 pre-indexed, bit 1 write-back */
    r[15] = u->pc;
    a = r[u->n] + u->imm;
    b = ld32(u->x & 1 ? a : r[u->n]);
    if (u->x & 2) r[u->n] = a;
    c->thumb = b & 1;
    r[15] = b & (b & 1 ? ~1u : ~3u);
    goto chain_taken;
    /* ---- VFP: the common operations without simd_exec's dispatch ---- */
#define VFP_DP(name, W, EXPR)                                                                      \
    h_##name##W : {                                                                                \
        if (c->fpscr & FPSCR_LEN_STRIDE) goto bail; /* UNDEF */                                    \
        uint##W##_t n_ = VR##W[u->n], m_ = VR##W[u->m];                                            \
        (void)n_;                                                                                  \
        VR##W[u->d] = (EXPR);                                                                      \
        NEXT();                                                                                    \
    }
#define VR64 c->vfp.d
#define VR32 c->vfp.s
    VFP_DP(vadd, 64, fpu_add64(n_, m_, &c->fpscr))
    VFP_DP(vsub, 64, fpu_sub64(n_, m_, &c->fpscr))
    VFP_DP(vmul, 64, fpu_mul64(n_, m_, &c->fpscr))
    VFP_DP(vdiv, 64, fpu_div64(n_, m_, &c->fpscr))
    VFP_DP(vmla, 64, fpu_add64(VR64[u->d], fpu_mul64(n_, m_, &c->fpscr), &c->fpscr))
    VFP_DP(vmov, 64, m_)
    VFP_DP(vadd, 32, fpu_add32(n_, m_, &c->fpscr))
    VFP_DP(vsub, 32, fpu_sub32(n_, m_, &c->fpscr))
    VFP_DP(vmul, 32, fpu_mul32(n_, m_, &c->fpscr))
    VFP_DP(vdiv, 32, fpu_div32(n_, m_, &c->fpscr))
    VFP_DP(vmla, 32, fpu_add32(VR32[u->d], fpu_mul32(n_, m_, &c->fpscr), &c->fpscr))
    VFP_DP(vmov, 32, m_)
    VFP_DP(vmls, 64, fpu_add64(VR64[u->d], fpu_neg64(fpu_mul64(n_, m_, &c->fpscr)), &c->fpscr))
    VFP_DP(vmls, 32, fpu_add32(VR32[u->d], fpu_neg32(fpu_mul32(n_, m_, &c->fpscr)), &c->fpscr))
    VFP_DP(vsqrt, 64, fpu_sqrt64(m_, &c->fpscr))
    VFP_DP(vsqrt, 32, fpu_sqrt32(m_, &c->fpscr))
h_vldm: /* d: first register, x: count, imm: bytes spanned, m: 1 up, 2 write-back, 4 double */
    r[15] = u->pc;
    a = r[u->n];
    b = u->m & 1 ? a : a - u->imm;
    if (b & 3) goto bail;
    if (u->m & 4) {
        uint64_t t[16];
        for (unsigned i = 0; i < u->x; i++) t[i] = ld64(b + 8 * i);
        for (unsigned i = 0; i < u->x; i++) c->vfp.d[u->d + i] = t[i];
    } else {
        uint32_t t[32];
        for (unsigned i = 0; i < u->x; i++) t[i] = ld32(b + 4 * i);
        for (unsigned i = 0; i < u->x; i++) c->vfp.s[u->d + i] = t[i];
    }
    if (u->m & 2) r[u->n] = u->m & 1 ? a + u->imm : a - u->imm;
    NEXT();
h_vstm:
    r[15] = u->pc;
    a = r[u->n];
    b = u->m & 1 ? a : a - u->imm;
    if (b & 3) goto bail;
    if (u->m & 4)
        for (unsigned i = 0; i < u->x; i++) st64(b + 8 * i, c->vfp.d[u->d + i]);
    else
        for (unsigned i = 0; i < u->x; i++) st32(b + 4 * i, c->vfp.s[u->d + i]);
    if (u->m & 2) r[u->n] = u->m & 1 ? a + u->imm : a - u->imm;
    NEXT();
h_ldm: { /* imm: list, d: count, aux: start - base, x: write-back delta, m: 1 write-back */
    uint32_t vals[16], list = u->imm;
    r[15] = u->pc;
    a = r[u->n];
    b = a + u->aux;
    if (b & 3) goto bail;
    for (uint32_t l = list; l; l &= l - 1, b += 4) vals[__builtin_ctz(l)] = ld32(b);
    if (u->m & 1) r[u->n] = a + (uint32_t)(int32_t)(int8_t)u->x;
    for (uint32_t l = list & 0x7fff; l; l &= l - 1) r[__builtin_ctz(l)] = vals[__builtin_ctz(l)];
    if (list & 0x8000) {
        a = vals[15];
        c->thumb = a & 1;
        r[15] = a & (a & 1 ? ~1u : ~3u);
        goto chain_taken;
    }
    NEXT();
}
h_stm: /* as h_ldm; rn is not in the list (else generic) */
    r[15] = u->pc;
    a = r[u->n];
    b = a + u->aux;
    if (b & 3) goto bail;
    for (uint32_t l = u->imm; l; l &= l - 1, b += 4) st32(b, r[__builtin_ctz(l)]);
    if (u->m & 1) r[u->n] = a + (uint32_t)(int32_t)(int8_t)u->x;
    NEXT();
h_vld1: { /* VLD1 (multiple): x registers from d; aux: alignment mask; then
           * rn += imm + r[m] (both 0 without write-back) */
    uint64_t t[4];
    r[15] = u->pc;
    a = r[u->n];
    if (a & u->aux) goto bail;
    memcpy(t, g2h(a), 8 * u->x);
    memcpy(&c->vfp.d[u->d], t, 8 * u->x);
    r[u->n] = a + u->imm + r[u->m];
    NEXT();
}
h_vst1:
    r[15] = u->pc;
    a = r[u->n];
    if (a & u->aux) goto bail;
    memcpy(g2h(a), &c->vfp.d[u->d], 8 * u->x);
    r[u->n] = a + u->imm + r[u->m];
    NEXT();
h_add_pc: /* ADD pc, pc, rm (A32 jump tables) / ADD pc, rm (T16); x: Thumb */
    a = u->pc + r[u->m];
    if (u->x)
        r[15] = a & ~1u;
    else {
        c->thumb = a & 1;
        r[15] = a & (a & 1 ? ~1u : ~3u);
    }
    goto chain_taken;
h_sbfx: /* x: lsb, imm: width */
    r[u->d] = (uint32_t)((int32_t)(r[u->n] << (32 - u->x - u->imm)) >> (32 - u->imm));
    NEXT();
h_ubfx:
    r[u->d] = (r[u->n] >> u->x) & (uint32_t)(~0ull >> (64 - u->imm));
    NEXT();
h_clz:
    a = r[u->m];
    r[u->d] = a ? (uint32_t)__builtin_clz(a) : 32;
    NEXT();
h_rev:
    r[u->d] = __builtin_bswap32(r[u->m]);
    NEXT();
h_vldr64:
    r[15] = u->pc;
    a = r[u->n] + u->imm;
    if (a & 3) goto bail; /* alignment fault */
    c->vfp.d[u->d] = ld64(a);
    NEXT();
h_vldr32:
    r[15] = u->pc;
    a = r[u->n] + u->imm;
    if (a & 3) goto bail;
    c->vfp.s[u->d] = ld32(a);
    NEXT();
h_vstr64:
    r[15] = u->pc;
    a = r[u->n] + u->imm;
    if (a & 3) goto bail;
    st64(a, c->vfp.d[u->d]);
    NEXT();
h_vstr32:
    r[15] = u->pc;
    a = r[u->n] + u->imm;
    if (a & 3) goto bail;
    st32(a, c->vfp.s[u->d]);
    NEXT();

h_end:
    r[15] = u->imm;
    goto chain_fall;
h_end_it: /* the block stopped inside an IT block: cpu_run resumes it */
    r[15] = u->imm;
    c->itstate = u->x;
    return 0;

    /* ---- chaining: r[15] and c->thumb name the next block ---- */
chain_fall: /* to the fall-through: a link in slot 0 can only be that block */
    nb = __atomic_load_n(&lb->link[0], __ATOMIC_ACQUIRE);
    if (nb) goto enter;
    key = r[15] | c->thumb;
    goto chain_miss;
chain_jump: /* a direct branch taken: a link in slot 1 can only be its target */
    nb = __atomic_load_n(&lb->link[1], __ATOMIC_ACQUIRE);
    if (nb) goto enter;
    key = r[15] | c->thumb;
    goto chain_miss;
chain_taken: /* an indirect branch: links are hints, checked by key */
    key = r[15] | c->thumb;
    nb = __atomic_load_n(&lb->link[1], __ATOMIC_ACQUIRE);
    if (nb && nb->key == key) goto enter;
    nb = __atomic_load_n(&lb->link[0], __ATOMIC_ACQUIRE);
    if (nb && nb->key == key) goto enter;
chain_miss:
    /* Not linked (an indirect branch with many targets, say): the cache
     * lookup is lock-free; only a block not decoded yet needs cpu_run. The
     * new link is a hint like any other. */
    if (lb == &no_links || !(nb = block_find(key))) return 0;
    block_link(lb, nb);
enter:
    if (--nb->heat < 0) { /* hot or translated: cpu_run hands it to the JIT */
        *next = nb;
        return 0;
    }
    *cur = cb = lb = nb;
    if (c->stop_request) return EXIT_INTERRUPT;
    u = nb->uops;
    goto *u->h;

    /* ---- everything else: the generic handler, on the insn itself ---- */
bail:
    /* A specialised handler met a rare case: the generic handler does it,
     * on the insn found by address. */
    in = insn_at(cb, u->pc);
    goto generic;
h_generic:
    in = u->in;
generic:
    why = exec_insn(c, in);
    if (why == 0) NEXT();
    if (why == EXEC_BRANCH) goto chain_taken;
    return why;
}

__attribute__((constructor)) static void exec_init(void) { exec_run(NULL, NULL, 0, NULL, NULL); }

int exec_chain(struct cpu *c, struct block *b, struct block *volatile *cur, int chain,
               struct block **next) {
    return exec_run(c, b, chain, cur, next);
}

static int exec_build(struct block *b);

int exec_block(struct cpu *c, const struct insn *insns, int n) {
    enum { MAXN = BLOCK_MAX + 8 };
    struct uop uops[EXEC_UOPS_MAX(MAXN)];
    struct insn tmp_insns[MAXN];
    struct block tmp = {0}, *b = &tmp, *next;
    struct block *volatile cur = b;
    if (n < 1 || n > MAXN) return EXIT_UNDEF;
    b->key = insns[0].pc | !!(insns[0].flags & F_THUMB);
    b->end = insns[n - 1].pc + insns[n - 1].len;
    b->n = n;
    b->insns = tmp_insns;
    b->uops = uops;
    memcpy(b->insns, insns, n * sizeof *insns);
    block_analyse(b->insns, n, FL_ALL);
    exec_build(b);
    return exec_run(c, b, 0, &cur, &next);
}

int exec_attach(struct block *b) {
    struct uop tmp[EXEC_UOPS_MAX(BLOCK_MAX + 8)];
    b->uops = tmp;
    size_t used = (size_t)exec_build(b) * sizeof(struct uop);
    b->uops = malloc(used);
    if (!b->uops) return -ENOMEM;
    memcpy(b->uops, tmp, used);
    return 0;
}

void exec_release(struct block *b) {
    free(b->uops);
    b->uops = NULL;
}

/* ---- Building the uops of a block ---- */

/* The operand form of a data-processing insn (FM_*), or -1 if it has none
 * (register-shifted registers, RRX, LSR/ASR #32, reads of r15).
 * `keep`: an immediate that leaves C alone has its own form (logical ops
 * with flags). */
static int dp_form(const struct insn *in, int keep) {
    if (in->opk == OPK_IMM) return keep && in->carry == CARRY_KEEP ? FM_IK : FM_I;
    if (in->opk != OPK_REG || in->rm == 15 || in->shtype == SH_RRX) return -1;
    if (in->shamt == 0) return in->shtype == SH_LSL ? FM_R : -1;
    if (in->shamt > 31) return -1;
    return FM_LSL + in->shtype;
}

/* Handler of form FM_I of a data-processing operation, or -1. */
static int dp_base(unsigned op, int s) {
    switch (op) {
    case OP_AND: return s ? H_and_s_i : H_and_i;
    case OP_EOR: return s ? H_eor_s_i : H_eor_i;
    case OP_ORR: return s ? H_orr_s_i : H_orr_i;
    case OP_BIC: return s ? H_bic_s_i : H_bic_i;
    case OP_ORN: return s ? H_orn_s_i : H_orn_i;
    case OP_MOV: return s ? H_mov_s_i : H_mov_i;
    case OP_MVN: return s ? H_mvn_s_i : H_mvn_i;
    case OP_ADD: return s ? H_add_s_i : H_add_i;
    case OP_SUB: return s ? H_sub_s_i : H_sub_i;
    case OP_RSB: return s ? H_rsb_s_i : H_rsb_i;
    case OP_ADC: return s ? H_adc_s_i : H_adc_i;
    case OP_SBC: return s ? H_sbc_s_i : H_sbc_i;
    case OP_RSC: return s ? H_rsc_s_i : H_rsc_i;
    case OP_TST: return H_tst_i;
    case OP_TEQ: return H_teq_i;
    case OP_CMP: return H_cmp_i;
    case OP_CMN: return H_cmn_i;
    default: return -1;
    }
}

/* First handler (immediate offset) of a single load/store, or -1. */
static int ldst_base(unsigned op) {
    switch (op) {
    case OP_LDR: return H_ldr_i;
    case OP_LDRB: return H_ldrb_i;
    case OP_LDRH: return H_ldrh_i;
    case OP_LDRSB: return H_ldrsb_i;
    case OP_LDRSH: return H_ldrsh_i;
    case OP_STR: return H_str_i;
    case OP_STRB: return H_strb_i;
    case OP_STRH: return H_strh_i;
    default: return -1;
    }
}

/* Fills u (everything but pc) with the specialised handler for in;
 * returns the handler, or -1 if only the generic one will do. */
static int specialise(const struct insn *in, struct uop *u, uint32_t ahead) {
    unsigned op = in->op;
    int s = !!(in->flags & F_S), h, f;
    uint32_t mask = in->flags & F_THUMB ? ~1u : ~3u;
    u->d = in->rd;
    u->n = in->rn;
    u->m = in->rm;
    u->x = in->shamt;
    u->imm = in->imm;
    u->aux = in->pc + in->len;
    if ((h = dp_base(op, s)) >= 0) {
        int test = !!(op_attrs[op] & A_TEST), logical = !!(op_attrs[op] & A_LOGIC);
        int uses_rn = op != OP_MOV && op != OP_MVN;
        if (op == OP_ADD && !s && in->rd != 15 && in->opk == OPK_REG && in->shamt == 0 &&
            in->shtype == SH_LSL && (in->rn == 15) != (in->rm == 15)) {
            /* ADD rd, pc / ADD rd, rn, pc (T16): pc is a constant */
            u->n = in->rn == 15 ? in->rm : in->rn;
            u->imm = in->pc + ahead;
            return H_add_i;
        }
        if (op == OP_MOV && in->opk == OPK_REGREG && in->rd != 15 && in->rm != 15 &&
            in->rs != 15 && in->shtype <= SH_ROR) {
            u->x = in->rs;
            u->imm = in->shtype;
            return s ? H_mov_s_rr : H_mov_rr_lsl + in->shtype;
        }
        if (op == OP_ADD && !s && in->rd == 15 && in->rn == 15 && in->opk == OPK_REG &&
            in->shamt == 0 && in->shtype == SH_LSL && in->rm != 15) {
            u->x = !!(in->flags & F_THUMB);
            return H_add_pc;
        }
        if ((!test && in->rd == 15) || (uses_rn && in->rn == 15)) return -1;
        if ((f = dp_form(in, logical && (s || test))) < 0) return -1;
        if (f == FM_I) u->x = in->carry; /* CO_i */
        return h + f;
    }
    if ((h = ldst_base(op)) >= 0) {
        if (op == OP_LDR && in->rd == 15 && in->rn != 15 && in->opk == OPK_IMM) {
            if (!(in->flags & F_U)) u->imm = 0u - in->imm;
            u->x = (in->flags & F_P ? 1 : 0) | (ls_wback(in) ? 2 : 0);
            return H_ldr_pc;
        }
        if (in->rd == 15 || in->rn == 15) return -1;
        if (in->opk == OPK_IMM) {
            if (!(in->flags & F_U)) u->imm = 0u - in->imm;
            if (!(in->flags & F_P)) return h + 3; /* post-indexed */
            return h + (in->flags & F_W ? 2 : 0);
        }
        if (in->opk == OPK_REG && in->shtype == SH_LSL && in->rm != 15 &&
            (in->flags & (F_P | F_U | F_W)) == (F_P | F_U))
            return h + 1;
        return -1;
    }
    int any15 = in->rd == 15 || in->rn == 15 || in->rm == 15 || in->ra == 15;
    switch (op) {
    case OP_MOVW: return in->rd == 15 ? -1 : H_mov_i;
    case OP_MOVT: u->imm = in->imm << 16; return in->rd == 15 ? -1 : H_movt;
    case OP_MUL: return s || any15 ? -1 : H_mul;
    case OP_MLA: u->x = in->ra; return s || any15 ? -1 : H_mla;
    case OP_UXTB: return any15 ? -1 : H_uxtb;
    case OP_UXTH: return any15 ? -1 : H_uxth;
    case OP_SXTB: return any15 ? -1 : H_sxtb;
    case OP_SXTH: return any15 ? -1 : H_sxth;
    case OP_B:
        u->imm = in->imm & mask;
        return in->cond == COND_AL ? H_b : H_bcc_eq + in->cond;
    case OP_BL: u->imm = in->imm & mask; u->x = !!(in->flags & F_THUMB); return H_bl;
    case OP_BX: return in->rm == 15 ? -1 : H_bx;
    case OP_BLX: u->x = !!(in->flags & F_THUMB); return in->rm == 15 ? -1 : H_blx;
    case OP_BLXI:
        u->x = !!(in->flags & F_THUMB);
        u->imm = in->imm & (u->x ? ~3u : ~1u); /* the other set's alignment */
        return H_blxi;
    case OP_VFP_ADD: return in->opk ? H_vadd64 : H_vadd32;
    case OP_VFP_SUB: return in->opk ? H_vsub64 : H_vsub32;
    case OP_VFP_MUL: return in->opk ? H_vmul64 : H_vmul32;
    case OP_VFP_DIV: return in->opk ? H_vdiv64 : H_vdiv32;
    case OP_VFP_MLA: return in->opk ? H_vmla64 : H_vmla32;
    case OP_VFP_MOV: return in->opk ? H_vmov64 : H_vmov32;
    case OP_VFP_MLS: return in->opk ? H_vmls64 : H_vmls32;
    case OP_VFP_SQRT: return in->opk ? H_vsqrt64 : H_vsqrt32;
    case OP_VFP_LDM:
    case OP_VFP_STM:
        if (in->rn == 15 || in->shamt == 0 || in->shamt > (in->opk ? 16 : 32)) return -1;
        u->d = in->rd;
        u->x = in->shamt;
        u->m = (in->flags & F_U ? 1 : 0) | (in->flags & F_W ? 2 : 0) | (in->opk ? 4 : 0);
        return op == OP_VFP_LDM ? H_vldm : H_vstm;
    case OP_LDM:
    case OP_STM: {
        unsigned count = list_count(in->imm);
        int up = !!(in->flags & F_U), pre = !!(in->flags & F_P);
        if (in->rn == 15 || count == 0) return -1;
        if (op == OP_STM && ((in->imm >> in->rn) & 1)) return -1; /* stores rn: generic */
        if (op == OP_LDM && (in->flags & F_W) && ((in->imm >> in->rn) & 1)) return -1;
        u->d = (uint8_t)count;
        u->aux = (up ? 0 : 0u - 4 * count) + (up == pre ? 4 : 0);
        u->x = (uint8_t)(up ? 4 * count : 0u - 4 * count);
        u->m = !!(in->flags & F_W);
        return op == OP_LDM ? H_ldm : H_stm;
    }
    case OP_VLDN:
    case OP_VSTN:
        if (in->ra != 1 || in->shamt < 1 || in->shamt > 4 || in->rd + in->shamt > 32 ||
            in->rn == 15 || in->rm == 15)
            return -1;
        u->d = in->rd;
        u->x = in->shamt;
        u->aux = (1u << in->carry) - 1;
        u->imm = (in->flags & F_W) && in->rm == R_ZERO ? in->imm : 0;
        u->m = in->flags & F_W ? in->rm : R_ZERO;
        return op == OP_VLDN ? H_vld1 : H_vst1;
    case OP_SBFX:
    case OP_UBFX:
        if (any15 || in->imm < 1 || in->imm > 32 || in->shamt + in->imm > 32) return -1;
        return op == OP_SBFX ? H_sbfx : H_ubfx;
    case OP_CLZ: return any15 ? -1 : H_clz;
    case OP_REV: return any15 ? -1 : H_rev;
    case OP_VFP_LDR:
    case OP_VFP_STR:
        if (in->rn == 15) return -1;
        if (!(in->flags & F_U)) u->imm = 0u - in->imm;
        return op == OP_VFP_LDR ? (in->opk ? H_vldr64 : H_vldr32) : (in->opk ? H_vstr64 : H_vstr32);
    case OP_TBB:
    case OP_TBH:
        if (in->rm == 15) return -1;
        u->imm = 0;
        if (in->rn == 15) {
            u->n = R_ZERO;
            u->imm = in->pc + ahead;
        }
        return op == OP_TBB ? H_tbb : H_tbh;
    case OP_CBZ: u->imm = in->imm & mask; return in->rn == 15 ? -1 : H_cbz;
    case OP_CBNZ: u->imm = in->imm & mask; return in->rn == 15 ? -1 : H_cbnz;
    default: return -1;
    }
}

/* A compare: sets flags and writes no register (TST, TEQ, CMP, CMN). */
static int is_test(unsigned op) { return !!(op_attrs[op] & A_TEST); }

/* Makes one uop for in; `nof`: its flag results are dead (overwritten
 * before anything can see them), so the handler without flags will do.
 * Returns 1 if it is specialised and leaves the flags alone (it may share
 * a skip uop with the next instruction). */
static int build_one(const struct insn *in, struct uop *u, uint32_t ahead, int nof) {
    const struct insn *orig = in;
    struct insn tmp;
    if (nof && (in->flags & F_S)) {
        tmp = *in;
        tmp.flags &= (uint8_t)~F_S;
        in = &tmp;
    }
    int h = specialise(in, u, ahead);
    u->pc = in->pc + ahead;
    if (h < 0) { /* as decoded: the generic handler keeps a pointer to it */
        u->h = htab[H_generic];
        u->in = orig;
        return 0;
    }
    u->h = htab[h];
    return !(in->flags & F_S) && !is_test(in->op);
}
/* CMP (immediate or register) or SUBS (immediate) followed by the
 * conditional branch ending the block (FACT_FUSE): one uop. */
static int fuse_cmp_branch(const struct insn *in, struct uop *u) {
    if (!(in->fact & FACT_FUSE) || in->rn == 15) return 0;
    const struct insn *br = in + 1;
    int f = dp_form(in, 0);
    if (in->op == OP_SUB && (in->flags & F_S) && f == FM_I && in->rd != 15)
        u->h = htab[H_subi_b_eq + br->cond];
    else if (in->op == OP_CMP && (f == FM_I || f == FM_R))
        u->h = htab[(f == FM_I ? H_cmpi_b_eq : H_cmpr_b_eq) + br->cond];
    else
        return 0;
    u->d = in->rd;
    u->n = in->rn;
    u->m = in->rm;
    u->pc = in->imm;
    u->imm = br->imm & (br->flags & F_THUMB ? ~1u : ~3u);
    u->aux = br->pc + br->len;
    return 1;
}

/* Fills b->uops from b->insns[0..n) and its facts (analyse.c); returns
 * how many it used (at most EXEC_UOPS_MAX(n)). */
static int exec_build(struct block *b) {
    const struct insn *in = b->insns, *end = b->insns + b->n;
    struct uop *u = b->uops;
    uint32_t ahead = b->key & 1 ? 4 : 8;
#define DEAD(in) (((in)->fact & FACT_DEAD) != 0)
#define SKIPPED(in) ((in)->op == OP_NOP || (DEAD(in) && is_test((in)->op)))
    struct uop *cmp = NULL; /* the last uop, if an unconditional CMP */
    while (in < end) {
        if (SKIPPED(in)) { /* hints, the IT instruction itself, unused compares */
            in++;
            continue;
        }
        if (fuse_cmp_branch(in, u)) {
            cmp = NULL;
            u++;
            in += 2;
            continue;
        }
        if (in->cond == COND_AL || (in->op == OP_B)) {
            build_one(in, u, ahead, DEAD(in));
            cmp = u->h == htab[H_cmp_i] || u->h == htab[H_cmp_r] ? u : NULL;
            u++;
            in++;
            continue;
        }
        /* Conditional: a skip uop over this instruction and the following
         * ones with the same condition, as long as they leave the flags
         * alone (an IT block: ITTT EQ...). An unconditional CMP right
         * before becomes the skip uop itself. */
        struct uop *skip;
        unsigned cond = in->cond;
        if (cmp && cmp == u - 1) {
            skip = cmp;
            skip->h = htab[(skip->h == htab[H_cmp_i] ? H_cmpi_s_eq : H_cmpr_s_eq) + cond];
        } else {
            skip = u++;
            skip->h = htab[H_skip_eq + cond];
            skip->in = NULL;
            skip->pc = skip->aux = 0;
        }
        cmp = NULL;
        for (;;) {
            int pure = build_one(in, u++, ahead, DEAD(in));
            in++;
            if (!pure || in >= end || in->cond != cond || SKIPPED(in) || in->op == OP_B) break;
        }
        skip->x = (uint8_t)(u - skip);
    }
#undef SKIPPED
#undef DEAD
    const struct insn *last = end - 1;
    uint8_t it = it_advance(last->it);
    u->h = htab[it ? H_end_it : H_end];
    u->d = u->n = u->m = 0;
    u->x = it;
    u->imm = b->end;
    u->pc = u->aux = 0;
    return (int)(u - b->uops) + 1;
}
