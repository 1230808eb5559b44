/* memops: memcpy, memmove, memset and memcmp of many sizes and alignments,
 * the way allocators, serialisers and string builders call them, plus a
 * few large copies: measures the C library's ARM routines (glibc's armhf
 * memcpy in its NEON variant, picked by ifunc; ldm/stm-based memmove and
 * memset) and the emulator's multi-register and NEON loads and stores. */
#include "bench.h"

#ifndef ROUNDS
#define ROUNDS BENCH_SIZE(60, 2)
#endif
#define LEN (1 << 20)
#define OPS 20000

static uint8_t src[LEN], dst[LEN];

int main(void) {
    for (int i = 0; i < LEN; i++) src[i] = (uint8_t)rnd();
    uint32_t h = FNV_INIT, diff = 0;
    for (int r = 0; r < ROUNDS; r++) {
        /* Small and medium operations at random offsets. */
        for (int k = 0; k < OPS; k++) {
            uint32_t x = rnd();
            uint32_t len = (x & 0x8000) ? (x & 0x3f) + 1 : (x & 0x7ff) + 1;
            uint32_t so = (x >> 16) % (LEN - 4096), dof = (rnd() >> 8) % (LEN - 4096);
            switch (x >> 29 & 3) {
            case 0:
            case 1: memcpy(dst + dof, src + so, len); break;
            case 2: memmove(dst + dof, dst + (dof + (x >> 20 & 63)) % (LEN - 4096), len); break;
            case 3: memset(dst + dof, (int)(x >> 24), len); break;
            }
            if ((k & 15) == 0) diff += memcmp(dst + dof, src + so, len) < 0;
        }
        /* Large copies: whole buffer, half-buffer overlapping move, fill. */
        memcpy(src + (r & 7), dst, LEN / 2);
        memmove(dst + 4096 + (r & 3), dst, LEN / 2);
        memset(dst + LEN / 2 + (r & 31), r, LEN / 4);
        h = fnv1a(h, dst + (r * 4096) % (LEN - 4096), 4096);
    }
    h = fnv1a(h, dst, LEN / 8);
    out_kv("hash", h);
    out_kv("diff", diff);
    return 0;
}
