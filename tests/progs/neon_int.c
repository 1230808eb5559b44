// cflags: -mfpu=neon
// variants: hf-only
/* NEON integer arithmetic, compares, logic, shifts by register, pairwise,
 * unary operations (arm_neon.h intrinsics) on edge-heavy data, printed hex. */
#include "neon_common.h"

#define BIN(fn, vt, et, ld, _)                                  \
    for (int k = 0; k < NK; k++) SHOW(#fn, k, fn(ld(A(k, et)), ld(B(k, et))));
#define SHIFTR(fn, vt, et, ld, _)                               \
    for (int k = 0; k < NK; k++) SHOW(#fn, k, fn(ld(A(k, et)), (__typeof__(ld(A(k, et))))ld(S(k, et))));
#define TER(fn, vt, et, ld, _)                                  \
    for (int k = 0; k < NK; k++) SHOW(#fn, k, fn(ld(C(k, et)), ld(A(k, et)), ld(B(k, et))));
#define UN(fn, vt, et, ld, _) for (int k = 0; k < NK; k++) SHOW(#fn, k, fn(ld(A(k, et))));

/* Shift counts are signed vectors of the same width. */
#define SH(fn, vt, et, ld, st)                                                     \
    for (int k = 0; k < NK; k++) SHOW(#fn, k, fn(ld(A(k, et)), st(S(k, void))));

int main(void) {
    fill();
    ALL64(BIN, vadd, 0) ALL64(BIN, vsub, 0) ALL32(BIN, vhadd, 0) ALL32(BIN, vrhadd, 0)
    ALL32(BIN, vhsub, 0) ALL64(BIN, vqadd, 0) ALL64(BIN, vqsub, 0) ALL32(BIN, vmax, 0)
    ALL32(BIN, vmin, 0) ALL32(BIN, vabd, 0) ALL32(BIN, vmul, 0) ALL64(BIN, vand, 0)
    ALL64(BIN, vorr, 0) ALL64(BIN, veor, 0) ALL64(BIN, vbic, 0) ALL64(BIN, vorn, 0)
    ALL32(BIN, vceq, 0) ALL32(BIN, vcgt, 0) ALL32(BIN, vcge, 0) ALL32(BIN, vclt, 0)
    ALL32(BIN, vcle, 0) ALL32(BIN, vtst, 0)
    D8(BIN, vpadd, 0) D16(BIN, vpadd, 0) D32(BIN, vpadd, 0)
    D8(BIN, vpmax, 0) D16(BIN, vpmax, 0) D32(BIN, vpmax, 0)
    D8(BIN, vpmin, 0) D16(BIN, vpmin, 0) D32(BIN, vpmin, 0)
    ALL32(TER, vmla, 0) ALL32(TER, vmls, 0) ALL32(TER, vaba, 0)
    S1632(BIN, vqdmulh, 0)
    S1632(BIN, vqrdmulh, 0)
    ALL32(UN, vpaddl, 0)
    ALL32(UN, vmvn, 0) ALL32(UN, vclz, 0) ALL32(UN, vrev64, 0)
    D8(UN, vrev32, 0) D16(UN, vrev32, 0) Q8(UN, vrev32, 0) Q16(UN, vrev32, 0)
    D8(UN, vrev16, 0) Q8(UN, vrev16, 0)
    D8(UN, vcnt, 0) Q8(UN, vcnt, 0)
    for (int k = 0; k < NK; k++) {
        SHOW("vbsl_u8", k, vbsl_u8(vld1_u8(C(k, uint8_t)), vld1_u8(A(k, uint8_t)), vld1_u8(B(k, uint8_t))));
        SHOW("vbslq_u32", k, vbslq_u32(vld1q_u32(C(k, uint32_t)), vld1q_u32(A(k, uint32_t)), vld1q_u32(B(k, uint32_t))));
        SHOW("vpadal_s8", k, vpadal_s8(vld1_s16(C(k, int16_t)), vld1_s8(A(k, int8_t))));
        SHOW("vpadal_u8", k, vpadal_u8(vld1_u16(C(k, uint16_t)), vld1_u8(A(k, uint8_t))));
        SHOW("vpadalq_s16", k, vpadalq_s16(vld1q_s32(C(k, int32_t)), vld1q_s16(A(k, int16_t))));
        SHOW("vpadalq_u32", k, vpadalq_u32(vld1q_u64(C(k, uint64_t)), vld1q_u32(A(k, uint32_t))));
        SHOW("vpadal_s32", k, vpadal_s32(vld1_s64(C(k, int64_t)), vld1_s32(A(k, int32_t))));
        SHOW("vabs_s8", k, vabs_s8(vld1_s8(A(k, int8_t))));
        SHOW("vabsq_s16", k, vabsq_s16(vld1q_s16(A(k, int16_t))));
        SHOW("vabsq_s32", k, vabsq_s32(vld1q_s32(A(k, int32_t))));
        SHOW("vneg_s8", k, vneg_s8(vld1_s8(A(k, int8_t))));
        SHOW("vnegq_s16", k, vnegq_s16(vld1q_s16(A(k, int16_t))));
        SHOW("vneg_s32", k, vneg_s32(vld1_s32(A(k, int32_t))));
        SHOW("vqabs_s8", k, vqabs_s8(vld1_s8(A(k, int8_t))));
        SHOW("vqabsq_s16", k, vqabsq_s16(vld1q_s16(A(k, int16_t))));
        SHOW("vqabsq_s32", k, vqabsq_s32(vld1q_s32(A(k, int32_t))));
        SHOW("vqneg_s8", k, vqneg_s8(vld1_s8(A(k, int8_t))));
        SHOW("vqnegq_s16", k, vqnegq_s16(vld1q_s16(A(k, int16_t))));
        SHOW("vqnegq_s32", k, vqnegq_s32(vld1q_s32(A(k, int32_t))));
        SHOW("vcls_s8", k, vcls_s8(vld1_s8(A(k, int8_t))));
        SHOW("vclsq_s16", k, vclsq_s16(vld1q_s16(A(k, int16_t))));
        SHOW("vclsq_s32", k, vclsq_s32(vld1q_s32(A(k, int32_t))));
        SHOW("vmul_p8", k, vmul_p8(vld1_p8(A(k, poly8_t)), vld1_p8(B(k, poly8_t))));
        SHOW("vmulq_p8", k, vmulq_p8(vld1q_p8(A(k, poly8_t)), vld1q_p8(B(k, poly8_t))));
        SHOW("vrecpe_u32", k, vrecpe_u32(vld1_u32(A(k, uint32_t))));
        SHOW("vrecpeq_u32", k, vrecpeq_u32(vld1q_u32(B(k, uint32_t))));
        SHOW("vrsqrte_u32", k, vrsqrte_u32(vld1_u32(A(k, uint32_t))));
        SHOW("vrsqrteq_u32", k, vrsqrteq_u32(vld1q_u32(B(k, uint32_t))));
        SHOW("vceqz_s8", k, vceq_s8(vld1_s8(A(k, int8_t)), vdup_n_s8(0)));
        SHOW("vcgtz_s16", k, vcgt_s16(vld1_s16(A(k, int16_t)), vdup_n_s16(0)));
        SHOW("vcgezq_s32", k, vcgeq_s32(vld1q_s32(A(k, int32_t)), vdupq_n_s32(0)));
        SHOW("vcltz_s8", k, vclt_s8(vld1_s8(A(k, int8_t)), vdup_n_s8(0)));
        SHOW("vclezq_s16", k, vcleq_s16(vld1q_s16(A(k, int16_t)), vdupq_n_s16(0)));
    }
    /* Shifts by register: count vectors from the small-count table. */
#define SHR(fn, vt, et, ld, sld)                                                       \
    for (int k = 0; k < NK; k++) SHOW(#fn, k, fn(ld(A(k, et)), sld((const void *)S(k, void))));
    SHALL(SHR, vshl) SHALL(SHR, vqshl) SHALL(SHR, vrshl) SHALL(SHR, vqrshl)
    return 0;
}
