/* bench.h: what the benchmarks in bench/ share.
 *
 * Each benchmark is one C file, built from the same source natively and for
 * ARM (bench/run.sh), that prints a few checksums; the runner checks that
 * every build prints what the native build prints. So the output must not
 * depend on the machine: integers are printed as they are, floating-point
 * results as their exact bit patterns (the builds use -ffp-contract=off, so
 * no fused multiply-add makes the ARM and x86-64 results differ).
 *
 * Sizes are macros with a full default and a small BENCH_QUICK variant (the
 * `make check` run); any of them can be set with -D for profiling. */
#ifndef BENCH_H
#define BENCH_H

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#ifdef BENCH_QUICK
#define BENCH_SIZE(full, quick) (quick)
#else
#define BENCH_SIZE(full, quick) (full)
#endif

#define BENCH_UNUSED __attribute__((unused))

/* Prints "name value" with the value in hex. */
BENCH_UNUSED static void out_kv(const char *name, uint32_t v) { printf("%s %08x\n", name, v); }

/* Prints a double as its bit pattern, plus a rounded decimal for people. */
BENCH_UNUSED static void out_double(const char *name, double d) {
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    printf("%s %016llx %.9f\n", name, (unsigned long long)u, d);
}

/* A deterministic generator (xorshift32) for test data. */
static uint32_t bench_rng = 2463534242u;
BENCH_UNUSED static uint32_t rnd(void) {
    uint32_t x = bench_rng;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    return bench_rng = x;
}

/* FNV-1a over bytes: the checksum of a buffer. */
BENCH_UNUSED static uint32_t fnv1a(uint32_t h, const void *p, size_t n) {
    const uint8_t *b = p;
    for (size_t i = 0; i < n; i++) h = (h ^ b[i]) * 16777619u;
    return h;
}
#define FNV_INIT 2166136261u

#endif
