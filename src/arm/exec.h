/* Executing decoded instructions: the one complete implementation of every
 * operation (exec_insn.c, with the VFP/NEON executors simd.c, vfp.c,
 * neon.c), and the interpreter tier over blocks (exec.c, block.h). */
#ifndef ARM_EXEC_H
#define ARM_EXEC_H

#include "arm/cpu.h"
#include "arm/insn.h"

/* exec_insn's result when the instruction wrote r[15] (and maybe c->thumb):
 * execution goes on there. */
#define EXEC_BRANCH 0x100

/* Executes `in` as if its condition passed (the caller tests in->cond).
 * First sets r[15] to its architectural PC (insn + 8 in A32, + 4 in T32),
 * and changes state only after its memory accesses succeeded, so a host
 * fault leaves it restartable. Returns 0 (go on with the next
 * instruction), EXEC_BRANCH, or an enum cpu_exit with r[15] and the exit's
 * details set as cpu.h describes. */
int exec_insn(struct cpu *c, const struct insn *in);

/* Runs insns[0..n) (n <= BLOCK_MAX + 8, one instruction set) once in the
 * interpreter, outside the block cache (unit tests). Returns 0 when
 * execution left the block normally (fell off the end or branched): r[15]
 * and c->thumb then hold the next instruction. Otherwise returns an enum
 * cpu_exit with r[15] set as cpu.h describes. */
int exec_block(struct cpu *c, const struct insn *insns, int n);

/* Executes one VFP or NEON operation (vfp.def, neon.def): vfp.c/neon.c.
 * Returns 0, or an enum cpu_exit (e.g. EXIT_UNDEF) with r[15] set. */
int simd_exec(struct cpu *c, const struct insn *in);
/* Executes one NEON operation (neon.def): neon.c. Same contract as simd_exec. */
int neon_exec(struct cpu *c, const struct insn *in);
/* Executes one VFP operation (vfp.def): vfp.c. Same contract as simd_exec. */
int vfp_exec(struct cpu *c, const struct insn *in);

#endif
