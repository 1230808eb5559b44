/* malloc_stress.c: many allocations, frees and reallocs of varied sizes
 * (small bins, large blocks that glibc serves with mmap, growing reallocs),
 * with contents checked throughout; exercises brk, mmap2, munmap, mremap. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SLOTS 2000

static uint32_t rng = 12345;
static uint32_t next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 17;
    rng ^= rng << 5;
    return rng;
}

static unsigned char *slot[SLOTS];
static size_t len[SLOTS];

static void fill(int i)
{
    size_t k;
    for (k = 0; k < len[i]; k++)
        slot[i][k] = (unsigned char)(i + k);
}

static int verify(int i)
{
    size_t k;
    for (k = 0; k < len[i]; k++)
        if (slot[i][k] != (unsigned char)(i + k))
            return 0;
    return 1;
}

int main(void)
{
    int round, i, bad = 0;
    uint64_t total = 0, sum = 0;

    for (round = 0; round < 8000; round++) {
        uint32_t r = next();
        i = r % SLOTS;
        if (slot[i]) {
            if (!verify(i))
                bad++;
            if (r & 0x100000) {
                size_t nl = (r >> 8) % 3000 + 1;
                unsigned char *p = realloc(slot[i], nl);
                if (!p)
                    return 2;
                slot[i] = p;
                if (nl > len[i]) {
                    size_t k;
                    for (k = len[i]; k < nl; k++)
                        p[k] = (unsigned char)(i + k);
                }
                len[i] = nl;
                if (!verify(i))
                    bad++;
            } else {
                free(slot[i]);
                slot[i] = NULL;
            }
        } else {
            /* Mostly small, sometimes large (mmap threshold is 128 KiB). */
            len[i] = (r & 0xf000) == 0x1000 ? 140000 + (r >> 20) % 8192 : (r >> 12) % 512 + 1;
            slot[i] = (r & 1) ? malloc(len[i]) : calloc(1, len[i]);
            if (!slot[i])
                return 3;
            total += len[i];
            fill(i);
        }
    }
    for (i = 0; i < SLOTS; i++) {
        if (slot[i]) {
            if (!verify(i))
                bad++;
            sum += len[i];
            free(slot[i]);
        }
    }
    /* A growing buffer, doubled by realloc each time. */
    {
        size_t cap = 16, n = 0, k;
        char *b = malloc(cap);
        uint32_t h = 0;
        for (k = 0; k < 3000000; k++) {
            if (n == cap) {
                cap *= 2;
                b = realloc(b, cap);
            }
            b[n++] = (char)('a' + k % 26);
        }
        for (k = 0; k < n; k += 997)
            h = h * 31 + (unsigned char)b[k];
        printf("grown to %zu cap %zu hash %08x\n", n, cap, h);
        free(b);
    }
    /* calloc really zeroes memory that was used before. */
    {
        int zero = 1;
        size_t k;
        for (i = 0; i < 100; i++) {
            unsigned char *p = malloc(1000);
            memset(p, 0xff, 1000);
            free(p);
            p = calloc(1000, 1);
            for (k = 0; k < 1000; k++)
                zero &= p[k] == 0;
            free(p);
        }
        printf("calloc zeroed %d\n", zero);
    }
    printf("allocated %llu bytes, %llu live at end, %d corrupt\n", (unsigned long long)total,
           (unsigned long long)sum, bad);
    return bad != 0;
}
