/* ARM floating-point primitives on raw bit patterns: see fpu.h.
 *
 * Arithmetic runs one host SSE instruction with MXCSR set from the FPSCR
 * (rounding mode, all exceptions masked, flags cleared) and reads the host
 * flags back. In round-to-nearest it first tries the instruction under
 * armlet's own MXCSR with no ldmxcsr (slow: it serialises) and keeps that
 * result when it provably needs no fix-up and raised no flag the FPSCR does
 * not already hold (fast_ok in fpu_tmpl.h); the width-generic part is fpu_tmpl.h, included once per
 * format. What differs between x86 and ARM is fixed up here: NaN operands
 * (handled in software before the host sees them), the default NaN, FZ on
 * inputs and outputs, and tininess (x86 after rounding, ARM before).
 * Conversions to and from integers and fixed point go through double, which
 * holds every single and every 32-bit integer exactly; half precision is
 * rounded in software (FPRound), it is rare. */
#include "arm/fpu.h"

#include <math.h>
#include <stdint.h>
#include <string.h>
#include <sys/platform/x86.h>

/* MXCSR with all exceptions masked and no flags, round to nearest: what the
 * rest of armlet runs with, restored after every operation. */
static const uint32_t mxcsr_default = 0x1f80;
/* FPSCR.RMode (RN RP RM RZ) to MXCSR.RC (RN=0 RM=1 RP=2 RZ=3). */
static const uint32_t mxcsr_rc[4] = {0u << 13, 2u << 13, 1u << 13, 3u << 13};

static inline uint32_t mxcsr_of(uint32_t fpscr) { return mxcsr_default | mxcsr_rc[fpu_rmode(fpscr)]; }

static int host_has_fma;

__attribute__((constructor)) static void fpu_init(void) {
    host_has_fma = CPU_FEATURE_ACTIVE(FMA);
}

/* Operation kinds, for the tininess check. */
enum { K_ADD, K_SUB, K_MUL, K_DIV, K_SQRT, K_FMA, K_CVT };

#define N 32
#include "arm/fpu_tmpl.h"
#undef N
#define N 64
#include "arm/fpu_tmpl.h"
#undef N

/* ---- conversions ---- */

/* FPToFixed on an exact double (never NaN). */
static uint32_t to_fixed(double x, int size, int is_signed, int fbits, int rmode, uint32_t *fp) {
    double r;
    x *= (double)(1ull << fbits);
    if (x >= 0x1p62 || x <= -0x1p62) {
        r = x; /* integral already, and far out of any 32-bit range */
    } else {
        /* Integer rounding without libm: truncate, then adjust. */
        double t = (double)(int64_t)x, frac = x - t; /* both exact */
        switch (rmode) {
        case FPRM_RN:
            if (frac > 0.5 || (frac == 0.5 && ((int64_t)t & 1)))
                t += 1;
            else if (frac < -0.5 || (frac == -0.5 && ((int64_t)t & 1)))
                t -= 1;
            break;
        case FPRM_RP: t += frac > 0; break;
        case FPRM_RM: t -= frac < 0; break;
        default: break;
        }
        r = t;
    }
    int64_t hi = is_signed ? (1ll << (size - 1)) - 1 : (1ll << size) - 1;
    int64_t lo = is_signed ? -(1ll << (size - 1)) : 0;
    int64_t i;
    if (r > (double)hi) {
        *fp |= FPSCR_IOC;
        i = hi;
    } else if (r < (double)lo) {
        *fp |= FPSCR_IOC;
        i = lo;
    } else {
        i = (int64_t)r;
        if (r != x) *fp |= FPSCR_IXC;
    }
    return (uint32_t)i; /* sign-extends a signed 16-bit result, zero-extends unsigned */
}

uint32_t fpu_f32_to_fixed(uint32_t a, int size, int is_signed, int fbits, int rmode, uint32_t *fp) {
    a = flush32(a, fp);
    if (isnan32(a)) {
        *fp |= FPSCR_IOC;
        return 0;
    }
    return to_fixed(tof32(a), size, is_signed, fbits, rmode, fp);
}

uint32_t fpu_f64_to_fixed(uint64_t a, int size, int is_signed, int fbits, int rmode, uint32_t *fp) {
    a = flush64(a, fp);
    if (isnan64(a)) {
        *fp |= FPSCR_IOC;
        return 0;
    }
    return to_fixed(tof64(a), size, is_signed, fbits, rmode, fp);
}

/* The fixed-point value as an exact double. */
static double fixed_value(uint32_t v, int size, int is_signed, int fbits) {
    int64_t i;
    if (size == 16)
        i = is_signed ? (int16_t)v : (uint16_t)v;
    else
        i = is_signed ? (int64_t)(int32_t)v : (int64_t)v;
    return (double)i / (double)(1ull << fbits);
}

uint32_t fpu_fixed_to_f32(uint32_t v, int size, int is_signed, int fbits, uint32_t *fp) {
    return fpu_f64_to_f32(tou64(fixed_value(v, size, is_signed, fbits)), fp);
}

uint64_t fpu_fixed_to_f64(uint32_t v, int size, int is_signed, int fbits, uint32_t *fp) {
    return tou64(fixed_value(v, size, is_signed, fbits));
}

uint64_t fpu_f32_to_f64(uint32_t a, uint32_t *fp) {
    a = flush32(a, fp);
    if (isnan32(a)) {
        if (!(a & 0x00400000u)) *fp |= FPSCR_IOC;
        if (*fp & FPSCR_DN) return FPU_DNAN64;
        return (uint64_t)(a & 0x80000000u) << 32 | 0x7ff8000000000000ull |
               (uint64_t)(a & 0x3fffffu) << 29;
    }
    return tou64((double)tof32(a));
}

uint32_t fpu_f64_to_f32(uint64_t a, uint32_t *fp) {
    uint32_t m;
    a = flush64(a, fp);
    if (isnan64(a)) {
        if (!(a & 0x0008000000000000ull)) *fp |= FPSCR_IOC;
        if (*fp & FPSCR_DN) return FPU_DNAN32;
        return ((uint32_t)(a >> 32) & 0x80000000u) | 0x7fc00000u | ((uint32_t)(a >> 29) & 0x3fffffu);
    }
    double x = tof64(a);
    float f;
    if (!(*fp & FPSCR_RMODE)) {
        asm("cvtsd2ss %[x], %[f]" : [f] "=x"(f) : [x] "x"(x));
        if (fast_ok32(f, *fp)) return tou32(f);
    }
    uint32_t ctl = mxcsr_of(*fp);
    asm volatile("ldmxcsr %[c]\n\tcvtsd2ss %[x], %[f]\n\tstmxcsr %[m]\n\tldmxcsr %[d]"
                 : [f] "=x"(f), [m] "=m"(m)
                 : [x] "x"(x), [c] "m"(ctl), [d] "m"(mxcsr_default));
    return finish32(tou32(f), m, fp, K_CVT, (uint32_t)(a >> 32), (uint32_t)a, 0);
}

/* FPRound to half precision of a nonzero finite exact value v (ARM ARM
 * pseudocode): tininess before rounding, AHP saturates instead of overflowing
 * to infinity, FZ does not apply. */
static uint16_t round_f16(double v, uint32_t *fp) {
    const int minexp = -14, fb = 10;
    uint16_t sign = v < 0 ? 0x8000 : 0;
    int ahp = !!(*fp & FPSCR_AHP), e, bexp, up;
    double mant = frexp(fabs(v), &e) * 2; /* v = mant * 2^(e-1), 1 <= mant < 2 */
    e -= 1;
    if (e < minexp) {
        bexp = 0;
        mant = ldexp(mant, e - minexp);
    } else {
        bexp = e - minexp + 1;
    }
    double sc = ldexp(mant, fb), im = (double)(int64_t)sc, err = sc - im; /* sc >= 0 */
    uint32_t imant = (uint32_t)im;
    if (bexp == 0 && err != 0) *fp |= FPSCR_UFC;
    switch (fpu_rmode(*fp)) {
    case FPRM_RN: up = err > 0.5 || (err == 0.5 && (imant & 1)); break;
    case FPRM_RP: up = err != 0 && !sign; break;
    case FPRM_RM: up = err != 0 && sign; break;
    default: up = 0; break;
    }
    if (up) {
        imant++;
        if (imant == 1u << fb) bexp = 1; /* a denormal rounded up to the smallest normal */
        if (imant == 2u << fb) {
            bexp++;
            imant >>= 1;
        }
    }
    uint16_t r;
    if (!ahp) {
        if (bexp >= 31) {
            int rm = fpu_rmode(*fp);
            int to_inf = rm == FPRM_RN || (rm == FPRM_RP && !sign) || (rm == FPRM_RM && sign);
            r = sign | (to_inf ? 0x7c00 : 0x7bff);
            *fp |= FPSCR_OFC;
            err = 1;
        } else {
            r = sign | bexp << 10 | (imant & 0x3ff);
        }
    } else if (bexp >= 32) {
        r = sign | 0x7fff;
        *fp |= FPSCR_IOC;
        err = 0;
    } else {
        r = sign | bexp << 10 | (imant & 0x3ff);
    }
    if (err != 0) *fp |= FPSCR_IXC;
    return r;
}

uint16_t fpu_f32_to_f16(uint32_t a, uint32_t *fp) {
    a = flush32(a, fp);
    uint16_t s = (a >> 16) & 0x8000;
    uint32_t mag = a & 0x7fffffffu;
    if (mag > 0x7f800000u) {
        if (*fp & FPSCR_AHP) {
            *fp |= FPSCR_IOC;
            return s;
        }
        if (!(a & 0x00400000u)) *fp |= FPSCR_IOC;
        if (*fp & FPSCR_DN) return FPU_DNAN16;
        return s | 0x7e00 | ((a >> 13) & 0x1ff);
    }
    if (mag == 0x7f800000u) {
        if (*fp & FPSCR_AHP) {
            *fp |= FPSCR_IOC;
            return s | 0x7fff;
        }
        return s | 0x7c00;
    }
    if (mag == 0) return s;
    return round_f16(tof32(a), fp);
}

uint32_t fpu_f16_to_f32(uint16_t h, uint32_t *fp) {
    uint32_t s = (uint32_t)(h & 0x8000) << 16, e = h >> 10 & 31, m = h & 0x3ff;
    if (e == 31 && !(*fp & FPSCR_AHP)) {
        if (m == 0) return s | 0x7f800000u;
        if (!(m & 0x200)) *fp |= FPSCR_IOC;
        if (*fp & FPSCR_DN) return FPU_DNAN32;
        return s | 0x7fc00000u | m << 13;
    }
    if (e == 0) return s | tou32((float)m * 0x1p-24f); /* zero or denormal: exact */
    return s | (e + 112) << 23 | m << 13;
}
