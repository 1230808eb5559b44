/* The block cache (block.c): decoded blocks keyed by (pc, T), the links
 * between them, invalidation, and the deferred freeing that lets threads
 * keep running a block another thread dropped. It knows no tier: the
 * interpreter (exec.c) and the JIT (jit/) each hang their own form of a
 * block off it (uops, jit).
 *
 * Shared by all guest threads: a block never changes once published except
 * for link[], heat and jit, which are read and written whole (__atomic). */
#ifndef ARM_BLOCK_H
#define ARM_BLOCK_H

#include <stddef.h>
#include <stdint.h>

#include "arm/cpu.h"
#include "arm/insn.h"

struct uop;
struct jit_tr;

struct block {
    struct block *next; /* hash chain */
    /* Successors seen, NULL if none: link[0] the fall-through (key ==
     * end | thumb), link[1] any other (block_link). A block ending in a
     * direct branch has only those two successors, so its links can be
     * used as they are; after an indirect branch they are hints, checked
     * by key. */
    struct block *link[2];
    uint32_t key; /* pc | thumb */
    uint32_t end; /* address after the last instruction */
    /* The guest code its translation relies on (its own, and successors'
     * facts): invalidating any of it drops the block. Under the cache lock. */
    uint32_t dep_lo, dep_hi;
    int n;
    /* Entries left before the block counts as hot (the JIT translates it);
     * negative once it is, or has a translation: the interpreter then
     * hands it to cpu_run. Updated without atomicity: only a hint. */
    int32_t heat;
    struct insn *insns; /* the n decoded instructions, after the block */
    struct uop *uops;   /* the interpreter's form (exec_attach) */
    struct jit_tr *jit; /* the JIT's translation, or NULL */
};

/* The cached block with this key (pc | thumb), or NULL; takes no lock. */
struct block *block_find(uint32_t key);

/* Decodes (if needed) and caches the block at pc; NULL if pc is not
 * executable. Takes the cache lock on a miss. */
struct block *block_get(uint32_t pc, int thumb);

/* Decodes a block outside the cache, starting inside an IT block (`it`,
 * after a signal return); freed with block_free_oneoff. */
struct block *block_oneoff(uint32_t pc, int thumb, uint8_t it);
void block_free_oneoff(struct block *b);

/* The block after prev at key through prev's links, NULL if not linked. */
static inline struct block *block_linked(struct block *prev, uint32_t key) {
    struct block *b = __atomic_load_n(&prev->link[1], __ATOMIC_ACQUIRE);
    if (b && b->key == key) return b;
    b = __atomic_load_n(&prev->link[0], __ATOMIC_ACQUIRE);
    return b && b->key == key ? b : NULL;
}

/* Remembers that b ran after prev: the one link-slot policy. Slot 0 only
 * ever gets the fall-through block, slot 1 a block execution really went
 * to, so a non-NULL link of a block ending in a direct branch is right. */
void block_link(struct block *prev, struct block *b);

/* The interpreter (exec.c). exec_attach builds b->uops (0, or -ENOMEM);
 * exec_release frees them. */
int exec_attach(struct block *b);
void exec_release(struct block *b);

/* Runs block b and, if `chain`, each successor reached through the links
 * or the cache, while execution leaves blocks normally. *cur always names
 * the block being run (for fault recovery). Returns 0 when the next block
 * is not in the cache, is hot or translated (*next is then that block),
 * or chain is 0: r[15] and c->thumb hold its address and *cur the block
 * that led there; otherwise an enum cpu_exit with r[15] set as cpu.h
 * describes. Before each instruction that may fault r[15] holds its
 * architectural PC (insn + 8 in A32, + 4 in T32). */
int exec_chain(struct cpu *c, struct block *b, struct block *volatile *cur, int chain,
               struct block **next);

/* Deferred freeing (quiescent-state based): an object dropped while other
 * threads run is freed once each of them has been outside cpu_run since.
 * cpu_run calls block_enter on entry and block_leave on exit. block_retire
 * is called under the cache lock (block_lock). */
void block_enter(void);
void block_leave(void);
void block_retire(void (*fn)(void *), void *p);
/* Guest threads alive (cpu_thread_start, cpu_thread_exit). */
int block_threads(void);
void block_lock(void);
void block_unlock(void);
/* In a forked child (only this thread was copied): a fresh cache lock. */
void block_fork_child(void);

/* Calls fn on every cached block (under the cache lock). */
void block_each(void (*fn)(struct block *b, void *arg), void *arg);

/* What block.c asks of the JIT (set by it at init): free a block's
 * translation (the block is unreachable by then), and forget every direct
 * jump into translations (some block was dropped). */
struct block_tier {
    void (*release)(struct block *b);
    void (*unlinked)(void);
};
void block_set_tier(const struct block_tier *t);

/* For cpu_run's fault recovery: nonzero while this thread decodes under
 * the cache lock (a fault there releases it). */
int block_fault_in_decode(void);

#endif
