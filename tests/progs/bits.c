// reference: native
/* bits.c: bit manipulation that maps onto ARMv7 instructions (CLZ, RBIT,
 * REV, REV16, BFI, UBFX, SBFX, rotates, conditional selects, saturation) and
 * the GCC builtins for them, checked against plain loop implementations. */
#include <stdint.h>
#include <stdio.h>

static uint32_t seed = 88172645u;
static uint32_t rnd(void)
{
    seed ^= seed << 13;
    seed ^= seed >> 17;
    seed ^= seed << 5;
    return seed;
}

static int slow_clz(uint32_t x) { int n = 0; while (n < 32 && !(x & 0x80000000u >> n)) n++; return n; }
static int slow_ctz(uint32_t x) { int n = 0; while (n < 32 && !(x >> n & 1)) n++; return n; }
static int slow_pop(uint32_t x) { int n = 0; while (x) { n += x & 1; x >>= 1; } return n; }
static uint32_t slow_rev(uint32_t x)
{
    uint32_t r = 0;
    int i;
    for (i = 0; i < 32; i++) if (x >> i & 1) r |= 1u << (31 - i);
    return r;
}

struct bf { unsigned a : 3; signed b : 5; unsigned c : 12; signed d : 12; };

static int32_t sat16(int32_t v) { return v > 32767 ? 32767 : v < -32768 ? -32768 : v; }
static uint8_t satu8(int32_t v) { return v > 255 ? 255 : v < 0 ? 0 : (uint8_t)v; }

int main(void)
{
    int i, bad = 0;
    uint32_t h = 0;
    struct bf f = {0, 0, 0, 0};

    for (i = 0; i < 20000; i++) {
        uint32_t x = rnd() >> (i % 32);
        uint64_t y = ((uint64_t)rnd() << 32 | rnd()) >> (i % 64);
        uint16_t hw = (uint16_t)x;
        if (x && __builtin_clz(x) != slow_clz(x)) bad++;
        if (x && __builtin_ctz(x) != slow_ctz(x)) bad++;
        if (__builtin_popcount(x) != slow_pop(x)) bad++;
        if (__builtin_parity(x) != (slow_pop(x) & 1)) bad++;
        if (__builtin_bswap32(x) != ((x >> 24) | (x >> 8 & 0xff00) | (x << 8 & 0xff0000) | x << 24)) bad++;
        if (__builtin_bswap16(hw) != (uint16_t)(hw >> 8 | hw << 8)) bad++;
        if (y && __builtin_clzll(y) != (y >> 32 ? slow_clz(y >> 32) : 32 + slow_clz((uint32_t)y))) bad++;
        if (__builtin_popcountll(y) != slow_pop(y >> 32) + slow_pop((uint32_t)y)) bad++;
        h = h * 31 + slow_rev(x);
        h ^= (x << 7 | x >> 25) + (x >> 11 | x << 21);
        h += (uint32_t)((int32_t)x >> 9) + ((x >> 5) & 0x3ff) + (uint32_t)((int32_t)(x << 10) >> 20);
        f.a = x; f.b = x >> 3; f.c = x >> 8; f.d = x >> 20;
        h += f.a + f.b * 3 + f.c * 5 + f.d * 7;
        h += (uint32_t)sat16((int32_t)x >> 14) + satu8((int32_t)(x >> 22) - 300);
        h += (int32_t)x < 0 ? x >> 3 : x << 2;
        h += (int8_t)x + (int16_t)x + (uint8_t)(x >> 8) + (uint16_t)(x >> 3);
        h ^= (x & -x) ^ (x & (x - 1)) ^ (x | (x + 1));
    }
    printf("bad %d hash %08x\n", bad, h);
    printf("clz %d %d ctz %d pop %d\n", __builtin_clz(1), __builtin_clz(0xffffffffu),
           __builtin_ctz(0x80000000u), __builtin_popcount(0xf0f0f0f0u));
    printf("bswap64 %016llx\n", (unsigned long long)__builtin_bswap64(0x0102030405060708ULL));
    {
        volatile int32_t a = 0x7fffffff;
        int32_t r1, r2, r3;
        int o1 = __builtin_add_overflow(a, 1, &r1);
        int o2 = __builtin_mul_overflow(a, 65536, &r2);
        int o3 = __builtin_sub_overflow(-a - 1, 1, &r3);
        printf("overflow: add %d %d mul %d %d sub %d %d\n", o1, r1, o2, r2, o3, r3);
    }
    return bad;
}
