/* Operation names and attributes, generated from ops.def, vfp.def and
 * neon.def (for the analysis, traces, the disassembler and the gdb stub). */
#include "arm/insn.h"

const char *const op_names[OP_COUNT] = {
#define X(name, str, attrs) [OP_##name] = str,
#include "arm/ops.def"
#include "arm/vfp.def"
#include "arm/neon.def"
#undef X
};

const uint16_t op_attrs[OP_COUNT] = {
#define X(name, str, attrs) [OP_##name] = (attrs),
#include "arm/ops.def"
#include "arm/vfp.def"
#include "arm/neon.def"
#undef X
};
