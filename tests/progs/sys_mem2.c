/* reference: native (qemu-arm 7.2 gets mlock2, msync and mprotect on holes wrong)
 * sys_mem2.c: memory syscalls beyond sys_mmap.c: mincore on mapped,
 * unmapped and partly resident ranges, mlock/munlock/mlock2,
 * msync flags, mremap growing, shrinking and moving (contents kept),
 * mprotect changes seen by a child, and memfd_create with sealing. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#define TRY(label, call) do { errno = 0; long r_ = (long)(call); \
        printf("%s: %ld %s\n", label, r_, r_ < 0 ? strerrorname_np(errno) : "ok"); } while (0)

#define PG 4096

static void in_child(const char *what, void (*fn)(char *), char *p)
{
    pid_t pid = fork();
    if (pid == 0) {
        fn(p);
        _exit(0);
    }
    int st;
    waitpid(pid, &st, 0);
    printf("%s: %s %d\n", what, WIFSIGNALED(st) ? "signal" : "exit", WIFSIGNALED(st) ? WTERMSIG(st) : WEXITSTATUS(st));
}

static void poke(char *p) { *(volatile char *)p = 1; }

int main(void)
{
    unsigned char vec[8];
    setvbuf(stdout, NULL, _IONBF, 0);

    char *m = mmap(NULL, 4 * PG, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    m[0] = 1;
    m[2 * PG] = 1;
    memset(vec, 0xee, sizeof vec);
    TRY("mincore", mincore(m, 4 * PG, vec));
    printf("  resident: %d %d %d %d untouched: %d\n", vec[0] & 1, vec[1] & 1, vec[2] & 1, vec[3] & 1, vec[4]);
    TRY("mincore unaligned", mincore(m + 1, PG, vec));
    munmap(m + 3 * PG, PG);
    TRY("mincore with hole", mincore(m, 4 * PG, vec));
    TRY("mincore bad vec", mincore(m, PG, (unsigned char *)8));

    TRY("mlock", mlock(m, PG));
    TRY("munlock", munlock(m, PG));
    TRY("mlock2 onfault", mlock2(m, 2 * PG, MLOCK_ONFAULT));
    TRY("munlock", munlock(m, 2 * PG));
    TRY("mlock2 bad flags", mlock2(m, PG, 0x100));

    TRY("msync sync", msync(m, PG, MS_SYNC));
    TRY("msync bad flags", msync(m, PG, MS_SYNC | MS_ASYNC));
    TRY("msync unaligned", msync(m + 1, PG, MS_SYNC));
    TRY("msync unmapped", msync(m + 3 * PG, PG, MS_ASYNC));

    /* mremap: grow in place or move, keeping the bytes. */
    strcpy(m, "keep me");
    strcpy(m + 2 * PG, "second page");
    char *r = mremap(m, 3 * PG, 16 * PG, MREMAP_MAYMOVE);
    printf("mremap grow: %s \"%s\" \"%s\" tail zero=%d\n", r == MAP_FAILED ? strerrorname_np(errno) : "ok", r,
           r + 2 * PG, r[15 * PG] == 0);
    r[15 * PG] = 5;
    char *s = mremap(r, 16 * PG, PG, 0);
    printf("mremap shrink: %s same=%d \"%s\"\n", s == MAP_FAILED ? strerrorname_np(errno) : "ok", s == r, s);
    in_child("touch after shrink", poke, s + PG);
    char *t = mmap(NULL, 8 * PG, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap(t, 8 * PG);
    char *u = mremap(s, PG, 2 * PG, MREMAP_MAYMOVE | MREMAP_FIXED, t + 2 * PG);
    printf("mremap fixed: %s at=%d \"%s\"\n", u == MAP_FAILED ? strerrorname_np(errno) : "ok", u == t + 2 * PG, u);
    in_child("touch old place", poke, s);
    errno = 0;
    printf("mremap no move: %s\n", mremap(u, 2 * PG, 0x40000000, 0) == MAP_FAILED ? strerrorname_np(errno) : "ok");
    errno = 0;
    printf("mremap bad flags: %s\n", mremap(u, PG, PG, MREMAP_FIXED) == MAP_FAILED ? strerrorname_np(errno) : "ok");

    /* mprotect. */
    TRY("mprotect ro", mprotect(u, PG, PROT_READ));
    in_child("write ro page", poke, u);
    in_child("write rw page", poke, u + PG);
    TRY("mprotect rw", mprotect(u, PG, PROT_READ | PROT_WRITE));
    in_child("write again", poke, u);
    TRY("mprotect bad prot", mprotect(u, PG, 0x100));
    munmap(u, 2 * PG);
    TRY("mprotect unmapped", mprotect(u, PG, PROT_READ));

    /* memfd_create with seals; a shared mapping sees writes through the fd. */
    int fd = memfd_create("armlet-test", MFD_CLOEXEC | MFD_ALLOW_SEALING);
    printf("memfd_create: %s cloexec=%d\n", fd >= 0 ? "ok" : strerrorname_np(errno), (fcntl(fd, F_GETFD) & FD_CLOEXEC) != 0);
    TRY("ftruncate", ftruncate(fd, 2 * PG));
    char *sh = mmap(NULL, 2 * PG, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    pwrite(fd, "via fd", 6, PG);
    printf("mapped sees: \"%s\"\n", sh + PG);
    strcpy(sh, "via map");
    char buf[16] = {0};
    pread(fd, buf, 7, 0);
    printf("fd sees: \"%s\"\n", buf);
    munmap(sh, 2 * PG);
    TRY("F_ADD_SEALS", fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW));
    TRY("F_GET_SEALS", fcntl(fd, F_GET_SEALS));
    TRY("ftruncate sealed", ftruncate(fd, PG));
    char path[64];
    snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
    char link[128] = {0};
    readlink(path, link, sizeof link - 1);
    printf("memfd name: %.18s\n", link);
    TRY("memfd_create bad flags", memfd_create("x", 0x1000));
    close(fd);
    return 0;
}
