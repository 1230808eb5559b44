// cflags: -mfpu=vfpv3-d16
/* fp_convert.c: float <-> integer conversions at the edges (NaN, infinities,
 * +-2^31, +-2^32, -0.0, denormals), single <-> double, and the cumulative
 * exception flags seen through fetestexcept. Conversions go through
 * volatile variables so the compiler emits the VFP instructions. */
#include <fenv.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static unsigned flags(void) {
    int e = fetestexcept(FE_ALL_EXCEPT);
    feclearexcept(FE_ALL_EXCEPT);
    return (e & FE_INVALID ? 1 : 0) | (e & FE_DIVBYZERO ? 2 : 0) | (e & FE_OVERFLOW ? 4 : 0) |
           (e & FE_UNDERFLOW ? 8 : 0) | (e & FE_INEXACT ? 16 : 0);
}

static uint64_t bits64(double d) { uint64_t u; memcpy(&u, &d, 8); return u; }
static uint32_t bits32(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }

int main(void) {
    static const double ds[] = {0.0, -0.0, 0.4, 0.5, 0.6, -0.5, -0.6, 1.5, -1.5, 2147483647.0,
                                2147483647.5, 2147483648.0, -2147483648.0, -2147483649.0,
                                4294967295.0, 4294967296.0, -1.0, 1e20, -1e20, 5e-324,
                                2.2250738585072014e-308, INFINITY, -INFINITY, NAN, -NAN};
    feclearexcept(FE_ALL_EXCEPT);
    for (unsigned i = 0; i < sizeof ds / sizeof ds[0]; i++) {
        volatile double d = ds[i];
        volatile float f = (float)d;
        unsigned ff = flags();
        volatile int32_t si = (int32_t)d;
        unsigned fs = flags();
        volatile uint32_t ui = (uint32_t)d;
        unsigned fu = flags();
        volatile int32_t sf = (int32_t)f;
        unsigned fsf = flags();
        volatile uint32_t uf = (uint32_t)f;
        unsigned fuf = flags();
        printf("%016llx f=%08x(%x) s32=%d(%x) u32=%u(%x) fs32=%d(%x) fu32=%u(%x)\n",
               (unsigned long long)bits64(d), bits32(f), ff, si, fs, ui, fu, sf, fsf, uf, fuf);
        volatile long r = lrint(d);
        printf("  lrint=%ld(%x)\n", r, flags());
    }
    static const int32_t is[] = {0, 1, -1, 16777217, -16777217, 2147483647, -2147483647 - 1};
    static const uint32_t us[] = {0, 1, 16777217, 4294967295u, 2147483648u};
    for (unsigned i = 0; i < sizeof is / sizeof is[0]; i++) {
        volatile int32_t v = is[i];
        volatile float f = (float)v;
        volatile double d = (double)v;
        printf("i %d -> %a %a (%x)\n", v, f, d, flags());
    }
    for (unsigned i = 0; i < sizeof us / sizeof us[0]; i++) {
        volatile uint32_t v = us[i];
        volatile float f = (float)v;
        volatile double d = (double)v;
        printf("u %u -> %a %a (%x)\n", v, f, d, flags());
    }
    /* Arithmetic flags. */
    volatile double z = 0.0, one = 1.0, big = 1e308, tiny = 1e-308;
    volatile double r;
    r = one / z; printf("1/0 %a (%x)\n", r, flags());
    r = z / z; printf("0/0 %016llx (%x)\n", (unsigned long long)bits64(r), flags());
    r = big * 10; printf("ovf %a (%x)\n", r, flags());
    r = tiny / 1e10; printf("unf %a (%x)\n", r, flags());
    r = one / 3; printf("inexact %a (%x)\n", r, flags());
    r = sqrt(-one); printf("sqrt(-1) %016llx (%x)\n", (unsigned long long)bits64(r), flags());
    volatile float fz = 0.0f, fi = INFINITY;
    volatile float fr = fi - fi;
    printf("inf-inf %08x (%x)\n", bits32(fr), flags());
    fr = fz * fi; printf("0*inf %08x (%x)\n", bits32(fr), flags());
    volatile double dd = 0x1.fffffffp-127; /* rounds to a float denormal/normal edge */
    fr = (float)dd; printf("d2f edge %a (%x)\n", fr, flags());
    return 0;
}
