/* strings: string processing through the C library, the way programs do
 * it: builds lines with snprintf, parses them back with strtoul, searches
 * them with strchr/strstr/memchr, compares them with strcmp to keep a small
 * sorted table, reverses and case-folds them in place, and joins fields
 * with strcpy/strcat. Exercises glibc's ARM string routines as well as
 * byte loops of our own. */
#include <stdlib.h>

#include "bench.h"

#ifndef LINES
#define LINES BENCH_SIZE(60000, 2000)
#endif
#define TOP 64

static const char *const names[] = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot",
                                    "golf", "hotel", "india", "juliett", "kilo", "lima"};
#define NNAMES (sizeof names / sizeof names[0])

static char top[TOP][96]; /* the TOP smallest lines seen, sorted by strcmp */
static int ntop;

static void keep_smallest(const char *s) {
    if (ntop == TOP && strcmp(s, top[TOP - 1]) >= 0) return;
    int i = ntop < TOP ? ntop++ : TOP - 1;
    while (i > 0 && strcmp(s, top[i - 1]) < 0) {
        strcpy(top[i], top[i - 1]);
        i--;
    }
    strcpy(top[i], s);
}

static void reverse(char *s) {
    for (char *e = s + strlen(s) - 1; s < e; s++, e--) {
        char t = *s;
        *s = *e;
        *e = t;
    }
}

static void swapcase(char *s) {
    for (; *s; s++)
        if (*s >= 'a' && *s <= 'z') *s = (char)(*s - 32);
        else if (*s >= 'A' && *s <= 'Z') *s = (char)(*s + 32);
}

int main(void) {
    char line[96], work[96], joined[256];
    uint32_t sum = 0, found = 0, h = FNV_INIT;
    for (int n = 0; n < LINES; n++) {
        uint32_t r = rnd();
        snprintf(line, sizeof line, "%s-%s %u:%x /%s/%05u", names[r % NNAMES], names[(r >> 4) % NNAMES],
                 r >> 8, r & 0xfff, names[(r >> 12) % NNAMES], n % 100000);
        /* Parse the numbers back. */
        char *colon = strchr(line, ':'), *end;
        const char *sp = memchr(line, ' ', strlen(line));
        if (colon && sp) {
            sum += (uint32_t)strtoul(sp + 1, &end, 10);
            sum += (uint32_t)strtoul(colon + 1, &end, 16) * 3;
        }
        if (strstr(line, "delta-echo") || strstr(line, "/kilo/")) found++;
        keep_smallest(line);
        strcpy(work, line);
        reverse(work);
        swapcase(work);
        strcpy(joined, line);
        strcat(joined, "|");
        strcat(joined, work);
        h = fnv1a(h, joined, strlen(joined));
        if (strncmp(work, line, 3) == 0) found += 1000;
    }
    for (int i = 0; i < ntop; i++) h = fnv1a(h, top[i], strlen(top[i]));
    out_kv("sum", sum);
    out_kv("found", found);
    out_kv("hash", h);
    printf("first %s\n", top[0]);
    return 0;
}
