/* The JIT's own structures, shared by its files: translations with their
 * side tables (translate.c makes them), code regions (jit.c). */
#ifndef JIT_JIT_INT_H
#define JIT_JIT_INT_H

#include <stddef.h>
#include <stdint.h>

#include "arm/block.h"
#include "jit/x86.h"

/* Host registers in translated code: the cpu, the window base, scratch. */
#define H_CPU X_RBP
#define H_BASE X_R15
/* Guest registers in host registers. The fixed ones (r0-r7, sp) are in
 * the same host registers in every translation (jit_fixed_map) and stay
 * there from one translation to the next: `enter` loads them, and only
 * code that leaves to C writes them back (jit_emit_fixed). One more host
 * register (JIT_LOCAL) holds the block's most used other register, loaded
 * at entry and written back at its exits. */
#define JIT_FIXED 0x20ffu
#define JIT_LOCAL X_R11
extern const int8_t jit_fixed_map[15];
/* Emits loads (store = 0) or stores of the fixed registers from/to struct
 * cpu (H_CPU must be set). */
void jit_emit_fixed(struct xbuf *b, int store);

/* Where the guest flags are at a point of translated code (translate.c):
 * FK_NONE in struct cpu; otherwise in host EFLAGS after an x86 sub/cmp
 * (ARM C = !CF), an add (C = CF), or a logical op (N, Z only: C, V in
 * struct cpu). */
enum { FK_NONE, FK_SUB, FK_ADD, FK_LOGIC };

/* A host instruction that may fault: its offset in the translation, the
 * guest instruction (index in the block) and where the flags are. */
struct jit_site {
    uint32_t off;
    uint8_t idx;
    uint8_t fk;
    uint16_t valid; /* mapped registers that hold the guest's values there */
};

/* A direct exit: the rel32 of its jump (offsets in the translation) can be
 * pointed at the successor's entry (linked) or back at its stub. */
struct jit_exit {
    struct jit_tr *tr;
    uint32_t key;    /* the successor, pc | thumb */
    uint32_t jmp;    /* offset of the jump's rel32 (indirect: the inline cache's jump) */
    uint32_t ic_key; /* indirect: offset of the inline cache's key (a cmp imm32) */
    uint32_t stub;   /* offset of the stub it jumps to unlinked */
    int direct;      /* 0: an indirect exit (the key is known only at run time) */
    int ic_used;     /* indirect: its inline cache was set once (never again) */
};

#define JIT_EXITS 4
#define JIT_CALLS 8
#define JIT_IC_EMPTY 0xffffffffu /* an inline cache's key before it is set: no block has it */

struct jit_region;

struct jit_tr {
    uint64_t key;   /* first: the lookup stub compares it (64-bit: a free slot never matches) */
    uint64_t entry; /* executable address of the entry */
    struct block *b;
    struct jit_region *rg;
    uint32_t gen;       /* the code generation it belongs to (jit.c) */
    uint32_t off, size; /* where its code is in the region */
    int8_t map[16];     /* guest register -> host register, -1: in struct cpu */
    int nexits, nsites;
    int checked, unchecked; /* -d jitcheck: compared once; cannot be (helper stores) */
    int orphan;             /* its region was flushed: it goes with the region */
    int ncalls;             /* -d jit: operations left to exec_insn */
    uint16_t calls[JIT_CALLS];
    struct jit_exit exits[JIT_EXITS];
    struct jit_site *sites; /* sorted by off */
};

/* What translate() needs from the run time: where the shared stubs are. */
struct jit_stubs {
    uint64_t leave;       /* return to jit_run with eax = the exit code */
    uint64_t lookup;      /* find the translation of r[15] | thumb, or leave with 0 */
    uint64_t helper_exit; /* after exec_insn returned eax != 0: branch or leave */
    uint64_t table;       /* the lookup table (struct jit_tr *[table_mask + 1]), by key >> 1 */
    uint32_t table_mask;
};

/* Translates b into xb (whose start is the translation's code); fills tr.
 * Returns 0, or -1 if the buffer was too small (xb->full). */
int jit_translate_block(struct block *b, struct xbuf *xb, const struct jit_stubs *st,
                        struct jit_tr *tr);

/* Offsets into struct cpu used by generated code. */
#define CPU_OFF(field) ((int32_t)offsetof(struct cpu, field))
#define CPU_R(n) (CPU_OFF(r) + 4 * (n))

/* -d jitcheck (check.c): runs t (entered through `enter`) and the
 * interpreter from the same state and stops armlet on a difference;
 * returns the exit, with c as after the JIT's run. */
int jit_check_run(struct cpu *c, struct jit_tr *t, uint64_t enter);
/* Translated code calls this before each guest store in that mode. */
void jit_log_store(struct cpu *c, uint32_t addr, uint32_t size);

#endif
