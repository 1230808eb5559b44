/* The JIT tier: hot blocks translated to x86-64 (jit/). cpu_run (arm/run.c)
 * drives it; the translations hang off the blocks of the cache (block.h)
 * and read the same decoded records and facts as the interpreter. */
#ifndef JIT_JIT_H
#define JIT_JIT_H

#include "arm/block.h"
#include "arm/cpu.h"
#include "mem/guest.h"

/* Starts the tier as cpu_settings says. Returns 0 or -errno (then off). */
int jit_init(void);

/* Nonzero when the tier runs. */
extern int jit_on;

/* Nonzero if b has a translation that may run. */
int jit_current(const struct block *b);

/* Translates b (hot, in the cache); under the cache lock. On success b->jit
 * is published; on failure b stays with the interpreter. */
void jit_translate(struct block *b);

/* Runs translated code from b (b->jit set) and on through the translations
 * it reaches. Returns like exec_chain: 0 when the next block has no
 * translation (r[15] and c->thumb name it, *next is it if cached, else
 * NULL; *cur the block that led there), else an enum cpu_exit. *cur names
 * a block being run, for fault recovery (see jit_recover). */
int jit_run(struct cpu *c, struct block *b, struct block *volatile *cur, struct block **next);

/* After a host fault while jit_run ran: if the fault was in translated
 * code or in a slow path it called, makes c's state exactly the guest's
 * before the faulting instruction (registers, flags, r[15] = its address,
 * ITSTATE) and returns 1; else 0. */
int jit_recover(struct cpu *c, const struct mem_fault *mf);

/* In a forked child: a private, empty code buffer. */
void jit_fork_child(void);

#endif
