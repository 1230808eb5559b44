// reference: native
/* arith64.c: 32- and 64-bit integer arithmetic: add/sub/mul with carries,
 * signed and unsigned division and remainder edge cases (the ARM EABI helpers
 * __aeabi_ldivmod/__aeabi_uldivmod and, with -O2, SDIV/UDIV), shifts by
 * every amount, comparisons and multiply-high. */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>

static const int64_t s64[] = {0, 1, -1, 2, -2, 3, 7, -7, 10, 1000000007,
                              -2147483648LL, 2147483647, 4294967296LL, -4294967297LL,
                              0x123456789abcdefLL, INT64_MAX, INT64_MIN, INT64_MIN + 1};
static const int32_t s32[] = {0, 1, -1, 2, -2, 3, 7, -7, 10, 65536, 1000000007,
                              INT32_MAX, INT32_MIN, INT32_MIN + 1, 0x55555555};

static uint64_t hash;
static void mix(uint64_t v) { hash = (hash ^ v) * 0x100000001b3ULL; }

/* noinline and volatile keep gcc from folding the operations at compile time. */
__attribute__((noinline)) static void div64(int64_t a, int64_t b)
{
    volatile int64_t va = a, vb = b;
    volatile uint64_t ua = (uint64_t)a, ub = (uint64_t)b;
    if (vb == 0 || (va == INT64_MIN && vb == -1))
        return;
    printf("%" PRId64 " / %" PRId64 " = %" PRId64 " r %" PRId64 "; u: %" PRIu64 " r %" PRIu64 "\n",
           a, b, va / vb, va % vb, ua / ub, ua % ub);
}

__attribute__((noinline)) static void div32(int32_t a, int32_t b)
{
    volatile int32_t va = a, vb = b;
    volatile uint32_t ua = (uint32_t)a, ub = (uint32_t)b;
    if (vb == 0 || (va == INT32_MIN && vb == -1))
        return;
    mix((uint32_t)(va / vb));
    mix((uint32_t)(va % vb));
    mix(ua / ub);
    mix(ua % ub);
}

int main(void)
{
    size_t i, j;
    int s;
    for (i = 0; i < sizeof s64 / sizeof s64[0]; i++)
        for (j = 0; j < sizeof s64 / sizeof s64[0]; j++)
            div64(s64[i], s64[j]);
    hash = 0xcbf29ce484222325ULL;
    for (i = 0; i < sizeof s32 / sizeof s32[0]; i++)
        for (j = 0; j < sizeof s32 / sizeof s32[0]; j++)
            div32(s32[i], s32[j]);
    printf("div32 hash %016" PRIx64 "\n", hash);

    for (i = 0; i < sizeof s64 / sizeof s64[0]; i++) {
        volatile uint64_t a = (uint64_t)s64[i], b = (uint64_t)s64[(i * 7 + 3) % 18];
        volatile int64_t sa = s64[i];
        printf("%016" PRIx64 " + - * %016" PRIx64 ": %016" PRIx64 " %016" PRIx64 " %016" PRIx64
               " cmp %d %d\n",
               (uint64_t)a, (uint64_t)b, a + b, a - b, a * b, a < b, (int64_t)a < (int64_t)b);
        hash = 0;
        for (s = 0; s < 64; s++) {
            volatile int vs = s;
            mix(a << vs);
            mix(a >> vs);
            mix((uint64_t)(sa >> vs));
        }
        printf("  shifts64 %016" PRIx64 "\n", hash);
    }
    for (i = 0; i < sizeof s32 / sizeof s32[0]; i++) {
        volatile uint32_t a = (uint32_t)s32[i], b = (uint32_t)s32[(i * 5 + 1) % 15];
        volatile int32_t sa = s32[i], sb = (int32_t)b;
        uint64_t um = (uint64_t)a * b;
        int64_t sm = (int64_t)sa * sb;
        hash = 0;
        for (s = 0; s < 32; s++) {
            volatile int vs = s;
            mix(a << vs);
            mix(a >> vs);
            mix((uint32_t)(sa >> vs));
            mix((a >> vs) | (a << ((32 - vs) & 31)));
        }
        printf("%08" PRIx32 " %08" PRIx32 ": umull %016" PRIx64 " smull %016" PRIx64
               " add %08" PRIx32 " sub %08" PRIx32 " mul %08" PRIx32 " shifts %016" PRIx64 "\n",
               (uint32_t)a, (uint32_t)b, um, (uint64_t)sm, a + b, a - b, a * b, hash);
    }
    /* A little number theory: modular exponentiation and gcd. */
    {
        uint64_t base = 123456789, e = 1000000006, m = 1000000007, r = 1;
        uint64_t x = 0x123456789abcULL, y = 0xfedcba98ULL, t;
        while (e) {
            if (e & 1)
                r = r * base % m;
            base = base * base % m;
            e >>= 1;
        }
        while (y) {
            t = x % y;
            x = y;
            y = t;
        }
        printf("powmod %" PRIu64 " gcd %" PRIu64 "\n", r, x);
    }
    return 0;
}
