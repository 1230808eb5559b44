// cflags: -mfpu=neon
// variants: hf-only
/* NEON permutes and moves: VEXT, VZIP/VUZP/VTRN, VSWP, VTBL/VTBX (1-4
 * registers), VDUP (scalar and core register), VMOV/VMVN/VORR/VBIC immediate. */
#include "neon_common.h"

#define PAIR(fn, ld) for (int k = 0; k < NK; k++) { __typeof__(fn(ld(A(k, void)), ld(B(k, void)))) p_ = fn(ld(A(k, void)), ld(B(k, void))); SHOW(#fn ".0", k, p_.val[0]); SHOW(#fn ".1", k, p_.val[1]); }
#define EXT(fn, ld, n) for (int k = 0; k < NK; k++) SHOW(#fn "#" #n, k, fn(ld(A(k, void)), ld(B(k, void)), n));
#define DUPL(fn, ld, n) for (int k = 0; k < NK; k++) SHOW(#fn "[" #n "]", k, fn(ld(A(k, void)), n));

int main(void) {
    fill();
    EXT(vext_u8, vld1_u8, 0) EXT(vext_u8, vld1_u8, 3) EXT(vext_u8, vld1_u8, 7)
    EXT(vextq_u8, vld1q_u8, 9) EXT(vextq_u8, vld1q_u8, 15) EXT(vext_s16, vld1_s16, 1)
    EXT(vextq_u32, vld1q_u32, 3) EXT(vextq_s64, vld1q_s64, 1) EXT(vext_u32, vld1_u32, 1)
    PAIR(vzip_u8, vld1_u8) PAIR(vzip_u16, vld1_u16) PAIR(vzipq_u8, vld1q_u8) PAIR(vzipq_u16, vld1q_u16) PAIR(vzipq_u32, vld1q_u32)
    PAIR(vuzp_u8, vld1_u8) PAIR(vuzp_u16, vld1_u16) PAIR(vuzpq_u8, vld1q_u8) PAIR(vuzpq_u16, vld1q_u16) PAIR(vuzpq_u32, vld1q_u32)
    PAIR(vtrn_u8, vld1_u8) PAIR(vtrn_u16, vld1_u16) PAIR(vtrn_u32, vld1_u32) PAIR(vtrnq_u8, vld1q_u8) PAIR(vtrnq_u16, vld1q_u16) PAIR(vtrnq_u32, vld1q_u32)
    DUPL(vdup_lane_u8, vld1_u8, 5) DUPL(vdupq_lane_u8, vld1_u8, 7) DUPL(vdup_lane_u16, vld1_u16, 3)
    DUPL(vdupq_lane_s16, vld1_s16, 1) DUPL(vdup_lane_u32, vld1_u32, 1) DUPL(vdupq_lane_u32, vld1_u32, 0)
    for (int k = 0; k < NK; k++) {
        uint32_t x;
        memcpy(&x, A(k, void), 4);
        SHOW("vdup_n_u8", k, vdup_n_u8((uint8_t)x));
        SHOW("vdupq_n_u16", k, vdupq_n_u16((uint16_t)x));
        SHOW("vdupq_n_u32", k, vdupq_n_u32(x));
        SHOW("vdup_n_u32", k, vdup_n_u32(x ^ 0x5a5a));
        /* Table lookups; indexes beyond the table give 0 (VTBL) or keep Dd (VTBX). */
        uint8x8_t idx = vand_u8(vld1_u8(B(k, uint8_t)), vdup_n_u8(k & 1 ? 0x3f : 0x1f));
        uint8x8x2_t t2 = {{vld1_u8(A(k, uint8_t)), vld1_u8(C(k, uint8_t))}};
        uint8x8x3_t t3 = {{t2.val[0], t2.val[1], vld1_u8(B(k, uint8_t))}};
        uint8x8x4_t t4 = {{t2.val[0], t2.val[1], t3.val[2], vld1_u8(A(k + 1, uint8_t))}};
        SHOW("vtbl1", k, vtbl1_u8(t2.val[0], idx));
        SHOW("vtbl2", k, vtbl2_u8(t2, idx));
        SHOW("vtbl3", k, vtbl3_u8(t3, idx));
        SHOW("vtbl4", k, vtbl4_u8(t4, idx));
        SHOW("vtbx1", k, vtbx1_u8(t3.val[2], t2.val[0], idx));
        SHOW("vtbx2", k, vtbx2_u8(t3.val[2], t2, idx));
        SHOW("vtbx3", k, vtbx3_u8(t2.val[1], t3, idx));
        SHOW("vtbx4", k, vtbx4_u8(t2.val[1], t4, idx));
        SHOW("vtbl_raw", k, vtbl1_u8(t2.val[0], vld1_u8(B(k, uint8_t))));
        /* VSWP */
        uint8x16_t q0 = vld1q_u8(A(k, uint8_t)), q1 = vld1q_u8(B(k, uint8_t));
        __asm__("vswp %e0, %f1" : "+w"(q0), "+w"(q1));
        SHOW("vswp.0", k, q0);
        SHOW("vswp.1", k, q1);
        /* Modified immediates: every cmode, through the register forms. */
        uint32x4_t v = vld1q_u32(A(k, uint32_t));
        uint32x4_t r;
#define IMM(insn) __asm__("vmov %q0, %q1\n\t" insn : "=&w"(r) : "w"(v)); SHOW(insn, k, r);
        IMM("vmov.i32 %q0, #0x000000ab") IMM("vmov.i32 %q0, #0x0000ab00") IMM("vmov.i32 %q0, #0x00ab0000")
        IMM("vmov.i32 %q0, #0xab000000") IMM("vmov.i16 %q0, #0x00cd") IMM("vmov.i16 %q0, #0xcd00")
        IMM("vmov.i32 %q0, #0x0000abff") IMM("vmov.i32 %q0, #0x00abffff") IMM("vmov.i8 %q0, #0x9c")
        IMM("vmov.i64 %q0, #0xff00ff0000ffff00") IMM("vmov.f32 %q0, #-1.5") IMM("vmov.f32 %q0, #31.0")
        IMM("vmov.f32 %q0, #0.125") IMM("vmvn.i32 %q0, #0x000000ab") IMM("vmvn.i32 %q0, #0x00ab0000")
        IMM("vmvn.i16 %q0, #0xcd00") IMM("vmvn.i32 %q0, #0x0000abff") IMM("vmvn.i32 %q0, #0x00abffff")
        IMM("vorr.i32 %q0, #0x000000ab") IMM("vorr.i32 %q0, #0xab000000") IMM("vorr.i16 %q0, #0x00cd")
        IMM("vorr.i16 %q0, #0xcd00") IMM("vbic.i32 %q0, #0x0000ab00") IMM("vbic.i32 %q0, #0x00ab0000")
        IMM("vbic.i16 %q0, #0x00cd") IMM("vbic.i16 %q0, #0xcd00") IMM("vmov.i8 %e0, #0x11")
        IMM("vorr.i32 %f0, #0x7f00") IMM("vmov.i64 %e0, #0x00ff00ff00ff00ff")
    }
    return 0;
}
