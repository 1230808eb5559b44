// cflags: -mfpu=neon-vfpv4 -mfp16-format=ieee
// variants: hf-only
/* NEON float (F32) operations under the standard FPSCR value (flush to zero,
 * default NaN): arithmetic, fused and unfused multiply-accumulate, compares,
 * min/max, pairwise, conversions (integer, fixed point, half), estimates
 * (VRECPE/VRSQRTE) and their Newton steps, on special and random values;
 * FPSCR cumulative flags are printed with each result. */
#include "neon_common.h"

#define NF 24
uint32_t fdata[NF * 4 + 16] __attribute__((aligned(16)));

static void ffill(void) {
    static const uint32_t sp[] = {
        0x00000000, 0x80000000, 0x3f800000, 0xbf800000, 0x7f800000, 0xff800000, 0x7fc00000,
        0x7f800001, 0xffc12345, 0x00000001, 0x807fffff, 0x00800000, 0x80800000, 0x7f7fffff,
        0x4f000000, 0xcf000000, 0x4f800000, 0x3effffff, 0x3f000000, 0x40490fdb, 0x34000000,
        0x5e800000, 0xcf000001, 0x477fe000, 0x477ff000, 0x33800000, 0x387fc000, 0x7e800000,
        0x00400000, 0x3fc00000, 0xc0400000, 0x4b000001, 0x3f7fffff, 0x3f800001, 0x7effffff,
    };
    for (unsigned i = 0; i < sizeof fdata / 4; i++) {
        uint32_t v;
        switch (rnd() % 3) {
        case 0: v = sp[rnd() % (sizeof sp / 4)]; break;
        case 1: v = (rnd() % 0x3f800000u) + 0x20000000u; v ^= (rnd() & 1) << 31; break;
        default: v = rnd() ^ (rnd() << 9); break;
        }
        if (i < sizeof sp / 4) v = sp[i];
        fdata[i] = v;
    }
}
#define FA(k) ((const float *)(fdata + 4 * (k)))
#define FB(k) ((const float *)(fdata + 4 * (k) + 37))
#define FC(k) ((const float *)(fdata + 4 * (k) + 18))

#define F2(fn, ld) for (int k = 0; k < NF; k++) SHOW(#fn, k, fn(ld(FA(k)), ld(FB(k))));
#define F3(fn, ld) for (int k = 0; k < NF; k++) SHOW(#fn, k, fn(ld(FC(k)), ld(FA(k)), ld(FB(k))));
#define F1(fn, ld) for (int k = 0; k < NF; k++) SHOW(#fn, k, fn(ld(FA(k))));
#define BOTH2(fn) F2(fn##_f32, vld1_f32) F2(fn##q_f32, vld1q_f32)
#define BOTH3(fn) F3(fn##_f32, vld1_f32) F3(fn##q_f32, vld1q_f32)
#define BOTH1(fn) F1(fn##_f32, vld1_f32) F1(fn##q_f32, vld1q_f32)

int main(void) {
    fill();
    ffill();
    set_fpscr(0);
    BOTH2(vadd) BOTH2(vsub) BOTH2(vmul) BOTH2(vabd) BOTH2(vmax) BOTH2(vmin)
    BOTH2(vceq) BOTH2(vcge) BOTH2(vcgt) BOTH2(vcle) BOTH2(vclt)
    BOTH2(vcage) BOTH2(vcagt) BOTH2(vcale) BOTH2(vcalt) BOTH2(vrecps) BOTH2(vrsqrts)
    F2(vpadd_f32, vld1_f32) F2(vpmax_f32, vld1_f32) F2(vpmin_f32, vld1_f32)
    BOTH3(vmla) BOTH3(vmls) BOTH3(vfma) BOTH3(vfms)
    BOTH1(vabs) BOTH1(vneg) BOTH1(vrecpe) BOTH1(vrsqrte)
    F1(vcvt_s32_f32, vld1_f32) F1(vcvtq_u32_f32, vld1q_f32) F1(vcvt_u32_f32, vld1_f32) F1(vcvtq_s32_f32, vld1q_f32)
    for (int k = 0; k < NF; k++) {
        float32x4_t a = vld1q_f32(FA(k)), b = vld1q_f32(FB(k));
        int32x4_t ia = vld1q_s32((const int32_t *)FA(k));
        uint32x4_t ua = vld1q_u32((const uint32_t *)FB(k));
        SHOW("vcvtq_f32_s32", k, vcvtq_f32_s32(ia));
        SHOW("vcvtq_f32_u32", k, vcvtq_f32_u32(ua));
        SHOW("vcvtq_n_s32_f32#1", k, vcvtq_n_s32_f32(a, 1));
        SHOW("vcvtq_n_s32_f32#16", k, vcvtq_n_s32_f32(a, 16));
        SHOW("vcvtq_n_u32_f32#32", k, vcvtq_n_u32_f32(b, 32));
        SHOW("vcvt_n_u32_f32#5", k, vcvt_n_u32_f32(vget_low_f32(a), 5));
        SHOW("vcvtq_n_f32_s32#1", k, vcvtq_n_f32_s32(ia, 1));
        SHOW("vcvtq_n_f32_s32#32", k, vcvtq_n_f32_s32(ia, 32));
        SHOW("vcvtq_n_f32_u32#20", k, vcvtq_n_f32_u32(ua, 20));
        SHOW("vcvt_f16_f32", k, vcvt_f16_f32(a));
        SHOW("vcvt_f32_f16", k, vcvt_f32_f16(vreinterpret_f16_u32(vld1_u32((const uint32_t *)FB(k)))));
        SHOW("vceqz", k, vceqq_f32(a, vdupq_n_f32(0)));
        SHOW("vcgez", k, vcgeq_f32(a, vdupq_n_f32(0)));
        SHOW("vcgtz", k, vcgtq_f32(a, vdupq_n_f32(0)));
        SHOW("vclez", k, vcleq_f32(a, vdupq_n_f32(0)));
        SHOW("vcltz", k, vcltq_f32(a, vdupq_n_f32(0)));
        SHOW("vmulq_lane", k, vmulq_lane_f32(a, vget_high_f32(b), 1));
        SHOW("vmlaq_lane", k, vmlaq_lane_f32(vld1q_f32(FC(k)), a, vget_low_f32(b), 0));
        SHOW("vmlsq_lane", k, vmlsq_lane_f32(vld1q_f32(FC(k)), a, vget_low_f32(b), 1));
        SHOW("vrecpe_u32", k, vrecpeq_u32(ua));
        SHOW("vrsqrte_u32", k, vrsqrteq_u32(ua));
        /* Newton-Raphson as used by real code. */
        float32x4_t e = vrecpeq_f32(a);
        e = vmulq_f32(e, vrecpsq_f32(a, e));
        SHOW("recip_nr", k, e);
        e = vrsqrteq_f32(b);
        e = vmulq_f32(e, vrsqrtsq_f32(vmulq_f32(b, e), e));
        SHOW("rsqrt_nr", k, e);
    }
    /* AHP: half-precision conversion in the alternative format. */
    set_fpscr(1u << 26);
    for (int k = 0; k < 4; k++) SHOW("vcvt_f16_f32 ahp", k, vcvt_f16_f32(vld1q_f32(FA(k))));
    set_fpscr(0);
    /* The FPSCR rounding mode must not affect NEON (standard FPSCR value). */
    set_fpscr(3u << 22);
    for (int k = 0; k < 4; k++) SHOW("vaddq rz", k, vaddq_f32(vld1q_f32(FA(k)), vld1q_f32(FB(k))));
    set_fpscr(0);
    return 0;
}
