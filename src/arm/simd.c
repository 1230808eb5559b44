/* Dispatch of VFP and NEON operations. Until they are implemented every
 * such encoding is undefined (SIGILL), as on a CPU without them. */
#include "arm/exec.h"

int simd_exec(struct cpu *c, const struct insn *in) {
    if (in->op >= OP_VHADD) return neon_exec(c, in); /* neon.def */
    c->r[15] = in->pc;
    c->insn_word = in->word;
    c->itstate = in->it;
    return EXIT_UNDEF;
}
