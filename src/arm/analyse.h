/* Per-block analysis (analyse.c): facts on the decoded records that every
 * tier reads (insn.fl_rd, fl_wr, fl_live, fact, and F_ENDS). */
#ifndef ARM_ANALYSE_H
#define ARM_ANALYSE_H

#include "arm/insn.h"

/* Nonzero if `in` may write PC or leave the CPU: a block ends after it. */
int insn_ends_block(const struct insn *in);

/* Nonzero if `in` may fault or leave the block before it completes: the
 * guest state must then be exact, flags included. */
int insn_is_barrier(const struct insn *in);

/* The flags (FL_* masks) `in` reads (its condition included), may write,
 * and surely writes. */
void insn_flag_use(const struct insn *in, unsigned *rd, unsigned *wr, unsigned *kill);

/* The flags a condition (COND_*) reads. */
unsigned cond_flags(unsigned cond);

/* The flags live before the first of insns[0..n) (facts written). */
unsigned block_live_in(const struct insn *insns, int n);

/* Writes the facts of insns[0..n), one block: `live_out` is the set of
 * flags live after its last instruction (FL_ALL when nothing is known). */
void block_analyse(struct insn *insns, int n, unsigned live_out);

#endif
