/* crc32: CRC and bit-twiddling: table-driven CRC-32 (IEEE, reflected),
 * bitwise CRC-32C (Castagnoli, eight shift/xor steps a byte), and a mix of
 * bit reversal, population count and leading-zero counts over the words of
 * the buffer: byte loads, table lookups, shifts, masks and xors. */
#include "bench.h"

#define LEN (64 * 1024)
#ifndef ROUNDS
#define ROUNDS BENCH_SIZE(600, 4)
#endif

static uint8_t buf[LEN];
static uint32_t table[256];

static uint32_t crc32c_bitwise(uint32_t crc, const uint8_t *p, int n) {
    crc = ~crc;
    for (int i = 0; i < n; i++) {
        crc ^= p[i];
        for (int k = 0; k < 8; k++) crc = (crc >> 1) ^ (0x82f63b78u & -(crc & 1));
    }
    return ~crc;
}

static uint32_t bitrev(uint32_t x) {
    x = (x & 0x55555555u) << 1 | (x >> 1 & 0x55555555u);
    x = (x & 0x33333333u) << 2 | (x >> 2 & 0x33333333u);
    x = (x & 0x0f0f0f0fu) << 4 | (x >> 4 & 0x0f0f0f0fu);
    x = (x & 0x00ff00ffu) << 8 | (x >> 8 & 0x00ff00ffu);
    return x << 16 | x >> 16;
}

static int popcount(uint32_t x) {
    x = x - (x >> 1 & 0x55555555u);
    x = (x & 0x33333333u) + (x >> 2 & 0x33333333u);
    x = (x + (x >> 4)) & 0x0f0f0f0fu;
    return (int)(x * 0x01010101u >> 24);
}

int main(void) {
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++) c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    for (int i = 0; i < LEN; i++) buf[i] = (uint8_t)rnd();
    uint32_t crc = 0, crcc = 0, mix = 0;
    for (int r = 0; r < ROUNDS; r++) {
        uint32_t c = ~crc;
        for (int i = 0; i < LEN; i++) c = table[(c ^ buf[i]) & 0xff] ^ (c >> 8);
        crc = ~c;
        crcc = crc32c_bitwise(crcc, buf + (r * 4096) % LEN, 4096);
        for (int i = 0; i < LEN; i += 4) {
            uint32_t w = (uint32_t)buf[i] | (uint32_t)buf[i + 1] << 8 | (uint32_t)buf[i + 2] << 16 |
                         (uint32_t)buf[i + 3] << 24;
            uint32_t v = bitrev(w ^ mix);
            mix = (mix << 5 | mix >> 27) ^ v ^ (uint32_t)popcount(v) ^ (uint32_t)(v ? __builtin_clz(v) : 32) << 8;
        }
        buf[r % LEN] ^= (uint8_t)crc;
    }
    out_kv("crc32", crc);
    out_kv("crc32c", crcc);
    out_kv("bits", mix);
    return 0;
}
