/* wordcount: generates text, splits it into words and counts them in a
 * chained hash table (djb2 hash, string compares), several times over:
 * byte loads, short loops, pointer chasing, calls. */
#include "bench.h"

#define TEXT BENCH_SIZE(400000, 20000)
#ifndef REPS
#define REPS BENCH_SIZE(48, 2)
#endif
#define BUCKETS 4096
#define MAXW 8192

static char text[TEXT + 1];
static char words[MAXW][16];
static uint32_t counts[MAXW];
static int32_t next[MAXW], heads[BUCKETS];
static int nwords;

static int str_eq(const char *a, const char *b) {
    while (*a && *a == *b) a++, b++;
    return *a == *b;
}

static uint32_t str_hash(const char *s, int n) {
    uint32_t h = 5381;
    for (int i = 0; i < n; i++) h = h * 33 + (uint8_t)s[i];
    return h;
}

static void add_word(const char *s, int n) {
    char w[16];
    for (int i = 0; i < n; i++) w[i] = s[i];
    w[n] = 0;
    uint32_t b = str_hash(w, n) % BUCKETS;
    for (int32_t e = heads[b]; e >= 0; e = next[e])
        if (str_eq(words[e], w)) {
            counts[e]++;
            return;
        }
    if (nwords == MAXW) return;
    for (int i = 0; i <= n; i++) words[nwords][i] = w[i];
    counts[nwords] = 1;
    next[nwords] = heads[b];
    heads[b] = nwords++;
}

int main(void) {
    static const char syll[][4] = {"ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ba", "de", "fo", "gu"};
    int pos = 0;
    while (pos < TEXT - 16) {
        int ns = 1 + rnd() % 3;
        for (int s = 0; s < ns; s++) {
            const char *y = syll[rnd() % 12];
            text[pos++] = y[0];
            text[pos++] = y[1];
        }
        text[pos++] = rnd() % 8 ? ' ' : '\n';
    }
    text[pos] = 0;
    uint32_t total = 0;
    for (int rep = 0; rep < REPS; rep++) {
        for (int i = 0; i < BUCKETS; i++) heads[i] = -1;
        nwords = 0;
        for (const char *p = text; *p;) {
            while (*p == ' ' || *p == '\n') p++;
            const char *s = p;
            while (*p && *p != ' ' && *p != '\n') p++;
            if (p > s) add_word(s, (int)(p - s));
            total++;
        }
    }
    uint32_t h = 0;
    for (int i = 0; i < nwords; i++) h = h * 31 + counts[i] + str_hash(words[i], (int)strlen(words[i]));
    out_kv("words", (uint32_t)nwords);
    out_kv("total", total);
    out_kv("hash", h);
    return 0;
}
