/* The decoded block as the block cache (block.c) keeps it and the
 * interpreter (exec.c) follows it: instructions plus links to the blocks
 * that ran after it, so that hot loops go from block to block without a
 * lookup. Only block.c creates, links and frees blocks.
 *
 * Shared by all guest threads: fields other than link[] never change once
 * the block is published; link[] is read and written with __atomic
 * acquire/release. An invalidated block stays allocated while other
 * threads run. */
#ifndef ARM_BLOCK_H
#define ARM_BLOCK_H

#include <stdint.h>

#include "arm/cpu.h"
#include "arm/insn.h"

/* The interpreter's form of an instruction (exec.c builds them when the
 * block is made): the address of the handler specialised for it (operand
 * form, flag setting, condition chosen once) and its operands, expanded. */
struct uop {
    const void *h; /* handler (a label in exec.c) */
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

struct block {
    struct block *next;    /* hash chain */
    /* Successors seen; NULL if none. link[0] is the fall-through (key ==
     * end | thumb), link[1] any other. A block ending in a direct branch
     * has only those two successors, so its links are used as they are;
     * after an indirect branch they are hints, checked by key. */
    struct block *link[2];
    struct block *dead_next; /* graveyard chain (block.c), once invalidated */
    uint32_t key;          /* pc | thumb */
    uint32_t end;          /* address after the last instruction */
    int n;
    struct insn *insns;    /* the n decoded instructions, after the block */
    struct uop *uops;      /* exec_build's program, after the insns */
};

/* The cached block with this key (pc | thumb), or NULL; takes no lock
 * (block.c). */
struct block *block_find(uint32_t key);

/* Upper bound of the uops exec_build makes for n instructions. */
#define EXEC_UOPS_MAX(n) (2 * (n) + 2)

/* Fills b->uops from b->insns[0..n) (exec.c); returns how many it used. */
int exec_build(struct block *b);

/* Runs block b and, if `chain`, each successor reached through the links,
 * while execution leaves blocks normally (exec.c). *cur always names the
 * block being run (for fault recovery). Returns 0 when the next block is
 * not linked (or chain is 0): r[15] and c->thumb hold its address and *cur
 * the block that led there; otherwise an enum cpu_exit with r[15] set as
 * cpu.h describes. Before each instruction that may fault r[15] holds its
 * architectural PC (insn + 8 in A32, + 4 in T32), so a host fault
 * identifies the faulting instruction. */
int exec_chain(struct cpu *c, struct block *b, struct block *volatile *cur, int chain);

#endif
