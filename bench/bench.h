/* bench.h: the tiny runtime shared by the benchmarks in bench/.
 *
 * Each benchmark is one C file with `int main(void)` that prints a few
 * checksums through out_str/out_u32/out_hex, so that the outputs of the
 * native, qemu-arm and armlet runs can be compared. The same source builds
 *  - natively and for ARM with the C library (write(2) via unistd.h), or
 *  - for ARM with BENCH_NOLIBC: its own _start and SVC system calls, for when
 *    the emulator cannot yet run the C library's startup code (VFP).
 * Include it exactly once per program. */
#ifndef BENCH_H
#define BENCH_H

#include <stddef.h>
#include <stdint.h>

#ifdef BENCH_NOLIBC
static long bench_sys3(long nr, long a, long b, long c) {
    register long r0 __asm__("r0") = a;
    register long r1 __asm__("r1") = b;
    register long r2 __asm__("r2") = c;
    register long r7 __asm__("r7") = nr;
    __asm__ volatile("svc #0" : "+r"(r0) : "r"(r1), "r"(r2), "r"(r7) : "memory");
    return r0;
}
static void out_write(const char *s, size_t n) { bench_sys3(4, 1, (long)s, (long)n); }

int main(void);
/* libgcc's division-by-zero path calls raise(); never reached here. */
int raise(int sig) { (void)sig; return 0; }
__attribute__((used)) static void bench_start(void) {
    int rc = main();
    for (;;) bench_sys3(248 /* exit_group */, rc, 0, 0);
}
__asm__(".text\n.syntax unified\n.arm\n.align 2\n.global _start\n.type _start, %function\n"
        "_start:\n\tmov r0, sp\n\tbl bench_start\n");

/* gcc may emit calls to these; keep it from turning their loops into calls to themselves. */
#define BENCH_NOLDP __attribute__((optimize("no-tree-loop-distribute-patterns")))
BENCH_NOLDP void *memcpy(void *d, const void *s, size_t n) {
    unsigned char *dp = d;
    const unsigned char *sp = s;
    while (n--) *dp++ = *sp++;
    return d;
}
BENCH_NOLDP void *memmove(void *d, const void *s, size_t n) {
    unsigned char *dp = d;
    const unsigned char *sp = s;
    if (dp < sp) while (n--) *dp++ = *sp++;
    else while (n--) dp[n] = sp[n];
    return d;
}
BENCH_NOLDP void *memset(void *d, int c, size_t n) {
    unsigned char *dp = d;
    while (n--) *dp++ = (unsigned char)c;
    return d;
}
BENCH_NOLDP size_t strlen(const char *s) {
    size_t n = 0;
    while (s[n]) n++;
    return n;
}
BENCH_NOLDP int memcmp(const void *a, const void *b, size_t n) {
    const unsigned char *x = a, *y = b;
    for (; n; n--, x++, y++)
        if (*x != *y) return *x - *y;
    return 0;
}
#else
#include <string.h>
#include <unistd.h>
static void out_write(const char *s, size_t n) {
    while (n > 0) {
        ssize_t k = write(1, s, n);
        if (k <= 0) return;
        s += k;
        n -= (size_t)k;
    }
}
#endif

#define BENCH_UNUSED __attribute__((unused))

static size_t bench_strlen(const char *s) {
    size_t n = 0;
    while (s[n]) n++;
    return n;
}
BENCH_UNUSED static void out_str(const char *s) { out_write(s, bench_strlen(s)); }
BENCH_UNUSED static void out_u32(uint32_t v) {
    char buf[12];
    int i = 11;
    buf[i] = 0;
    do {
        buf[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    out_str(buf + i);
}
BENCH_UNUSED static void out_hex(uint32_t v) {
    char buf[9];
    for (int i = 7; i >= 0; i--, v >>= 4) buf[i] = "0123456789abcdef"[v & 15];
    buf[8] = 0;
    out_str(buf);
}
/* Prints "name value\n" with the value in hex. */
BENCH_UNUSED static void out_kv(const char *name, uint32_t v) {
    out_str(name);
    out_str(" ");
    out_hex(v);
    out_str("\n");
}

/* A small deterministic generator (xorshift32) for test data. */
static uint32_t bench_rng = 2463534242u;
BENCH_UNUSED static uint32_t rnd(void) {
    uint32_t x = bench_rng;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    return bench_rng = x;
}

#endif
