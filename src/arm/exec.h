/* The interpreter: running decoded instructions outside the block cache,
 * and the VFP/NEON executors (exec.c, simd.c, vfp.c, neon.c). */
#ifndef ARM_EXEC_H
#define ARM_EXEC_H

#include "arm/cpu.h"
#include "arm/insn.h"

/* The interpreter proper (exec_build, exec_chain) works on blocks: see
 * arm/block.h. */

/* Runs insns[0..n) (n <= BLOCK_MAX + 8, one instruction set) once, outside
 * the block cache (unit tests). Returns 0 when execution left the block
 * normally (fell off the end or branched): r[15] and c->thumb then hold
 * the next instruction. Otherwise returns an enum cpu_exit with r[15] set
 * as cpu.h describes. */
int exec_block(struct cpu *c, const struct insn *insns, int n);

/* Executes one VFP or NEON operation (vfp.def, neon.def): vfp.c/neon.c.
 * Returns 0, or an enum cpu_exit (e.g. EXIT_UNDEF) with r[15] set. */
int simd_exec(struct cpu *c, const struct insn *in);
/* Executes one NEON operation (neon.def): neon.c. Same contract as simd_exec. */
int neon_exec(struct cpu *c, const struct insn *in);
/* Executes one VFP operation (vfp.def): vfp.c. Same contract as simd_exec. */
int vfp_exec(struct cpu *c, const struct insn *in);

#endif
