/* The decoded block as the block cache (block.c) keeps it and the
 * interpreter (exec.c) follows it: instructions plus links to the blocks
 * that ran after it, so that hot loops go from block to block without a
 * lookup. Only block.c creates, links and frees blocks. */
#ifndef ARM_BLOCK_H
#define ARM_BLOCK_H

#include <stdint.h>

#include "arm/cpu.h"
#include "arm/insn.h"

struct block {
    struct block *next;    /* hash chain */
    struct block *link[2]; /* successors seen, checked by key before use; NULL if none */
    uint32_t key;          /* pc | thumb */
    uint32_t end;          /* address after the last instruction */
    int n;
    struct insn insns[];
};

/* Runs block b, then each successor reached through b's links, while
 * execution leaves blocks normally (exec.c). *cur always names the block
 * being run (for fault recovery). Returns 0 when the next block is not
 * linked: r[15] and c->thumb hold its address and *cur the block that
 * led there; otherwise an enum cpu_exit as exec_block. */
int exec_chain(struct cpu *c, struct block *b, struct block *volatile *cur);

#endif
