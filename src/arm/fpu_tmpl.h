/* fpu_tmpl.h: the width-generic half of fpu.c, included once with N = 32
 * (single precision) and once with N = 64 (double). Only fpu.c includes it.
 * F(name) appends the width to a name; UT is the bit pattern type, FT the
 * host float type, SSE the instruction suffix. */
#if N == 32
#define UT uint32_t
#define FT float
#define MBITS 23
#define EBITS 8
#define SSE "ss"
#define F(name) name##32
#else
#define UT uint64_t
#define FT double
#define MBITS 52
#define EBITS 11
#define SSE "sd"
#define F(name) name##64
#endif
#define SIGN_ ((UT)1 << (N - 1))
#define EXPM_ ((((UT)1 << EBITS) - 1) << MBITS)
#define MANTM_ (((UT)1 << MBITS) - 1)
#define QUIET_ ((UT)1 << (MBITS - 1))
#define MINNORM_ ((UT)1 << MBITS)
#define DNAN_ (EXPM_ | QUIET_)

static inline FT F(tof)(UT x) {
    FT f;
    memcpy(&f, &x, sizeof f);
    return f;
}
static inline UT F(tou)(FT f) {
    UT x;
    memcpy(&x, &f, sizeof x);
    return x;
}
static inline int F(isnan)(UT x) { return (x & ~SIGN_) > EXPM_; }
static inline int F(issnan)(UT x) { return F(isnan)(x) && !(x & QUIET_); }
static inline int F(isden)(UT x) { return (x & EXPM_) == 0 && (x & MANTM_) != 0; }

/* FPUnpack's flush: with FZ a denormal input becomes a signed zero (IDC). */
static inline UT F(flush)(UT x, uint32_t *fp) {
    if ((*fp & FPSCR_FZ) && F(isden)(x)) {
        *fp |= FPSCR_IDC;
        return x & SIGN_;
    }
    return x;
}

/* FPProcessNaN: quieten a signalling NaN (IOC); DN gives the default NaN. */
static UT F(procnan)(UT x, uint32_t *fp) {
    if (!(x & QUIET_)) {
        *fp |= FPSCR_IOC;
        x |= QUIET_;
    }
    return *fp & FPSCR_DN ? DNAN_ : x;
}

/* FPProcessNaNs: the first signalling NaN, else the first quiet NaN.
 * Called only when a or b is a NaN. */
static UT F(procnans)(UT a, UT b, uint32_t *fp) {
    if (F(issnan)(a)) return F(procnan)(a, fp);
    if (F(issnan)(b)) return F(procnan)(b, fp);
    if (F(isnan)(a)) return F(procnan)(a, fp);
    return F(procnan)(b, fp);
}

/* One host SSE instruction with MXCSR = ctl around it; *m receives MXCSR
 * (the host exception flags). A single asm statement, so the compiler can
 * neither move the arithmetic out of the window nor fold it. */
#define HOST2(name, insn)                                                                          \
    static inline FT F(name)(FT x, FT y, uint32_t ctl, uint32_t *m) {                              \
        asm volatile("ldmxcsr %[c]\n\t" insn SSE " %[y], %[x]\n\tstmxcsr %[m]\n\tldmxcsr %[d]"     \
                     : [x] "+x"(x), [m] "=m"(*m)                                                   \
                     : [y] "x"(y), [c] "m"(ctl), [d] "m"(mxcsr_default));                          \
        return x;                                                                                  \
    }
HOST2(hadd, "add")
HOST2(hsub, "sub")
HOST2(hmul, "mul")
HOST2(hdiv, "div")
HOST2(hsqrt, "sqrt")
#undef HOST2

/* The fast path: the host instruction under the MXCSR armlet runs with
 * (round to nearest, all exceptions masked), no ldmxcsr. */
#define FAST2(name, insn)                                                                          \
    static inline FT F(name)(FT x, FT y) {                                                         \
        asm(insn SSE " %[y], %[x]" : [x] "+x"(x) : [y] "x"(y));                                    \
        return x;                                                                                  \
    }
FAST2(fadd, "add")
FAST2(fsub, "sub")
FAST2(fmul, "mul")
FAST2(fdiv, "div")
FAST2(fsqrt, "sqrt")
#undef FAST2

/* May the fast path's result r stand, with no flags to add? When the host
 * flags, stale ones included, are all already in the FPSCR, this operation
 * raised nothing new: sticky flags make that check safe whatever earlier
 * code left in MXCSR. And when the result is normal or infinite (or,
 * without FZ, zero or denormal other than the +-minimum normal that x86 and
 * ARM's tininess rules disagree on) x86 raises exactly ARM's flags, so
 * finish() would change neither the result nor the FPSCR. Anything else (a
 * NaN result, FZ with a tiny result, a new flag) is redone on the slow path
 * with MXCSR cleared, which also leaves MXCSR clean.
 * Reading MXCSR waits for the operation to complete, so it is skipped in
 * the most common case: a finite normal result can only have raised IXC,
 * and IXC is usually set in the FPSCR already. */
static inline int F(fast_ok)(FT fr, uint32_t fpscr) {
    UT mag = F(tou)(fr) & ~SIGN_;
    uint32_t m, fl;
    if (__builtin_expect((fpscr & FPSCR_IXC) && mag - (MINNORM_ + 1) < EXPM_ - (MINNORM_ + 1), 1))
        return 1;
    asm volatile("stmxcsr %[m]" : [m] "=m"(m) : "x"(fr)); /* after fr is computed */
    fl = (m & 1) | ((m >> 1) & 0x1e);
    if (fl & ~fpscr) return 0;
    if (mag - (MINNORM_ + 1) < EXPM_ - MINNORM_) return 1;
    return mag < MINNORM_ && !(fpscr & FPSCR_FZ);
}

/* acc + x * y with one rounding: FMA3 when the host has it, else in quad
 * precision: the product is exact there, the sum is made exact-enough by
 * rounding it to odd (TwoSum gives its error), and the final conversion
 * rounds with the guest mode. */
static FT F(hfma)(FT acc, FT x, FT y, uint32_t ctl, uint32_t *m) {
    if (host_has_fma) {
        asm volatile("ldmxcsr %[c]\n\tvfmadd231" SSE " %[y], %[x], %[a]\n\t"
                     "stmxcsr %[m]\n\tldmxcsr %[d]"
                     : [a] "+x"(acc), [m] "=m"(*m)
                     : [x] "x"(x), [y] "x"(y), [c] "m"(ctl), [d] "m"(mxcsr_default));
        return acc;
    }
    __float128 p = (__float128)x * y, c = acc, s = p + c, bb = s - p, e = 0;
    if (F(tou)(acc) << 1 >= EXPM_ << 1 || F(tou)(x) << 1 >= EXPM_ << 1 ||
        F(tou)(y) << 1 >= EXPM_ << 1) {
        /* An infinite operand: the result is exact (or invalid, NaN). */
        *m = s != s ? 1 : 0;
        return (FT)s;
    }
    if (s == 0) { /* exact zero: IEEE sign rules under the guest mode */
        int rm = (ctl >> 13 & 3) == 1, np = signbit(p) != 0, nc = signbit(c) != 0;
        *m = 0;
        return (p == 0 && c == 0 ? (rm ? np | nc : np & nc) : rm) ? -(FT)0 : (FT)0;
    }
    e = (p - (s - bb)) + (c - bb);
    if (e != 0) {
        unsigned __int128 b;
        memcpy(&b, &s, sizeof b);
        if ((s > 0) == (e < 0)) b--; /* |s| above the exact value: truncate */
        b |= 1;
        memcpy(&s, &b, sizeof b);
    }
    volatile __float128 vs = s;
    volatile FT vr;
    asm volatile("ldmxcsr %0" ::"m"(ctl) : "memory");
    vr = (FT)vs;
    asm volatile("stmxcsr %0\n\tldmxcsr %1" : "=m"(*m) : "m"(mxcsr_default) : "memory");
    FT res = vr;
    /* Overflow (libgcc's conversion does not flag it): an infinite result,
     * or the largest finite one for an exact value of 2^(emax+1) or more. */
    UT mag = F(tou)(res) & ~SIGN_;
    if (mag == EXPM_ || (mag == EXPM_ - 1 && (s < 0 ? -s : s) >= (N == 32 ? 0x1p128Q : 0x1p1024Q)))
        *m |= 0x28;
    return res;
}

/* Was the exact result below the minimum normal? Asked only when the host
 * result rounded to exactly +-minimum normal and was inexact (x86 detects
 * tininess after rounding, ARM before). Decided in quad precision, where
 * products of two operands are exact, a quotient cannot land within 2^-113
 * of 2^emin without equalling it, and a sum's rounding error is recovered
 * exactly (TwoSum). */
static int F(exact_tiny)(int k, UT a, UT b, UT c) {
    __float128 x = F(tof)(a), y = F(tof)(b), z = F(tof)(c), r, e = 0;
    const __float128 t = N == 32 ? 0x1p-126 : 0x1p-1022;
    switch (k) {
    case K_MUL: r = x * y; break;
    case K_DIV: r = x / y; break;
    case K_FMA: {
        __float128 p = x * y, bb;
        r = z + p;
        bb = r - p;
        e = (p - (r - bb)) + (z - bb);
        break;
    }
    case K_CVT: { /* f64 -> f32: a:b hold the double's two words */
        uint64_t w = (uint64_t)a << 32 | (uint32_t)b;
        double v;
        memcpy(&v, &w, sizeof v);
        r = v;
        break;
    }
    default: return 0; /* sums and square roots are exact when tiny / never tiny */
    }
    if (r < 0) {
        r = -r;
        e = -e;
    }
    return r < t || (r == t && e < 0);
}

/* The host result r of an operation without NaN operands, with the host
 * MXCSR m: ARM's default NaN for invalid operations (x86's is negative),
 * ARM's underflow rules (tininess before rounding; FZ flushes a tiny result
 * to a signed zero with UFC and no IXC). The flags go into *fp. */
static inline UT F(finish)(UT r, uint32_t m, uint32_t *fp, int k, UT a, UT b, UT c) {
    uint32_t fl = (m & 1) | ((m >> 1) & 0x1e);
    UT mag = r & ~SIGN_;
    if (__builtin_expect(mag <= MINNORM_, 0)) {
        int tiny;
        if (!(fl & FPSCR_IXC))
            tiny = mag != 0 && mag < MINNORM_;
        else if (mag < MINNORM_)
            tiny = 1;
        else
            tiny = F(exact_tiny)(k, a, b, c);
        if (tiny) {
            if (*fp & FPSCR_FZ) {
                fl = FPSCR_UFC;
                r &= SIGN_;
            } else if (fl & FPSCR_IXC) {
                fl |= FPSCR_UFC;
            }
        }
    } else if (mag > EXPM_) {
        r = DNAN_;
    }
    *fp |= fl;
    return r;
}

/* The slow path of arith(): operands already flushed, not NaNs. Out of
 * line so that the fast path needs no stack frame. */
static __attribute__((noinline, cold)) UT F(arith_slow)(int k, UT a, UT b, uint32_t *fp) {
    uint32_t mx = mxcsr_of(*fp), m;
    FT x = F(tof)(a), y = F(tof)(b);
    switch (k) {
    case K_ADD: x = F(hadd)(x, y, mx, &m); break;
    case K_SUB: x = F(hsub)(x, y, mx, &m); break;
    case K_MUL: x = F(hmul)(x, y, mx, &m); break;
    default: x = F(hdiv)(x, y, mx, &m); break;
    }
    return F(finish)(F(tou)(x), m, fp, k, a, b, 0);
}

static inline __attribute__((always_inline)) UT F(arith)(int k, UT a, UT b, uint32_t *fp) {
    uint32_t ctl = *fp;
    if (ctl & FPSCR_FZ) {
        a = F(flush)(a, fp);
        b = F(flush)(b, fp);
        ctl = *fp;
    }
    /* Either operand a NaN: one branch for both. */
    if (__builtin_expect(((a << 1) > (EXPM_ << 1)) | ((b << 1) > (EXPM_ << 1)), 0))
        return F(procnans)(a, b, fp);
    if (__builtin_expect(!(ctl & FPSCR_RMODE), 1)) {
        FT x = F(tof)(a), y = F(tof)(b), fr;
        switch (k) {
        case K_ADD: fr = F(fadd)(x, y); break;
        case K_SUB: fr = F(fsub)(x, y); break;
        case K_MUL: fr = F(fmul)(x, y); break;
        default: fr = F(fdiv)(x, y); break;
        }
        if (__builtin_expect(F(fast_ok)(fr, ctl), 1)) return F(tou)(fr);
    }
    return F(arith_slow)(k, a, b, fp);
}

UT F(fpu_add)(UT a, UT b, uint32_t *fp) { return F(arith)(K_ADD, a, b, fp); }
UT F(fpu_sub)(UT a, UT b, uint32_t *fp) { return F(arith)(K_SUB, a, b, fp); }
UT F(fpu_mul)(UT a, UT b, uint32_t *fp) { return F(arith)(K_MUL, a, b, fp); }
UT F(fpu_div)(UT a, UT b, uint32_t *fp) { return F(arith)(K_DIV, a, b, fp); }

UT F(fpu_sqrt)(UT a, uint32_t *fp) {
    uint32_t m;
    a = F(flush)(a, fp);
    if (F(isnan)(a)) return F(procnan)(a, fp);
    FT x = F(tof)(a);
    if (!(*fp & FPSCR_RMODE)) {
        FT fr = F(fsqrt)(x, x);
        if (F(fast_ok)(fr, *fp)) return F(tou)(fr);
    }
    x = F(hsqrt)(x, x, mxcsr_of(*fp), &m);
    return F(finish)(F(tou)(x), m, fp, K_SQRT, a, 0, 0);
}

/* FPMulAdd(addend, op1, op2): NaNs in the order addend, op1, op2, and
 * inf * 0 with a quiet NaN addend is the default NaN with IOC. */
UT F(fpu_muladd)(UT c, UT a, UT b, uint32_t *fp) {
    uint32_t m;
    c = F(flush)(c, fp);
    a = F(flush)(a, fp);
    b = F(flush)(b, fp);
    if (F(isnan)(a) || F(isnan)(b) || F(isnan)(c)) {
        UT ma = a & ~SIGN_, mb = b & ~SIGN_;
        int infzero = (ma == EXPM_ && mb == 0) || (ma == 0 && mb == EXPM_);
        if (F(issnan)(c)) return F(procnan)(c, fp);
        if (F(issnan)(a)) return F(procnan)(a, fp);
        if (F(issnan)(b)) return F(procnan)(b, fp);
        if (F(isnan)(c) && infzero) {
            *fp |= FPSCR_IOC;
            return DNAN_;
        }
        if (F(isnan)(c)) return F(procnan)(c, fp);
        if (F(isnan)(a)) return F(procnan)(a, fp);
        return F(procnan)(b, fp);
    }
    if (host_has_fma && !(*fp & FPSCR_RMODE)) {
        FT acc = F(tof)(c);
        asm("vfmadd231" SSE " %[y], %[x], %[a]" : [a] "+x"(acc) : [x] "x"(F(tof)(a)), [y] "x"(F(tof)(b)));
        if (F(fast_ok)(acc, *fp)) return F(tou)(acc);
    }
    FT r = F(hfma)(F(tof)(c), F(tof)(a), F(tof)(b), mxcsr_of(*fp), &m);
    return F(finish)(F(tou)(r), m, fp, K_FMA, a, b, c);
}

/* FPMax / FPMin: NaNs propagate; max(+0, -0) = +0, min(+0, -0) = -0. */
static UT F(minmax)(UT a, UT b, int want_max, uint32_t *fp) {
    a = F(flush)(a, fp);
    b = F(flush)(b, fp);
    if (F(isnan)(a) || F(isnan)(b)) return F(procnans)(a, b, fp);
    if (((a | b) & ~SIGN_) == 0) return want_max ? a & b : a | b;
    FT x = F(tof)(a), y = F(tof)(b);
    return (x > y) == want_max ? a : b;
}
UT F(fpu_max)(UT a, UT b, uint32_t *fp) { return F(minmax)(a, b, 1, fp); }
UT F(fpu_min)(UT a, UT b, uint32_t *fp) { return F(minmax)(a, b, 0, fp); }

unsigned F(fpu_cmp)(UT a, UT b, int quiet_exc, uint32_t *fp) {
    a = F(flush)(a, fp);
    b = F(flush)(b, fp);
    if (F(isnan)(a) || F(isnan)(b)) {
        if (quiet_exc || F(issnan)(a) || F(issnan)(b)) *fp |= FPSCR_IOC;
        return 3;
    }
    FT x = F(tof)(a), y = F(tof)(b);
    return x == y ? 6 : x < y ? 8 : 2;
}

#undef UT
#undef FT
#undef MBITS
#undef EBITS
#undef SSE
#undef F
#undef SIGN_
#undef EXPM_
#undef MANTM_
#undef QUIET_
#undef MINNORM_
#undef DNAN_
