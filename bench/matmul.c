/* matmul: single-precision matrix multiply, twice: i-k-j order (a row of B
 * scaled into a row of C) and dot products against a transposed copy of B.
 * VFP single-precision multiply-add (as separate operations: the builds use
 * -ffp-contract=off), strided and sequential loads. */
#include "bench.h"

#ifndef N
#define N BENCH_SIZE(280, 24)
#endif

static float A[N][N], B[N][N], C[N][N], T[N][N];

int main(void) {
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            A[i][j] = (float)((int)(rnd() % 2001) - 1000) / 256.0f;
            B[i][j] = (float)((int)(rnd() % 2001) - 1000) / 512.0f;
        }
    for (int i = 0; i < N; i++)
        for (int k = 0; k < N; k++) {
            float a = A[i][k];
            for (int j = 0; j < N; j++) C[i][j] += a * B[k][j];
        }
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) T[j][i] = B[i][j];
    uint32_t h1 = FNV_INIT, h2 = FNV_INIT;
    double trace = 0;
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            float s = 0;
            for (int k = 0; k < N; k++) s += A[i][k] * T[j][k];
            h2 = fnv1a(h2, &s, sizeof s);
            if (i == j) trace += s;
        }
    h1 = fnv1a(h1, C, sizeof C);
    out_kv("ikj", h1);
    out_kv("dot", h2);
    out_double("trace", trace);
    return 0;
}
