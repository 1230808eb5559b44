// cflags: -mfpu=neon
// variants: hf-only
/* NEON long, wide and narrow-high arithmetic, multiplies by scalar,
 * saturating doubling multiplies, polynomial VMULL.P8. */
#include "neon_common.h"

#define L2(fn, ld) for (int k = 0; k < NK; k++) SHOW(#fn, k, fn(ld(A(k, void)), ld(B(k, void))));
#define W2(fn, ldw, ld) for (int k = 0; k < NK; k++) SHOW(#fn, k, fn(ldw(C(k, void)), ld(A(k, void))));
#define L3(fn, ldw, ld) for (int k = 0; k < NK; k++) SHOW(#fn, k, fn(ldw(C(k, void)), ld(A(k, void)), ld(B(k, void))));
#define LANE(fn, ld, l) for (int k = 0; k < NK; k++) SHOW(#fn "[" #l "]", k, fn(ld(A(k, void)), ld(B(k, void)), l));
#define LANE3(fn, ldw, ld, l) for (int k = 0; k < NK; k++) SHOW(#fn "[" #l "]", k, fn(ldw(C(k, void)), ld(A(k, void)), ld(B(k, void)), l));
#define LANEQ(fn, ldq, ld, l) for (int k = 0; k < NK; k++) SHOW(#fn "[" #l "]", k, fn(ldq(A(k, void)), ld(B(k, void)), l));
#define LANEQ3(fn, ldq, ld, l) for (int k = 0; k < NK; k++) SHOW(#fn "[" #l "]", k, fn(ldq(C(k, void)), ldq(A(k, void)), ld(B(k, void)), l));
#define ALLL(M, fn) M(fn##_s8, vld1_s8) M(fn##_u8, vld1_u8) M(fn##_s16, vld1_s16) M(fn##_u16, vld1_u16) M(fn##_s32, vld1_s32) M(fn##_u32, vld1_u32)
#define ALLW(M, fn) M(fn##_s8, vld1q_s16, vld1_s8) M(fn##_u8, vld1q_u16, vld1_u8) M(fn##_s16, vld1q_s32, vld1_s16) \
    M(fn##_u16, vld1q_u32, vld1_u16) M(fn##_s32, vld1q_s64, vld1_s32) M(fn##_u32, vld1q_u64, vld1_u32)
#define ALLN(M, fn) M(fn##_s16, vld1q_s16) M(fn##_u16, vld1q_u16) M(fn##_s32, vld1q_s32) M(fn##_u32, vld1q_u32) M(fn##_s64, vld1q_s64) M(fn##_u64, vld1q_u64)

int main(void) {
    fill();
    ALLL(L2, vaddl) ALLL(L2, vsubl) ALLL(L2, vabdl) ALLL(L2, vmull)
    ALLW(W2, vaddw) ALLW(W2, vsubw) ALLW(L3, vabal) ALLW(L3, vmlal) ALLW(L3, vmlsl)
    ALLN(L2, vaddhn) ALLN(L2, vraddhn) ALLN(L2, vsubhn) ALLN(L2, vrsubhn)
    L2(vqdmull_s16, vld1_s16) L2(vqdmull_s32, vld1_s32)
    L3(vqdmlal_s16, vld1q_s32, vld1_s16) L3(vqdmlal_s32, vld1q_s64, vld1_s32)
    L3(vqdmlsl_s16, vld1q_s32, vld1_s16) L3(vqdmlsl_s32, vld1q_s64, vld1_s32)
    L2(vmull_p8, vld1_p8)
    LANE(vmul_lane_s16, vld1_s16, 3) LANE(vmul_lane_u32, vld1_u32, 1)
    LANEQ(vmulq_lane_s16, vld1q_s16, vld1_s16, 2) LANEQ(vmulq_lane_u32, vld1q_u32, vld1_u32, 0)
    LANE3(vmla_lane_s16, vld1_s16, vld1_s16, 1) LANE3(vmls_lane_s32, vld1_s32, vld1_s32, 1)
    LANEQ3(vmlaq_lane_u16, vld1q_u16, vld1_u16, 3) LANEQ3(vmlsq_lane_s32, vld1q_s32, vld1_s32, 0)
    LANE(vmull_lane_s16, vld1_s16, 0) LANE(vmull_lane_u32, vld1_u32, 1)
    LANE3(vmlal_lane_s16, vld1q_s32, vld1_s16, 2) LANE3(vmlsl_lane_u32, vld1q_u64, vld1_u32, 1)
    LANE(vqdmull_lane_s16, vld1_s16, 3) LANE(vqdmull_lane_s32, vld1_s32, 1)
    LANE3(vqdmlal_lane_s16, vld1q_s32, vld1_s16, 1) LANE3(vqdmlsl_lane_s32, vld1q_s64, vld1_s32, 0)
    LANE(vqdmulh_lane_s16, vld1_s16, 2) LANE(vqdmulh_lane_s32, vld1_s32, 1)
    LANEQ(vqdmulhq_lane_s16, vld1q_s16, vld1_s16, 3) LANEQ(vqrdmulhq_lane_s32, vld1q_s32, vld1_s32, 1)
    LANE(vqrdmulh_lane_s16, vld1_s16, 0)
    for (int k = 0; k < NK; k++) {
        int16_t s16; int32_t s32;
        memcpy(&s16, B(k, void), 2);
        memcpy(&s32, B(k, void), 4);
        SHOW("vmul_n_s16", k, vmul_n_s16(vld1_s16(A(k, int16_t)), s16));
        SHOW("vmulq_n_s32", k, vmulq_n_s32(vld1q_s32(A(k, int32_t)), s32));
        SHOW("vmlaq_n_s16", k, vmlaq_n_s16(vld1q_s16(C(k, int16_t)), vld1q_s16(A(k, int16_t)), s16));
        SHOW("vqdmulhq_n_s16", k, vqdmulhq_n_s16(vld1q_s16(A(k, int16_t)), s16));
        SHOW("vqdmull_n_s32", k, vqdmull_n_s32(vld1_s32(A(k, int32_t)), s32));
        SHOW("vmull_n_u16", k, vmull_n_u16(vld1_u16(A(k, uint16_t)), (uint16_t)s16));
        /* saturation boundaries */
        SHOW("vqdmulh_min", k, vqdmulh_s16(vdup_n_s16(-32768), vld1_s16(A(k, int16_t))));
        SHOW("vqdmull_min", k, vqdmull_s32(vdup_n_s32(INT32_MIN), vld1_s32(A(k, int32_t))));
        SHOW("vqdmlal_sat", k, vqdmlal_s16(vdupq_n_s32(INT32_MAX), vdup_n_s16(-32768), vld1_s16(A(k, int16_t))));
    }
    return 0;
}
