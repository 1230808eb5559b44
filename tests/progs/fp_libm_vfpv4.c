// cflags: -mfpu=neon-vfpv4
/* fp_libm.c built for VFPv4 with D32 and NEON: gcc may then use fused
 * multiply-add and the upper 16 D registers. */
#include "fp_libm.c"
