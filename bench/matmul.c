/* matmul: integer matrix multiply (i-k-j order) and a transpose-based
 * variant: multiply-accumulate, strided and sequential loads. */
#include "bench.h"

#ifndef N
#define N 240
#endif

static int32_t A[N][N], B[N][N], C[N][N], T[N][N];

int main(void) {
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            A[i][j] = (int32_t)(rnd() % 201) - 100;
            B[i][j] = (int32_t)(rnd() % 201) - 100;
        }
    for (int i = 0; i < N; i++)
        for (int k = 0; k < N; k++) {
            int32_t a = A[i][k];
            for (int j = 0; j < N; j++) C[i][j] += a * B[k][j];
        }
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) T[j][i] = B[i][j];
    uint32_t h1 = 0, h2 = 0;
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            int32_t s = 0;
            for (int k = 0; k < N; k++) s += A[i][k] * T[j][k];
            h2 = h2 * 31 + (uint32_t)s;
            h1 = h1 * 31 + (uint32_t)C[i][j];
        }
    out_kv("c", h1);
    out_kv("t", h2);
    return 0;
}
