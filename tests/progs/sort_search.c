// reference: native
/* sort_search.c: qsort and bsearch from libc on ints, strings and structs,
 * plus hand-written quicksort, merge sort, heap sort and insertion sort over
 * the same pseudo-random data, all cross-checked. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N 5000

static uint32_t seed = 2463534242u;
static uint32_t rnd(void)
{
    seed ^= seed << 13;
    seed ^= seed >> 17;
    seed ^= seed << 5;
    return seed;
}

static int cmp_int(const void *a, const void *b)
{
    int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
    return (x > y) - (x < y);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

struct rec { int32_t key; char name[12]; };

static int cmp_rec(const void *a, const void *b)
{
    const struct rec *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return strcmp(x->name, y->name);
}

static void quick(int32_t *a, int lo, int hi)
{
    while (lo < hi) {
        int32_t p = a[(lo + hi) / 2], t;
        int i = lo, j = hi;
        while (i <= j) {
            while (a[i] < p) i++;
            while (a[j] > p) j--;
            if (i <= j) { t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
        }
        if (j - lo < hi - i) { quick(a, lo, j); lo = i; }
        else { quick(a, i, hi); hi = j; }
    }
}

static void merge(int32_t *a, int32_t *tmp, int n)
{
    int m = n / 2, i = 0, j = m, k = 0;
    if (n < 2)
        return;
    merge(a, tmp, m);
    merge(a + m, tmp, n - m);
    while (i < m && j < n)
        tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
    while (i < m) tmp[k++] = a[i++];
    while (j < n) tmp[k++] = a[j++];
    memcpy(a, tmp, n * sizeof *a);
}

static void sift(int32_t *a, int i, int n)
{
    for (;;) {
        int c = 2 * i + 1, t;
        if (c >= n) return;
        if (c + 1 < n && a[c + 1] > a[c]) c++;
        if (a[i] >= a[c]) return;
        t = a[i]; a[i] = a[c]; a[c] = t;
        i = c;
    }
}

static void heap(int32_t *a, int n)
{
    int i, t;
    for (i = n / 2 - 1; i >= 0; i--) sift(a, i, n);
    for (i = n - 1; i > 0; i--) { t = a[0]; a[0] = a[i]; a[i] = t; sift(a, 0, i); }
}

static void insertion(int32_t *a, int n)
{
    int i, j;
    for (i = 1; i < n; i++) {
        int32_t v = a[i];
        for (j = i - 1; j >= 0 && a[j] > v; j--) a[j + 1] = a[j];
        a[j + 1] = v;
    }
}

static int32_t orig[N], a1[N], a2[N], a3[N], a4[N], a5[N], tmp[N];
static struct rec recs[500];

int main(void)
{
    int i, found = 0, agree = 1;
    uint32_t h = 0;
    static char words[300][8];
    char *wp[300];

    for (i = 0; i < N; i++)
        orig[i] = (int32_t)(rnd() % 20000) - 10000;
    memcpy(a1, orig, sizeof orig);
    memcpy(a2, orig, sizeof orig);
    memcpy(a3, orig, sizeof orig);
    memcpy(a4, orig, sizeof orig);
    memcpy(a5, orig, sizeof orig);
    qsort(a1, N, sizeof a1[0], cmp_int);
    quick(a2, 0, N - 1);
    merge(a3, tmp, N);
    heap(a4, N);
    insertion(a5, N);
    for (i = 0; i < N; i++) {
        agree &= a1[i] == a2[i] && a1[i] == a3[i] && a1[i] == a4[i] && a1[i] == a5[i];
        h = h * 33 + (uint32_t)a1[i];
    }
    printf("sorts agree %d hash %08x min %d max %d median %d\n", agree, h, a1[0], a1[N - 1],
           a1[N / 2]);
    for (i = -10000; i < 10000; i += 37) {
        int32_t key = i;
        if (bsearch(&key, a1, N, sizeof a1[0], cmp_int))
            found++;
    }
    printf("bsearch found %d\n", found);

    for (i = 0; i < 300; i++) {
        int k, len = 1 + rnd() % 6;
        for (k = 0; k < len; k++)
            words[i][k] = 'a' + rnd() % 26;
        words[i][len] = 0;
        wp[i] = words[i];
    }
    qsort(wp, 300, sizeof wp[0], cmp_str);
    for (i = 0; i < 300; i += 23)
        printf("%s ", wp[i]);
    printf("\n");
    {
        char *key = wp[123], **hit = bsearch(&key, wp, 300, sizeof wp[0], cmp_str);
        printf("bsearch string %s at %d\n", *hit, (int)(hit - wp) <= 123);
    }

    for (i = 0; i < 500; i++) {
        recs[i].key = rnd() % 50;
        snprintf(recs[i].name, sizeof recs[i].name, "r%u", rnd() % 1000);
    }
    qsort(recs, 500, sizeof recs[0], cmp_rec);
    for (i = 0; i < 500; i += 50)
        printf("(%d,%s) ", recs[i].key, recs[i].name);
    printf("\n");
    return 0;
}
