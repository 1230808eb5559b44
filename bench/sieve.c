/* sieve: sieve of Eratosthenes (byte array) repeated, plus a bit-array
 * sieve: tight loops of byte stores, shifts and masks. */
#include "bench.h"

#ifndef N
#define N 2000000
#endif

static uint8_t flags[N + 1];
static uint32_t bits[N / 32 + 1];

int main(void) {
    uint32_t count = 0, sum = 0;
    for (int rep = 0; rep < 3; rep++) {
        for (int i = 0; i <= N; i++) flags[i] = 1;
        count = 0;
        for (int i = 2; i <= N; i++) {
            if (!flags[i]) continue;
            count++;
            sum += (uint32_t)i;
            for (int j = 2 * i; j <= N; j += i) flags[j] = 0;
        }
    }
    for (int i = 0; i <= N / 32; i++) bits[i] = 0;
    uint32_t count2 = 0;
    for (uint32_t i = 2; i <= N; i++) {
        if (bits[i >> 5] >> (i & 31) & 1) continue;
        count2++;
        for (uint32_t j = i * 2; j <= N; j += i) bits[j >> 5] |= 1u << (j & 31);
    }
    out_kv("primes", count);
    out_kv("sum", sum);
    out_kv("primes2", count2);
    return 0;
}
