/* Shared helpers of the neon_*.c tests: deterministic edge-heavy data and
 * hex printing of vectors (and FPSCR.QC / cumulative flags after each op). */
#include <arm_neon.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define NK 6 /* data sets per operation */
uint8_t data[16 * NK + 64] __attribute__((aligned(16)));
uint8_t shd[16 * NK + 64] __attribute__((aligned(16))); /* small signed shift counts */

static uint32_t lcg = 12345;
static uint32_t rnd(void) {
    lcg = lcg * 1103515245u + 12345u;
    return lcg >> 8;
}

static void fill(void) {
    static const uint32_t edge[] = {
        0x00000000, 0xffffffff, 0x7fffffff, 0x80000000, 0x00000001, 0x7f7f7f7f,
        0x80808080, 0x01ff7f80, 0x7fff8000, 0x80007fff, 0xffff0001, 0x00017fff,
        0x7ffffffe, 0x80000001, 0xfffffffe, 0x40000000, 0xc0000000, 0x3fffffff,
        0x0000ffff, 0xffff0000, 0x00ff00ff, 0xff00ff00, 0x55555555, 0xaaaaaaaa,
    };
    for (unsigned i = 0; i < sizeof data / 4; i++) {
        uint32_t v = i < sizeof edge / 4 ? edge[i] : rnd() ^ (rnd() << 12);
        if (i >= 24 && (i % 5) == 0) v = edge[rnd() % 24];
        memcpy(data + 4 * i, &v, 4);
    }
    for (unsigned i = 0; i < sizeof shd; i++) shd[i] = (uint8_t)((int)(rnd() % 141) - 70);
}

static unsigned get_fpscr(void) {
#ifdef NO_FPSCR
    return 0;
#else
    unsigned v;
    __asm__ volatile("vmrs %0, fpscr" : "=r"(v));
    return v;
#endif
}
static void set_fpscr(unsigned v) {
#ifndef NO_FPSCR
    __asm__ volatile("vmsr fpscr, %0" : : "r"(v));
#endif
}

static void show(const char *name, int k, const void *p, int n) {
    const uint32_t *w = p;
    unsigned f = get_fpscr();
    printf("%s/%d:", name, k);
    for (int i = 0; i < n / 4; i++) printf(" %08x", w[i]);
    if (f & 0xf800009f) printf(" fpscr=%08x", f & 0xf800009f);
    printf("\n");
    set_fpscr(f & ~0xf800009fu);
}

#define A(k, et) ((const et *)(data + 16 * (k)))
#define B(k, et) ((const et *)(data + 16 * (k) + 24))
#define C(k, et) ((const et *)(data + 16 * (k) + 40))
#define S(k, et) ((const et *)(shd + 16 * (k)))
#define SHOW(name, k, r)                          \
    do {                                          \
        __typeof__(r) r_ = (r);                   \
        show(name, k, &r_, sizeof r_);            \
    } while (0)

/* Type lists: X(suffix, vector type, element type, load). */
#define D8(X, op, ...) X(op##_s8, int8x8_t, int8_t, vld1_s8, __VA_ARGS__) X(op##_u8, uint8x8_t, uint8_t, vld1_u8, __VA_ARGS__)
#define D16(X, op, ...) X(op##_s16, int16x4_t, int16_t, vld1_s16, __VA_ARGS__) X(op##_u16, uint16x4_t, uint16_t, vld1_u16, __VA_ARGS__)
#define D32(X, op, ...) X(op##_s32, int32x2_t, int32_t, vld1_s32, __VA_ARGS__) X(op##_u32, uint32x2_t, uint32_t, vld1_u32, __VA_ARGS__)
#define D64(X, op, ...) X(op##_s64, int64x1_t, int64_t, vld1_s64, __VA_ARGS__) X(op##_u64, uint64x1_t, uint64_t, vld1_u64, __VA_ARGS__)
#define Q8(X, op, ...) X(op##q_s8, int8x16_t, int8_t, vld1q_s8, __VA_ARGS__) X(op##q_u8, uint8x16_t, uint8_t, vld1q_u8, __VA_ARGS__)
#define Q16(X, op, ...) X(op##q_s16, int16x8_t, int16_t, vld1q_s16, __VA_ARGS__) X(op##q_u16, uint16x8_t, uint16_t, vld1q_u16, __VA_ARGS__)
#define Q32(X, op, ...) X(op##q_s32, int32x4_t, int32_t, vld1q_s32, __VA_ARGS__) X(op##q_u32, uint32x4_t, uint32_t, vld1q_u32, __VA_ARGS__)
#define Q64(X, op, ...) X(op##q_s64, int64x2_t, int64_t, vld1q_s64, __VA_ARGS__) X(op##q_u64, uint64x2_t, uint64_t, vld1q_u64, __VA_ARGS__)
#define ALL32(X, op, ...) D8(X, op, __VA_ARGS__) D16(X, op, __VA_ARGS__) D32(X, op, __VA_ARGS__) \
    Q8(X, op, __VA_ARGS__) Q16(X, op, __VA_ARGS__) Q32(X, op, __VA_ARGS__)
#define ALL64(X, op, ...) ALL32(X, op, __VA_ARGS__) D64(X, op, __VA_ARGS__) Q64(X, op, __VA_ARGS__)
/* Signed-only lists. */
#define SD16(X, op, ...) X(op##_s16, int16x4_t, int16_t, vld1_s16, __VA_ARGS__)
#define SD32(X, op, ...) X(op##_s32, int32x2_t, int32_t, vld1_s32, __VA_ARGS__)
#define SQ16(X, op, ...) X(op##q_s16, int16x8_t, int16_t, vld1q_s16, __VA_ARGS__)
#define SQ32(X, op, ...) X(op##q_s32, int32x4_t, int32_t, vld1q_s32, __VA_ARGS__)
#define S1632(X, op, ...) SD16(X, op, __VA_ARGS__) SD32(X, op, __VA_ARGS__) SQ16(X, op, __VA_ARGS__) SQ32(X, op, __VA_ARGS__)
/* Shift-by-register list: the last argument loads the signed count vector. */
#define SHALL(X, op) \
    X(op##_s8, int8x8_t, int8_t, vld1_s8, vld1_s8) X(op##_u8, uint8x8_t, uint8_t, vld1_u8, vld1_s8) \
    X(op##_s16, int16x4_t, int16_t, vld1_s16, vld1_s16) X(op##_u16, uint16x4_t, uint16_t, vld1_u16, vld1_s16) \
    X(op##_s32, int32x2_t, int32_t, vld1_s32, vld1_s32) X(op##_u32, uint32x2_t, uint32_t, vld1_u32, vld1_s32) \
    X(op##_s64, int64x1_t, int64_t, vld1_s64, vld1_s64) X(op##_u64, uint64x1_t, uint64_t, vld1_u64, vld1_s64) \
    X(op##q_s8, int8x16_t, int8_t, vld1q_s8, vld1q_s8) X(op##q_u8, uint8x16_t, uint8_t, vld1q_u8, vld1q_s8) \
    X(op##q_s16, int16x8_t, int16_t, vld1q_s16, vld1q_s16) X(op##q_u16, uint16x8_t, uint16_t, vld1q_u16, vld1q_s16) \
    X(op##q_s32, int32x4_t, int32_t, vld1q_s32, vld1q_s32) X(op##q_u32, uint32x4_t, uint32_t, vld1q_u32, vld1q_s32) \
    X(op##q_s64, int64x2_t, int64_t, vld1q_s64, vld1q_s64) X(op##q_u64, uint64x2_t, uint64_t, vld1q_u64, vld1q_s64)
/* The same lists for the _n (immediate) intrinsics: vshr_n_s8, vshrq_n_s8... */
#define D8N(X, op, ...) X(op##_n_s8, int8x8_t, int8_t, vld1_s8, __VA_ARGS__) X(op##_n_u8, uint8x8_t, uint8_t, vld1_u8, __VA_ARGS__)
#define D16N(X, op, ...) X(op##_n_s16, int16x4_t, int16_t, vld1_s16, __VA_ARGS__) X(op##_n_u16, uint16x4_t, uint16_t, vld1_u16, __VA_ARGS__)
#define D32N(X, op, ...) X(op##_n_s32, int32x2_t, int32_t, vld1_s32, __VA_ARGS__) X(op##_n_u32, uint32x2_t, uint32_t, vld1_u32, __VA_ARGS__)
#define D64N(X, op, ...) X(op##_n_s64, int64x1_t, int64_t, vld1_s64, __VA_ARGS__) X(op##_n_u64, uint64x1_t, uint64_t, vld1_u64, __VA_ARGS__)
#define Q8N(X, op, ...) X(op##q_n_s8, int8x16_t, int8_t, vld1q_s8, __VA_ARGS__) X(op##q_n_u8, uint8x16_t, uint8_t, vld1q_u8, __VA_ARGS__)
#define Q16N(X, op, ...) X(op##q_n_s16, int16x8_t, int16_t, vld1q_s16, __VA_ARGS__) X(op##q_n_u16, uint16x8_t, uint16_t, vld1q_u16, __VA_ARGS__)
#define Q32N(X, op, ...) X(op##q_n_s32, int32x4_t, int32_t, vld1q_s32, __VA_ARGS__) X(op##q_n_u32, uint32x4_t, uint32_t, vld1q_u32, __VA_ARGS__)
#define Q64N(X, op, ...) X(op##q_n_s64, int64x2_t, int64_t, vld1q_s64, __VA_ARGS__) X(op##q_n_u64, uint64x2_t, uint64_t, vld1q_u64, __VA_ARGS__)
