/* Operation names, generated from ops.def (for traces, the disassembler and
 * the gdb stub). */
#include "arm/insn.h"

const char *const op_names[OP_COUNT] = {
#define X(name, str) [OP_##name] = str,
#include "arm/ops.def"
#include "arm/vfp.def"
#include "arm/neon.def"
#undef X
};
