/* Code written at run time by several threads at once: each thread maps
 * its own executable page, generates a function into it, runs it, then
 * rewrites it (cacheflush) or unmaps and maps it again, while the other
 * threads do the same and run their code. Exercises the shared block
 * cache's invalidation with threads running, and concurrent mmap/munmap. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/mman.h>

#define NT 4
#define ROUNDS 150

typedef int (*fn)(int);
static long sums[NT];
static int wrong[NT];

/* A32: mov r1, #imm; add r0, r0, r1; bx lr */
static void emit_add(uint32_t *p, unsigned imm) {
    p[0] = 0xe3a01000 | (imm & 0xff);
    p[1] = 0xe0800001;
    p[2] = 0xe12fff1e;
}

static void *worker(void *arg) {
    int id = (int)(long)arg;
    long sum = 0;
    int bad = 0;
    uint8_t *code = NULL;
    for (int k = 0; k < ROUNDS; k++) {
        if (!code || k % 10 == 0) {
            if (code) munmap(code, 4096);
            code = mmap(NULL, 4096, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
            if (code == MAP_FAILED) return (void *)-1L;
        }
        unsigned imm = (unsigned)(k * 7 + id) & 0xff;
        emit_add((uint32_t *)code, imm);
        __builtin___clear_cache((char *)code, (char *)code + 12);
        int r = ((fn)(uintptr_t)code)(id * 1000);
        if (r != id * 1000 + (int)imm) bad++;
        sum += r;
    }
    munmap(code, 4096);
    sums[id] = sum;
    wrong[id] = bad;
    return NULL;
}

int main(void) {
    pthread_t t[NT];
    for (int i = 0; i < NT; i++) pthread_create(&t[i], NULL, worker, (void *)(long)i);
    for (int i = 0; i < NT; i++) pthread_join(t[i], NULL);
    for (int i = 0; i < NT; i++) printf("thread %d: sum %ld, wrong results %d\n", i, sums[i], wrong[i]);
    return 0;
}
