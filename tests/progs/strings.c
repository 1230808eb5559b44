#define _GNU_SOURCE
/* strings.c: the string and memory functions of libc (glibc picks ARM
 * assembly versions for many of them), at every alignment and length around
 * word boundaries, and the number conversions strtol/strtoul/atoi (with
 * 32-bit long, so the reference is qemu-arm, not a native build). */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint32_t h = 0;
static void mix(long v) { h = (h ^ (uint32_t)v) * 16777619u; }
static int sgn(int v) { return (v > 0) - (v < 0); }

int main(void)
{
    static char a[256], b[256], c[512];
    char buf[128], *p, *save;
    int i, j, len;

    for (i = 0; i < 256; i++)
        a[i] = (char)(i % 95 + 32);
    /* memcpy/memmove/memset/memcmp over alignments 0-7 and lengths 0-70. */
    for (i = 0; i < 8; i++)
        for (j = 0; j < 8; j++)
            for (len = 0; len < 70; len++) {
                memset(c, 'x', sizeof c);
                memcpy(c + i, a + j, len);
                mix(memcmp(c + i, a + j, len));
                mix(c[i + len]);
                memmove(c + i + 3, c + i, len);
                mix(c[i + 3] + c[i + 2 + len]);
                memmove(c + i, c + i + 5, len);
                mix(c[i] + c[i + len / 2]);
                memset(c + j, i, len);
                mix(c[j] + c[j + len]);
            }
    printf("mem hash %08x\n", h);
    h = 0;
    for (i = 0; i < 8; i++)
        for (len = 0; len < 40; len++) {
            memcpy(b + i, a + 40, len);
            b[i + len] = 0;
            mix(strlen(b + i));
            strcpy(c + (7 - i), b + i);
            mix(strcmp(c + (7 - i), b + i));
            mix(sgn(strcmp(b + i, "ZZZ")));
            mix(sgn(strncmp(b + i, a + 40, len + 1)));
            mix(strchr(b + i, a[40 + len / 2]) ? 1 : 0);
            mix(strrchr(b + i, 'Q') ? 1 : 0);
        }
    printf("str hash %08x\n", h);

    strcpy(buf, "hello");
    strcat(buf, ", world");
    strncat(buf, "!!!!", 2);
    printf("[%s] %zu\n", buf, strlen(buf));
    memset(c, 'z', 20);
    strncpy(c, "abc", 8);
    printf("strncpy pads: %d %d %d %c\n", c[3], c[7], c[8] == 'z', c[0]);
    printf("strstr %s | %s | %d\n", strstr("haystack with needle inside", "needle"),
           strstr("aaab", "aab"), strstr("abc", "abd") == NULL);
    printf("strspn %zu strcspn %zu strpbrk %s\n", strspn("aabbccdd", "ab"),
           strcspn("hello world", " "), strpbrk("key=value", "=:"));
    printf("cmp signs %d %d %d %d\n", sgn(strcmp("a", "b")), sgn(strcmp("b", "a")),
           sgn(strcmp("abc", "abc")), sgn(memcmp("\x80", "\x7f", 1)));
    printf("case %d %d\n", sgn(strcasecmp("HeLLo", "hello")), sgn(strncasecmp("ABCd", "abce", 3)));
    strcpy(buf, "  the quick,brown  fox;;jumps ");
    for (p = strtok_r(buf, " ,;", &save); p; p = strtok_r(NULL, " ,;", &save))
        printf("<%s>", p);
    printf("\n");
    strcpy(buf, "a:b::c");
    for (p = strtok(buf, ":"); p; p = strtok(NULL, ":"))
        printf("{%s}", p);
    printf("\n");
    p = strdup("duplicate me");
    printf("strdup %s %s\n", p, strndup(p, 3));
    free(p);
    for (i = 0; i < 6; i++) {
        static const char *const nums[] = {"12345", "-0x1F", "0777", "  +99zz", "2147483648",
                                           "-99999999999999999999"};
        char *end;
        long l;
        unsigned long ul;
        errno = 0;
        l = strtol(nums[i], &end, 0);
        printf("strtol(%s) = %ld end+%d errno %d; ", nums[i], l, (int)(end - nums[i]),
               errno == ERANGE);
        errno = 0;
        ul = strtoul(nums[i], &end, 10);
        printf("strtoul10 = %lu errno %d; ", ul, errno == ERANGE);
        printf("strtoll = %lld atoi = %d\n", strtoll(nums[i], NULL, 0), atoi(nums[i]));
    }
    printf("strtol base 36 %ld base 2 %ld\n", strtol("zz", NULL, 36), strtol("101101", NULL, 2));
    printf("ctype:");
    for (i = 0; i < 128; i += 9)
        printf(" %d%d%d%d%c", !!isalpha(i), !!isdigit(i), !!isspace(i), !!ispunct(i),
               isprint(i) ? toupper(i) : '.');
    printf("\n");
    printf("memchr %d memrchr %d\n", (int)((char *)memchr(a, 'A', 256) - a),
           (int)((char *)memrchr(a, 'A', 256) - a));
    return 0;
}
