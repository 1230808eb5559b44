// reference: native
/* printf_int.c: every integer conversion of printf with widths, precisions,
 * flags and length modifiers, at the edges of each type. Uses fixed-width
 * types only, so the output is the same on ARM and on the host. */
#include <inttypes.h>
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static const int32_t ints[] = {0, 1, -1, 7, -7, 42, 255, 256, 65535, -65536,
                               123456789, -123456789, INT32_MAX, INT32_MIN};
static const int64_t longs[] = {0, 1, -1, 4294967295LL, 4294967296LL, -4294967296LL,
                                1234567890123456789LL, INT64_MAX, INT64_MIN};

int main(void)
{
    static const char *ifmt[] = {"%d", "%i", "%5d", "%-5d|", "%05d", "%+d", "% d",
                                 "%.3d", "%8.3d", "%-8.3d|", "%+08d", "%.0d", "%*d"};
    static const char *ufmt[] = {"%u", "%x", "%X", "%o", "%#x", "%#X", "%#o",
                                 "%08x", "%-10u|", "%.10o", "%#.3x", "%10.8X"};
    size_t i, j;
    char buf[128];
    int n;

    for (i = 0; i < sizeof ints / sizeof ints[0]; i++) {
        for (j = 0; j < sizeof ifmt / sizeof ifmt[0]; j++) {
            if (!strcmp(ifmt[j], "%*d"))
                printf("[%*d]", 9, (int)ints[i]);
            else
                printf(ifmt[j], (int)ints[i]);
            putchar(' ');
        }
        putchar('\n');
        for (j = 0; j < sizeof ufmt / sizeof ufmt[0]; j++) {
            printf(ufmt[j], (unsigned)ints[i]);
            putchar(' ');
        }
        putchar('\n');
        printf("hh: %hhd %hhu %hhx  h: %hd %hu %hx\n", (signed char)ints[i],
               (unsigned char)ints[i], (unsigned char)ints[i], (short)ints[i],
               (unsigned short)ints[i], (unsigned short)ints[i]);
    }
    for (i = 0; i < sizeof longs / sizeof longs[0]; i++) {
        long long v = longs[i];
        printf("%lld %llu %llx %llX %llo %+lld %25lld %-22lld| %020lld %.21lld\n", v,
               (unsigned long long)v, (unsigned long long)v, (unsigned long long)v,
               (unsigned long long)v, v, v, v, v, v);
        printf("%jd %ju %" PRId64 " %" PRIu64 " %" PRIx64 " %#" PRIo64 "\n", (intmax_t)v,
               (uintmax_t)v, (int64_t)v, (uint64_t)v, (uint64_t)v, (uint64_t)v);
    }
    printf("z: %zd %zu %zx  t: %td  l: %ld %lu %lx\n", (ssize_t)-5, (size_t)12345,
           (size_t)0xbeef, (ptrdiff_t)-77, (long)-2147483647L, (unsigned long)4000000000UL,
           (unsigned long)0xdeadbeefUL);
    printf("c: [%c] [%3c] [%-3c] [%c]\n", 'A', 'b', 'c', 0x7e);
    printf("s: [%s] [%10s] [%-10s] [%.3s] [%10.2s] [%s]\n", "hello", "right", "left",
           "truncate", "ab", "");
    printf("percent: %% [%5%]\n");
    n = snprintf(buf, sizeof buf, "%d-%s-%x", -12, "mid", 0xabcu);
    printf("snprintf %d [%s]\n", n, buf);
    n = snprintf(buf, 8, "%s", "0123456789abcdef");
    printf("truncated %d [%s]\n", n, buf);
    n = snprintf(NULL, 0, "%lld", (long long)INT64_MIN);
    printf("measure %d\n", n);
    printf("%n", &n);
    printf("count-before-n %d\n", n);
    printf("positional: %2$s %1$s %3$d\n", "world", "hello", 3);
    return 0;
}
