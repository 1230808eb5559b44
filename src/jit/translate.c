/* The translator: one decoded block (with the analysis facts) to x86-64.
 *
 * Layout of a translation:
 *     entry:  poll stop_request; load the guest registers it keeps in host
 *             registers
 *     body:   the instructions, each inline or as a call of exec_insn
 *     exits:  write back what changed, jump to the successor (patched by
 *             jit.c) or to the shared lookup
 *     stubs:  out-of-line paths (unlinked exits, slow paths, stop)
 *
 * Guest registers: r0-r7 and sp live in the same host registers in every
 * translation (jit_fixed_map), from one translation to the next; the
 * block's most used other register lives in JIT_LOCAL for the translation;
 * the rest stay in struct cpu. The local one is loaded at entry unless the
 * block surely writes it before reading it or before anything can fault,
 * so at every point where the guest can be observed (a fault, a slow path)
 * every mapped register holds its guest value: the fault handler reads
 * them from the host context (jit_recover). The local one is written back
 * at exits, the fixed ones only where code leaves to C (stubs, lookup
 * misses); all of them before calls. r15 is never kept: its reads are
 * constants.
 *
 * Flags (t->fk, enum FK_*): a flag-setting instruction leaves NZCV in host
 * EFLAGS, and they are stored to struct cpu only when an instruction that
 * clobbers EFLAGS follows while they are live, at exits and before calls.
 * Conditions read EFLAGS directly when they are there. A fault site
 * records where the flags are, so recovery is exact.
 *
 * Exactness: an instruction changes no guest state before its last access
 * that can fault, as in the interpreter. Rare cases (misalignment) go to a
 * slow path that runs exec_insn on the same instruction. */
#include <cpuid.h>
#include <stdlib.h>
#include <string.h>

#include "arm/analyse.h"
#include "arm/exec.h"
#include "jit/jit_int.h"

const int8_t jit_fixed_map[15] = {X_RBX, X_R12, X_R13, X_R14, X_RSI, X_RDI, X_R8, X_R9,
                                  -1,    -1,    -1,    -1,    -1,    X_R10, -1};

#define MAXN (BLOCK_MAX + 8)
#define MAXSTUB (3 * MAXN + 8)

/* A place in the code to jump to, bound now or later. */
struct label {
    uint64_t addr; /* executable address, once bound */
    int bound, n;
    uint8_t *fix[8];
};

/* VFP registers the translation has in xmm registers: a write-through
 * cache (struct cpu is always current), keyed D0-D31 as 0-31 and S0-S31 as
 * 32-63. Only VFP arithmetic reads and fills it. */
#define XC_FIRST 4
#define XC_N 8

/* Out-of-line code emitted after the body. */
enum { ST_EXIT, ST_SLOW, ST_LOOPSTOP, ST_ENTRYSTOP, ST_ITEXIT };
struct stub {
    int kind;
    struct label at;       /* jumps to the stub */
    uint32_t pc;           /* ST_EXIT, ST_ITEXIT: the next PC; ST_SLOW: unused */
    int exit;              /* ST_EXIT: index in tr->exits */
    uint16_t written;      /* mapped registers to write back */
    int fk;                /* ST_LOOPSTOP: where the flags are */
    const struct insn *in; /* ST_SLOW: the instruction */
    uint64_t resume;       /* ST_SLOW: where to go on */
    uint8_t it;            /* ST_ITEXIT: ITSTATE */
    uint8_t xc[XC_N];      /* ST_SLOW: the xmm cache at `resume` (its call clobbers xmm) */
};

struct tctx {
    struct xbuf *xb;
    const struct jit_stubs *st;
    struct block *b;
    struct jit_tr *tr;
    const struct insn *in; /* the instruction being translated */
    int idx;
    uint32_t ahead;   /* r15 reads as pc + ahead */
    int8_t map[17];   /* guest register -> host register or -1 */
    uint16_t written; /* mapped registers written so far */
    uint16_t mapped;  /* registers kept in host registers */
    uint16_t valid;   /* mapped registers holding their guest values (the others
                         are written before anything reads them) */
    int self_loop;    /* the block may branch to itself */
    int check;        /* -d jitcheck: log stores, no loops inside */
    int fk;           /* FK_*: where the flags are */
    int reachable;    /* the code emitted last falls through */
    int spilled;      /* the flags wait in cpu->jit_flags (fl_prep, fl_unspill) */
    unsigned saves;   /* host instructions storing or spilling flags (entry_fk is weighed by it) */
    uint64_t body;
    int entry_fk;     /* a loop on itself: where the body expects the flags (FK_*) */
    uint64_t conv;    /* then: code that moves them from struct cpu there */
    int loop_fk;      /* where a back edge had flags it had to store (first pass) */
    uint8_t xc[XC_N]; /* xmm(XC_FIRST + i) holds VFP register key xc[i] - 1 (0: nothing) */
    int xc_next;      /* the next one to reuse */
    int nsites, nstubs;
    /* the tables last: a new pass clears only what is above them */
    struct jit_site sites[4 * MAXN + 64];
    struct stub stubs[MAXSTUB];
};

static inline struct xmem gmem(int r) { return xm(H_CPU, CPU_R(r)); }
#define XB (t->xb)

/* ---- labels, stubs, sites ---- */

static void label_bind(struct tctx *t, struct label *l) {
    l->addr = x_here(XB);
    l->bound = 1;
    for (int i = 0; i < l->n; i++)
        x_patch(XB, l->fix[i], l->addr);
}
static void label_use(struct tctx *t, struct label *l, uint8_t *at) {
    if (l->bound) {
        x_patch(XB, at, l->addr);
    } else if (l->n < 8) {
        l->fix[l->n++] = at;
    } else {
        XB->full = 1; /* cannot happen: a label has few users */
    }
}
static void jmp_label(struct tctx *t, struct label *l) { label_use(t, l, x_jmp(XB, x_here(XB))); }
static void jcc_label(struct tctx *t, int cc, struct label *l) {
    label_use(t, l, x_jcc(XB, cc, x_here(XB)));
}

static struct stub *stub_new(struct tctx *t, int kind) {
    if (t->nstubs == MAXSTUB) {
        XB->full = 1;
        t->nstubs = 0;
    }
    struct stub *s = &t->stubs[t->nstubs++];
    memset(s, 0, sizeof *s);
    s->kind = kind;
    s->written = t->written;
    return s;
}

/* The next host instruction may fault: record where the guest is. */
static void site(struct tctx *t) {
    if (t->nsites == (int)(sizeof t->sites / sizeof t->sites[0])) {
        XB->full = 1;
        return;
    }
    struct jit_site *s = &t->sites[t->nsites++];
    s->off = (uint32_t)(XB->p - XB->start);
    s->idx = (uint8_t)t->idx;
    s->fk = (uint8_t)t->fk;
    s->valid = t->valid;
}

void jit_emit_fixed(struct xbuf *b, int store) {
    for (int r = 0; r < 15; r++) {
        if (!(JIT_FIXED >> r & 1)) continue;
        if (store)
            x_store(b, xm(H_CPU, CPU_R(r)), jit_fixed_map[r]);
        else
            x_load(b, jit_fixed_map[r], xm(H_CPU, CPU_R(r)));
    }
}

/* -d jitcheck: before a guest store to [base + rax + disp], record the
 * old contents (jit_log_store), every host register and EFLAGS kept. */
static void store_hook(struct tctx *t, int32_t disp, unsigned size) {
    static const int saved[9] = {X_RAX, X_RCX, X_RDX, X_RSI, X_RDI, X_R8, X_R9, X_R10, X_R11};
    if (!t->check) return;
    x_pushf(XB); /* with the nine pushes the stack stays aligned */
    for (int i = 0; i < 9; i++)
        x_push(XB, saved[i]);
    x_lea(XB, X_RSI, xm(X_RAX, disp));
    x_mov_ri(XB, X_RDX, size);
    x_movq_rr(XB, X_RDI, H_CPU);
    x_movq_ri(XB, X_RAX, (uint64_t)(uintptr_t)jit_log_store);
    x_call_r(XB, X_RAX);
    for (int i = 8; i >= 0; i--)
        x_pop(XB, saved[i]);
    x_popf(XB);
}

/* ---- guest registers ---- */

/* The host register holding guest register r: its own, or `scratch`
 * loaded with it (r15: the architectural PC; R_ZERO: 0). */
static int rd_reg(struct tctx *t, int r, int scratch) {
    if (r == R_ZERO) {
        x_mov_ri(XB, scratch, 0);
        return scratch;
    }
    if (r == 15) {
        x_mov_ri(XB, scratch, t->in->pc + t->ahead);
        return scratch;
    }
    if (t->map[r] >= 0) return t->map[r];
    x_load(XB, scratch, gmem(r));
    return scratch;
}
static void rd_to(struct tctx *t, int h, int r) { x_mov_rr(XB, h, rd_reg(t, r, h)); }
/* Where to compute a value for guest register r: its host register, or `scratch`. */
static int wr_reg(struct tctx *t, int r, int scratch) {
    return t->map[r] >= 0 ? t->map[r] : scratch;
}
/* The value for r is in h (from wr_reg): store it if r lives in memory. */
static void wr_done(struct tctx *t, int r, int h) {
    if (t->map[r] < 0)
        x_store(XB, gmem(r), h);
    else
        t->written |= (uint16_t)(1u << r);
}
/* r = value of host register h. */
static void wr_from(struct tctx *t, int r, int h) {
    if (t->map[r] >= 0) {
        x_mov_rr(XB, t->map[r], h);
        t->written |= (uint16_t)(1u << r);
    } else {
        x_store(XB, gmem(r), h);
    }
}
static int is_const(int r) { return r == 15 || r == R_ZERO; }
static uint32_t const_of(struct tctx *t, int r) { return r == 15 ? t->in->pc + t->ahead : 0; }

static void flush_regs(struct tctx *t, uint16_t written) {
    for (int r = 0; r < 15; r++)
        if ((written >> r & 1) && t->map[r] >= 0) x_store(XB, gmem(r), t->map[r]);
}
static void reload_regs(struct tctx *t) {
    for (int r = 0; r < 15; r++)
        if (t->map[r] >= 0) x_load(XB, t->map[r], gmem(r));
}

/* ---- flags ---- */

/* Stores the flags of `mask` that wait in EFLAGS (kind fk) to struct cpu,
 * in its representation (cpu.h); EFLAGS is clobbered. */
static void store_flags(struct tctx *t, int fk, unsigned mask) {
    if (fk == FK_NONE) return;
    if (fk == FK_LOGIC) mask &= FL_N | FL_Z;
    if (mask & FL_C)
        x_setcc_m(XB, fk == FK_SUB ? XC_AE : XC_B, xm(H_CPU, CPU_OFF(cf))); /* cf is 0 or 1 */
    if (mask & FL_N) x_setcc(XB, XC_S, X_RAX);
    if (mask & FL_Z) x_setcc(XB, XC_E, X_RCX);
    if (mask & FL_V) x_setcc(XB, XC_O, X_RDX);
    if (mask & FL_N) {
        x_movzxb_rr(XB, X_RAX, X_RAX);
        x_shift_ri(XB, XS_SHL, X_RAX, 31);
        x_store(XB, xm(H_CPU, CPU_OFF(nf)), X_RAX);
    }
    if (mask & FL_Z) { /* zf is the complement of a result: ~0 when Z */
        x_movzxb_rr(XB, X_RCX, X_RCX);
        x_neg(XB, X_RCX);
        x_store(XB, xm(H_CPU, CPU_OFF(zf)), X_RCX);
    }
    if (mask & FL_V) {
        x_movzxb_rr(XB, X_RDX, X_RDX);
        x_shift_ri(XB, XS_SHL, X_RDX, 31);
        x_store(XB, xm(H_CPU, CPU_OFF(vf)), X_RDX);
    }
}
/* Host instructions storing `mask` takes (store_flags). */
static unsigned store_cost(unsigned mask) {
    return (mask & FL_C ? 1 : 0) + 4u * (unsigned)__builtin_popcount(mask & ~FL_C);
}

static void fl_store(struct tctx *t, unsigned mask) {
    if (t->fk != FK_NONE) t->saves += store_cost(mask);
    store_flags(t, t->fk, mask);
    t->fk = FK_NONE;
}

/* Can the flags wait in cpu->jit_flags while `in` runs? Only for code
 * that cannot fault, leave or take a slow path: register operations. */
static int spill_ok(const struct insn *in) {
    return !(op_attrs[in->op] & (A_MEM | A_END | A_FP)) && in->rd != 15;
}

static int keeps_spill(const struct insn *in);

/* Are the flags read after this instruction before anything that would
 * need them back in EFLAGS or struct cpu (a memory access, an exit)?
 * Then a spill pays; else they are stored once. */
static int read_soon(struct tctx *t) {
    for (int j = t->idx + 1; j < t->b->n; j++) {
        const struct insn *in = &t->b->insns[j];
        unsigned rd, wr, kill;
        insn_flag_use(in, &rd, &wr, &kill);
        if (in->cond != COND_AL || rd) return 1;
        if (!keeps_spill(in)) return 0;
    }
    return 0;
}

/* Before an instruction's own code: if that code clobbers EFLAGS, store
 * the waiting flags that are still needed: those live after it that it
 * does not write itself, and those it reads. `barrier`: it may leave to
 * exec_insn or exit, where every flag must be in struct cpu. */
static void fl_prep(struct tctx *t, int clobbers, int barrier) {
    if (t->fk == FK_NONE || !clobbers || t->spilled) return;
    if (barrier) {
        fl_store(t, FL_ALL);
        return;
    }
    struct insn body = *t->in; /* its condition was dealt with already */
    unsigned rd, wr, kill, need;
    body.cond = COND_AL;
    insn_flag_use(&body, &rd, &wr, &kill);
    need = (t->in->fl_live & ~kill) | rd;
    if (store_cost(need) > 6 && !rd && !wr && spill_ok(t->in) && read_soon(t)) {
        /* lahf; seto al: 3 instructions now and 3 when they are needed
         * again (fl_unspill), where storing them would take 13 and a
         * condition then reads memory. */
        t->saves += 6;
        x_byte(XB, 0x9f);
        x_setcc(XB, XC_O, X_RAX);
        x_storew(XB, xm(H_CPU, CPU_OFF(jit_flags)), X_RAX);
        t->spilled = 1;
        return;
    }
    fl_store(t, need);
}

/* Before an instruction that needs them in EFLAGS or struct cpu (they
 * stay spilled over register operations: keeps_spill): EFLAGS back from
 * cpu->jit_flags (add al, 0x7f sets OF from the seto byte; sahf the rest). */
static void fl_unspill(struct tctx *t) {
    if (!t->spilled) return;
    x_movzxw(XB, X_RAX, xm(H_CPU, CPU_OFF(jit_flags)));
    x_byte(XB, 0x04);
    x_byte(XB, 0x7f);
    x_byte(XB, 0x9e);
    t->spilled = 0;
}

/* Loads the flags from struct cpu into EFLAGS as kind fk has them (a
 * flags image through popfq). */
static void flags_to_host_popf(struct tctx *t, int fk) {
    x_load(XB, X_RAX, xm(H_CPU, CPU_OFF(nf)));
    x_shift_ri(XB, XS_SHR, X_RAX, 31);
    x_shift_ri(XB, XS_SHL, X_RAX, 7); /* SF */
    x_cmp_mi(XB, xm(H_CPU, CPU_OFF(zf)), 0xffffffffu);
    x_setcc(XB, XC_E, X_RCX);
    x_movzxb_rr(XB, X_RCX, X_RCX);
    x_shift_ri(XB, XS_SHL, X_RCX, 6); /* ZF */
    x_alu_rr(XB, XA_OR, X_RAX, X_RCX);
    x_load(XB, X_RCX, xm(H_CPU, CPU_OFF(cf)));
    if (fk == FK_SUB) x_alu_ri(XB, XA_XOR, X_RCX, 1); /* CF: ARM's C, inverted after a sub */
    x_alu_rr(XB, XA_OR, X_RAX, X_RCX);
    x_load(XB, X_RCX, xm(H_CPU, CPU_OFF(vf)));
    x_shift_ri(XB, XS_SHR, X_RCX, 31);
    x_shift_ri(XB, XS_SHL, X_RCX, 11); /* OF */
    x_alu_rr(XB, XA_OR, X_RAX, X_RCX);
    x_alu_ri(XB, XA_OR, X_RAX, 2); /* bit 1 is always set */
    x_push(XB, X_RAX);
    x_popf(XB);
}

/* For each NZCV (N << 3 | Z << 2 | C << 1 | V): a and b whose x86 `cmp a, b`
 * gives those flags as FK_SUB has them. No subtraction gives a zero result
 * with N, V or no carry, nor V without C when N is clear or with C when N
 * is set: those (SUB_PAIRS_NONE) hold {1 << 31, 1}, unused. */
static const uint32_t sub_pairs[16][2] = {
    {0, 0x80000001u}, {1u << 31, 1},    {1, 0},           {0x80000000u, 1},
    {1u << 31, 1},    {1u << 31, 1},    {0, 0},           {1u << 31, 1},
    {0, 1},           {0, 0x80000000u}, {0x80000000u, 0}, {1u << 31, 1},
    {1u << 31, 1},    {1u << 31, 1},    {1u << 31, 1},    {1u << 31, 1}};
#define SUB_PAIRS_NONE 0xf8b2u /* the combinations no subtraction gives */

/* Loads the flags from struct cpu into EFLAGS as kind fk has them: for
 * FK_SUB a `cmp` of a pair that gives them (cheaper than popfq, which only
 * the rare combinations take). */
static void flags_to_host(struct tctx *t, int fk) {
    struct label done = {0}, rare = {0};
    if (fk != FK_SUB) {
        flags_to_host_popf(t, fk);
        return;
    }
    x_load(XB, X_RAX, xm(H_CPU, CPU_OFF(nf)));
    x_shift_ri(XB, XS_SHR, X_RAX, 31);
    x_shift_ri(XB, XS_SHL, X_RAX, 3);
    x_cmp_mi(XB, xm(H_CPU, CPU_OFF(zf)), 0xffffffffu);
    x_setcc(XB, XC_E, X_RCX);
    x_movzxb_rr(XB, X_RCX, X_RCX);
    x_lea(XB, X_RAX, xmi(X_RAX, X_RCX, 4, 0));
    x_load(XB, X_RCX, xm(H_CPU, CPU_OFF(cf)));
    x_lea(XB, X_RAX, xmi(X_RAX, X_RCX, 2, 0));
    x_load(XB, X_RCX, xm(H_CPU, CPU_OFF(vf)));
    x_shift_ri(XB, XS_SHR, X_RCX, 31);
    x_alu_rr(XB, XA_OR, X_RAX, X_RCX);
    x_mov_ri(XB, X_RDX, SUB_PAIRS_NONE);
    x_op_rr(XB, 0, 0x0fa3, X_RAX, X_RDX); /* bt edx, eax */
    jcc_label(t, XC_B, &rare);
    x_movq_ri(XB, X_RCX, (uint64_t)(uintptr_t)sub_pairs);
    x_load(XB, X_RDX, xmi(X_RCX, X_RAX, 8, 4));
    x_op_rm(XB, 0, 0x39, X_RDX, xmi(X_RCX, X_RAX, 8, 0)); /* cmp [a], edx */
    jmp_label(t, &done);
    label_bind(t, &rare);
    flags_to_host_popf(t, fk);
    label_bind(t, &done);
}

/* x86 condition for an ARM condition with the flags in EFLAGS as fk says,
 * or -1 if it needs flags that are not there. */
static int host_cc(int fk, unsigned cond) {
    static const int8_t sub[14] = {XC_E,  XC_NE, XC_AE, XC_B,  XC_S, XC_NS, XC_O,
                                   XC_NO, XC_A,  XC_BE, XC_GE, XC_L, XC_G,  XC_LE};
    if (cond >= COND_AL || fk == FK_NONE) return -1;
    if (fk == FK_SUB) return sub[cond];
    if (fk == FK_ADD) {
        if (cond == COND_CS) return XC_B;
        if (cond == COND_CC) return XC_AE;
        if (cond == COND_HI || cond == COND_LS) return -1;
        return sub[cond];
    }
    if (cond <= COND_PL && cond != COND_CS && cond != COND_CC)
        return sub[cond]; /* FK_LOGIC: N, Z */
    return -1;
}

/* Jumps to l when ARM condition `cond` is `sense` (1 true, 0 false). */
static void jump_cond(struct tctx *t, unsigned cond, int sense, struct label *l) {
    int cc = host_cc(t->fk, cond);
    if (cc < 0 && t->fk != FK_NONE) fl_store(t, cond_flags(cond) | t->in->fl_live);
    if (cc >= 0) {
        jcc_label(t, sense ? cc : cc ^ 1, l);
        return;
    }
    /* From struct cpu. Conditions come in pairs: odd ones negate even ones. */
    int neg = cond & 1;
    unsigned base = cond & ~1u;
    int want = sense ^ neg; /* jump when the even condition is `want` */
    struct xmem nf = xm(H_CPU, CPU_OFF(nf)), zf = xm(H_CPU, CPU_OFF(zf)),
                cf = xm(H_CPU, CPU_OFF(cf)), vf = xm(H_CPU, CPU_OFF(vf));
    struct label skip = {0};
    switch (base) {
    case COND_EQ:
        x_cmp_mi(XB, zf, 0xffffffffu);
        jcc_label(t, want ? XC_E : XC_NE, l);
        break;
    case COND_CS:
        x_cmp_mi(XB, cf, 0);
        jcc_label(t, want ? XC_NE : XC_E, l);
        break;
    case COND_MI:
        x_cmp_mi(XB, nf, 0);
        jcc_label(t, want ? XC_S : XC_NS, l);
        break;
    case COND_VS:
        x_cmp_mi(XB, vf, 0);
        jcc_label(t, want ? XC_S : XC_NS, l);
        break;
    case COND_HI: /* C && !Z */
        x_cmp_mi(XB, cf, 0);
        jcc_label(t, XC_E, want ? &skip : l);
        x_cmp_mi(XB, zf, 0xffffffffu);
        jcc_label(t, want ? XC_NE : XC_E, l);
        label_bind(t, &skip);
        break;
    case COND_GE: /* N == V */
        x_load(XB, X_RAX, nf);
        x_alu_rm(XB, XA_XOR, X_RAX, vf);
        jcc_label(t, want ? XC_NS : XC_S, l);
        break;
    case COND_GT: /* !Z && N == V */
        x_cmp_mi(XB, zf, 0xffffffffu);
        jcc_label(t, XC_E, want ? &skip : l);
        x_load(XB, X_RAX, nf);
        x_alu_rm(XB, XA_XOR, X_RAX, vf);
        jcc_label(t, want ? XC_NS : XC_S, l);
        label_bind(t, &skip);
        break;
    default: break;
    }
}

/* ---- exits ---- */

/* The flags live on entry to the block at key, if it is decoded: the
 * others need not be stored on the way there. The translation then depends
 * on that block's code too (b->dep_lo/dep_hi: invalidating it drops this
 * block). Unknown successors get every flag. */
static unsigned succ_live(struct tctx *t, uint32_t key) {
    struct block *s = block_find(key);
    if (!s || t->check) return FL_ALL;
    unsigned live = block_live_in(s->insns, s->n);
    if (live == FL_ALL) return live;
    uint32_t lo = s->key & ~1u;
    if (lo < t->b->dep_lo) t->b->dep_lo = lo;
    if (s->end > t->b->dep_hi) t->b->dep_hi = s->end;
    return live;
}

/* Leaves to `pc` in the same instruction set (or `thumb`): a jump that
 * jit.c links to the successor's translation. */
static void exit_direct(struct tctx *t, uint32_t pc, int thumb) {
    struct jit_tr *tr = t->tr;
    uint32_t key = pc | (uint32_t)thumb;
    if (key == t->b->key && !t->check) { /* a loop on itself: stay in host registers */
        unsigned live_in = block_live_in(t->b->insns, t->b->n);
        uint64_t to = t->body;
        if (t->entry_fk != FK_NONE && t->fk != t->entry_fk) {
            fl_store(t, FL_ALL); /* the body wants them in EFLAGS: through conv */
            to = t->conv;
        } else if (t->fk != FK_NONE && t->fk != t->entry_fk) {
            unsigned pend = t->fk == FK_LOGIC ? FL_N | FL_Z : FL_ALL;
            if (pend & live_in) {
                t->loop_fk = t->fk;
                fl_store(t, FL_ALL);
            }
        }
        struct stub *s = stub_new(t, ST_LOOPSTOP);
        s->fk = t->fk;
        /* mov ecx, [stop_request]; jrcxz over; jmp stop; over: jmp body
         * (jrcxz leaves EFLAGS alone) */
        x_load(XB, X_RCX, xm(H_CPU, CPU_OFF(stop_request)));
        x_jrcxz(XB, 5);
        jmp_label(t, &s->at);
        x_jmp(XB, to);
        t->fk = FK_NONE;
        t->reachable = 0;
        return;
    }
    fl_store(t, succ_live(t, key));
    flush_regs(t, t->written & ~JIT_FIXED);
    if (thumb != (int)(t->b->key & 1)) x_storeb_i(XB, xm(H_CPU, CPU_OFF(thumb)), (uint8_t)thumb);
    if (tr->nexits == JIT_EXITS) {
        XB->full = 1;
        return;
    }
    struct jit_exit *e = &tr->exits[tr->nexits];
    struct stub *s = stub_new(t, ST_EXIT);
    s->pc = pc;
    s->exit = tr->nexits++;
    e->tr = tr;
    e->key = key;
    e->direct = 1;
    x_align_disp(XB, 1);
    uint8_t *at = x_jmp(XB, x_here(XB));
    e->jmp = (uint32_t)(at - XB->start);
    label_use(t, &s->at, at);
    t->reachable = 0;
}

/* Leaves to the address in host register h, interworking (bit 0 selects
 * Thumb) if `bx`, else staying in Thumb. The flags must be in struct cpu
 * already. */
static void exit_indirect(struct tctx *t, int h, int bx) {
    struct label arm = {0}, done = {0};
    x_mov_rr(XB, X_RCX, h);
    if (bx) {
        x_bt_ri(XB, X_RCX, 0);
        x_setcc_m(XB, XC_B, xm(H_CPU, CPU_OFF(thumb)));
        jcc_label(t, XC_AE, &arm);
    }
    x_alu_ri(XB, XA_AND, X_RCX, ~1u);
    if (bx) {
        jmp_label(t, &done);
        label_bind(t, &arm);
        x_alu_ri(XB, XA_AND, X_RCX, ~3u);
        label_bind(t, &done);
    }
    x_store(XB, xm(H_CPU, CPU_OFF(r) + 60), X_RCX);
    flush_regs(t, t->written & ~JIT_FIXED);
    if (t->tr->nexits == JIT_EXITS) {
        XB->full = 1;
        return;
    }
    struct jit_exit *e = &t->tr->exits[t->tr->nexits++];
    e->tr = t->tr;
    e->direct = 0;
    /* An inline cache: the first target seen (jit.c patches the key, then
     * never changes the jump); others go through the lookup. */
    struct label miss = {0};
    if (bx) {
        x_movzxb(XB, X_RAX, xm(H_CPU, CPU_OFF(thumb)));
        x_alu_rr(XB, XA_OR, X_RAX, X_RCX);
    } else {
        x_lea(XB, X_RAX, xm(X_RCX, 1));
    }
    x_align_disp(XB, 1);
    x_byte(XB, 0x3d); /* cmp eax, imm32 */
    e->ic_key = (uint32_t)(XB->p - XB->start);
    x_u32(XB, JIT_IC_EMPTY);
    jcc_label(t, XC_NE, &miss);
    x_align_disp(XB, 1);
    uint8_t *at = x_jmp(XB, x_here(XB));
    e->jmp = (uint32_t)(at - XB->start);
    label_bind(t, &miss);
    x_patch(XB, at, x_here(XB));
    /* The table, inline: this exit's own indirect jump, which the host
     * predicts better than one shared by every exit. */
    x_mov_rr(XB, X_RCX, X_RAX);
    x_shift_ri(XB, XS_SHR, X_RCX, 1);
    x_alu_ri(XB, XA_AND, X_RCX, t->st->table_mask);
    x_movq_ri(XB, X_RDX, t->st->table);
    x_loadq(XB, X_RDX, xmi(X_RDX, X_RCX, 8, 0));
    x_op_rm(XB, 1, 0x3b, X_RAX, xm(X_RDX, 0)); /* cmp rax, [rdx] (key) */
    uint8_t *far = x_jcc(XB, XC_NE, x_here(XB));
    x_jmp_m(XB, xm(X_RDX, 8)); /* entry */
    x_patch(XB, far, x_here(XB));
    x_movq_ri(XB, X_RAX, (uint64_t)(uintptr_t)e);
    x_storeq(XB, xm(H_CPU, CPU_OFF(jit_exit)), X_RAX);
    x_jmp(XB, t->st->lookup);
    t->reachable = 0;
}

/* ---- calls of exec_insn ---- */

/* Writes everything back and calls exec_insn(cpu, in) (eax: its result). */
static void call_exec(struct tctx *t, const struct insn *in, uint16_t written) {
    flush_regs(t, written | JIT_FIXED);
    x_movq_rr(XB, X_RDI, H_CPU);
    x_movq_ri(XB, X_RSI, (uint64_t)(uintptr_t)in);
    x_storeq(XB, xm(H_CPU, CPU_OFF(slow_insn)), X_RSI);
    x_movq_ri(XB, X_RAX, (uint64_t)(uintptr_t)exec_insn);
    x_call_r(XB, X_RAX);
}

/* Runs t->in through exec_insn: everything written back first, the
 * mapped registers reloaded after; a non-zero result leaves. */
static void call_insn(struct tctx *t, const struct insn *in, uint16_t written) {
    memset(t->xc, 0, sizeof t->xc); /* the call clobbers xmm; exec_insn may write any register */
    call_exec(t, in, written);
    x_test_rr(XB, X_RAX, X_RAX);
    x_jcc(XB, XC_NE, t->st->helper_exit);
    reload_regs(t);
}

/* call_insn between a pushf (and an alignment push) and its popf: the
 * result is tested without EFLAGS. */
static void call_insn_keep(struct tctx *t, const struct insn *in, uint16_t written) {
    call_exec(t, in, written);
    x_mov_rr(XB, X_RCX, X_RAX);
    x_aluq_ri(XB, XA_ADD, X_RSP, 8);
    x_popf(XB);
    x_jrcxz(XB, 5);
    x_jmp(XB, t->st->helper_exit);
    reload_regs(t);
}

/* Can exec_insn run `in` on just its operands? A register-to-register
 * operation that cannot fault or leave and touches no flags. */
static int light_ok(const struct insn *in) {
    unsigned a = op_attrs[in->op], rd, wr, kill;
    struct insn body = *in;
    if ((a & A_FP) && in->op >= OP_VHADD) /* NEON on NEON registers only */
        return !(a & A_MEM) && in->op != OP_VDUPR;
    body.cond = COND_AL;
    insn_flag_use(&body, &rd, &wr, &kill);
    if (!(a & A_WRD) || (a & (A_MEM | A_END | A_FP | A_RFL | A_WFL)) || rd || wr) return 0;
    return in->rd < 15 && in->ra != 15 && in->rn != 15 && in->rm != 15 && in->rs != 15;
}

/* exec_insn on `in` without writing everything back: its source registers
 * go to struct cpu, the caller-saved host registers are kept on the stack,
 * and its results (rd, and ra for the long multiplies) come back. */
static void call_light(struct tctx *t, const struct insn *in) {
    static const int volatile_regs[6] = {X_RSI, X_RDI, X_R8, X_R9, X_R10, X_R11};
    uint8_t f[5] = {in->rd, in->rn, in->rm, in->ra, in->rs};
    int saved[6], ns = 0, core = !(op_attrs[in->op] & A_FP);
    memset(t->xc, 0, sizeof t->xc); /* the call clobbers xmm */
    fl_prep(t, 1, 0);
    for (int k = 0; k < 5 && core; k++)
        if (f[k] < 15 && t->map[f[k]] >= 0) x_store(XB, gmem(f[k]), t->map[f[k]]);
    for (int k = 0; k < 6; k++)
        for (int r = 0; r < 15; r++)
            if (t->map[r] == volatile_regs[k]) saved[ns++] = volatile_regs[k];
    for (int k = 0; k < ns; k++)
        x_push(XB, saved[k]);
    if (ns & 1) x_aluq_ri(XB, XA_SUB, X_RSP, 8);
    x_movq_rr(XB, X_RDI, H_CPU);
    x_movq_ri(XB, X_RSI, (uint64_t)(uintptr_t)in);
    x_movq_ri(XB, X_RAX, (uint64_t)(uintptr_t)exec_insn);
    x_call_r(XB, X_RAX);
    if (ns & 1) x_aluq_ri(XB, XA_ADD, X_RSP, 8);
    for (int k = ns - 1; k >= 0; k--)
        x_pop(XB, saved[k]);
    if (!core) return;
    if (t->map[in->rd] >= 0) {
        x_load(XB, t->map[in->rd], gmem(in->rd));
        t->written |= (uint16_t)(1u << in->rd);
    }
    if ((op_attrs[in->op] & A_WRA) && in->ra < 15 && t->map[in->ra] >= 0) {
        x_load(XB, t->map[in->ra], gmem(in->ra));
        t->written |= (uint16_t)(1u << in->ra);
    }
}

/* A fast path met a rare case: go to a stub that runs the instruction
 * through exec_insn and comes back to `resume` (bound later). Flags still
 * in EFLAGS (only where align_check left them) are kept by the stub. */
static struct stub *slow_path(struct tctx *t) {
    struct stub *s = stub_new(t, ST_SLOW);
    s->in = t->in;
    s->fk = t->fk;
    return s;
}

/* The fast path that s is the slow path of ends here. */
static void slow_done(struct tctx *t, struct stub *s) {
    s->resume = x_here(XB);
    memcpy(s->xc, t->xc, sizeof s->xc);
}

/* The host has BMI2 (shlx), probed once. */
static int host_bmi2(void) {
    static int has = -1;
    if (has < 0) {
        unsigned a, b, c, d;
        has = __get_cpuid_count(7, 0, &a, &b, &c, &d) && (b >> 8 & 1);
    }
    return has;
}

/* Before a memory access with an alignment check (align_check): can the
 * waiting flags stay in EFLAGS? Else they are stored. */
static void align_prep(struct tctx *t) {
    if (!host_bmi2()) fl_prep(t, 1, 1);
}

/* Goes to the slow path unless the low `bits` bits of eax are 0; with flags
 * in EFLAGS, by shlx and jrcxz, which leave them alone. */
static struct stub *align_check(struct tctx *t, unsigned bits) {
    struct stub *s = slow_path(t);
    if (t->fk == FK_NONE) {
        x_test_ri(XB, X_RAX, (1u << bits) - 1);
        jcc_label(t, XC_NE, &s->at);
        return s;
    }
    x_mov_ri(XB, X_RDX, 32 - bits);
    x_shlx(XB, X_RCX, X_RAX, X_RDX);
    x_jrcxz(XB, 5);
    jmp_label(t, &s->at);
    return s;
}

/* ---- operands ---- */

enum { OK_REG, OK_IMM, OK_MEM };
struct opnd {
    int kind, reg;
    uint32_t imm;
    struct xmem m;
};

static struct opnd o_greg(struct tctx *t, int r) {
    if (is_const(r)) return (struct opnd){OK_IMM, 0, const_of(t, r), {0}};
    if (t->map[r] >= 0) return (struct opnd){OK_REG, t->map[r], 0, {0}};
    return (struct opnd){OK_MEM, 0, 0, gmem(r)};
}
static struct opnd o_reg(int h) { return (struct opnd){OK_REG, h, 0, {0}}; }
static struct opnd o_imm(uint32_t v) { return (struct opnd){OK_IMM, 0, v, {0}}; }

static void x_mov_o(struct xbuf *b, int dst, struct opnd o) {
    if (o.kind == OK_REG)
        x_mov_rr(b, dst, o.reg);
    else if (o.kind == OK_IMM)
        x_mov_ri(b, dst, o.imm);
    else
        x_load(b, dst, o.m);
}
static void x_alu_o(struct xbuf *b, int op, int dst, struct opnd o) {
    if (o.kind == OK_REG)
        x_alu_rr(b, op, dst, o.reg);
    else if (o.kind == OK_IMM)
        x_alu_ri(b, op, dst, o.imm);
    else
        x_alu_rm(b, op, dst, o.m);
}

/* The shifter operand of a data-processing instruction, in a form x86 ALU
 * instructions take (shifted values end up in rdx). With `carry` (a
 * flag-setting logical operation), C is stored to struct cpu when the
 * shifter produces one. Returns -1 for forms left to exec_insn. */
static int shifter(struct tctx *t, const struct insn *in, int carry, struct opnd *o) {
    struct xmem cf = xm(H_CPU, CPU_OFF(cf));
    if (in->opk == OPK_IMM) {
        *o = o_imm(in->imm);
        if (carry && in->carry != CARRY_KEEP) x_store_i(XB, cf, in->carry);
        return 0;
    }
    if (in->opk == OPK_REGREG) {
        /* amount = r[rs] & 0xff; LSL/LSR by 32 or more give 0, ASR saturates at 31 */
        rd_to(t, X_RDX, in->rm);
        rd_to(t, X_RCX, in->rs);
        x_movzxb_rr(XB, X_RCX, X_RCX);
        switch (in->shtype) {
        case SH_LSL:
        case SH_LSR:
            x_shift_cl(XB, in->shtype == SH_LSL ? XS_SHL : XS_SHR, X_RDX);
            x_mov_ri(XB, X_RAX, 0);
            x_alu_ri(XB, XA_CMP, X_RCX, 32);
            x_cmov_rr(XB, XC_AE, X_RDX, X_RAX);
            break;
        case SH_ASR:
            x_mov_ri(XB, X_RAX, 31);
            x_alu_ri(XB, XA_CMP, X_RCX, 31);
            x_cmov_rr(XB, XC_A, X_RCX, X_RAX);
            x_shift_cl(XB, XS_SAR, X_RDX);
            break;
        default: x_shift_cl(XB, XS_ROR, X_RDX); break;
        }
        *o = o_reg(X_RDX);
        return 0;
    }
    unsigned n = in->shamt;
    if (in->shtype == SH_LSL && n == 0) {
        *o = o_greg(t, in->rm);
        return 0;
    }
    rd_to(t, X_RDX, in->rm);
    *o = o_reg(X_RDX);
    switch (in->shtype) {
    case SH_RRX: /* C into CF, rotate through it */
        x_bt_mi(XB, cf, 0);
        x_byte(XB, 0xd1); /* rcr edx, 1 */
        x_byte(XB, 0xc0 | XS_RCR << 3 | X_RDX);
        break;
    case SH_LSR:
    case SH_ASR:
        if (n == 32) {
            if (carry) {
                x_bt_ri(XB, X_RDX, 31);
                x_setcc_m(XB, XC_B, cf);
            }
            if (in->shtype == SH_LSR)
                x_mov_ri(XB, X_RDX, 0);
            else
                x_shift_ri(XB, XS_SAR, X_RDX, 31);
            return 0;
        }
        x_shift_ri(XB, in->shtype == SH_LSR ? XS_SHR : XS_SAR, X_RDX, n);
        break;
    case SH_LSL: x_shift_ri(XB, XS_SHL, X_RDX, n); break;
    default: x_shift_ri(XB, XS_ROR, X_RDX, n); break;
    }
    if (carry) x_setcc_m(XB, XC_B, cf); /* the last bit shifted out */
    return 0;
}

/* ---- data processing ---- */

/* MOV, MVN (no flags, no shift), and ADD/SUB without flags whose operand
 * lea can form: nothing that touches EFLAGS. */
static int dp_flagless(const struct insn *in, int s) {
    unsigned op = in->op;
    if (s) return 0;
    if ((op == OP_MOV || op == OP_MVN) &&
        (in->opk == OPK_IMM || (in->opk == OPK_REG && in->shtype == SH_LSL && in->shamt == 0)))
        return 1;
    if ((op != OP_ADD && op != OP_SUB) || is_const(in->rn)) return 0;
    return in->opk == OPK_IMM || (op == OP_ADD && in->opk == OPK_REG && in->shtype == SH_LSL &&
                                  in->shamt <= 3 && !is_const(in->rm));
}

/* The result of a data-processing instruction is in d: to rd, or a
 * branch (ALUWritePC: interworking in A32). */
static void dp_write(struct tctx *t, const struct insn *in, int d) {
    if (in->rd == 15)
        exit_indirect(t, d, !(in->flags & F_THUMB));
    else
        wr_from(t, in->rd, d);
}

static int emit_dp(struct tctx *t, const struct insn *in) {
    unsigned op = in->op, a = op_attrs[op];
    int s = ((in->flags & F_S) || (a & A_TEST)) && !(in->fact & FACT_DEAD);
    int logic = !!(a & A_LOGIC), test = !!(a & A_TEST);
    struct opnd o;
    if (in->rd == 15 && !test && s) return -1;
    if (in->opk == OPK_REGREG && (s || in->rs == 15 || in->rm == 15)) return -1;
    if (in->rd == 15 && !test) fl_store(t, FL_ALL); /* a branch: the block ends */
    fl_prep(t, !dp_flagless(in, s), 0);
    if (dp_flagless(in, s) && (op == OP_ADD || op == OP_SUB)) { /* lea */
        int d = wr_reg(t, in->rd, X_RAX), n = rd_reg(t, in->rn, X_RAX);
        if (in->opk == OPK_IMM) {
            x_lea(XB, d, xm(n, (int32_t)(op == OP_ADD ? in->imm : 0u - in->imm)));
        } else {
            int m = rd_reg(t, in->rm, X_RCX);
            x_lea(XB, d, xmi(n, m, 1 << in->shamt, 0));
        }
        dp_write(t, in, d);
        return 0;
    }
    if (shifter(t, in, s && logic, &o) < 0) return -1;
    if (op == OP_MOV || op == OP_MVN) {
        int d = test ? X_RAX : wr_reg(t, in->rd, X_RAX);
        x_mov_o(XB, d, o);
        if (op == OP_MVN) x_not(XB, d);
        if (s) {
            x_test_rr(XB, d, d);
            t->fk = FK_LOGIC;
        }
        dp_write(t, in, d);
        return 0;
    }
    struct opnd n = o_greg(t, in->rn);
    if ((op == OP_CMP || op == OP_TST) && s && (n.kind == OK_REG || o.kind != OK_MEM) &&
        n.kind != OK_IMM) {
        /* compares need no result: cmp/test straight on the operands */
        if (n.kind != OK_REG) {
            x_load(XB, X_RAX, n.m);
            n = o_reg(X_RAX);
        }
        if (op == OP_CMP)
            x_alu_o(XB, XA_CMP, n.reg, o);
        else if (o.kind == OK_IMM)
            x_test_ri(XB, n.reg, o.imm);
        else if (o.kind == OK_REG)
            x_test_rr(XB, n.reg, o.reg);
        else
            x_op_rm(XB, 0, 0x85, n.reg, o.m);
        t->fk = op == OP_CMP ? FK_SUB : FK_LOGIC;
        return 0;
    }
    /* rd = rn OP o: into rd's own register when that cannot clobber o */
    int d = test ? X_RAX : wr_reg(t, in->rd, X_RAX);
    if (o.kind == OK_REG && o.reg == d && !(n.kind == OK_REG && n.reg == d)) d = X_RAX;
    int xop, fk = FK_LOGIC;
    switch (op) {
    case OP_AND:
    case OP_TST:
    case OP_BIC: xop = XA_AND; break;
    case OP_EOR:
    case OP_TEQ: xop = XA_XOR; break;
    case OP_ORR:
    case OP_ORN: xop = XA_OR; break;
    case OP_ADD:
    case OP_CMN:
        xop = XA_ADD;
        fk = FK_ADD;
        break;
    case OP_ADC:
        xop = XA_ADC;
        fk = FK_ADD;
        break;
    case OP_SUB:
    case OP_CMP:
    case OP_RSB:
        xop = XA_SUB;
        fk = FK_SUB;
        break;
    case OP_SBC:
    case OP_RSC:
        xop = XA_SBB;
        fk = FK_SUB;
        break;
    default: return -1;
    }
    if (op == OP_BIC || op == OP_ORN) { /* ~o */
        x_mov_o(XB, X_RDX, o);
        x_not(XB, X_RDX);
        o = o_reg(X_RDX);
    }
    if (op == OP_RSB || op == OP_RSC) { /* o - rn */
        struct opnd tmp = o;
        o = n;
        n = tmp;
        if (o.kind == OK_REG && o.reg == d && !(n.kind == OK_REG && n.reg == d)) d = X_RAX;
    }
    x_mov_o(XB, d, n);
    if (op == OP_ADC) x_bt_mi(XB, xm(H_CPU, CPU_OFF(cf)), 0);
    if (op == OP_SBC || op == OP_RSC) { /* borrow = !C */
        x_bt_mi(XB, xm(H_CPU, CPU_OFF(cf)), 0);
        x_cmc(XB);
    }
    x_alu_o(XB, xop, d, o);
    if (s) t->fk = fk;
    if (!test) dp_write(t, in, d);
    return 0;
}

/* ---- multiplies, extends, bit fields and the like ---- */

/* Long multiplies without flags: RdLo = rd, RdHi = ra. */
static int emit_mull(struct tctx *t, const struct insn *in) {
    if ((in->flags & F_S) || in->rd == in->ra || is_const(in->rn) || is_const(in->rm)) return -1;
    fl_prep(t, 1, 0);
    rd_to(t, X_RAX, in->rn);
    struct opnd m = o_greg(t, in->rm);
    int ext = in->op == OP_SMULL || in->op == OP_SMLAL ? 5 : 4; /* imul / mul r/m32 */
    if (m.kind == OK_REG)
        x_op_rr(XB, 0, 0xf7, ext, m.reg);
    else
        x_op_rm(XB, 0, 0xf7, ext, m.m);
    if (in->op == OP_UMLAL || in->op == OP_SMLAL) {
        x_alu_o(XB, XA_ADD, X_RAX, o_greg(t, in->rd));
        x_alu_o(XB, XA_ADC, X_RDX, o_greg(t, in->ra));
    }
    wr_from(t, in->rd, X_RAX);
    wr_from(t, in->ra, X_RDX);
    return 0;
}

static int emit_div(struct tctx *t, const struct insn *in) {
    struct label zero = {0}, done = {0}, neg = {0};
    fl_prep(t, 1, 0);
    rd_to(t, X_RCX, in->rm);
    rd_to(t, X_RAX, in->rn);
    x_test_rr(XB, X_RCX, X_RCX);
    jcc_label(t, XC_E, &zero);
    if (in->op == OP_SDIV) {
        x_alu_ri(XB, XA_CMP, X_RCX, 0xffffffffu);
        jcc_label(t, XC_E, &neg);
        x_byte(XB, 0x99); /* cdq */
        x_op_rr(XB, 0, 0xf7, 7, X_RCX);
    } else {
        x_mov_ri(XB, X_RDX, 0);
        x_op_rr(XB, 0, 0xf7, 6, X_RCX);
    }
    jmp_label(t, &done);
    label_bind(t, &neg); /* x / -1 = -x (INT_MIN stays) */
    x_neg(XB, X_RAX);
    jmp_label(t, &done);
    label_bind(t, &zero); /* x / 0 = 0 */
    x_mov_ri(XB, X_RAX, 0);
    label_bind(t, &done);
    wr_from(t, in->rd, X_RAX);
    return 0;
}

/* UXTB, UXTH, SXTB, SXTH: rd = rn + extend(ROR(rm, rot)). */
static int emit_extend(struct tctx *t, const struct insn *in) {
    int byte = in->op == OP_UXTB || in->op == OP_SXTB,
        sign = in->op == OP_SXTB || in->op == OP_SXTH;
    unsigned rot = in->shamt;
    if (is_const(in->rm)) return -1;
    fl_prep(t, rot != 0, 0);
    int m = rd_reg(t, in->rm, X_RAX);
    if (rot) {
        x_mov_rr(XB, X_RAX, m);
        x_shift_ri(XB, XS_ROR, X_RAX, rot);
        m = X_RAX;
    }
    int d = in->rn == R_ZERO ? wr_reg(t, in->rd, X_RAX) : X_RAX;
    if (byte)
        sign ? x_movsxb_rr(XB, d, m) : x_movzxb_rr(XB, d, m);
    else
        sign ? x_movsxw_rr(XB, d, m) : x_movzxw_rr(XB, d, m);
    if (in->rn != R_ZERO) {
        int n = rd_reg(t, in->rn, X_RCX);
        int dd = wr_reg(t, in->rd, X_RAX);
        x_lea(XB, dd, xmi(n, X_RAX, 1, 0));
        d = dd;
    }
    wr_done(t, in->rd, d);
    return 0;
}

/* Parallel add/subtract (ops.def PARALLEL) with SSE2, for the plain,
 * saturating and GE-setting forms of ADD8, SUB8, ADD16, SUB16. */
static int emit_parallel(struct tctx *t, const struct insn *in) {
    unsigned prefix = in->imm >> 3, opc = in->imm & 7, w = opc == 0 || opc == 3,
             sub = opc == 3 || opc == 7;
    if ((opc != 0 && opc != 3 && opc != 4 && opc != 7) ||
        (prefix != 1 && prefix != 2 && prefix != 5 && prefix != 6))
        return -1;
    if (is_const(in->rn) || is_const(in->rm)) return -1;
    int sign = prefix == 1 || prefix == 2, ge = prefix == 1 || prefix == 5;
    unsigned wrap = (sub ? 0xf8 : 0xfc) + w;                               /* padd/psub b/w */
    unsigned sat = (sign ? (sub ? 0xe8 : 0xec) : (sub ? 0xd8 : 0xdc)) + w; /* saturating */
    fl_prep(t, 1, 0);
    x_sse_rr(XB, 0x66, 0x6e, 0, rd_reg(t, in->rn, X_RAX)); /* movd xmm0, rn */
    x_sse_rr(XB, 0x66, 0x6e, 1, rd_reg(t, in->rm, X_RCX)); /* movd xmm1, rm */
    if (ge) {
        x_sse_rr(XB, 0x66, 0x6f, 2, 0); /* movdqa xmm2, xmm0 */
        x_sse_rr(XB, 0x66, sat, 2, 1);
        x_sse_rr(XB, 0x66, wrap, 0, 1);
        if (sign) {                         /* GE: the true result is >= 0, as the saturated one */
            x_sse_rr(XB, 0x66, 0x74, 3, 3); /* pcmpeqb xmm3, xmm3: -1 */
            x_sse_rr(XB, 0x66, 0x64 + w, 2, 3); /* pcmpgt: sat > -1 */
        } else { /* GE: no carry (sub) / a carry (add): saturation changed nothing */
            x_sse_rr(XB, 0x66, 0x74 + w, 2, 0);
        }
        x_sse_rr(XB, 0x66, 0xd7, X_RCX, 2); /* pmovmskb ecx, xmm2 */
        if (!sign && !sub) x_not(XB, X_RCX);
        x_alu_ri(XB, XA_AND, X_RCX, 0xf);
        x_storeb(XB, xm(H_CPU, CPU_OFF(ge)), X_RCX);
    } else {
        x_sse_rr(XB, 0x66, sat, 0, 1);
    }
    x_sse_rr(XB, 0x66, 0x7e, 0, X_RAX); /* movd eax, xmm0 */
    wr_from(t, in->rd, X_RAX);
    return 0;
}

static int emit_misc(struct tctx *t, const struct insn *in) {
    int d;
    switch (in->op) {
    case OP_NOP: return 0;
    case OP_MRC: /* TPIDRURO (opc2 3) or TPIDRURW */
        if (in->rd == 15) return -1;
        x_load(XB, X_RAX, xm(H_CPU, in->shamt == 3 ? CPU_OFF(tpidruro) : CPU_OFF(tpidrurw)));
        wr_from(t, in->rd, X_RAX);
        return 0;
    case OP_MCR:
        if (in->rd == 15) return -1;
        x_store(XB, xm(H_CPU, CPU_OFF(tpidrurw)), rd_reg(t, in->rd, X_RAX));
        return 0;
    case OP_SEL: { /* rd = (rn & mask) | (rm & ~mask), mask from GE */
        static const uint32_t ge_mask[16] = {0x00000000, 0x000000ff, 0x0000ff00, 0x0000ffff,
                                             0x00ff0000, 0x00ff00ff, 0x00ffff00, 0x00ffffff,
                                             0xff000000, 0xff0000ff, 0xff00ff00, 0xff00ffff,
                                             0xffff0000, 0xffff00ff, 0xffffff00, 0xffffffff};
        if (is_const(in->rn) || is_const(in->rm)) return -1;
        fl_prep(t, 1, 0);
        x_movzxb(XB, X_RCX, xm(H_CPU, CPU_OFF(ge)));
        x_movq_ri(XB, X_RAX, (uint64_t)(uintptr_t)ge_mask);
        x_load(XB, X_RAX, xmi(X_RAX, X_RCX, 4, 0));
        rd_to(t, X_RDX, in->rn);
        x_alu_rr(XB, XA_AND, X_RDX, X_RAX);
        x_not(XB, X_RAX);
        x_alu_o(XB, XA_AND, X_RAX, o_greg(t, in->rm));
        x_alu_rr(XB, XA_OR, X_RAX, X_RDX);
        wr_from(t, in->rd, X_RAX);
        return 0;
    }
    case OP_BARRIER:
        fl_prep(t, 0, 0);
        x_mfence(XB);
        return 0;
    case OP_MOVW:
        d = wr_reg(t, in->rd, X_RAX);
        x_mov_ri(XB, d, in->imm);
        wr_done(t, in->rd, d);
        return 0;
    case OP_MOVT: /* (rd & 0xffff) + (imm << 16), without touching EFLAGS */
        d = wr_reg(t, in->rd, X_RAX);
        x_movzxw_rr(XB, d, rd_reg(t, in->rd, d));
        x_lea(XB, d, xm(d, (int32_t)(in->imm << 16)));
        wr_done(t, in->rd, d);
        return 0;
    case OP_MUL:
    case OP_MLA:
    case OP_MLS: {
        int s = (in->flags & F_S) && !(in->fact & FACT_DEAD);
        fl_prep(t, 1, 0);
        rd_to(t, X_RAX, in->rn);
        x_op_rr(XB, 0, 0x0faf, X_RAX, rd_reg(t, in->rm, X_RCX)); /* imul eax, rm */
        if (in->op == OP_MLA) x_alu_o(XB, XA_ADD, X_RAX, o_greg(t, in->ra));
        if (in->op == OP_MLS) {
            rd_to(t, X_RCX, in->ra);
            x_alu_rr(XB, XA_SUB, X_RCX, X_RAX);
            x_mov_rr(XB, X_RAX, X_RCX);
        }
        if (s) {
            x_test_rr(XB, X_RAX, X_RAX);
            t->fk = FK_LOGIC;
        }
        wr_from(t, in->rd, X_RAX);
        return 0;
    }
    case OP_UMULL:
    case OP_SMULL:
    case OP_UMLAL:
    case OP_SMLAL: return emit_mull(t, in);
    case OP_PARALLEL: return emit_parallel(t, in);
    case OP_SMULXY:
    case OP_SMLAXY: { /* halves (shamt bit 0: top of rn, bit 1: top of rm), + ra setting Q */
        struct label nov = {0};
        if (is_const(in->rn) || is_const(in->rm) || (in->op == OP_SMLAXY && is_const(in->ra)))
            return -1;
        fl_prep(t, 1, 0);
        int n = rd_reg(t, in->rn, X_RAX), m = rd_reg(t, in->rm, X_RCX);
        if (in->shamt & 1) {
            x_mov_rr(XB, X_RAX, n);
            x_shift_ri(XB, XS_SAR, X_RAX, 16);
        } else {
            x_movsxw_rr(XB, X_RAX, n);
        }
        if (in->shamt & 2) {
            x_mov_rr(XB, X_RCX, m);
            x_shift_ri(XB, XS_SAR, X_RCX, 16);
        } else {
            x_movsxw_rr(XB, X_RCX, m);
        }
        x_imul_rr(XB, X_RAX, X_RCX);
        if (in->op == OP_SMLAXY) {
            x_alu_o(XB, XA_ADD, X_RAX, o_greg(t, in->ra));
            jcc_label(t, XC_NO, &nov);
            x_storeb_i(XB, xm(H_CPU, CPU_OFF(q)), 1);
            label_bind(t, &nov);
        }
        wr_from(t, in->rd, X_RAX);
        return 0;
    }
    case OP_SDIV:
    case OP_UDIV: return emit_div(t, in);
    case OP_UXTB:
    case OP_UXTH:
    case OP_SXTB:
    case OP_SXTH: return emit_extend(t, in);
    case OP_UBFX:
    case OP_SBFX: {
        unsigned lsb = in->shamt, w = in->imm;
        if (w < 1 || lsb + w > 32) return -1;
        fl_prep(t, 1, 0);
        rd_to(t, X_RAX, in->rn);
        if (in->op == OP_UBFX) {
            if (lsb) x_shift_ri(XB, XS_SHR, X_RAX, lsb);
            if (w < 32) x_alu_ri(XB, XA_AND, X_RAX, (1u << w) - 1);
        } else {
            if (32 - lsb - w) x_shift_ri(XB, XS_SHL, X_RAX, 32 - lsb - w);
            if (32 - w) x_shift_ri(XB, XS_SAR, X_RAX, 32 - w);
        }
        wr_from(t, in->rd, X_RAX);
        return 0;
    }
    case OP_BFI: {
        unsigned lsb = in->shamt, w = in->imm;
        if (w < 1 || lsb + w > 32) return -1;
        uint32_t mask = (w == 32 ? ~0u : (1u << w) - 1) << lsb;
        fl_prep(t, 1, 0);
        rd_to(t, X_RAX, in->rn);
        if (lsb) x_shift_ri(XB, XS_SHL, X_RAX, lsb);
        x_alu_ri(XB, XA_AND, X_RAX, mask);
        rd_to(t, X_RCX, in->rd);
        x_alu_ri(XB, XA_AND, X_RCX, ~mask);
        x_alu_rr(XB, XA_OR, X_RAX, X_RCX);
        wr_from(t, in->rd, X_RAX);
        return 0;
    }
    case OP_CLZ: /* 31 - bsr, and 32 for 0 */
        fl_prep(t, 1, 0);
        x_mov_ri(XB, X_RCX, 0xffffffffu);
        x_bsr(XB, X_RAX, rd_reg(t, in->rm, X_RAX));
        x_cmov_rr(XB, XC_E, X_RAX, X_RCX);
        x_neg(XB, X_RAX);
        x_alu_ri(XB, XA_ADD, X_RAX, 31);
        wr_from(t, in->rd, X_RAX);
        return 0;
    case OP_REV:
    case OP_REV16:
        fl_prep(t, in->op == OP_REV16, 0);
        d = wr_reg(t, in->rd, X_RAX);
        rd_to(t, d, in->rm);
        x_bswap(XB, d);
        if (in->op == OP_REV16) x_shift_ri(XB, XS_ROR, d, 16);
        wr_done(t, in->rd, d);
        return 0;
    default: return -1;
    }
}

/* ---- loads and stores ---- */

static int is_load(unsigned op) {
    return op == OP_LDR || op == OP_LDRB || op == OP_LDRH || op == OP_LDRSB || op == OP_LDRSH;
}

/* Puts the access address of a single load/store in eax, and the offset
 * (disp + r[idx] * scale, idx -1: none) in *disp, *idx, *scale for the
 * write-back of a post-indexed one. Returns -1 for forms left to
 * exec_insn. */
static int ls_address(struct tctx *t, const struct insn *in, int32_t *disp, int *idx, int *scale) {
    int pre = !!(in->flags & F_P);
    *idx = -1;
    *scale = 1;
    *disp = 0;
    if (in->opk == OPK_IMM) {
        *disp = (int32_t)(in->flags & F_U ? in->imm : 0u - in->imm);
    } else {
        if (in->opk != OPK_REG || in->shtype != SH_LSL || in->shamt > 3 || !(in->flags & F_U) ||
            in->rm == 15)
            return -1;
        *idx = in->rm;
        *scale = 1 << in->shamt;
    }
    int n = rd_reg(t, in->rn, X_RAX);
    if (pre) {
        int m = *idx >= 0 ? rd_reg(t, *idx, X_RCX) : -1;
        x_lea(XB, X_RAX, m >= 0 ? xmi(n, m, *scale, *disp) : xm(n, *disp));
    } else {
        x_mov_rr(XB, X_RAX, n);
    }
    return 0;
}

static int emit_ldst(struct tctx *t, const struct insn *in) {
    unsigned op = in->op;
    int load = is_load(op), wb = (in->flags & (F_P | F_W)) != F_P, pre = !!(in->flags & F_P);
    int32_t disp;
    int idx, scale;
    if (in->opk == OPK_REG &&
        (in->shtype != SH_LSL || in->shamt > 3 || !(in->flags & F_U) || in->rm == 15))
        return -1;
    if (wb && (in->rn == 15 || in->rn == R_ZERO)) return -1;
    if (load && in->rd == 15) {
        if (op != OP_LDR) return -1;
        fl_store(t, FL_ALL); /* the block ends here */
    }
    ls_address(t, in, &disp, &idx, &scale);
    struct xmem a = xmi(H_BASE, X_RAX, 1, 0);
    int v = X_RDX;
    if (load) {
        if (!wb && in->rd != 15 && t->map[in->rd] >= 0) v = t->map[in->rd];
        site(t);
        switch (op) {
        case OP_LDR: x_load(XB, v, a); break;
        case OP_LDRB: x_movzxb(XB, v, a); break;
        case OP_LDRH: x_movzxw(XB, v, a); break;
        case OP_LDRSB: x_movsxb(XB, v, a); break;
        default: x_movsxw(XB, v, a); break;
        }
    } else {
        v = rd_reg(t, in->rd, X_RDX);
        store_hook(t, 0, op == OP_STR ? 4 : op == OP_STRB ? 1 : 2);
        site(t);
        if (op == OP_STR)
            x_store(XB, a, v);
        else if (op == OP_STRB)
            x_storeb(XB, a, v);
        else
            x_storew(XB, a, v);
    }
    if (wb) {
        if (pre) {
            wr_from(t, in->rn, X_RAX);
        } else {
            int m = idx >= 0 ? rd_reg(t, idx, X_RCX) : -1;
            x_lea(XB, X_RCX, m >= 0 ? xmi(X_RAX, m, scale, 0) : xm(X_RAX, disp));
            wr_from(t, in->rn, X_RCX);
        }
    }
    if (load) {
        if (in->rd == 15)
            exit_indirect(t, v, 1);
        else if (v == X_RDX)
            wr_from(t, in->rd, X_RDX);
        else
            t->written |= (uint16_t)(1u << in->rd);
    }
    return 0;
}

/* LDRD/STRD with an immediate offset: word-aligned, else the slow path. */
static int emit_ldst_dual(struct tctx *t, const struct insn *in) {
    int wb = (in->flags & (F_P | F_W)) != F_P, pre = !!(in->flags & F_P);
    int32_t disp;
    int idx, scale;
    if (in->opk != OPK_IMM || in->rd == 15 || in->ra == 15 || (wb && is_const(in->rn))) return -1;
    if (in->op == OP_LDRD && (in->rd == in->ra || (wb && (in->rn == in->rd || in->rn == in->ra))))
        return -1;
    align_prep(t);
    ls_address(t, in, &disp, &idx, &scale);
    struct stub *slow = align_check(t, 2);
    if (in->op == OP_LDRD) {
        site(t);
        x_load(XB, X_RCX, xmi(H_BASE, X_RAX, 1, 4));
        site(t);
        x_load(XB, X_RDX, xmi(H_BASE, X_RAX, 1, 0));
    } else {
        store_hook(t, 0, 8);
        site(t);
        x_store(XB, xmi(H_BASE, X_RAX, 1, 0), rd_reg(t, in->rd, X_RDX));
        site(t);
        x_store(XB, xmi(H_BASE, X_RAX, 1, 4), rd_reg(t, in->ra, X_RDX));
    }
    if (wb) {
        if (!pre) x_lea(XB, X_RAX, xm(X_RAX, disp));
        wr_from(t, in->rn, X_RAX);
    }
    if (in->op == OP_LDRD) {
        wr_from(t, in->rd, X_RDX);
        wr_from(t, in->ra, X_RCX);
    }
    slow_done(t, slow);
    return 0;
}

static unsigned popcount16(uint32_t l) {
    unsigned n = 0;
    for (; l; l &= l - 1)
        n++;
    return n;
}

/* LDM/STM (PUSH, POP): word-aligned, else the slow path. A load changes
 * no register before its first and last words were read (the only ones
 * that can fault: the transfer spans at most two pages). */
static int emit_lsm(struct tctx *t, const struct insn *in) {
    uint32_t list = in->imm & 0xffff;
    unsigned count = popcount16(list);
    int up = !!(in->flags & F_U), pre = !!(in->flags & F_P), wb = !!(in->flags & F_W);
    int load = in->op == OP_LDM;
    if (count == 0 || is_const(in->rn) || ((list >> in->rn) & 1 && (wb || !load))) return -1;
    int32_t start = (int32_t)((up ? 0 : 0u - 4 * count) + (up == pre ? 4 : 0));
    int32_t delta = (int32_t)(up ? 4 * count : 0u - 4 * count);
    align_prep(t);
    if (load && (list & 0x8000)) fl_store(t, FL_ALL);
    int n = rd_reg(t, in->rn, X_RAX);
    x_lea(XB, X_RAX, xm(n, start));
    struct stub *slow = align_check(t, 2);
    if (load) {
        site(t);
        x_load(XB, X_RCX, xmi(H_BASE, X_RAX, 1, (int32_t)(4 * (count - 1))));
        site(t);
        x_load(XB, X_RDX, xmi(H_BASE, X_RAX, 1, 0));
        if (wb) {
            int h = wr_reg(t, in->rn, X_RCX);
            rd_to(t, h, in->rn);
            x_lea(XB, h, xm(h, delta));
            wr_done(t, in->rn, h);
        }
        int i = 0;
        for (uint32_t l = list & 0x7fff; l; l &= l - 1, i++) {
            int r = __builtin_ctz(l);
            if (i == 0) {
                wr_from(t, r, X_RDX);
                continue;
            }
            int h = wr_reg(t, r, X_RCX);
            x_load(XB, h, xmi(H_BASE, X_RAX, 1, 4 * i));
            wr_done(t, r, h);
        }
        if (list & 0x8000) {
            if (i > 0) x_load(XB, X_RDX, xmi(H_BASE, X_RAX, 1, 4 * i));
            exit_indirect(t, X_RDX, 1);
        }
    } else {
        int i = 0;
        store_hook(t, 0, 4 * count);
        for (uint32_t l = list; l; l &= l - 1, i++) {
            site(t);
            x_store(XB, xmi(H_BASE, X_RAX, 1, 4 * i), rd_reg(t, __builtin_ctz(l), X_RCX));
        }
        if (wb) {
            int h = wr_reg(t, in->rn, X_RCX);
            rd_to(t, h, in->rn);
            x_lea(XB, h, xm(h, delta));
            wr_done(t, in->rn, h);
        }
    }
    slow_done(t, slow);
    return 0;
}

/* ---- branches ---- */

static void set_lr(struct tctx *t, const struct insn *in) {
    uint32_t ret = (in->pc + in->len) | (in->flags & F_THUMB ? 1 : 0);
    if (t->map[14] >= 0) {
        x_mov_ri(XB, t->map[14], ret);
        t->written |= 1u << 14;
    } else {
        x_store_i(XB, gmem(14), ret);
    }
}

static int emit_branch(struct tctx *t, const struct insn *in) {
    int thumb = !!(in->flags & F_THUMB);
    uint32_t mask = thumb ? ~1u : ~3u;
    switch (in->op) {
    case OP_B:
        if (in->cond != COND_AL) {
            struct label fall = {0};
            jump_cond(t, in->cond, 0, &fall);
            int fk = t->fk;
            exit_direct(t, in->imm & mask, thumb);
            label_bind(t, &fall);
            t->fk = fk;
            t->reachable = 1;
            return 0;
        }
        exit_direct(t, in->imm & mask, thumb);
        return 0;
    case OP_BL:
        set_lr(t, in);
        exit_direct(t, in->imm & mask, thumb);
        return 0;
    case OP_BLXI:
        set_lr(t, in);
        exit_direct(t, in->imm & (thumb ? ~3u : ~1u), !thumb);
        return 0;
    case OP_BX:
    case OP_BLX:
        if (in->rm == 15) return -1;
        fl_store(t, FL_ALL);
        rd_to(t, X_RDX, in->rm);
        if (in->op == OP_BLX) set_lr(t, in);
        exit_indirect(t, X_RDX, 1);
        return 0;
    case OP_CBZ:
    case OP_CBNZ: {
        struct label fall = {0};
        fl_store(t, FL_ALL);
        int r = rd_reg(t, in->rn, X_RAX);
        x_test_rr(XB, r, r);
        jcc_label(t, in->op == OP_CBZ ? XC_NE : XC_E, &fall);
        exit_direct(t, in->imm & mask, thumb);
        label_bind(t, &fall);
        t->reachable = 1;
        return 0;
    }
    case OP_TBB:
    case OP_TBH: {
        if (in->rm == 15) return -1;
        fl_store(t, FL_ALL);
        int n = rd_reg(t, in->rn, X_RAX), m = rd_reg(t, in->rm, X_RCX);
        x_lea(XB, X_RAX, xmi(n, m, in->op == OP_TBH ? 2 : 1, 0));
        site(t);
        if (in->op == OP_TBB)
            x_movzxb(XB, X_RDX, xmi(H_BASE, X_RAX, 1, 0));
        else
            x_movzxw(XB, X_RDX, xmi(H_BASE, X_RAX, 1, 0));
        x_lea(XB, X_RDX, xmi(X_RDX, X_RDX, 1, (int32_t)(in->pc + 4)));
        exit_indirect(t, X_RDX, 0);
        return 0;
    }
    default: return -1;
    }
}

/* ---- VFP ---- */

#include "arm/fpu.h"

static struct xmem vreg(int dbl, unsigned n) {
    return xm(H_CPU, CPU_OFF(vfp) + (int32_t)(dbl ? 8 * n : 4 * n));
}

static int xc_key(int dbl, unsigned r) { return dbl ? (int)r : 32 + (int)r; }
static struct xmem xc_mem(int key) {
    return key < 32 ? vreg(1, (unsigned)key) : vreg(0, key - 32u);
}

/* xmm x = VFP register `key` from struct cpu. */
static void xc_load(struct tctx *t, int x, int key) {
    x_sse_rm(XB, key < 32 ? 0xf2 : 0xf3, 0x10, x, xc_mem(key));
}

/* The xmm holding key, or -1. */
static int xc_find(struct tctx *t, int key) {
    for (int i = 0; i < XC_N; i++)
        if (t->xc[i] == key + 1) return XC_FIRST + i;
    return -1;
}

/* Forgets key and the registers it overlaps (D[n] is S[2n], S[2n+1]). */
static void xc_drop(struct tctx *t, int key) {
    int d = key < 32 ? key : (key - 32) / 2;
    for (int i = 0; i < XC_N; i++) {
        int k = t->xc[i] - 1;
        if (k >= 0 && (k < 32 ? k : (k - 32) / 2) == d) t->xc[i] = 0;
    }
}

/* xmm0 is the new value of key (already stored): keep a copy. */
static void xc_put(struct tctx *t, int key) {
    xc_drop(t, key);
    if (t->check) return; /* store_hook calls C, which clobbers xmm */
    int i = t->xc_next;
    t->xc_next = (i + 1) % XC_N;
    t->xc[i] = (uint8_t)(key + 1);
    x_sse_rr(XB, 0, 0x28, XC_FIRST + i, 0); /* movaps */
}

/* xmm x = the value of key, from the cache or memory. */
static void xc_get(struct tctx *t, int x, int key) {
    int c = xc_find(t, key);
    if (c >= 0)
        x_sse_rr(XB, 0, 0x28, x, c);
    else
        xc_load(t, x, key);
}

/* xmm0 op= key (scalar), from the cache or memory. */
static void xc_op(struct tctx *t, unsigned opc, int key) {
    int c = xc_find(t, key), pfx = key < 32 ? 0xf2 : 0xf3;
    if (c >= 0)
        x_sse_rr(XB, pfx, opc, 0, c);
    else
        x_sse_rm(XB, pfx, opc, 0, xc_mem(key));
}

/* The fast paths need FPSCR in the state most programs leave it: no short
 * vectors, round to nearest, no flush-to-zero, and IXC already set, so a
 * finite normal result can raise nothing new (fpu.c's fast_ok). Else the
 * slow path. `full`: all of that; else only no short vectors. */
static void fp_guard(struct tctx *t, struct stub *slow, int full) {
    struct xmem fpscr = xm(H_CPU, CPU_OFF(fpscr));
    if (!full) {
        x_op_rm(XB, 0, 0xf7, 0, fpscr); /* test dword [fpscr], imm */
        x_u32(XB, FPSCR_LEN_STRIDE);
        jcc_label(t, XC_NE, &slow->at);
        return;
    }
    x_load(XB, X_RAX, fpscr);
    x_alu_ri(XB, XA_AND, X_RAX, FPSCR_LEN_STRIDE | FPSCR_RMODE | FPSCR_FZ | FPSCR_IXC);
    x_alu_ri(XB, XA_CMP, X_RAX, FPSCR_IXC);
    jcc_label(t, XC_NE, &slow->at);
}

/* xmm0 holds a result: on to the slow path unless it is finite and normal. */
static void fp_check(struct tctx *t, int dbl, struct stub *slow) {
    if (!dbl) {
        x_sse_rr(XB, 0x66, 0x7e, 0, X_RAX); /* movd eax, xmm0 */
        x_alu_ri(XB, XA_AND, X_RAX, 0x7fffffffu);
        x_alu_ri(XB, XA_SUB, X_RAX, 0x00800000u);
        x_alu_ri(XB, XA_CMP, X_RAX, 0x7f000000u);
    } else {
        x_sse_rrw(XB, 0x66, 0x7e, 0, X_RAX); /* movq rax, xmm0 */
        x_shiftq_ri(XB, XS_SHL, X_RAX, 1);
        x_shiftq_ri(XB, XS_SHR, X_RAX, 1);
        x_movq_ri(XB, X_RCX, 0x0010000000000000ull);
        x_op_rr(XB, 1, 0x29, X_RCX, X_RAX); /* sub rax, rcx */
        x_movq_ri(XB, X_RCX, 0x7fe0000000000000ull);
        x_op_rr(XB, 1, 0x39, X_RCX, X_RAX); /* cmp rax, rcx */
    }
    jcc_label(t, XC_AE, &slow->at);
}

/* One scalar operation xmm0 = xmm0 op key, checked. */
static void fp_op(struct tctx *t, int dbl, unsigned opc, int key, struct stub *slow) {
    xc_op(t, opc, key);
    fp_check(t, dbl, slow);
}

enum {
    SSE_MOVLD = 0x10,
    SSE_MOVST = 0x11,
    SSE_SQRT = 0x51,
    SSE_ADD = 0x58,
    SSE_MUL = 0x59,
    SSE_SUB = 0x5c,
    SSE_DIV = 0x5e
};

static int emit_vfp_arith(struct tctx *t, const struct insn *in) {
    int dbl = in->opk, pfx = dbl ? 0xf2 : 0xf3;
    int d = xc_key(dbl, in->rd), n = xc_key(dbl, in->rn), m = xc_key(dbl, in->rm);
    unsigned op = in->op;
    fl_prep(t, 1, 0);
    struct stub *slow = slow_path(t);
    fp_guard(t, slow, 1);
    switch (op) {
    case OP_VFP_ADD:
    case OP_VFP_SUB:
    case OP_VFP_MUL:
    case OP_VFP_DIV:
        xc_get(t, 0, n);
        fp_op(t, dbl,
              op == OP_VFP_ADD   ? SSE_ADD
              : op == OP_VFP_SUB ? SSE_SUB
              : op == OP_VFP_MUL ? SSE_MUL
                                 : SSE_DIV,
              m, slow);
        break;
    case OP_VFP_MLA:
    case OP_VFP_MLS: /* d + (+-(n * m)), two roundings */
        xc_get(t, 0, n);
        fp_op(t, dbl, SSE_MUL, m, slow);
        xc_get(t, 1, d);
        x_sse_rr(XB, pfx, op == OP_VFP_MLA ? SSE_ADD : SSE_SUB, 1, 0);
        x_sse_rr(XB, pfx, SSE_MOVLD, 0, 1);
        fp_check(t, dbl, slow);
        break;
    case OP_VFP_SQRT:
        xc_op(t, SSE_SQRT, m);
        fp_check(t, dbl, slow);
        break;
    default: return -1;
    }
    x_sse_rm(XB, pfx, SSE_MOVST, 0, xc_mem(d));
    xc_put(t, d);
    slow_done(t, slow);
    return 0;
}

/* Moves, negation, absolute value, immediates: bit operations. */
static int emit_vfp_move(struct tctx *t, const struct insn *in) {
    int dbl = in->opk;
    fl_prep(t, 1, 0);
    struct stub *slow = slow_path(t);
    fp_guard(t, slow, 0);
    if (in->op == OP_VFP_MOVI) {
        if (dbl) {
            x_movq_ri(XB, X_RAX, (uint64_t)in->imm << 32);
            x_storeq(XB, vreg(1, in->rd), X_RAX);
        } else {
            x_store_i(XB, vreg(0, in->rd), in->imm);
        }
    } else if (dbl) {
        x_loadq(XB, X_RAX, vreg(1, in->rm));
        if (in->op != OP_VFP_MOV) { /* btc (NEG) or btr (ABS) rax, 63 */
            x_op_rr(XB, 1, 0x0fba, in->op == OP_VFP_NEG ? 7 : 6, X_RAX);
            x_byte(XB, 63);
        }
        x_storeq(XB, vreg(1, in->rd), X_RAX);
    } else {
        x_load(XB, X_RAX, vreg(0, in->rm));
        if (in->op == OP_VFP_NEG) x_alu_ri(XB, XA_XOR, X_RAX, 0x80000000u);
        if (in->op == OP_VFP_ABS) x_alu_ri(XB, XA_AND, X_RAX, 0x7fffffffu);
        x_store(XB, vreg(0, in->rd), X_RAX);
    }
    slow_done(t, slow);
    return 0;
}

/* VCMP/VCMPE: FPSCR.NZCV from ucomiss; unordered goes to the slow path
 * (which raises IOC as ARM wants). */
static int emit_vfp_cmp(struct tctx *t, const struct insn *in) {
    int dbl = in->opk, pfx = dbl ? 0xf2 : 0xf3;
    struct label less = {0}, done = {0};
    fl_prep(t, 1, 0);
    struct stub *slow = slow_path(t);
    fp_guard(t, slow, 0);
    x_load(XB, X_RCX, xm(H_CPU, CPU_OFF(fpscr)));
    x_op_rm(XB, 0, 0xf7, 0, xm(H_CPU, CPU_OFF(fpscr))); /* test dword [fpscr], FZ */
    x_u32(XB, FPSCR_FZ);
    jcc_label(t, XC_NE, &slow->at);
    x_sse_rm(XB, pfx, SSE_MOVLD, 0, vreg(dbl, in->rd));
    if (in->shamt)
        x_sse_rr(XB, 0, 0x57, 1, 1); /* xorps xmm1, xmm1: compare with +0 */
    else
        x_sse_rm(XB, pfx, SSE_MOVLD, 1, vreg(dbl, in->rm));
    x_alu_ri(XB, XA_AND, X_RCX, ~FPSCR_NZCV);
    x_sse_rr(XB, dbl ? 0x66 : 0, 0x2e, 0, 1); /* ucomis[sd] xmm0, xmm1 */
    jcc_label(t, XC_P, &slow->at);
    x_mov_ri(XB, X_RAX, 0x6u << 28);
    x_mov_ri(XB, X_RDX, 0x2u << 28);
    x_cmov_rr(XB, XC_NE, X_RAX, X_RDX);
    jcc_label(t, XC_AE, &done);
    label_bind(t, &less);
    x_mov_ri(XB, X_RAX, 0x8u << 28);
    label_bind(t, &done);
    x_alu_rr(XB, XA_OR, X_RCX, X_RAX);
    x_store(XB, xm(H_CPU, CPU_OFF(fpscr)), X_RCX);
    slow_done(t, slow);
    return 0;
}

/* VLDR/VSTR (word-aligned) and VLDM/VSTM (VPUSH/VPOP). */
static int emit_vfp_mem(struct tctx *t, const struct insn *in) {
    int dbl = in->opk, load = in->op == OP_VFP_LDR || in->op == OP_VFP_LDM;
    int multi = in->op == OP_VFP_LDM || in->op == OP_VFP_STM;
    unsigned words = multi ? (dbl ? 2 * in->shamt : in->shamt) : (dbl ? 2 : 1);
    int32_t start = 0;
    if (multi) {
        if (in->shamt == 0 || in->rn == 15 || (in->flags & F_W && is_const(in->rn))) return -1;
        if (!(in->flags & F_U)) start = -(int32_t)in->imm;
    } else {
        start = (int32_t)(in->flags & F_U ? in->imm : 0u - in->imm);
    }
    align_prep(t);
    int n = rd_reg(t, in->rn, X_RAX);
    x_lea(XB, X_RAX, xm(n, start));
    struct stub *slow = align_check(t, 2);
    int32_t base = CPU_OFF(vfp) + (int32_t)(dbl ? 8 * in->rd : 4 * in->rd);
    if (load) {
        if (words > 1) { /* the last word first: after it, nothing can fault */
            site(t);
            x_load(XB, X_RCX, xmi(H_BASE, X_RAX, 1, (int32_t)(4 * (words - 1))));
        }
        for (unsigned i = 0; i < words; i++) {
            if (i == 0) site(t);
            x_load(XB, X_RCX, xmi(H_BASE, X_RAX, 1, (int32_t)(4 * i)));
            x_store(XB, xm(H_CPU, base + (int32_t)(4 * i)), X_RCX);
        }
    } else {
        store_hook(t, 0, 4 * words);
        for (unsigned i = 0; i < words; i++) {
            x_load(XB, X_RCX, xm(H_CPU, base + (int32_t)(4 * i)));
            site(t);
            x_store(XB, xmi(H_BASE, X_RAX, 1, (int32_t)(4 * i)), X_RCX);
        }
    }
    if (multi && (in->flags & F_W)) {
        int h = wr_reg(t, in->rn, X_RCX);
        rd_to(t, h, in->rn);
        x_lea(XB, h, xm(h, (int32_t)(in->flags & F_U ? in->imm : 0u - in->imm)));
        wr_done(t, in->rn, h);
    }
    slow_done(t, slow);
    return 0;
}

/* Transfers between core and VFP registers. */
static int emit_vfp_xfer(struct tctx *t, const struct insn *in) {
    switch (in->op) {
    case OP_VFP_MOV_SR: /* S[rd] = r[rn] */
        x_store(XB, vreg(0, in->rd), rd_reg(t, in->rn, X_RAX));
        return 0;
    case OP_VFP_MOV_RS: /* r[rd] = S[rn] */
        if (in->rd == 15) return -1;
        x_load(XB, X_RAX, vreg(0, in->rn));
        wr_from(t, in->rd, X_RAX);
        return 0;
    case OP_VFP_MOV_DRR: /* D[rm] = r[ra]:r[rd] */
        x_store(XB, vreg(0, 2 * in->rm), rd_reg(t, in->rd, X_RAX));
        x_store(XB, vreg(0, 2 * in->rm + 1), rd_reg(t, in->ra, X_RAX));
        return 0;
    case OP_VFP_MOV_RRD:
        if (in->rd == 15 || in->ra == 15 || in->rd == in->ra) return -1;
        x_load(XB, X_RAX, vreg(0, 2 * in->rm));
        x_load(XB, X_RCX, vreg(0, 2 * in->rm + 1));
        wr_from(t, in->rd, X_RAX);
        wr_from(t, in->ra, X_RCX);
        return 0;
    case OP_VFP_VMRS:
        if (in->rd != 15) {
            x_load(XB, X_RAX, xm(H_CPU, CPU_OFF(fpscr)));
            wr_from(t, in->rd, X_RAX);
            return 0;
        }
        /* APSR_nzcv = FPSCR.NZCV, in struct cpu's form */
        fl_prep(t, 1, 0);
        x_load(XB, X_RAX, xm(H_CPU, CPU_OFF(fpscr)));
        x_store(XB, xm(H_CPU, CPU_OFF(nf)), X_RAX); /* N: bit 31 */
        x_mov_rr(XB, X_RCX, X_RAX);
        x_shift_ri(XB, XS_SHL, X_RCX, 1);
        x_shift_ri(XB, XS_SAR, X_RCX, 31); /* Z: all ones */
        x_store(XB, xm(H_CPU, CPU_OFF(zf)), X_RCX);
        x_mov_rr(XB, X_RCX, X_RAX);
        x_shift_ri(XB, XS_SHR, X_RCX, 29);
        x_alu_ri(XB, XA_AND, X_RCX, 1);
        x_store(XB, xm(H_CPU, CPU_OFF(cf)), X_RCX);
        x_shift_ri(XB, XS_SHL, X_RAX, 3); /* V to bit 31 */
        x_store(XB, xm(H_CPU, CPU_OFF(vf)), X_RAX);
        t->fk = FK_NONE;
        return 0;
    default: return -1;
    }
}

/* Conversions: float <-> double, and to/from 32-bit integers. */
static int emit_vfp_cvt(struct tctx *t, const struct insn *in) {
    int dbl = in->opk, pfx = dbl ? 0xf2 : 0xf3;
    fl_prep(t, 1, 0);
    struct stub *slow = slow_path(t);
    fp_guard(t, slow, 1);
    switch (in->op) {
    case OP_VFP_CVT_FF: /* opk: the source's precision */
        x_sse_rm(XB, pfx, SSE_MOVLD, 0, vreg(dbl, in->rm));
        x_sse_rr(XB, pfx, 0x5a, 0, 0); /* cvtss2sd / cvtsd2ss */
        fp_check(t, !dbl, slow);
        x_sse_rm(XB, dbl ? 0xf3 : 0xf2, SSE_MOVST, 0, vreg(!dbl, in->rd));
        break;
    case OP_VFP_CVT_FI: /* Fd = integer S[rm] */
        x_load(XB, X_RAX, vreg(0, in->rm));
        if (in->carry) x_op_rr(XB, 1, 0x63, X_RAX, X_RAX); /* movsxd rax, eax */
        x_sse_rrw(XB, pfx, 0x2a, 0, X_RAX);                /* cvtsi2s[sd] xmm0, rax: exact input */
        if (!dbl) { /* rounding may have happened: a normal result (or 0) */
            struct label ok = {0};
            x_test_rr(XB, X_RAX, X_RAX);
            jcc_label(t, XC_E, &ok);
            fp_check(t, 0, slow);
            label_bind(t, &ok);
        }
        x_sse_rm(XB, pfx, SSE_MOVST, 0, vreg(dbl, in->rd));
        break;
    case OP_VFP_CVT_IF: /* S[rd] = integer of Fm, towards zero only */
        if (!in->shamt) return -1;
        x_sse_rm(XB, pfx, SSE_MOVLD, 0, vreg(dbl, in->rm));
        x_sse_rrw(XB, pfx, 0x2c, X_RAX, 0);     /* cvtts[sd]2si rax, xmm0 */
        if (in->carry) {                        /* signed: fits in 32 bits */
            x_op_rr(XB, 1, 0x63, X_RCX, X_RAX); /* movsxd rcx, eax */
            x_op_rr(XB, 1, 0x39, X_RAX, X_RCX); /* cmp rcx, rax */
            jcc_label(t, XC_NE, &slow->at);
        } else {                                /* unsigned: 0 .. 2^32 - 1 */
            x_mov_rr(XB, X_RCX, X_RAX);         /* zero-extends */
            x_op_rr(XB, 1, 0x39, X_RAX, X_RCX); /* cmp rcx, rax */
            jcc_label(t, XC_NE, &slow->at);
        }
        x_store(XB, vreg(0, in->rd), X_RAX);
        break;
    default: return -1;
    }
    slow_done(t, slow);
    return 0;
}

static int emit_vfp(struct tctx *t, const struct insn *in) {
    switch (in->op) {
    case OP_VFP_ADD:
    case OP_VFP_SUB:
    case OP_VFP_MUL:
    case OP_VFP_DIV:
    case OP_VFP_MLA:
    case OP_VFP_MLS:
    case OP_VFP_SQRT: return emit_vfp_arith(t, in);
    case OP_VFP_MOV:
    case OP_VFP_ABS:
    case OP_VFP_NEG:
    case OP_VFP_MOVI: return emit_vfp_move(t, in);
    case OP_VFP_CMP:
    case OP_VFP_CMPE: return emit_vfp_cmp(t, in);
    case OP_VFP_LDR:
    case OP_VFP_STR:
    case OP_VFP_LDM:
    case OP_VFP_STM: return emit_vfp_mem(t, in);
    case OP_VFP_MOV_SR:
    case OP_VFP_MOV_RS:
    case OP_VFP_MOV_DRR:
    case OP_VFP_MOV_RRD:
    case OP_VFP_VMRS: return emit_vfp_xfer(t, in);
    case OP_VFP_CVT_FF:
    case OP_VFP_CVT_FI:
    case OP_VFP_CVT_IF: return emit_vfp_cvt(t, in);
    default: return -1;
    }
}

/* ---- NEON: the common cases (VLD1/VST1, bitwise, integer add/sub,
 * immediates, VDUP from a core register) with SSE2 ---- */

/* xmm x = D[r] (64 bits) or Q[r] (128 bits, unaligned). */
static void nload(struct tctx *t, int x, unsigned r, int q) {
    if (q)
        x_sse_rm(XB, 0xf3, 0x6f, x, vreg(1, r)); /* movdqu */
    else
        x_sse_rm(XB, 0xf3, 0x7e, x, vreg(1, r)); /* movq */
}
static void nstore(struct tctx *t, int x, unsigned r, int q) {
    if (q)
        x_sse_rm(XB, 0xf3, 0x7f, x, vreg(1, r));
    else
        x_sse_rm(XB, 0x66, 0xd6, x, vreg(1, r));
}

static int emit_neon_ldst(struct tctx *t, const struct insn *in) {
    unsigned regs = in->shamt;
    int load = in->op == OP_VLDN;
    if (in->ra != 1 || regs < 1 || regs > 4 || in->rd + regs > 32 || in->rn >= 15 || in->rm == 15)
        return -1;
    align_prep(t);
    rd_to(t, X_RAX, in->rn);
    struct stub *slow = in->carry ? align_check(t, in->carry) : slow_path(t);
    /* whole registers through xmm0..xmm3: every access before any change */
    unsigned bytes = 8 * regs;
    for (unsigned o = 0, x = 0; o < bytes; o += 16, x++) {
        int q = bytes - o >= 16;
        struct xmem m = xmi(H_BASE, X_RAX, 1, (int32_t)o);
        if (load) {
            site(t);
            x_sse_rm(XB, 0xf3, q ? 0x6f : 0x7e, (int)x, m);
        } else {
            nload(t, (int)x, in->rd + o / 8, q);
        }
    }
    if (!load) store_hook(t, 0, bytes);
    for (unsigned o = 0, x = 0; o < bytes; o += 16, x++) {
        int q = bytes - o >= 16;
        if (load) {
            nstore(t, (int)x, in->rd + o / 8, q);
        } else {
            site(t);
            x_sse_rm(XB, q ? 0xf3 : 0x66, q ? 0x7f : 0xd6, (int)x,
                     xmi(H_BASE, X_RAX, 1, (int32_t)o));
        }
    }
    if (in->flags & F_W) {
        int h = wr_reg(t, in->rn, X_RCX);
        if (in->rm == R_ZERO) {
            x_lea(XB, h, xm(X_RAX, (int32_t)in->imm));
        } else {
            int m = rd_reg(t, in->rm, X_RDX);
            x_lea(XB, h, xmi(X_RAX, m, 1, 0));
        }
        wr_done(t, in->rn, h);
    }
    slow_done(t, slow);
    return 0;
}

static int emit_neon(struct tctx *t, const struct insn *in) {
    int q = in->shtype, sz = in->opk;
    unsigned opc;
    switch (in->op) {
    case OP_VLDN:
    case OP_VSTN: return emit_neon_ldst(t, in);
    case OP_VAND: opc = 0xdb; break; /* pand */
    case OP_VORR: opc = 0xeb; break; /* por */
    case OP_VEOR: opc = 0xef; break; /* pxor */
    case OP_VBIC: opc = 0xdf; break; /* pandn: ~xmm0 & xmm1, operands swapped below */
    case OP_VADD: opc = sz == 3 ? 0xd4 : 0xfc + sz; break;
    case OP_VCEQ:
        if (sz == 3) return -1;
        opc = 0x74 + sz;
        break; /* pcmpeq b/w/d */
    case OP_VSUB: opc = sz == 3 ? 0xfb : 0xf8 + sz; break;
    case OP_VMOVI:
    case OP_VDUPR: opc = 0; break;
    case OP_VPADD: /* D only: pairs of Vn, then pairs of Vm */
        if (sz == 3 || q) return -1;
        x_sse_rm(XB, 0xf3, 0x7e, 0, vreg(1, in->rn)); /* movq xmm0, Dn */
        x_sse_rm(XB, 0, 0x16, 0, vreg(1, in->rm));    /* movhps xmm0, Dm */
        if (sz == 0) { /* bytes: pairwise sums in words (pmaddubsw by ones), cut to bytes */
            x_movq_ri(XB, X_RAX, 0x0101010101010101ull);
            x_sse_rrw(XB, 0x66, 0x6e, 1, X_RAX); /* movq xmm1, rax */
            x_sse_rr(XB, 0x66, 0x6c, 1, 1);      /* punpcklqdq xmm1, xmm1 */
            x_sse38_rr(XB, 0x04, 0, 1);          /* pmaddubsw xmm0, xmm1 */
            x_movq_ri(XB, X_RAX, 0x00ff00ff00ff00ffull);
            x_sse_rrw(XB, 0x66, 0x6e, 1, X_RAX);
            x_sse_rr(XB, 0x66, 0x6c, 1, 1);
            x_sse_rr(XB, 0x66, 0xdb, 0, 1); /* pand */
            x_sse_rr(XB, 0x66, 0x67, 0, 0); /* packuswb xmm0, xmm0 */
        } else {
            x_sse38_rr(XB, sz == 1 ? 0x01 : 0x02, 0, 0); /* phaddw / phaddd xmm0, xmm0 */
        }
        nstore(t, 0, in->rd, 0);
        return 0;
    default: return -1;
    }
    if (in->ra == 1 && in->op != OP_VMOVI) return -1; /* a scalar operand */
    if (in->op == OP_VMOVI) {
        uint64_t imm = (uint64_t)in->imm << 32 | in->imm;
        if (in->ra == 1) {
            imm = 0;
            for (int i = 0; i < 8; i++)
                if (in->imm >> i & 1) imm |= 0xffull << (8 * i);
        }
        x_movq_ri(XB, X_RAX, imm);
        for (int i = 0; i <= q; i++)
            x_storeq(XB, vreg(1, in->rd + i), X_RAX);
        return 0;
    }
    if (in->op == OP_VDUPR) {
        fl_prep(t, 1, 0);
        rd_to(t, X_RAX, in->rn);
        if (sz == 0) {
            x_movzxb_rr(XB, X_RAX, X_RAX);
            x_op_rr(XB, 0, 0x69, X_RAX, X_RAX); /* imul eax, eax, 0x01010101 */
            x_u32(XB, 0x01010101u);
        } else if (sz == 1) {
            x_movzxw_rr(XB, X_RAX, X_RAX);
            x_op_rr(XB, 0, 0x69, X_RAX, X_RAX);
            x_u32(XB, 0x00010001u);
        }
        x_sse_rr(XB, 0x66, 0x6e, 0, X_RAX); /* movd xmm0, eax */
        x_sse_rr(XB, 0x66, 0x70, 0, 0);     /* pshufd xmm0, xmm0, 0 */
        x_byte(XB, 0);
        nstore(t, 0, in->rd, q);
        return 0;
    }
    if (in->op == OP_VBIC) { /* n & ~m = pandn(m, n) */
        nload(t, 0, in->rm, q);
        nload(t, 1, in->rn, q);
    } else {
        nload(t, 0, in->rn, q);
        nload(t, 1, in->rm, q);
    }
    x_sse_rr(XB, 0x66, opc, 0, 1);
    nstore(t, 0, in->rd, q);
    return 0;
}

/* ---- one instruction ---- */

static int emit_inline(struct tctx *t, const struct insn *in) {
    unsigned a = op_attrs[in->op];
    if (a & (A_LOGIC | A_ARITH)) return emit_dp(t, in);
    if (a & A_FP) return in->op < OP_VHADD ? emit_vfp(t, in) : emit_neon(t, in);
    switch (in->op) {
    case OP_LDR:
    case OP_LDRB:
    case OP_LDRH:
    case OP_LDRSB:
    case OP_LDRSH:
    case OP_STR:
    case OP_STRB:
    case OP_STRH: return emit_ldst(t, in);
    case OP_LDRD:
    case OP_STRD: return emit_ldst_dual(t, in);
    case OP_LDM:
    case OP_STM: return emit_lsm(t, in);
    case OP_B:
    case OP_BL:
    case OP_BLXI:
    case OP_BX:
    case OP_BLX:
    case OP_CBZ:
    case OP_CBNZ:
    case OP_TBB:
    case OP_TBH: return emit_branch(t, in);
    default: return emit_misc(t, in);
    }
}

/* Operations that may write memory. */
static int may_store(unsigned op) {
    switch (op) {
    case OP_STR:
    case OP_STRB:
    case OP_STRH:
    case OP_STRD:
    case OP_STM:
    case OP_STREX:
    case OP_STREXB:
    case OP_STREXH:
    case OP_STREXD:
    case OP_SWP:
    case OP_SWPB:
    case OP_VFP_STR:
    case OP_VFP_STM:
    case OP_VSTN:
    case OP_VSTNL: return 1;
    default: return 0;
    }
}

/* After a conditional instruction: the path that ran it and the one that
 * skipped it (at `skip`, flags as fk_skip says) meet. What either wrote is
 * dirty; flags kept in EFLAGS differently on the two are stored. */
static void join_cond(struct tctx *t, const struct insn *in, struct label *skip, int fk_skip,
                      uint16_t written) {
    struct label join = {0};
    t->written |= written;
    if (!t->reachable) { /* it left the block: only the skipping path goes on */
        t->fk = fk_skip;
    } else if (t->fk != fk_skip) {
        t->saves += store_cost(in->fl_live) * ((t->fk != FK_NONE) + (fk_skip != FK_NONE));
        if (t->fk != FK_NONE) store_flags(t, t->fk, in->fl_live);
        if (fk_skip != FK_NONE) {
            jmp_label(t, &join);
            label_bind(t, skip);
            store_flags(t, fk_skip, in->fl_live);
            label_bind(t, &join);
        }
        t->fk = FK_NONE;
    }
    if (!skip->bound) label_bind(t, skip);
    t->reachable = 1;
}

/* Can flags waiting in cpu->jit_flags stay there while `in` runs? If it
 * neither reads nor writes them and may clobber EFLAGS (spill_ok). */
static int keeps_spill(const struct insn *in) {
    unsigned rd, wr, kill;
    if (in->cond != COND_AL || !spill_ok(in)) return 0;
    insn_flag_use(in, &rd, &wr, &kill);
    return !rd && !wr;
}

/* Does the xmm cache stay valid over this VFP/NEON instruction? For the
 * arithmetic (which keeps it up to date) and for what only reads them. */
static int xc_keeps(const struct insn *in) {
    switch (in->op) {
    case OP_VFP_ADD:
    case OP_VFP_SUB:
    case OP_VFP_MUL:
    case OP_VFP_DIV:
    case OP_VFP_MLA:
    case OP_VFP_MLS:
    case OP_VFP_SQRT:
    case OP_VFP_STR:
    case OP_VFP_STM:
    case OP_VFP_CMP:
    case OP_VFP_CMPE:
    case OP_VFP_MOV_RS:
    case OP_VFP_MOV_RRD:
    case OP_VFP_VMRS: return 1;
    default: return 0;
    }
}

static void emit_one(struct tctx *t, const struct insn *in) {
    struct label skip = {0};
    if ((op_attrs[in->op] & A_TEST) && (in->fact & FACT_DEAD)) return; /* an unused compare */
    if (t->spilled && !keeps_spill(in)) fl_unspill(t);
    int cond = in->cond != COND_AL && in->op != OP_B;
    if (cond || ((op_attrs[in->op] & A_FP) && !xc_keeps(in))) memset(t->xc, 0, sizeof t->xc);
    if (cond) jump_cond(t, in->cond, 0, &skip);
    int fk_skip = t->fk; /* where the flags are on the path that skips it */
    uint8_t *mark = XB->p;
    int fk = t->fk;
    uint16_t written = t->written;
    int nsites = t->nsites, nstubs = t->nstubs, nexits = t->tr->nexits, spilled = t->spilled;
    uint8_t xc[XC_N];
    memcpy(xc, t->xc, sizeof xc);
    if (emit_inline(t, in) < 0) {
        /* Not inline after all: undo and call exec_insn. */
        XB->p = mark;
        memcpy(t->xc, xc, sizeof xc);
        t->fk = fk;
        t->spilled = spilled;
        t->written = written;
        t->nsites = nsites;
        t->nstubs = nstubs;
        t->tr->nexits = nexits;
        if (t->tr->ncalls < JIT_CALLS) t->tr->calls[t->tr->ncalls++] = (uint16_t)in->op;
        if (light_ok(in)) {
            call_light(t, in);
        } else {
            fl_unspill(t);
            fl_store(t, FL_ALL);
            call_insn(t, in, t->written);
            t->written = t->self_loop ? t->mapped : 0;   /* memory and host registers agree now */
            if (may_store(in->op)) t->tr->unchecked = 1; /* its stores are not logged */
        }
    }
    if (cond) {
        memset(t->xc, 0, sizeof t->xc); /* the two paths may differ */
        fl_unspill(t);                  /* the path that skipped it has them in EFLAGS */
        join_cond(t, in, &skip, fk_skip, written);
    }
}

/* ---- the block ---- */

/* How much each guest register is used (r0-r14), for the choice of the
 * ones kept in host registers. */
static void count_regs(const struct block *b, int cnt[15]) {
    memset(cnt, 0, 15 * sizeof *cnt);
    for (int i = 0; i < b->n; i++) {
        const struct insn *in = &b->insns[i];
        unsigned a = op_attrs[in->op];
        uint8_t f[5] = {in->rd, in->rn, in->rm, in->ra, in->rs};
        int nf = 5;
        if (a & A_FP) {
            f[0] = in->rn; /* VFP/NEON: only a base register is a core one */
            nf = a & A_MEM ? 1 : 0;
        }
        for (int k = 0; k < nf; k++)
            if (f[k] < 15) cnt[f[k]] += 2;
        if (in->op == OP_LDM || in->op == OP_STM)
            for (uint32_t l = in->imm & 0x7fff; l; l &= l - 1)
                cnt[__builtin_ctz(l)]++;
    }
}

/* The fixed registers, and the most used other one in JIT_LOCAL. */
static void choose_regs(struct tctx *t) {
    int cnt[15], best = -1;
    count_regs(t->b, cnt);
    memset(t->map, -1, sizeof t->map);
    memcpy(t->map, jit_fixed_map, sizeof jit_fixed_map);
    t->mapped = JIT_FIXED;
    for (int r = 0; r < 15; r++)
        if (!(JIT_FIXED >> r & 1) && cnt[r] > 0 && (best < 0 || cnt[r] > cnt[best])) best = r;
    if (best >= 0) {
        t->map[best] = JIT_LOCAL;
        t->mapped |= (uint16_t)(1u << best);
    }
}

/* Registers whose first reference in the block is an unconditional write
 * that reads nothing of them: they need not be loaded at entry. */
static uint16_t written_first(const struct block *b) {
    uint16_t seen = 0, first = 0;
    for (int i = 0; i < b->n; i++) {
        const struct insn *in = &b->insns[i];
        unsigned a = op_attrs[in->op];
        uint16_t refs = 0;
        uint8_t f[5] = {in->rd, in->rn, in->rm, in->ra, in->rs};
        for (int k = 0; k < 5; k++)
            if (f[k] < 15) refs |= (uint16_t)(1u << f[k]);
        if (in->op == OP_LDM || in->op == OP_STM) refs |= (uint16_t)(in->imm & 0x7fff);
        unsigned rd = in->rd;
        if (in->cond == COND_AL && (a & A_WRD) && !(a & (A_WRA | A_FP)) && rd < 15 &&
            !(seen >> rd & 1) && in->op != OP_MOVT && in->op != OP_BFI && in->rn != rd &&
            in->rm != rd && in->ra != rd && in->rs != rd)
            first |= (uint16_t)(1u << rd);
        seen |= refs;
    }
    return first;
}

/* Does the block branch to its own start (directly)? */
static int loops_on_itself(const struct block *b) {
    const struct insn *in = &b->insns[b->n - 1];
    unsigned op = in->op;
    if (op != OP_B && op != OP_BL && op != OP_CBZ && op != OP_CBNZ) return 0;
    uint32_t mask = in->flags & F_THUMB ? ~1u : ~3u;
    return ((in->imm & mask) | (b->key & 1)) == b->key;
}

static void emit_stub(struct tctx *t, struct stub *s) {
    struct xmem r15 = xm(H_CPU, CPU_R(15));
    label_bind(t, &s->at);
    switch (s->kind) {
    case ST_EXIT:
        t->tr->exits[s->exit].stub = (uint32_t)(XB->p - XB->start);
        jit_emit_fixed(XB, 1);
        x_store_i(XB, r15, s->pc);
        x_movq_ri(XB, X_RAX, (uint64_t)(uintptr_t)&t->tr->exits[s->exit]);
        x_storeq(XB, xm(H_CPU, CPU_OFF(jit_exit)), X_RAX);
        x_alu_rr(XB, XA_XOR, X_RAX, X_RAX);
        x_jmp(XB, t->st->leave);
        break;
    case ST_ITEXIT:
        x_store_i(XB, r15, s->pc);
        x_storeb_i(XB, xm(H_CPU, CPU_OFF(itstate)), s->it);
        x_storeq_i(XB, xm(H_CPU, CPU_OFF(jit_exit)), 0);
        x_alu_rr(XB, XA_XOR, X_RAX, X_RAX);
        x_jmp(XB, t->st->leave);
        break;
    case ST_SLOW:
        t->in = s->in;
        if (s->fk == FK_NONE) {
            call_insn(t, s->in, s->written);
        } else { /* the flags stay in EFLAGS after it, as on the fast path */
            x_pushf(XB);
            store_flags(t, s->fk, FL_ALL);
            x_aluq_ri(XB, XA_SUB, X_RSP, 8);
            call_insn_keep(t, s->in, s->written);
        }
        for (int i = 0; i < XC_N; i++) /* the cache as the fast path left it */
            if (s->xc[i]) xc_load(t, XC_FIRST + i, s->xc[i] - 1);
        x_jmp(XB, s->resume);
        break;
    case ST_LOOPSTOP:
        store_flags(t, s->fk, FL_ALL);
        flush_regs(t, s->written | JIT_FIXED);
        /* fall into the entry's stop */
        x_store_i(XB, r15, t->b->key & ~1u);
        x_mov_ri(XB, X_RAX, EXIT_INTERRUPT);
        x_jmp(XB, t->st->leave);
        break;
    case ST_ENTRYSTOP:
        jit_emit_fixed(XB, 1);
        x_store_i(XB, r15, t->b->key & ~1u);
        x_mov_ri(XB, X_RAX, EXIT_INTERRUPT);
        x_jmp(XB, t->st->leave);
        break;
    }
}

static int translate(struct tctx *t) {
    struct block *b = t->b;
    struct jit_tr *tr = t->tr;
    choose_regs(t);
    memcpy(tr->map, t->map, sizeof tr->map);
    t->check = !!(cpu_settings.jit_debug & CPU_JIT_CHECK);
    t->self_loop = loops_on_itself(b) && !t->check;

    /* entry: stop requests, then the guest registers */
    struct stub *stop = stub_new(t, ST_ENTRYSTOP);
    x_cmp_mi(XB, xm(H_CPU, CPU_OFF(stop_request)), 0);
    jcc_label(t, XC_NE, &stop->at);
    uint16_t first = t->self_loop ? 0 : written_first(b);
    t->valid = (t->mapped & ~first) | JIT_FIXED; /* the fixed ones are live already */
    for (int r = 0; r < 15; r++)
        if ((t->valid & ~JIT_FIXED) >> r & 1) x_load(XB, t->map[r], gmem(r));
    if (t->entry_fk != FK_NONE) {
        t->conv = x_here(XB);
        flags_to_host(t, t->entry_fk);
    }
    t->body = x_here(XB);
    t->fk = t->entry_fk;
    t->written = t->self_loop ? t->mapped : 0;
    t->reachable = 1;

    for (int i = 0; i < b->n; i++) {
        t->idx = i;
        t->in = &b->insns[i];
        emit_one(t, t->in);
        if (t->in->rd < 15 && (first >> t->in->rd & 1)) t->valid |= (uint16_t)(1u << t->in->rd);
    }
    fl_unspill(t);
    if (t->reachable) { /* off the end */
        const struct insn *last = &b->insns[b->n - 1];
        uint8_t it = it_advance(last->it);
        t->in = last;
        if (it) { /* stopped inside an IT block: cpu_run resumes it */
            fl_store(t, FL_ALL);
            flush_regs(t, t->written | JIT_FIXED);
            struct stub *s = stub_new(t, ST_ITEXIT);
            s->pc = b->end;
            s->it = it;
            jmp_label(t, &s->at);
        } else {
            exit_direct(t, b->end, b->key & 1);
        }
    }
    for (int i = 0; i < t->nstubs; i++)
        emit_stub(t, &t->stubs[i]);
    if (XB->full) return -1;

    tr->nsites = t->nsites;
    tr->sites = malloc((t->nsites ? t->nsites : 1) * sizeof *tr->sites);
    if (!tr->sites) return -1;
    memcpy(tr->sites, t->sites, t->nsites * sizeof *tr->sites);
    return 0;
}

/* translate() from scratch, the body taking the flags as entry_fk says. */
static int translate_with(struct tctx *t, int entry_fk) {
    struct xbuf *xb = t->xb;
    const struct jit_stubs *st = t->st;
    struct block *b = t->b;
    struct jit_tr *tr = t->tr;
    free(tr->sites);
    tr->sites = NULL;
    tr->nexits = tr->ncalls = tr->unchecked = 0;
    xb->p = xb->start;
    xb->full = 0;
    memset(t, 0, offsetof(struct tctx, sites));
    t->xb = xb;
    t->st = st;
    t->b = b;
    t->tr = tr;
    t->ahead = b->key & 1 ? 4 : 8;
    t->entry_fk = entry_fk;
    return translate(t);
}

int jit_translate_block(struct block *b, struct xbuf *xb, const struct jit_stubs *st,
                        struct jit_tr *tr) {
    struct tctx *t = malloc(sizeof *t);
    if (!t) return -1;
    t->xb = xb;
    t->st = st;
    t->b = b;
    t->tr = tr;
    int rc = translate_with(t, FK_NONE);
    int loop_fk = t->loop_fk;
    unsigned saves = t->saves;
    if (rc == 0 && loop_fk == FK_SUB) {
        /* Its back edge stored flags the body reads: again, with the body
         * taking them in EFLAGS, as the back edge leaves them; kept if
         * that stores (or spills) them less often, else a third time as
         * at first. */
        rc = translate_with(t, loop_fk);
        if (rc == 0 && t->saves >= saves) rc = translate_with(t, FK_NONE);
    }
    free(t);
    return rc;
}
