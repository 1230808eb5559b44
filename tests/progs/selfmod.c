/* Code written at run time: a function is generated into an executable
 * mapping, run, rewritten in place and run again. __builtin___clear_cache
 * (the cacheflush syscall on ARM Linux) must make the new code visible. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

typedef int (*fn)(int);

/* A32: mov r1, #imm; add r0, r0, r1; bx lr */
static void emit_add(uint32_t *p, unsigned imm) {
    p[0] = 0xe3a01000 | (imm & 0xff);
    p[1] = 0xe0800001;
    p[2] = 0xe12fff1e;
}

/* T32: movs r1, #imm; adds r0, r0, r1; bx lr */
static void emit_add_thumb(uint16_t *p, unsigned imm) {
    p[0] = 0x2100 | (imm & 0xff);
    p[1] = 0x1840;
    p[2] = 0x4770;
}

int main(void) {
    uint8_t *code = mmap(NULL, 4096, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (code == MAP_FAILED) return 1;
    for (unsigned k = 1; k <= 5; k++) {
        emit_add((uint32_t *)code, k * 10);
        __builtin___clear_cache((char *)code, (char *)code + 12);
        fn f = (fn)(uintptr_t)code;
        printf("arm add %u: %d\n", k * 10, f(100));
    }
    for (unsigned k = 1; k <= 5; k++) {
        emit_add_thumb((uint16_t *)(code + 64), k * 7);
        __builtin___clear_cache((char *)code + 64, (char *)code + 70);
        fn f = (fn)(uintptr_t)(code + 64 + 1);
        printf("thumb add %u: %d\n", k * 7, f(1000));
    }
    /* The same page made read-only-executable after writing, then rewritten. */
    emit_add((uint32_t *)code, 99);
    __builtin___clear_cache((char *)code, (char *)code + 12);
    mprotect(code, 4096, PROT_READ | PROT_EXEC);
    printf("after mprotect: %d\n", ((fn)(uintptr_t)code)(1));
    mprotect(code, 4096, PROT_READ | PROT_WRITE | PROT_EXEC);
    emit_add((uint32_t *)code, 3);
    __builtin___clear_cache((char *)code, (char *)code + 12);
    printf("rewritten: %d\n", ((fn)(uintptr_t)code)(1));
    munmap(code, 4096);
    return 0;
}
