// cflags: -mfpu=vfpv3-d16
/* fp_libm.c: libm functions, printf of floats and the four rounding modes
 * (fesetround), printed exactly (%a) and in decimal (%.17g, %f, %e, %g). */
#include <fenv.h>
#include <math.h>
#include <stdio.h>

static const double xs[] = {0.0, -0.0, 0.5, 1.0, -1.5, 2.5, 3.0, 10.0, 1e-300, 4.9e-324,
                            123456.789, -7.25, 1e300, 0.1, 2.0 / 3.0};
static const int modes[] = {FE_TONEAREST, FE_UPWARD, FE_DOWNWARD, FE_TOWARDZERO};
static const char *const mnames[] = {"nearest", "upward", "downward", "towardzero"};

int main(void) {
    for (unsigned i = 0; i < sizeof xs / sizeof xs[0]; i++) {
        volatile double x = xs[i];
        printf("x=%a sin=%a cos=%a exp=%a log=%a\n", x, sin(x), cos(x), exp(x), log(fabs(x) + 1));
        printf("  sqrt=%.17g pow=%.17g fma=%a atan2=%.17g\n", sqrt(fabs(x)), pow(fabs(x), 1.7),
               fma(x, x, -x), atan2(x, 1.25));
        printf("  floor=%g ceil=%g trunc=%g round=%g rint=%g\n", floor(x), ceil(x), trunc(x),
               round(x), rint(x));
        volatile float f = (float)x;
        printf("  f=%a sinf=%a sqrtf=%a expf=%a\n", f, sinf(f), sqrtf(fabsf(f)), expf(f / 8));
        printf("  %%f=%f %%e=%e %%g=%g %%.3f=%.3f\n", x, x, x, x);
    }
    for (int m = 0; m < 4; m++) {
        fesetround(modes[m]);
        volatile double a = 1.0, b = 3.0, c = -2.5, d = 0.1;
        volatile float fa = 1.0f, fb = 3.0f;
        printf("%s: %a %a %a %a %a\n", mnames[m], a / b, -a / b, a + d * b, c * d, sqrt(d));
        printf("  %a %a rint=%g %g %g nearbyint=%g lrint=%ld llrint=%lld\n", fa / fb, -fa / fb,
               rint(c), rint(2.5), rint(-0.5), nearbyint(3.5), lrint(c), llrint(2.5e10));
        printf("  printf %.3f %.0f %e\n", 2.0 / 3.0, 0.5, 1.0 / 7.0);
    }
    fesetround(FE_TONEAREST);
    return 0;
}
