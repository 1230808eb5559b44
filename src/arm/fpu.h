/* ARM floating-point primitives (VFP and NEON share them).
 *
 * Every operation works on raw IEEE bit patterns (uint32_t single, uint64_t
 * double, uint16_t half) and follows the ARM ARM pseudocode: ARM NaN
 * propagation and default NaN, flush-to-zero of inputs (IDC) and of tiny
 * results (UFC, tininess detected before rounding), the four rounding modes.
 *
 * `fp` points to an FPSCR value: its control bits (RMode, FZ, DN, AHP) are
 * read, and the cumulative exception bits (IOC DZC OFC UFC IXC IDC) of the
 * operation are ORed into it. VFP passes &cpu->fpscr. NEON arithmetic uses
 * the "standard FPSCR value" instead:
 *     uint32_t st = fpu_standard_fpscr(c->fpscr) | (c->fpscr & FPSCR_EXC);
 *     r = fpu_add32(a, b, &st);
 *     c->fpscr |= st & FPSCR_EXC;
 * (Passing the cumulative flags in is not needed for correctness but keeps
 * operations that raise no new flag on the fast path.)
 *
 * The common path (round to nearest, a normal result, no new exception
 * flag) is one host SSE instruction and a read of the host flags (MXCSR);
 * otherwise the operation runs with MXCSR set from the FPSCR around it, and
 * software handles NaNs, flushing and the few cases where x86 and ARM
 * differ. */
#ifndef ARM_FPU_H
#define ARM_FPU_H

#include <stdint.h>

/* FPSCR fields. */
#define FPSCR_IOC 0x01u
#define FPSCR_DZC 0x02u
#define FPSCR_OFC 0x04u
#define FPSCR_UFC 0x08u
#define FPSCR_IXC 0x10u
#define FPSCR_IDC 0x80u
#define FPSCR_EXC 0x9fu /* the cumulative exception flags */
#define FPSCR_LEN_SHIFT 16
#define FPSCR_STRIDE_SHIFT 20
#define FPSCR_LEN_STRIDE 0x00370000u
#define FPSCR_RMODE_SHIFT 22
#define FPSCR_RMODE (3u << FPSCR_RMODE_SHIFT)
#define FPSCR_FZ (1u << 24)
#define FPSCR_DN (1u << 25)
#define FPSCR_AHP (1u << 26)
#define FPSCR_QC (1u << 27)   /* NEON saturation (set by neon.c) */
#define FPSCR_NZCV 0xf0000000u

/* Rounding modes (FPSCR.RMode). */
enum { FPRM_RN, FPRM_RP, FPRM_RM, FPRM_RZ };

static inline unsigned fpu_rmode(uint32_t fpscr) { return fpscr >> FPSCR_RMODE_SHIFT & 3; }

/* StandardFPSCRValue(): what NEON arithmetic uses: round to nearest, FZ and
 * DN set, AHP from the real FPSCR, no flags. */
static inline uint32_t fpu_standard_fpscr(uint32_t fpscr) {
    return (fpscr & FPSCR_AHP) | FPSCR_DN | FPSCR_FZ;
}

/* Default NaNs. */
#define FPU_DNAN32 0x7fc00000u
#define FPU_DNAN64 0x7ff8000000000000ull
#define FPU_DNAN16 0x7e00u

/* Arithmetic: FPAdd, FPSub, FPMul, FPDiv, FPSqrt, FPMulAdd (fused:
 * addend + op1 * op2 with one rounding), FPMax, FPMin (NEON VMAX/VMIN). */
uint32_t fpu_add32(uint32_t a, uint32_t b, uint32_t *fp);
uint32_t fpu_sub32(uint32_t a, uint32_t b, uint32_t *fp);
uint32_t fpu_mul32(uint32_t a, uint32_t b, uint32_t *fp);
uint32_t fpu_div32(uint32_t a, uint32_t b, uint32_t *fp);
uint32_t fpu_sqrt32(uint32_t a, uint32_t *fp);
uint32_t fpu_muladd32(uint32_t addend, uint32_t a, uint32_t b, uint32_t *fp);
uint32_t fpu_max32(uint32_t a, uint32_t b, uint32_t *fp);
uint32_t fpu_min32(uint32_t a, uint32_t b, uint32_t *fp);
uint64_t fpu_add64(uint64_t a, uint64_t b, uint32_t *fp);
uint64_t fpu_sub64(uint64_t a, uint64_t b, uint32_t *fp);
uint64_t fpu_mul64(uint64_t a, uint64_t b, uint32_t *fp);
uint64_t fpu_div64(uint64_t a, uint64_t b, uint32_t *fp);
uint64_t fpu_sqrt64(uint64_t a, uint32_t *fp);
uint64_t fpu_muladd64(uint64_t addend, uint64_t a, uint64_t b, uint32_t *fp);
uint64_t fpu_max64(uint64_t a, uint64_t b, uint32_t *fp);
uint64_t fpu_min64(uint64_t a, uint64_t b, uint32_t *fp);

/* FPNeg, FPAbs: sign-bit operations, no exceptions, no flushing. */
static inline uint32_t fpu_neg32(uint32_t a) { return a ^ 0x80000000u; }
static inline uint32_t fpu_abs32(uint32_t a) { return a & 0x7fffffffu; }
static inline uint64_t fpu_neg64(uint64_t a) { return a ^ 0x8000000000000000ull; }
static inline uint64_t fpu_abs64(uint64_t a) { return a & 0x7fffffffffffffffull; }

/* FPCompare: returns NZCV (bits 3:0): 0110 equal, 1000 less, 0010 greater,
 * 0011 unordered. IOC for a signalling NaN, or for any NaN if `quiet_exc`
 * (VCMPE, NEON compares other than equality). */
unsigned fpu_cmp32(uint32_t a, uint32_t b, int quiet_exc, uint32_t *fp);
unsigned fpu_cmp64(uint64_t a, uint64_t b, int quiet_exc, uint32_t *fp);

/* FPToFixed: a * 2^fbits rounded with `rmode` (FPRM_*), saturated to a
 * `size`-bit (16 or 32) signed or unsigned integer; the result is sign- or
 * zero-extended to 32 bits. NaN gives 0; IOC on NaN or saturation, else IXC
 * if inexact. fbits 0 is the plain float-to-integer conversion. */
uint32_t fpu_f32_to_fixed(uint32_t a, int size, int is_signed, int fbits, int rmode, uint32_t *fp);
uint32_t fpu_f64_to_fixed(uint64_t a, int size, int is_signed, int fbits, int rmode, uint32_t *fp);
/* FixedToFP: the low `size` bits of v as a signed/unsigned integer divided by
 * 2^fbits, rounded with the FPSCR rounding mode. */
uint32_t fpu_fixed_to_f32(uint32_t v, int size, int is_signed, int fbits, uint32_t *fp);
uint64_t fpu_fixed_to_f64(uint32_t v, int size, int is_signed, int fbits, uint32_t *fp);

/* FPConvert between the formats. Half precision honours FPSCR.AHP
 * (alternative format: no infinities or NaNs); FZ never applies to halves. */
uint64_t fpu_f32_to_f64(uint32_t a, uint32_t *fp);
uint32_t fpu_f64_to_f32(uint64_t a, uint32_t *fp);
uint16_t fpu_f32_to_f16(uint32_t a, uint32_t *fp);
uint32_t fpu_f16_to_f32(uint16_t a, uint32_t *fp);

#endif
