/* The FPSCR cumulative flags after exact, inexact, tiny, overflowing and
 * dividing operations, set and cleared in turn (checks the FPU fast path
 * that skips re-reading the host flags). */
#include <fenv.h>
#include <stdio.h>
#include <float.h>
volatile float fa = 3.0f, fb = 7.0f, fc = 1.0f/3, ftiny = 1e-38f, fbig = 3e38f, fz = 0.0f;
volatile double da = 3.0, db = 7.0, dc = 1.0/3, dtiny = 1e-308, dbig = 1e308;
static void show(const char *s) {
    int e = fetestexcept(FE_ALL_EXCEPT);
    printf("%-10s %c%c%c%c%c\n", s, e & FE_INEXACT ? 'x' : '-', e & FE_UNDERFLOW ? 'u' : '-',
           e & FE_OVERFLOW ? 'o' : '-', e & FE_DIVBYZERO ? 'z' : '-', e & FE_INVALID ? 'i' : '-');
}
int main(void) {
    volatile float r; volatile double d;
    for (int i = 0; i < 3; i++) {
        feclearexcept(FE_ALL_EXCEPT); r = fa * fb; show("exact");
        r = fa * fc; show("inexact");
        feclearexcept(FE_ALL_EXCEPT); r = fa + fb; show("exact2");
        r = ftiny * fc; show("tiny");
        feclearexcept(FE_ALL_EXCEPT); r = fbig * fb; show("ovf");
        feclearexcept(FE_INEXACT); r = fa / fz; show("dz");
        feclearexcept(FE_ALL_EXCEPT); d = da * db; show("dexact");
        d = da * dc; show("dinexact");
        feclearexcept(FE_ALL_EXCEPT); d = dtiny * dc; show("dtiny");
        feclearexcept(FE_UNDERFLOW); d = dbig * db; show("dovf");
        feclearexcept(FE_ALL_EXCEPT); r = (float)dc; show("cvt");
        feclearexcept(FE_ALL_EXCEPT); r = (float)da; show("cvtexact");
        fesetround(FE_UPWARD); feclearexcept(FE_ALL_EXCEPT); r = fa * fc; show("up"); printf("%a\n", r);
        fesetround(FE_TONEAREST); r = fa * fc; printf("%a\n", r);
        feclearexcept(FE_ALL_EXCEPT); r = fz * fz; show("zero");
    }
    (void)d;
    return 0;
}
