// cflags: -mfpu=neon
// variants: hf-only
/* NEON element and structure loads/stores: VLD1-4/VST1-4 multiple
 * structures, single lanes and all lanes, with post-increment by size and by
 * register, and alignment hints on aligned data (neon_align.c has the
 * faulting cases). */
#include "neon_common.h"

uint8_t mem[256] __attribute__((aligned(32)));
uint8_t out[256] __attribute__((aligned(32)));

static void reset_out(void) { memset(out, 0xee, sizeof out); }
static void show_out(const char *name, int n) { show(name, 0, out, n); }

#define LDX(fn, T, n, off)                                                     \
    {                                                                          \
        T v_ = fn((const void *)(mem + 8 * (off)));                                \
        for (int i_ = 0; i_ < n; i_++) show(#fn, i_, &v_.val[i_], sizeof v_.val[i_]); \
    }
#define STX(fn, ldfn, T, off)                                                  \
    {                                                                          \
        T v_ = ldfn((const void *)(mem + 8));                                  \
        reset_out();                                                           \
        fn((void *)(out + 8 * (off)), v_);                                         \
        show_out(#fn, 96);                                                     \
    }
#define LDL(fn, ldfn, T, n, lane)                                              \
    {                                                                          \
        T v_ = ldfn((const void *)(mem + 100));                                \
        v_ = fn((const void *)(mem + 24), v_, lane);                            \
        for (int i_ = 0; i_ < n; i_++) show(#fn "[" #lane "]", i_, &v_.val[i_], sizeof v_.val[i_]); \
        reset_out();                                                           \
    }

int main(void) {
    for (int i = 0; i < 256; i++) mem[i] = (uint8_t)(i * 7 + 3);
    LDX(vld2_u8, uint8x8x2_t, 2, 1) LDX(vld2_u16, uint16x4x2_t, 2, 2) LDX(vld2_u32, uint32x2x2_t, 2, 4)
    LDX(vld2q_u8, uint8x16x2_t, 2, 5) LDX(vld2q_u16, uint16x8x2_t, 2, 6) LDX(vld2q_u32, uint32x4x2_t, 2, 8)
    LDX(vld3_u8, uint8x8x3_t, 3, 1) LDX(vld3_u16, uint16x4x3_t, 3, 2) LDX(vld3_u32, uint32x2x3_t, 3, 3)
    LDX(vld3q_u8, uint8x16x3_t, 3, 9) LDX(vld3q_u16, uint16x8x3_t, 3, 0) LDX(vld3q_u32, uint32x4x3_t, 3, 4)
    LDX(vld4_u8, uint8x8x4_t, 4, 1) LDX(vld4_u16, uint16x4x4_t, 4, 2) LDX(vld4_u32, uint32x2x4_t, 4, 3)
    LDX(vld4q_u8, uint8x16x4_t, 4, 9) LDX(vld4q_u16, uint16x8x4_t, 4, 0) LDX(vld4q_u32, uint32x4x4_t, 4, 4)
    LDX(vld2_u64, uint64x1x2_t, 2, 1)
    LDX(vld3_u64, uint64x1x3_t, 3, 1) LDX(vld4_u64, uint64x1x4_t, 4, 1)
    LDX(vld2_dup_u8, uint8x8x2_t, 2, 1) LDX(vld2_dup_u16, uint16x4x2_t, 2, 2) LDX(vld2_dup_u32, uint32x2x2_t, 2, 3)
    LDX(vld3_dup_u8, uint8x8x3_t, 3, 1) LDX(vld3_dup_u16, uint16x4x3_t, 3, 2) LDX(vld3_dup_u32, uint32x2x3_t, 3, 3)
    LDX(vld4_dup_u8, uint8x8x4_t, 4, 1) LDX(vld4_dup_u16, uint16x4x4_t, 4, 2) LDX(vld4_dup_u32, uint32x2x4_t, 4, 3)
    /* Forms the intrinsics do not reach: loads into d16-d23 (preset to a
     * pattern), then all eight registers shown. */
#define RAW(insn, off)                                                                   \
    {                                                                                    \
        const uint8_t *p_ = mem + (off);                                                 \
        __asm__ volatile("vmov.i8 q8, #0x5a\n\tvmov.i8 q9, #0x5a\n\tvmov.i8 q10, #0x5a\n\t" \
                         "vmov.i8 q11, #0x5a\n\t" insn "\n\tvst1.8 {d16-d19}, [%1]!\n\t"     \
                         "vst1.8 {d20-d23}, [%1]"                                          \
                         : "+r"(p_) : "r"(out) : "memory", "d16", "d17", "d18", "d19", "d20", \
                           "d21", "d22", "d23");                                          \
        show_out(insn, 64);                                                              \
    }
    RAW("vld1.8 {d16-d17}, [%0]", 1) RAW("vld1.16 {d16-d18}, [%0]", 2) RAW("vld1.32 {d16-d19}, [%0]", 3)
    RAW("vld1.64 {d17-d20}, [%0:256]", 32) RAW("vld1.64 {d16-d18}, [%0:64]", 8) RAW("vld1.8 {d16-d17}, [%0:128]", 16)
    RAW("vld1.32 {d16[], d17[]}, [%0]", 5) RAW("vld1.16 {d18[], d19[]}, [%0:16]", 6) RAW("vld1.32 {d20[]}, [%0:32]", 8)
    RAW("vld2.16 {d16[], d18[]}, [%0]", 3) RAW("vld2.8 {d16[], d17[]}, [%0:16]", 4) RAW("vld2.32 {d17[], d19[]}, [%0:64]", 8)
    RAW("vld3.8 {d16[], d18[], d20[]}, [%0]", 3) RAW("vld3.16 {d17[], d18[], d19[]}, [%0]", 1)
    RAW("vld4.8 {d16[], d18[], d20[], d22[]}, [%0:32]", 4) RAW("vld4.32 {d16[], d17[], d18[], d19[]}, [%0:128]", 16)
    RAW("vld4.16 {d16[], d17[], d18[], d19[]}, [%0:64]", 8) RAW("vld4.32 {d16[], d18[], d20[], d22[]}, [%0:64]", 8)
    RAW("vld2.8 {d16-d19}, [%0:256]", 32) RAW("vld2.16 {d16, d18}, [%0]", 3) RAW("vld3.32 {d16, d18, d20}, [%0:64]", 8)
    RAW("vld4.8 {d16, d18, d20, d22}, [%0:256]", 64) RAW("vld4.16 {d17, d19, d21, d23}, [%0]", 1)
    RAW("vld2.16 {d16[1], d18[1]}, [%0:32]", 4) RAW("vld3.16 {d17[3], d19[3], d21[3]}, [%0]", 1)
    RAW("vld4.32 {d16[1], d18[1], d20[1], d22[1]}, [%0:128]", 16) RAW("vld4.8 {d16[7], d17[7], d18[7], d19[7]}, [%0:32]", 4)
    RAW("vld2.32 {d16[0], d18[0]}, [%0:64]", 8) RAW("vld1.32 {d19[1]}, [%0:32]", 12)
    for (int k = 0; k < 4; k++) {
        SHOW("vld1_dup_u8", k, vld1_dup_u8(mem + k));
        SHOW("vld1q_dup_u16", k, vld1q_dup_u16((const uint16_t *)(mem + 2 * k)));
        SHOW("vld1q_dup_u32", k, vld1q_dup_u32((const uint32_t *)(mem + 4 * k)));
        SHOW("vld1_lane_u8", k, vld1_lane_u8(mem + k, vld1_u8(mem + 50), 5));
        SHOW("vld1q_lane_u16", k, vld1q_lane_u16((const uint16_t *)(mem + 2 * k), vld1q_u16((const uint16_t *)(mem + 50)), 6));
        SHOW("vld1q_lane_u32", k, vld1q_lane_u32((const uint32_t *)(mem + 4 * k), vld1q_u32((const uint32_t *)(mem + 52)), 3));
        SHOW("vld1q_lane_u64", k, vld1q_lane_u64((const uint64_t *)(mem + 8 * k), vld1q_u64((const uint64_t *)(mem + 56)), 1));
    }
    LDL(vld2_lane_u8, vld2_u8, uint8x8x2_t, 2, 6) LDL(vld2q_lane_u16, vld2q_u16, uint16x8x2_t, 2, 5)
    LDL(vld2_lane_u32, vld2_u32, uint32x2x2_t, 2, 1) LDL(vld3_lane_u8, vld3_u8, uint8x8x3_t, 3, 2)
    LDL(vld3q_lane_u16, vld3q_u16, uint16x8x3_t, 3, 7) LDL(vld3q_lane_u32, vld3q_u32, uint32x4x3_t, 3, 2)
    LDL(vld4_lane_u8, vld4_u8, uint8x8x4_t, 4, 7) LDL(vld4q_lane_u16, vld4q_u16, uint16x8x4_t, 4, 1)
    LDL(vld4q_lane_u32, vld4q_u32, uint32x4x4_t, 4, 3)
    STX(vst2_u8, vld2_u8, uint8x8x2_t, 1) STX(vst2q_u16, vld2q_u16, uint16x8x2_t, 2) STX(vst2_u32, vld2_u32, uint32x2x2_t, 3)
    STX(vst3_u8, vld3_u8, uint8x8x3_t, 1) STX(vst3q_u16, vld3q_u16, uint16x8x3_t, 2) STX(vst3q_u32, vld3q_u32, uint32x4x3_t, 3)
    STX(vst4_u8, vld4_u8, uint8x8x4_t, 1) STX(vst4_u16, vld4_u16, uint16x4x4_t, 2) STX(vst4q_u32, vld4q_u32, uint32x4x4_t, 0)
    {
        uint8x8x4_t v = vld4_u8(mem + 16);
        reset_out(); vst4_lane_u8(out + 3, v, 5); show_out("vst4_lane_u8", 16);
        uint16x8x3_t w = vld3q_u16((const uint16_t *)(mem + 16));
        reset_out(); vst3q_lane_u16((uint16_t *)(out + 2), w, 6); show_out("vst3q_lane_u16", 16);
        uint32x4x2_t x = vld2q_u32((const uint32_t *)(mem + 16));
        reset_out(); vst2q_lane_u32((uint32_t *)(out + 4), x, 3); show_out("vst2q_lane_u32", 16);
        reset_out(); vst1q_lane_u64((uint64_t *)(out + 8), vld1q_u64((const uint64_t *)mem), 1); show_out("vst1q_lane_u64", 16);
    }
    /* Post-increment by size and by register, register spacing 2, hints on aligned data. */
    {
        const uint8_t *p = mem + 32;
        int inc = 5;
        uint8x16_t a, b;
        __asm__ volatile("vld1.8 {%e0, %f0}, [%2:128]!\n\tvld2.16 {%e1, %f1}, [%2], %3"
                         : "=&w"(a), "=&w"(b), "+r"(p) : "r"(inc) : "memory");
        SHOW("postinc.a", 0, a);
        SHOW("postinc.b", 0, b);
        printf("p advanced by %d\n", (int)(p - mem));
        uint32x4x2_t q;
        p = mem + 64;
        __asm__ volatile("vld2.32 {%e0, %f0}, [%1:64]!" : "=w"(q.val[0]), "+r"(p) : : "memory");
        SHOW("vld2 spaced", 0, q.val[0]);
        printf("p advanced by %d\n", (int)(p - mem));
        uint8_t *o = out + 8;
        reset_out();
        __asm__ volatile("vst3.8 {d16[1], d17[1], d18[1]}, [%0]!\n\tvst4.16 {d16[2], d18[2], d20[2], d22[2]}, [%0], %1"
                         : "+r"(o) : "r"(inc) : "memory", "d16", "d17", "d18", "d19", "d20", "d21", "d22");
        printf("o advanced by %d\n", (int)(o - out));
    }
    /* Without a hint, misaligned element accesses are fine. */
    SHOW("unaligned vld1q_u32", 0, vld1q_u32((const uint32_t *)(mem + 3)));
    return 0;
}
