/* sort: quicksort (median of three, insertion sort for small ranges) and a
 * merge sort of pseudo-random ints, then a binary-search pass:
 * compares, unpredictable branches, loads and stores. */
#include "bench.h"

#ifndef N
#define N BENCH_SIZE(400000, 5000)
#endif

static int32_t a[N], b[N], tmp[N];

static void isort(int32_t *v, int n) {
    for (int i = 1; i < n; i++) {
        int32_t x = v[i];
        int j = i - 1;
        while (j >= 0 && v[j] > x) {
            v[j + 1] = v[j];
            j--;
        }
        v[j + 1] = x;
    }
}

static void qsort_(int32_t *v, int n) {
    while (n > 16) {
        int32_t p0 = v[0], p1 = v[n / 2], p2 = v[n - 1];
        int32_t p = p0 < p1 ? (p1 < p2 ? p1 : (p0 < p2 ? p2 : p0)) : (p0 < p2 ? p0 : (p1 < p2 ? p2 : p1));
        int i = 0, j = n - 1;
        for (;;) {
            while (v[i] < p) i++;
            while (v[j] > p) j--;
            if (i >= j) break;
            int32_t t = v[i];
            v[i] = v[j];
            v[j] = t;
            i++;
            j--;
        }
        if (j + 1 < n - j - 1) {
            qsort_(v, j + 1);
            v += j + 1;
            n -= j + 1;
        } else {
            qsort_(v + j + 1, n - j - 1);
            n = j + 1;
        }
    }
    isort(v, n);
}

static void msort(int32_t *v, int n) {
    for (int w = 1; w < n; w *= 2) {
        for (int lo = 0; lo < n; lo += 2 * w) {
            int mid = lo + w < n ? lo + w : n, hi = lo + 2 * w < n ? lo + 2 * w : n;
            int i = lo, j = mid, k = lo;
            while (i < mid && j < hi) tmp[k++] = v[i] <= v[j] ? v[i++] : v[j++];
            while (i < mid) tmp[k++] = v[i++];
            while (j < hi) tmp[k++] = v[j++];
        }
        for (int i = 0; i < n; i++) v[i] = tmp[i];
    }
}

int main(void) {
    for (int i = 0; i < N; i++) a[i] = b[i] = (int32_t)(rnd() % 1000000u) - 500000;
    qsort_(a, N);
    msort(b, N);
    uint32_t h = 0, bad = 0;
    for (int i = 0; i < N; i++) {
        h = h * 31 + (uint32_t)a[i];
        if (a[i] != b[i] || (i && a[i - 1] > a[i])) bad++;
    }
    uint32_t found = 0;
    for (int k = 0; k < N; k++) {
        int32_t x = (int32_t)(rnd() % 1000000u) - 500000;
        int lo = 0, hi = N;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (a[mid] < x) lo = mid + 1;
            else hi = mid;
        }
        found += lo < N && a[lo] == x;
    }
    out_kv("hash", h);
    out_kv("bad", bad);
    out_kv("found", found);
    return 0;
}
