/* The decoded block as the block cache (block.c) keeps it and the
 * interpreter (exec.c) follows it: instructions plus links to the blocks
 * that ran after it, so that hot loops go from block to block without a
 * lookup. Only block.c creates, links and frees blocks.
 *
 * Shared by all guest threads: fields other than link[] never change once
 * the block is published; link[] is read and written with __atomic
 * acquire/release (a link is a hint checked by key, so a stale one is a
 * miss). An invalidated block stays allocated while other threads run. */
#ifndef ARM_BLOCK_H
#define ARM_BLOCK_H

#include <stdint.h>

#include "arm/cpu.h"
#include "arm/insn.h"

struct block {
    struct block *next;    /* hash chain */
    struct block *link[2]; /* successors seen, checked by key before use; NULL if none */
    struct block *dead_next; /* graveyard chain (block.c), once invalidated */
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
