/* args: first 'two words' ''
 * The /proc files a program reads about itself. Their exact content differs
 * between emulators (each lists its own layout; qemu-arm 7.2 shows the
 * host's /proc/cpuinfo), so this prints properties that hold for the ARM
 * kernel and for any faithful emulation: the maps line of a local variable
 * says [stack], main's line is executable and names the program, auxv
 * agrees with getauxval, cmdline is argv, stat parses. */
#define _GNU_SOURCE
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *yes(int b) { return b ? "yes" : "no"; }

/* The whole file (NUL-terminated), its length in *len; NULL if unreadable. */
static char *slurp(const char *path, size_t *len) {
    int fd = open(path, O_RDONLY);
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

struct line {
    unsigned long lo, hi;
    char perms[5];
    unsigned long long off;
    char name[512];
};

/* The maps line whose range holds addr; 0 if none. */
static int find_map(const char *maps, unsigned long addr, struct line *out) {
    for (const char *s = maps; *s;) {
        const char *e = strchr(s, '\n');
        size_t n = e ? (size_t)(e - s) : strlen(s);
        char l[1024];
        if (n >= sizeof l) n = sizeof l - 1;
        memcpy(l, s, n);
        l[n] = 0;
        struct line m = {0};
        int used = 0;
        if (sscanf(l, "%lx-%lx %4s %llx %*x:%*x %*u %n", &m.lo, &m.hi, m.perms, &m.off, &used) >= 4 &&
            m.lo <= addr && addr < m.hi) {
            const char *name = used ? l + used : "";
            while (*name == ' ')
                name++;
            snprintf(m.name, sizeof m.name, "%s", name);
            *out = m;
            return 1;
        }
        s += n;
        if (*s == '\n') s++;
    }
    return 0;
}

static int well_formed(const char *maps) {
    int lines = 0;
    unsigned long prev = 0;
    for (const char *s = maps; *s; lines++) {
        unsigned long lo, hi;
        char perms[5];
        if (sscanf(s, "%lx-%lx %4s", &lo, &hi, perms) != 3) return 0;
        if (lo >= hi || lo < prev || lo % 4096 || hi % 4096) return 0;
        if (strlen(perms) != 4 || !strchr("r-", perms[0]) || !strchr("w-", perms[1]) ||
            !strchr("x-", perms[2]) || !strchr("ps", perms[3]))
            return 0;
        prev = hi;
        s = strchr(s, '\n');
        if (!s) return 0;
        s++;
    }
    return lines > 0;
}

static void check_maps(const char *path, const char *exe) {
    char *maps = slurp(path, NULL);
    printf("%s readable: %s\n", path, yes(maps != NULL));
    if (!maps) return;
    printf("  well formed, ascending: %s\n", yes(well_formed(maps)));

    int local = 0;
    struct line m;
    int found = find_map(maps, (unsigned long)&local, &m);
    printf("  local variable: found %s, [stack] %s, rw %s\n", yes(found),
           yes(found && !strcmp(m.name, "[stack]")), yes(found && !strncmp(m.perms, "rw", 2)));

    found = find_map(maps, (unsigned long)(uintptr_t)&check_maps & ~1ul, &m);
    printf("  code: found %s, r-xp %s, names the program %s\n", yes(found),
           yes(found && !strcmp(m.perms, "r-xp")), yes(found && exe && !strcmp(m.name, exe)));

    void *small = malloc(32);
    found = find_map(maps, (unsigned long)small, &m);
    /* This maps was read before the malloc: allocate, then read again. */
    char *again = slurp(path, NULL);
    found = again && find_map(again, (unsigned long)small, &m);
    printf("  malloc'd block: found %s, rw-p %s\n", yes(found), yes(found && !strcmp(m.perms, "rw-p")));
    free(small);
    free(again);

    char *anon = mmap(NULL, 3 * 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    again = slurp(path, NULL);
    found = again && find_map(again, (unsigned long)anon + 4096, &m);
    printf("  mmap'd anonymous: found %s, r--p %s, unnamed %s\n", yes(found),
           yes(found && !strcmp(m.perms, "r--p")), yes(found && !m.name[0]));
    mprotect(anon + 4096, 4096, PROT_READ | PROT_WRITE);
    free(again);
    again = slurp(path, NULL);
    struct line a, b, c;
    found = again && find_map(again, (unsigned long)anon, &a) &&
            find_map(again, (unsigned long)anon + 4096, &b) &&
            find_map(again, (unsigned long)anon + 8192, &c);
    printf("  after mprotect of the middle page: %s %s %s, middle one page %s\n",
           found ? a.perms : "?", found ? b.perms : "?", found ? c.perms : "?",
           yes(found && b.hi - b.lo == 4096));
    munmap(anon, 3 * 4096);
    free(again);
    again = slurp(path, NULL);
    printf("  gone after munmap: %s\n", yes(again && !find_map(again, (unsigned long)anon + 4096, &m)));
    free(again);

    /* A file mapping names its file and its offset. */
    if (exe) {
        int fd = open(exe, O_RDONLY);
        char *fm = fd >= 0 ? mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, fd, 4096) : MAP_FAILED;
        again = slurp(path, NULL);
        found = fm != MAP_FAILED && again && find_map(again, (unsigned long)fm, &m);
        printf("  file mapping: found %s, r--p %s, offset 0x%llx, names the file %s\n", yes(found),
               yes(found && !strcmp(m.perms, "r--p")), found ? m.off : 0ull,
               yes(found && !strcmp(m.name, exe)));
        if (fm != MAP_FAILED) munmap(fm, 4096);
        if (fd >= 0) close(fd);
        free(again);
    }
    free(maps);
}

static void check_auxv(void) {
    size_t n;
    char *buf = slurp("/proc/self/auxv", &n);
    printf("/proc/self/auxv readable: %s, whole entries: %s\n", yes(buf != NULL), yes(buf && n % 8 == 0));
    if (!buf) return;
    uint32_t *w = (uint32_t *)buf;
    int null_last = 0, pagesz = 0, entry = 0, hwcap = 0;
    for (size_t i = 0; i + 1 < n / 4; i += 2) {
        if (w[i] == AT_NULL) null_last = i + 2 == n / 4;
        if (w[i] == AT_PAGESZ) pagesz = w[i + 1] == 4096;
        if (w[i] == AT_ENTRY) entry = w[i + 1] == getauxval(AT_ENTRY);
        if (w[i] == AT_HWCAP) hwcap = w[i + 1] == getauxval(AT_HWCAP);
    }
    printf("  ends with AT_NULL: %s, AT_PAGESZ 4096: %s, AT_ENTRY as getauxval: %s, "
           "AT_HWCAP as getauxval: %s\n",
           yes(null_last), yes(pagesz), yes(entry), yes(hwcap));
    free(buf);
}

static void check_cmdline(int argc, char **argv) {
    size_t n;
    char *buf = slurp("/proc/self/cmdline", &n);
    printf("/proc/self/cmdline readable: %s\n", yes(buf != NULL));
    if (!buf) return;
    size_t want = 0;
    for (int i = 0; i < argc; i++)
        want += strlen(argv[i]) + 1;
    int same = n == want;
    size_t at = 0;
    for (int i = 0; same && i < argc; i++) {
        same = !strcmp(buf + at, argv[i]);
        at += strlen(argv[i]) + 1;
    }
    printf("  argv joined by NULs: %s (%zu bytes after argv[0])\n", yes(same),
           argc ? n - strlen(argv[0]) - 1 : n);
    free(buf);
}

static void check_stat(const char *argv0) {
    char *buf = slurp("/proc/self/stat", NULL);
    printf("/proc/self/stat readable: %s\n", yes(buf != NULL));
    if (!buf) return;
    int pid = 0, ppid = 0;
    char state = 0;
    char *open = strchr(buf, '('), *close = strrchr(buf, ')');
    int parsed = open && close && sscanf(buf, "%d", &pid) == 1 &&
                 sscanf(close + 1, " %c %d", &state, &ppid) == 2;
    /* (qemu-arm shows 0 for the state) */
    printf("  parses: %s, pid %s, ppid %s\n", yes(parsed), yes(pid == getpid()), yes(ppid == getppid()));
    if (parsed) {
        /* comm: the program's name, cut to 15 characters. */
        const char *base = strrchr(argv0, '/');
        base = base ? base + 1 : argv0;
        printf("  comm is the program's name: %s\n",
               yes((size_t)(close - open - 1) == strnlen(base, 15) &&
                   !strncmp(open + 1, base, close - open - 1)));
        /* Field 28, startstack, lies in the stack. */
        char *s = close + 1; /* the space before field 3 */
        unsigned long long v = 0;
        int field = 3;
        while (field < 28 && s) {
            s = strchr(s + 1, ' ');
            field++;
        }
        if (s) v = strtoull(s + 1, NULL, 10);
        char *maps = slurp("/proc/self/maps", NULL);
        struct line m;
        printf("  startstack in [stack]: %s\n",
               yes(s && maps && find_map(maps, (unsigned long)v, &m) && !strcmp(m.name, "[stack]")));
        free(maps);
    }
    free(buf);
}

/* qemu-arm 7.2 passes /proc/cpuinfo through from the host: only check what
 * either gives, and that an ARM "Features" line, if any, is AT_HWCAP. */
static void check_cpuinfo(void) {
    static const char *const names[] = {
        "swp", "half", "thumb", "26bit", "fastmult", "fpa", "vfp", "edsp",
        "java", "iwmmxt", "crunch", "thumbee", "neon", "vfpv3", "vfpv3d16", "tls",
        "vfpv4", "idiva", "idivt", "vfpd32", "lpae", "evtstrm",
    };
    char *buf = slurp("/proc/cpuinfo", NULL);
    printf("/proc/cpuinfo readable: %s\n", yes(buf != NULL));
    if (!buf) return;
    int procs = 0, consistent = 1;
    unsigned long hw = getauxval(AT_HWCAP);
    for (char *s = buf; s && *s;) {
        char *e = strchr(s, '\n');
        if (e) *e = 0;
        if (!strncmp(s, "processor", 9)) procs++;
        if (!strncmp(s, "Features", 8)) {
            unsigned long seen = 0;
            char *colon = strchr(s, ':'), *save, *tok;
            for (tok = colon ? strtok_r(colon + 1, " ", &save) : NULL; tok; tok = strtok_r(NULL, " ", &save))
                for (unsigned j = 0; j < sizeof names / sizeof *names; j++)
                    if (!strcmp(tok, names[j])) seen |= 1ul << j;
            if (seen != hw || !(seen & (1 << 12)) != !(hw & HWCAP_ARM_NEON)) consistent = 0;
        }
        s = e ? e + 1 : NULL;
    }
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    printf("  one processor entry per online CPU: %s\n", yes(procs == n));
    printf("  Features (if any) exactly AT_HWCAP: %s\n", yes(consistent));
    free(buf);
}

int main(int argc, char **argv) {
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) exe[n] = 0;
    char own[64], thread[64];
    snprintf(own, sizeof own, "/proc/%d/maps", (int)getpid());
    snprintf(thread, sizeof thread, "/proc/thread-self/maps");
    check_maps("/proc/self/maps", n > 0 ? exe : NULL);
    /* The same content under the other names; print only the verdicts. */
    char *a = slurp("/proc/self/maps", NULL), *b = slurp(own, NULL), *c = slurp(thread, NULL);
    printf("/proc/<pid>/maps and /proc/thread-self/maps readable: %s %s\n", yes(b != NULL), yes(c != NULL));
    free(a), free(b), free(c);

    int fd = open("/proc/self/maps", O_RDONLY);
    struct stat st;
    printf("maps: fstat regular: %s, lseek back: %s\n",
           yes(fd >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode)),
           yes(fd >= 0 && lseek(fd, 0, SEEK_SET) == 0));
    if (fd >= 0) close(fd);

    check_auxv();
    check_cmdline(argc, argv);
    check_stat(argv[0]);
    check_cpuinfo();
    return 0;
}
