/* reference: native
 * /proc/self reached other ways than by its absolute name: openat and
 * readlinkat relative to a directory fd of /proc/self, /proc/<pid>,
 * /proc/thread-self and task/<tid>, a relative open after chdir into
 * /proc/self, and the exe link opened and read as a file. A forked child's
 * /proc/<pid>/exe and cmdline, read by its parent, name the child's program
 * and arguments. /proc/cpuinfo describes the machine the program was built
 * for. Prints properties that hold on the kernel the build targets, so the
 * native build is the reference. */
#define _GNU_SOURCE
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static const char *yes(int b) { return b ? "yes" : "no"; }

/* The whole file open on fd (NUL-terminated), closing fd; NULL if fd < 0. */
static char *slurp_fd(int fd, size_t *len) {
    if (fd < 0) return NULL;
    size_t cap = 4096, n = 0;
    char *b = malloc(cap + 1);
    for (;;) {
        if (n == cap) b = realloc(b, (cap *= 2) + 1);
        ssize_t k = read(fd, b + n, cap - n);
        if (k < 0 && errno == EINTR) continue;
        if (k <= 0) break;
        n += (size_t)k;
    }
    close(fd);
    b[n] = 0;
    if (len) *len = n;
    return b;
}

/* Does the maps text list addr in a line ending with name? */
static int maps_has(const char *maps, uintptr_t addr, const char *name) {
    for (const char *s = maps; s && *s;) {
        unsigned long lo, hi;
        const char *e = strchr(s, '\n');
        size_t n = e ? (size_t)(e - s) : strlen(s);
        if (sscanf(s, "%lx-%lx", &lo, &hi) == 2 && lo <= addr && addr < hi) {
            size_t k = strlen(name);
            return n >= k && !memcmp(s + n - k, name, k);
        }
        s = e ? e + 1 : NULL;
    }
    return 0;
}

static void check_dir(const char *dirname, const char *label) {
    int local = 0;
    int d = open(dirname, O_RDONLY | O_DIRECTORY);
    printf("%s: dir fd %s\n", label, yes(d >= 0));
    if (d < 0) return;
    char *maps = slurp_fd(openat(d, "maps", O_RDONLY), NULL);
    printf("  openat maps: readable %s, local variable in [stack] %s\n", yes(maps != NULL),
           yes(maps_has(maps, (uintptr_t)&local, "[stack]")));
    free(maps);
    size_t n;
    char *auxv = slurp_fd(openat(d, "auxv", O_RDONLY), &n);
    int pagesz = 0, entry = 0;
    for (size_t i = 0; auxv && i + 2 * sizeof(unsigned long) <= n; i += 2 * sizeof(unsigned long)) {
        unsigned long *w = (unsigned long *)(auxv + i);
        if (w[0] == AT_PAGESZ) pagesz = w[1] == getauxval(AT_PAGESZ);
        if (w[0] == AT_ENTRY) entry = w[1] == getauxval(AT_ENTRY);
    }
    printf("  openat auxv: AT_PAGESZ %s, AT_ENTRY %s\n", yes(pagesz), yes(entry));
    free(auxv);
    char *stat = slurp_fd(openat(d, "stat", O_RDONLY), NULL);
    char want[32];
    snprintf(want, sizeof want, "%d (", (int)getpid());
    printf("  openat stat: starts with the pid %s, names proc_at %s\n",
           yes(stat && !strncmp(stat, want, strlen(want))), yes(stat && strstr(stat, "(proc_at")));
    free(stat);
    char link[4096], exe[4096];
    ssize_t a = readlinkat(d, "exe", link, sizeof link - 1);
    ssize_t b = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (a >= 0) link[a] = 0;
    if (b >= 0) exe[b] = 0;
    printf("  readlinkat exe: agrees with /proc/self/exe %s\n", yes(a > 0 && a == b && !strcmp(link, exe)));
    close(d);
}

int main(int argc, char **argv) {
    char path[128];
    /* The child of the last check: it tells its parent it runs, then waits. */
    if (argc > 1 && !strcmp(argv[1], "child")) {
        if (write(1, "ready\n", 6) != 6) return 1;
        pause();
        return 0;
    }
    check_dir("/proc/self", "/proc/self");
    snprintf(path, sizeof path, "/proc/%d", (int)getpid());
    check_dir(path, "/proc/PID");
    check_dir("/proc/thread-self", "/proc/thread-self");
    snprintf(path, sizeof path, "/proc/self/task/%ld", (long)syscall(SYS_gettid));
    check_dir(path, "/proc/self/task/TID");

    /* A relative name after chdir. */
    char cwd[4096];
    if (!getcwd(cwd, sizeof cwd)) return 1;
    int ok = chdir("/proc/self") == 0;
    size_t n = 0;
    char *cmd = ok ? slurp_fd(open("cmdline", O_RDONLY), &n) : NULL;
    printf("chdir /proc/self, open cmdline: argv[0] %s\n", yes(cmd && n && !strcmp(cmd, argv[0])));
    free(cmd);
    char *maps = ok ? slurp_fd(open("./maps", O_RDONLY), NULL) : NULL;
    int local;
    printf("  ./maps has [stack]: %s\n", yes(maps_has(maps, (uintptr_t)&local, "[stack]")));
    free(maps);
    if (chdir(cwd)) return 1;

    /* An emulated file's descriptor link names it as the kernel does. */
    int fd = open("/proc/self/maps", O_RDONLY);
    char fdlink[64], target[256], want[64];
    snprintf(fdlink, sizeof fdlink, "/proc/self/fd/%d", fd);
    snprintf(want, sizeof want, "/proc/%d/maps", (int)getpid());
    ssize_t tl = readlink(fdlink, target, sizeof target - 1);
    if (tl >= 0) target[tl] = 0;
    printf("/proc/self/fd/N of /proc/self/maps names /proc/PID/maps: %s\n", yes(tl > 0 && !strcmp(target, want)));
    close(fd);

    /* The exe link opened: the program's own ELF header. */
    size_t len;
    char *elf = slurp_fd(open("/proc/self/exe", O_RDONLY), &len);
    Elf32_Ehdr *h = (Elf32_Ehdr *)elf;
#if defined(__arm__)
    int machine = EM_ARM;
#else
    int machine = EM_X86_64;
#endif
    printf("/proc/self/exe read: ELF %s, machine of this build %s\n",
           yes(elf && len > 64 && !memcmp(elf, ELFMAG, SELFMAG)), yes(elf && h->e_machine == machine));
    free(elf);
    int d = open("/proc/self", O_RDONLY | O_DIRECTORY);
    elf = slurp_fd(openat(d, "exe", O_RDONLY), &len);
    printf("openat exe: ELF %s\n", yes(elf && len > 64 && !memcmp(elf, ELFMAG, SELFMAG)));
    free(elf);
    close(d);

    /* A child that execs this program again: its exe and cmdline, read by
     * the parent while the child waits in pause(). */
    char self[4096];
    ssize_t sl = readlink("/proc/self/exe", self, sizeof self - 1);
    if (sl <= 0) return 1;
    self[sl] = 0;
    int p[2];
    if (pipe(p)) return 1;
    pid_t pid = fork();
    if (pid == 0) {
        close(p[0]);
        dup2(p[1], 1);
        execl("/proc/self/exe", "proc_at", "child", "x y", (char *)NULL);
        _exit(127);
    }
    close(p[1]);
    char ready[8];
    if (read(p[0], ready, sizeof ready) != 6) return 1;
    char link[4096];
    snprintf(path, sizeof path, "/proc/%d/exe", (int)pid);
    ssize_t a = readlink(path, link, sizeof link - 1);
    if (a >= 0) link[a] = 0;
    printf("child's exe: names this program %s\n", yes(a == sl && !strcmp(link, self)));
    snprintf(path, sizeof path, "/proc/%d/cmdline", (int)pid);
    char *c = slurp_fd(open(path, O_RDONLY), &n);
    printf("child's cmdline: %s\n",
           yes(c && n == sizeof "proc_at\0child\0x y" && !memcmp(c, "proc_at\0child\0x y", n)));
    free(c);
    snprintf(path, sizeof path, "/proc/%d", (int)pid);
    d = open(path, O_RDONLY | O_DIRECTORY);
    a = readlinkat(d, "exe", link, sizeof link - 1);
    if (a >= 0) link[a] = 0;
    printf("child's exe through a dir fd: %s\n", yes(a == sl && !strcmp(link, self)));
    close(d);
    kill(pid, SIGTERM);
    int st;
    waitpid(pid, &st, 0);
    printf("child killed by SIGTERM: %s\n", yes(WIFSIGNALED(st) && WTERMSIG(st) == SIGTERM));

    /* /proc/cpuinfo: an ARMv7 with the features armlet implements on ARM. */
    char *ci = slurp_fd(open("/proc/cpuinfo", O_RDONLY), NULL);
#if defined(__arm__)
    const char *feat = ci ? strstr(ci, "Features") : NULL;
    ok = ci && strstr(ci, "ARMv7") && strstr(ci, "CPU architecture: 7") && feat &&
         strstr(feat, " neon ") && strstr(feat, " vfpv3 ") && strstr(feat, " tls ") &&
         strstr(feat, " idiva ") && strstr(feat, " vfpv4 ");
#else
    ok = ci && strstr(ci, "processor") != NULL;
#endif
    printf("/proc/cpuinfo describes this build's machine: %s\n", yes(ok));
    free(ci);
    return 0;
}
