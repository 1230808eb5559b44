/* The kuser helpers at 0xffff0f60..0xffff0fff (Linux's
 * Documentation/arm/kernel_user_helpers.rst), called through function
 * pointers and, to see the C flag they return, through inline asm. */
#include <stdint.h>
#include <stdio.h>

typedef int (*cmpxchg_fn)(int oldval, int newval, volatile int *ptr);
typedef int (*cmpxchg64_fn)(const int64_t *oldval, const int64_t *newval, volatile int64_t *ptr);
typedef void *(*get_tls_fn)(void);
typedef void (*barrier_fn)(void);

#define kuser_version (*(volatile int32_t *)0xffff0ffc)
#define kuser_cmpxchg ((cmpxchg_fn)0xffff0fc0)
#define kuser_cmpxchg64 ((cmpxchg64_fn)0xffff0f60)
#define kuser_get_tls ((get_tls_fn)0xffff0fe0)
#define kuser_barrier ((barrier_fn)0xffff0fa0)

/* Calls a helper with r0..r2 set; returns r0, stores the C flag. */
static uint32_t call3(uint32_t fn, uint32_t a, uint32_t b, uint32_t c, int *carry) {
    register uint32_t r0 __asm__("r0") = a;
    register uint32_t r1 __asm__("r1") = b;
    register uint32_t r2 __asm__("r2") = c;
    uint32_t psr;
    __asm__ volatile("blx %[fn]\n\tmrs %[psr], APSR"
                     : "+r"(r0), "+r"(r1), "+r"(r2), [psr] "=r"(psr)
                     : [fn] "r"(fn)
                     : "r3", "ip", "lr", "cc", "memory");
    *carry = (psr >> 29) & 1;
    return r0;
}

static volatile int word = 5;
static volatile int64_t dword = 0x1122334455667788ll;

int main(void) {
    int c;
    printf("__kuser_helper_version %d\n", (int)kuser_version);

    void *tp = __builtin_thread_pointer();
    printf("get_tls == thread pointer: %s (nonzero: %s)\n", kuser_get_tls() == tp ? "yes" : "no",
           tp ? "yes" : "no");

    kuser_barrier();
    printf("memory_barrier returned\n");

    int r = kuser_cmpxchg(5, 7, &word);
    printf("cmpxchg(5->7) on 5: r0 %s, word %d\n", r == 0 ? "zero" : "nonzero", word);
    r = kuser_cmpxchg(5, 9, &word);
    printf("cmpxchg(5->9) on 7: r0 %s, word %d\n", r == 0 ? "zero" : "nonzero", word);
    r = (int)call3(0xffff0fc0, 7, 0, (uint32_t)&word, &c);
    printf("cmpxchg(7->0) on 7: r0 %s, C %d, word %d\n", r == 0 ? "zero" : "nonzero", c, word);
    r = (int)call3(0xffff0fc0, 7, 1, (uint32_t)&word, &c);
    printf("cmpxchg(7->1) on 0: r0 %s, C %d, word %d\n", r == 0 ? "zero" : "nonzero", c, word);
    /* A zero old value must not be mistaken for success. */
    word = 3;
    r = (int)call3(0xffff0fc0, 0, 1, (uint32_t)&word, &c);
    printf("cmpxchg(0->1) on 3: r0 %s, C %d, word %d\n", r == 0 ? "zero" : "nonzero", c, word);

    int64_t oldv = 0x1122334455667788ll, newv = -2;
    r = kuser_cmpxchg64(&oldv, &newv, &dword);
    printf("cmpxchg64 match: r0 %s, value %llx\n", r == 0 ? "zero" : "nonzero",
           (unsigned long long)dword);
    r = kuser_cmpxchg64(&oldv, &newv, &dword);
    printf("cmpxchg64 mismatch: r0 %s, value %llx\n", r == 0 ? "zero" : "nonzero",
           (unsigned long long)dword);
    /* Only the high word differs: the comparison must cover all 64 bits. */
    oldv = 0x00000001fffffffell;
    newv = 42;
    r = (int)call3(0xffff0f60, (uint32_t)&oldv, (uint32_t)&newv, (uint32_t)&dword, &c);
    printf("cmpxchg64 high-word mismatch: r0 %s, C %d, value %llx\n", r == 0 ? "zero" : "nonzero",
           c, (unsigned long long)dword);
    oldv = -2;
    r = (int)call3(0xffff0f60, (uint32_t)&oldv, (uint32_t)&newv, (uint32_t)&dword, &c);
    printf("cmpxchg64 match: r0 %s, C %d, value %llx\n", r == 0 ? "zero" : "nonzero", c,
           (unsigned long long)dword);
    printf("old/new untouched: %llx %llx\n", (unsigned long long)oldv, (unsigned long long)newv);
    return 0;
}
