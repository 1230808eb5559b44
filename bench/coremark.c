/* coremark: a CoreMark-like mix, written for armlet (not EEMBC's code):
 * per iteration, a linked list is searched, reversed and merge-sorted; small
 * int16 matrices are added, scaled, multiplied and bit-extracted; a state
 * machine classifies the tokens of a text of numbers; and every result is
 * folded into a CRC-16: branchy integer code of every kind, the list part
 * weighing most (about 40 % of the native time). */
#include "bench.h"

#ifndef ITERS
#define ITERS BENCH_SIZE(4000, 20)
#endif

/* ---- CRC-16 (CCITT, reflected), bit by bit */
static uint16_t crc16(uint16_t crc, uint32_t v, int bytes) {
    for (int b = 0; b < bytes; b++, v >>= 8) {
        crc ^= (uint8_t)v;
        for (int k = 0; k < 8; k++) crc = (uint16_t)((crc >> 1) ^ (0x8408 & -(crc & 1)));
    }
    return crc;
}

/* ---- linked list */
struct node {
    struct node *next;
    int16_t key, val;
};
#define NODES 100
static struct node pool[NODES];

static struct node *list_reverse(struct node *p) {
    struct node *r = NULL;
    while (p) {
        struct node *n = p->next;
        p->next = r;
        r = p;
        p = n;
    }
    return r;
}

static struct node *list_find(struct node *p, int16_t key) {
    while (p && p->key != key) p = p->next;
    return p;
}

/* Bottom-up merge sort of a list by cmp (by val, or by key). */
static int by_val(const struct node *a, const struct node *b) { return a->val - b->val; }
static int by_key(const struct node *a, const struct node *b) { return a->key - b->key; }
static struct node *list_sort(struct node *list, int (*cmp)(const struct node *, const struct node *)) {
    for (int w = 1;; w *= 2) {
        struct node *p = list, *tail = NULL;
        list = NULL;
        int merges = 0;
        while (p) {
            merges++;
            struct node *q = p;
            int ps = 0;
            while (ps < w && q) ps++, q = q->next;
            int qs = w;
            while (ps > 0 || (qs > 0 && q)) {
                struct node *e;
                if (ps == 0) e = q, q = q->next, qs--;
                else if (qs == 0 || !q || cmp(p, q) <= 0) e = p, p = p->next, ps--;
                else e = q, q = q->next, qs--;
                if (tail) tail->next = e;
                else list = e;
                tail = e;
            }
            p = q;
        }
        tail->next = NULL;
        if (merges <= 1) return list;
    }
}

static uint16_t bench_list(uint16_t crc, int iter) {
    for (int i = 0; i < NODES; i++) {
        pool[i].next = i + 1 < NODES ? &pool[i + 1] : NULL;
        pool[i].key = (int16_t)i;
        pool[i].val = (int16_t)((i * 7919 + iter * 31) & 0x3fff);
    }
    struct node *list = &pool[0];
    int found = 0;
    for (int k = 0; k < 16; k++) {
        struct node *n = list_find(list, (int16_t)((iter + k * 13) % (NODES + 20)));
        if (n) found += n->val & 0xff;
        if (k & 1) list = list_reverse(list);
    }
    list = list_sort(list, by_val);
    crc = crc16(crc, (uint32_t)(uint16_t)list->val, 2);
    crc = crc16(crc, (uint32_t)found, 2);
    list = list_sort(list, by_key);
    for (struct node *p = list; p; p = p->next) crc = crc16(crc, (uint32_t)(uint16_t)p->val, 1);
    return crc;
}

/* ---- matrices */
#define MN 16
static int16_t ma[MN][MN], mb[MN][MN];
static int32_t mc[MN][MN];

static uint16_t bench_matrix(uint16_t crc, int iter) {
    int16_t c = (int16_t)(iter | 1);
    for (int i = 0; i < MN; i++)
        for (int j = 0; j < MN; j++) {
            ma[i][j] = (int16_t)((i * 31 + j * 17 + iter) & 0xff) - 128;
            mb[i][j] = (int16_t)((i * 13 + j * 7 + iter * 3) & 0xff) - 100;
        }
    for (int i = 0; i < MN; i++) /* add a constant */
        for (int j = 0; j < MN; j++) ma[i][j] = (int16_t)(ma[i][j] + c);
    uint32_t s = 0; /* sums wrap: unsigned */
    for (int i = 0; i < MN; i++) /* scale into mc, sum */
        for (int j = 0; j < MN; j++) s += (uint32_t)(mc[i][j] = ma[i][j] * c);
    crc = crc16(crc, (uint32_t)s, 4);
    for (int i = 0; i < MN; i++) { /* matrix x vector */
        int32_t t = 0;
        for (int j = 0; j < MN; j++) t += ma[i][j] * mb[j][0];
        mc[i][0] = t;
    }
    for (int i = 0; i < MN; i++) /* matrix x matrix */
        for (int j = 0; j < MN; j++) {
            int32_t t = 0;
            for (int k = 0; k < MN; k++) t += ma[i][k] * mb[k][j];
            mc[i][j] = t;
        }
    s = 0;
    for (int i = 0; i < MN; i++) /* bit fields of the products */
        for (int j = 0; j < MN; j++) s += (uint32_t)((mc[i][j] >> 2 & 0xf) * (mc[i][j] >> 5 & 0x7f));
    return crc16(crc, (uint32_t)s, 4);
}

/* ---- state machine over a text of numbers */
enum { S_START, S_INT, S_FRAC, S_EXP0, S_EXP, S_SIGN, S_BAD, NSTATES };
static char text[1024];

static void make_text(int iter) {
    static const char *const toks[] = {"5012", "1.23", "-874", "+122", "6.3e-1", "-12e+4", "1.2x", "--7",
                                       "e5", "0.0", "35.6e", "9999"};
    uint32_t x = (uint32_t)iter * 2654435761u;
    size_t n = 0;
    while (n < sizeof text - 16) {
        x = x * 1103515245u + 12345u;
        const char *t = toks[(x >> 16) % 12];
        while (*t) text[n++] = *t++;
        text[n++] = ',';
    }
    text[n] = 0;
}

static uint16_t bench_state(uint16_t crc) {
    int counts[NSTATES] = {0}, transitions = 0;
    const char *p = text;
    while (*p) {
        int st = S_START;
        for (; *p && *p != ','; p++) {
            char ch = *p;
            int nst = st;
            switch (st) {
            case S_START:
                nst = (ch >= '0' && ch <= '9') ? S_INT : (ch == '+' || ch == '-') ? S_SIGN : S_BAD;
                break;
            case S_SIGN: nst = (ch >= '0' && ch <= '9') ? S_INT : S_BAD; break;
            case S_INT:
                nst = (ch >= '0' && ch <= '9') ? S_INT : ch == '.' ? S_FRAC : (ch == 'e' || ch == 'E') ? S_EXP0 : S_BAD;
                break;
            case S_FRAC: nst = (ch >= '0' && ch <= '9') ? S_FRAC : (ch == 'e' || ch == 'E') ? S_EXP0 : S_BAD; break;
            case S_EXP0: nst = (ch >= '0' && ch <= '9') || ch == '+' || ch == '-' ? S_EXP : S_BAD; break;
            case S_EXP: nst = (ch >= '0' && ch <= '9') ? S_EXP : S_BAD; break;
            default: break;
            }
            transitions += nst != st;
            st = nst;
        }
        counts[st]++;
        if (*p) p++;
    }
    for (int i = 0; i < NSTATES; i++) crc = crc16(crc, (uint32_t)counts[i], 2);
    return crc16(crc, (uint32_t)transitions, 2);
}

int main(void) {
    uint16_t crc_list = 0, crc_matrix = 0, crc_state = 0;
    for (int it = 0; it < ITERS; it++) {
        crc_list = bench_list(crc_list, it);
        crc_matrix = bench_matrix(crc_matrix, it);
        make_text(it);
        crc_state = bench_state(crc_state);
    }
    out_kv("list", crc_list);
    out_kv("matrix", crc_matrix);
    out_kv("state", crc_state);
    out_kv("final", crc16(crc16(crc_list, crc_matrix, 2), crc_state, 2));
    return 0;
}
