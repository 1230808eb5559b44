/* crc32: table-driven CRC-32 (IEEE, reflected) and FNV-1a over a buffer:
 * byte loads, table lookups, shifts and xors. */
#include "bench.h"

#define LEN (64 * 1024)
#ifndef ROUNDS
#define ROUNDS 480
#endif

static uint8_t buf[LEN];
static uint32_t table[256];

int main(void) {
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++) c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    for (int i = 0; i < LEN; i++) buf[i] = (uint8_t)rnd();
    uint32_t crc = 0, fnv = 2166136261u;
    for (int r = 0; r < ROUNDS; r++) {
        uint32_t c = ~crc;
        for (int i = 0; i < LEN; i++) c = table[(c ^ buf[i]) & 0xff] ^ (c >> 8);
        crc = ~c;
        for (int i = 0; i < LEN; i += 4) fnv = (fnv ^ buf[i]) * 16777619u;
        buf[r] ^= (uint8_t)crc;
    }
    out_kv("crc32", crc);
    out_kv("fnv1a", fnv);
    return 0;
}
