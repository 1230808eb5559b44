/* sys_mmap.c: memory syscalls as seen by a program: anonymous and file
 * mappings, MAP_FIXED, MAP_SHARED across fork, mprotect and munmap (a child
 * touching the page dies by SIGSEGV), mremap, madvise, brk, and the Linux
 * error codes for bad arguments. Prints no addresses. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#define PG 4096

static const char *ename(int e)
{
    switch (e) {
    case 0: return "ok";
    case EINVAL: return "EINVAL";
    case ENOMEM: return "ENOMEM";
    case EBADF: return "EBADF";
    case EEXIST: return "EEXIST";
    case EACCES: return "EACCES";
    case EFAULT: return "EFAULT";
    }
    return "other";
}

/* Evaluates the call, then prints its result and errno's name. */
#define TRY(label, call) do { errno = 0; long r_ = (long)(call); \
        printf("%s: %ld %s\n", label, r_, ename(errno)); } while (0)

/* Runs fn in a child and reports how the child ended. */
static void in_child(const char *what, void (*fn)(void *), void *arg)
{
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        fn(arg);
        _exit(0);
    }
    int st;
    waitpid(pid, &st, 0);
    if (WIFSIGNALED(st))
        printf("%s: child killed by signal %d\n", what, WTERMSIG(st));
    else
        printf("%s: child exited %d\n", what, WEXITSTATUS(st));
}

static void poke(void *p) { *(volatile char *)p = 1; }
static void peek(void *p) { (void)*(volatile char *)p; }

static void mmap_err(const char *what, void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
    errno = 0;
    void *p = mmap(addr, len, prot, flags, fd, off);
    printf("mmap %s: %s\n", what, p == MAP_FAILED ? ename(errno) : "mapped");
    if (p != MAP_FAILED) munmap(p, len);
}

int main(void)
{
    /* anonymous private memory */
    unsigned char *p = mmap(NULL, 3 * PG, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) { printf("mmap failed\n"); return 1; }
    printf("page aligned: %d\n", ((uintptr_t)p & (PG - 1)) == 0);
    int zero = 1;
    for (int i = 0; i < 3 * PG; i++) zero &= p[i] == 0;
    printf("zeroed: %d\n", zero);
    for (int i = 0; i < 3 * PG; i++) p[i] = (unsigned char)(i * 7);
    unsigned sum = 0;
    for (int i = 0; i < 3 * PG; i++) sum += p[i];
    printf("sum: %u\n", sum);

    /* mprotect: a read-only page still reads, a write kills */
    printf("mprotect ro: %d\n", mprotect(p + PG, PG, PROT_READ));
    printf("read ro page: %d\n", p[PG + 5]);
    in_child("write ro page", poke, p + PG);
    printf("mprotect rw: %d\n", mprotect(p + PG, PG, PROT_READ | PROT_WRITE));
    p[PG] = 9;
    printf("write after rw: %d\n", p[PG]);
    printf("mprotect none: %d\n", mprotect(p + PG, PG, PROT_NONE));
    in_child("read none page", peek, p + PG);

    /* munmap a hole, then touching it kills */
    printf("munmap middle: %d\n", munmap(p + PG, PG));
    in_child("read unmapped", peek, p + PG);
    /* (mprotect over the hole is ENOMEM on Linux, but qemu-arm says 0.) */
    TRY("munmap unaligned", munmap(p + 1, PG));
    TRY("munmap len 0", munmap(p, 0));
    TRY("mprotect unaligned", mprotect(p + 3, PG, PROT_READ));
    printf("munmap unmapped again: %d\n", munmap(p + PG, PG));

    /* MAP_FIXED replaces what was there */
    p[0] = 55;
    void *q = mmap(p, PG, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    printf("fixed same address: %d, old data gone: %d\n", q == (void *)p, p[0] == 0);
    /* (MAP_FIXED_NOREPLACE over a mapping is EEXIST on Linux; qemu-arm 7.2
     * treats it as a hint, so it is not compared here.) */
    munmap(p, 3 * PG);

    mmap_err("len 0", NULL, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    mmap_err("fixed unaligned", (void *)0x40001001, PG, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    mmap_err("no type", NULL, PG, PROT_READ, MAP_ANONYMOUS, -1, 0);
    mmap_err("bad fd", NULL, PG, PROT_READ, MAP_PRIVATE, 1234, 0);

    /* shared vs private anonymous memory across fork */
    volatile int *sh = mmap(NULL, PG, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    volatile int *pr = mmap(NULL, PG, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    *sh = 1;
    *pr = 1;
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        *sh = 42;
        *pr = 42;
        _exit(0);
    }
    waitpid(pid, NULL, 0);
    printf("after child: shared %d private %d\n", *sh, *pr);

    /* file mappings */
    int fd = open("mapfile", O_RDWR | O_CREAT | O_TRUNC, 0644);
    char buf[3 * PG];
    for (int i = 0; i < (int)sizeof buf; i++) buf[i] = 'a' + i % 26;
    write(fd, buf, sizeof buf);
    char *f = mmap(NULL, 2 * PG, PROT_READ, MAP_PRIVATE, fd, PG);
    printf("file map offset %d: %c%c%c last %c\n", PG, f[0], f[1], f[2], f[2 * PG - 1]);
    munmap(f, 2 * PG);
    f = mmap(NULL, PG, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
    f[0] = 'X';
    char c;
    pread(fd, &c, 1, 0);
    printf("private write reaches file: %d\n", c == 'X');
    munmap(f, PG);
    f = mmap(NULL, PG, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    f[1] = 'Y';
    printf("msync: %d\n", msync(f, PG, MS_SYNC));
    pread(fd, &c, 1, 1);
    printf("shared write reaches file: %d\n", c == 'Y');
    munmap(f, PG);
    int ro = open("mapfile", O_RDONLY);
    mmap_err("shared rw on read-only fd", NULL, PG, PROT_READ | PROT_WRITE, MAP_SHARED, ro, 0);
    mmap_err("unaligned offset", NULL, PG, PROT_READ, MAP_PRIVATE, ro, 100);
    close(ro);
    /* a mapping past the end of the file: the page beyond EOF gives SIGBUS */
    ftruncate(fd, 100);
    f = mmap(NULL, 2 * PG, PROT_READ, MAP_PRIVATE, fd, 0);
    printf("inside file: %c\n", f[5]);
    in_child("read past eof", peek, f + PG);
    munmap(f, 2 * PG);
    close(fd);

    /* mremap */
    char *m = mmap(NULL, 2 * PG, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    memset(m, 'm', 2 * PG);
    errno = 0;
    char *m2 = mremap(m, PG, 2 * PG, 0);
    printf("mremap grow into mapped page without MAYMOVE: %s\n", m2 == MAP_FAILED ? ename(errno) : "ok");
    m2 = mremap(m, 2 * PG, 64 * PG, MREMAP_MAYMOVE);
    int keep = 1;
    for (int i = 0; i < 2 * PG; i++) keep &= m2[i] == 'm';
    printf("mremap grow: %s, kept %d, tail zero %d\n", m2 == MAP_FAILED ? "failed" : "ok", keep,
           m2[64 * PG - 1] == 0);
    m2[64 * PG - 1] = 1;
    char *m3 = mremap(m2, 64 * PG, PG, 0);
    printf("mremap shrink in place: %d\n", m3 == m2);
    munmap(m3, PG);

    /* madvise(MADV_DONTNEED) drops private anonymous contents */
    m = mmap(NULL, PG, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    m[10] = 3;
    printf("madvise: %d, after: %d\n", madvise(m, PG, MADV_DONTNEED), m[10]);
    TRY("madvise unaligned", madvise(m + 1, PG, MADV_DONTNEED));
    munmap(m, PG);

    /* brk */
    char *b0 = sbrk(0);
    char *b1 = sbrk(100000);
    printf("sbrk grows: %d\n", b1 == b0);
    memset(b1, 1, 100000);
    char *b2 = sbrk(0);
    printf("break moved by: %ld\n", (long)(b2 - b0));
    sbrk(-100000);
    printf("break back: %d\n", sbrk(0) == b0);
    return 0;
}
