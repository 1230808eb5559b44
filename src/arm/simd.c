/* Dispatch of VFP and NEON operations: vfp.def operations to vfp.c, the
 * NEON ones (neon.def, from OP_VHADD on) to neon.c. */
#include "arm/exec.h"

int simd_exec(struct cpu *c, const struct insn *in) {
    if (in->op >= OP_VHADD) return neon_exec(c, in); /* neon.def */
    return vfp_exec(c, in);                          /* vfp.def */
}
