// cflags: -mfpu=neon
// variants: hf-only
/* NEON shifts by immediate (plain, rounding, accumulating, saturating,
 * inserting, narrowing, widening) and VMOVL/VMOVN/VQMOVN/VQMOVUN. */
#include "neon_common.h"

#define SHN(fn, vt, et, ld, n) \
    for (int k = 0; k < NK; k++) SHOW(#fn "#" #n, k, fn(ld(A(k, et)), n));
#define ACC(fn, vt, et, ld, n) \
    for (int k = 0; k < NK; k++) SHOW(#fn "#" #n, k, fn(ld(B(k, et)), ld(A(k, et)), n));
/* Immediate forms need constants in range for each width: 1, mid, max. */
#define R8(M, fn) D8N(M, fn, 1) D8N(M, fn, 5) D8N(M, fn, 8) Q8N(M, fn, 1) Q8N(M, fn, 8)
#define R16(M, fn) D16N(M, fn, 1) D16N(M, fn, 9) D16N(M, fn, 16) Q16N(M, fn, 3) Q16N(M, fn, 16)
#define R32(M, fn) D32N(M, fn, 1) D32N(M, fn, 17) D32N(M, fn, 32) Q32N(M, fn, 7) Q32N(M, fn, 32)
#define R64(M, fn) D64N(M, fn, 1) D64N(M, fn, 33) D64N(M, fn, 64) Q64N(M, fn, 13) Q64N(M, fn, 64)
#define RALL(M, fn) R8(M, fn) R16(M, fn) R32(M, fn) R64(M, fn)
#define L8(M, fn) D8N(M, fn, 0) D8N(M, fn, 3) D8N(M, fn, 7) Q8N(M, fn, 1) Q8N(M, fn, 7)
#define L16(M, fn) D16N(M, fn, 0) D16N(M, fn, 9) D16N(M, fn, 15) Q16N(M, fn, 3) Q16N(M, fn, 15)
#define L32(M, fn) D32N(M, fn, 0) D32N(M, fn, 17) D32N(M, fn, 31) Q32N(M, fn, 7) Q32N(M, fn, 31)
#define L64(M, fn) D64N(M, fn, 0) D64N(M, fn, 33) D64N(M, fn, 63) Q64N(M, fn, 13) Q64N(M, fn, 63)
#define LALL(M, fn) L8(M, fn) L16(M, fn) L32(M, fn) L64(M, fn)

/* Narrowing: the source is the wide vector type. */
#define NAR(fn, wt, ld, n) \
    for (int k = 0; k < NK; k++) SHOW(#fn "#" #n, k, fn(ld(A(k, void)), n));

int main(void) {
    fill();
    RALL(SHN, vshr) RALL(SHN, vrshr) RALL(ACC, vsra) RALL(ACC, vrsra) RALL(ACC, vsri)
    LALL(SHN, vshl) LALL(SHN, vqshl) LALL(ACC, vsli)
    for (int k = 0; k < NK; k++) {
        SHOW("vqshlu_n_s8#3", k, vqshlu_n_s8(vld1_s8(A(k, int8_t)), 3));
        SHOW("vqshluq_n_s16#0", k, vqshluq_n_s16(vld1q_s16(A(k, int16_t)), 0));
        SHOW("vqshlu_n_s32#31", k, vqshlu_n_s32(vld1_s32(A(k, int32_t)), 31));
        SHOW("vqshluq_n_s64#40", k, vqshluq_n_s64(vld1q_s64(A(k, int64_t)), 40));
    }
#define NARS(fn, n8, n16, n32)                                                                \
    NAR(fn##_s16, int16x8_t, vld1q_s16, n8) NAR(fn##_s32, int32x4_t, vld1q_s32, n16)          \
    NAR(fn##_s64, int64x2_t, vld1q_s64, n32)
#define NARU(fn, n8, n16, n32)                                                                \
    NAR(fn##_u16, uint16x8_t, vld1q_u16, n8) NAR(fn##_u32, uint32x4_t, vld1q_u32, n16)        \
    NAR(fn##_u64, uint64x2_t, vld1q_u64, n32)
    NARS(vshrn_n, 1, 9, 32) NARU(vshrn_n, 8, 16, 3) NARS(vrshrn_n, 3, 16, 1) NARU(vrshrn_n, 8, 1, 32)
    NARS(vqshrn_n, 1, 9, 32) NARU(vqshrn_n, 8, 16, 3) NARS(vqrshrn_n, 3, 16, 1) NARU(vqrshrn_n, 8, 1, 32)
    NARS(vqshrun_n, 1, 9, 32) NARS(vqrshrun_n, 8, 1, 17)
#define WID(fn, ld, n) for (int k = 0; k < NK; k++) SHOW(#fn "#" #n, k, fn(ld(A(k, void)), n));
    WID(vshll_n_s8, vld1_s8, 3) WID(vshll_n_s8, vld1_s8, 8)
    WID(vshll_n_u8, vld1_u8, 8) WID(vshll_n_s16, vld1_s16, 16) WID(vshll_n_u16, vld1_u16, 5)
    WID(vshll_n_s32, vld1_s32, 32) WID(vshll_n_u32, vld1_u32, 31) WID(vshll_n_s32, vld1_s32, 1)
#define UN1(fn, ld) for (int k = 0; k < NK; k++) SHOW(#fn, k, fn(ld(A(k, void))));
    UN1(vmovl_s8, vld1_s8) UN1(vmovl_u8, vld1_u8) UN1(vmovl_s16, vld1_s16) UN1(vmovl_u16, vld1_u16)
    UN1(vmovl_s32, vld1_s32) UN1(vmovl_u32, vld1_u32)
    UN1(vmovn_s16, vld1q_s16) UN1(vmovn_u32, vld1q_u32) UN1(vmovn_s64, vld1q_s64)
    UN1(vqmovn_s16, vld1q_s16) UN1(vqmovn_s32, vld1q_s32) UN1(vqmovn_s64, vld1q_s64)
    UN1(vqmovn_u16, vld1q_u16) UN1(vqmovn_u32, vld1q_u32) UN1(vqmovn_u64, vld1q_u64)
    UN1(vqmovun_s16, vld1q_s16) UN1(vqmovun_s32, vld1q_s32) UN1(vqmovun_s64, vld1q_s64)
    return 0;
}
