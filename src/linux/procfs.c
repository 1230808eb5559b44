/* The /proc files programs read about themselves, as the 32-bit ARM kernel
 * would show them for the guest rather than for armlet: maps, auxv,
 * cmdline, environ and stat of the own process, and /proc/cpuinfo for the
 * CPU armlet claims. Opening one generates its whole content into an
 * anonymous file (memfd), so read, lseek, fstat and mmap need nothing more.
 *
 * maps is built from the page-flag table plus a small table of the ranges
 * that map files (recorded by the loader and mmap); everything else comes
 * from facts noted at start-up or from the host's own files.
 *
 * File names are shown as the guest sees them: a file inside the sysroot
 * (-L) without the sysroot's prefix, as on an ARM machine whose root it is.
 * /proc/PID/exe and /proc/PID/cmdline of *other* guest processes (each one
 * a host armlet process) are made right on the host side, see
 * procfs_note_stack. */
#define _GNU_SOURCE
#include "linux/procfs.h"
#include "linux/sys.h"

#include <elf.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/stat.h>
#include <sys/sysinfo.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "loader/loader.h"

/* ---- host paths as the guest sees them ---- */

/* The sysroot's real path ("" if none, or if it is "/"): what realpath and
 * readlink of /proc/self/fd/N put in front of a file inside it. */
static const char *sysroot_real(void) {
    static char real[PATH_MAX];
    static const char *from = (const char *)-1;
    if (from != opts.sysroot) { /* set once at start-up, in practice */
        from = opts.sysroot;
        real[0] = 0;
        if (opts.sysroot && realpath(opts.sysroot, real) && !strcmp(real, "/")) real[0] = 0;
    }
    return real;
}

/* host, without the sysroot's prefix when it lies inside the sysroot. */
static const char *guest_view(const char *host) {
    const char *root = sysroot_real();
    size_t k = strlen(root);
    if (k && !strncmp(host, root, k) && host[k] == '/') return host + k;
    return host;
}

/* ---- the table of named (file or shared anonymous) ranges ---- */

struct named {
    uint32_t start;
    uint64_t end; /* exclusive */
    uint64_t off; /* file offset at start */
    uint64_t ino;
    uint32_t major, minor;
    int shared;
    char *name;
};

/* Sorted by start, never overlapping. Threads may mmap while another reads
 * maps, hence the lock. */
static struct named *ranges;
static size_t nranges, capranges;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

void procfs_fork_child(void) { pthread_mutex_init(&lock, NULL); }

static int insert_at(size_t i, const struct named *r) {
    if (nranges == capranges) {
        size_t cap = capranges ? 2 * capranges : 64;
        struct named *p = realloc(ranges, cap * sizeof *p);
        if (!p) return -1;
        ranges = p, capranges = cap;
    }
    memmove(&ranges[i + 1], &ranges[i], (nranges - i) * sizeof *ranges);
    ranges[i] = *r;
    nranges++;
    return 0;
}

/* Removes [a, e) from the table, trimming or splitting what overlaps. */
static void clear_range(uint64_t a, uint64_t e) {
    for (size_t i = 0; i < nranges;) {
        struct named *r = &ranges[i];
        if (r->end <= a || r->start >= e) {
            i++;
            continue;
        }
        if (r->start < a && r->end > e) { /* split in two */
            struct named tail = *r;
            tail.name = strdup(r->name);
            if (!tail.name) return;
            tail.off += e - r->start;
            tail.start = (uint32_t)e;
            r->end = a;
            insert_at(i + 1, &tail);
            return;
        }
        if (r->start < a) {
            r->end = a;
            i++;
        } else if (r->end > e) {
            r->off += e - r->start;
            r->start = (uint32_t)e;
            i++;
        } else {
            free(r->name);
            memmove(r, r + 1, (nranges - i - 1) * sizeof *r);
            nranges--;
        }
    }
}

static void add_range(const struct named *r) {
    size_t i = 0;
    while (i < nranges && ranges[i].start < r->start)
        i++;
    if (insert_at(i, r) < 0) free(r->name);
}

void procfs_map_file(uint32_t addr, uint64_t len, int fd, uint64_t off, int shared) {
    char link[64], name[4096];
    struct stat st;
    struct named r = {.start = addr, .end = (uint64_t)addr + len, .off = off, .shared = shared};
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, name, sizeof name - 1);
    if (fstat(fd, &st) == 0) {
        r.ino = st.st_ino;
        r.major = major(st.st_dev);
        r.minor = minor(st.st_dev);
    }
    r.name = n > 0 ? strndup(name, (size_t)n) : NULL;
    pthread_mutex_lock(&lock);
    clear_range(r.start, r.end);
    if (r.name) add_range(&r);
    pthread_mutex_unlock(&lock);
}

void procfs_map_anon(uint32_t addr, uint64_t len, int shared) {
    pthread_mutex_lock(&lock);
    clear_range(addr, (uint64_t)addr + len);
    if (shared) {
        /* The kernel backs shared anonymous memory with a deleted shmem file. */
        struct named r = {.start = addr, .end = (uint64_t)addr + len, .minor = 1,
                          .shared = 1, .name = strdup("/dev/zero (deleted)")};
        if (r.name) add_range(&r);
    }
    pthread_mutex_unlock(&lock);
}

void procfs_map_move(uint32_t old, uint64_t old_len, uint32_t dst, uint64_t new_len) {
    uint64_t old_end = (uint64_t)old + old_len;
    pthread_mutex_lock(&lock);
    /* Copies of what overlapped the old range, clipped and moved. */
    size_t n = 0;
    struct named *moved = malloc((nranges + 1) * sizeof *moved);
    if (!moved) goto out;
    for (size_t i = 0; i < nranges; i++) {
        struct named r = ranges[i];
        if (r.end <= old || r.start >= old_end) continue;
        if (r.start < old) r.off += old - r.start, r.start = old;
        if (r.end > old_end) r.end = old_end;
        /* A grown mapping extends the one that ended at the old end. */
        if (r.end == old_end && new_len > old_len) r.end += new_len - old_len;
        r.start = r.start - old + dst;
        r.end = r.end - old + dst;
        if (r.end > (uint64_t)dst + new_len) r.end = (uint64_t)dst + new_len;
        if (r.start >= r.end) continue;
        r.name = strdup(r.name);
        if (r.name) moved[n++] = r;
    }
    clear_range(old, old_end);
    clear_range(dst, (uint64_t)dst + new_len);
    for (size_t i = 0; i < n; i++)
        add_range(&moved[i]);
    free(moved);
out:
    pthread_mutex_unlock(&lock);
}

/* ---- facts from start-up ---- */

static uint32_t saved_auxv[64];
static uint32_t auxv_len, start_sp, arg_start, arg_end, env_start, env_end;

/* Another guest process is a host armlet process: its host /proc/PID/exe
 * names armlet. So that a guest can still find that process's program,
 * each armlet maps one page of an empty memfd named after its guest
 * program; the name shows in the host's /proc/PID/maps, which the reader
 * (with the same permission that /proc/PID/exe needs) scans for it. A
 * fork inherits the mapping, an execve drops it: the same life as exe.
 * Nothing the guest can see or close (no fd, no environment variable). */
#define EXE_MARK "armlet-exe:"
/* The memfds that hold emulated files: "armlet-proc:/proc/PID/maps". */
#define PROC_MARK "armlet-proc:"

static void mark_exe(void) {
    char name[256];
    if (!opts.prog_abs || opts.prog_abs[0] != '/') return;
    if ((size_t)snprintf(name, sizeof name, EXE_MARK "%s", opts.prog_abs) >= 250) return; /* memfd name limit */
    int fd = memfd_create(name, MFD_CLOEXEC);
    if (fd < 0) return;
    void *p = mmap(NULL, 4096, PROT_NONE, MAP_SHARED, fd, 0);
    (void)p; /* kept for the life of the process image */
    close(fd);
}

/* The guest program of host process pid, from its marker mapping, into out
 * (host path); 0, or -1 if pid is no guest process (or cannot be read). */
static int other_exe(long pid, char *out, size_t size) {
    char path[64], *line = NULL;
    size_t cap = 0;
    int found = -1;
    snprintf(path, sizeof path, "/proc/%ld/maps", pid);
    FILE *f = fopen(path, "re");
    if (!f) return -1;
    while (found < 0 && getline(&line, &cap, f) > 0) {
        char *m = strstr(line, "/memfd:" EXE_MARK);
        if (!m) continue;
        m += strlen("/memfd:" EXE_MARK);
        size_t n = strcspn(m, "\n");
        if (n > 10 && !strncmp(m + n - 10, " (deleted)", 10)) n -= 10;
        if (n < size) {
            memcpy(out, m, n);
            out[n] = 0;
            found = 0;
        }
    }
    free(line);
    fclose(f);
    return found;
}

/* Makes the host's /proc/PID/cmdline and environ of this process read the
 * guest's argv and envp strings (in the guest window), so that other
 * processes (guest or host: ps, pgrep) see the guest's command line, as
 * this process's own /proc/self/cmdline does. PR_SET_MM_MAP sets all the
 * fields at once and needs no privilege; the others keep their values.
 * Without CONFIG_CHECKPOINT_RESTORE it fails and the host's view stays. */
static void show_guest_args(void) {
    char line[2048];
    FILE *f = fopen("/proc/self/stat", "re");
    if (!f) return;
    size_t n = fread(line, 1, sizeof line - 1, f);
    fclose(f);
    line[n] = 0;
    char *s = strrchr(line, ')');
    if (!s || arg_start >= arg_end) return;
    unsigned long long v[53] = {0};
    char *save, *tok = strtok_r(s + 1, " \n", &save);
    for (int field = 3; tok && field < 53; field++, tok = strtok_r(NULL, " \n", &save))
        v[field] = strtoull(tok, NULL, 10);
    struct prctl_mm_map m = {
        .start_code = v[26], .end_code = v[27], .start_data = v[45], .end_data = v[46],
        .start_brk = v[47], .brk = (uint64_t)syscall(SYS_brk, 0), .start_stack = v[28],
        .arg_start = (uintptr_t)g2h(arg_start), .arg_end = (uintptr_t)g2h(arg_end),
        .env_start = (uintptr_t)g2h(env_start), .env_end = (uintptr_t)g2h(env_end),
        .exe_fd = (uint32_t)-1,
    };
    if (env_start >= env_end) m.env_start = m.env_end = m.arg_end;
    prctl(PR_SET_MM, PR_SET_MM_MAP, (unsigned long)&m, sizeof m, 0);
}

void procfs_note_stack(const uint32_t *auxv, uint32_t auxv_bytes, uint32_t sp, uint32_t a0,
                       uint32_t a1, uint32_t e0, uint32_t e1, const char *execfn) {
    uint32_t n = 0;
    /* Up to and including AT_NULL, as the kernel's saved_auxv. */
    while (n + 2 <= sizeof saved_auxv / 4 && (n + 2) * 4 <= auxv_bytes) {
        saved_auxv[n] = auxv[n], saved_auxv[n + 1] = auxv[n + 1];
        n += 2;
        if (auxv[n - 2] == AT_NULL) break;
    }
    auxv_len = n * 4;
    start_sp = sp, arg_start = a0, arg_end = a1, env_start = e0, env_end = e1;
    /* The task's comm is the basename of what execve was given: make the
     * host thread's name say so, so that /proc/self/stat and status,
     * PR_GET_NAME and host tools (ps) all see the guest's name. */
    const char *base = strrchr(execfn, '/');
    base = base ? base + 1 : execfn;
    char comm[16];
    snprintf(comm, sizeof comm, "%s", base);
    prctl(PR_SET_NAME, comm);
    sysroot_real(); /* now, before any thread can ask */
    mark_exe();
    show_guest_args();
}

/* ---- output buffer ---- */

struct buf {
    char *p;
    size_t n, cap;
    int oom;
};

static void bput(struct buf *b, const void *s, size_t n) {
    if (b->oom) return;
    if (b->n + n > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < b->n + n)
            cap *= 2;
        char *p = realloc(b->p, cap);
        if (!p) {
            b->oom = 1;
            return;
        }
        b->p = p, b->cap = cap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
}

static void bprintf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void bprintf(struct buf *b, const char *fmt, ...) {
    char tmp[512];
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (k > 0) bput(b, tmp, (size_t)k < sizeof tmp ? (size_t)k : sizeof tmp - 1);
}

/* Guest memory [a, e) as far as it is readable (the kernel reads the
 * process's own memory the same way). */
static void put_guest(struct buf *b, uint32_t a, uint32_t e) {
    while (a < e) {
        uint32_t room = GUEST_PAGE - a % GUEST_PAGE;
        if (room > e - a) room = e - a;
        if (!mem_check(a, room, PG_R)) return;
        bput(b, g2h(a), room);
        a += room;
    }
}

/* ---- generators ---- */

static const struct named *range_at(uint32_t addr, size_t *cursor) {
    while (*cursor < nranges && ranges[*cursor].end <= addr)
        (*cursor)++;
    if (*cursor < nranges && ranges[*cursor].start <= addr) return &ranges[*cursor];
    return NULL;
}

/* Same file (or both anonymous), and the file offset runs on: the kernel
 * would have merged the two areas into one. */
static int continues(const struct named *r, uint32_t start, const struct named *s, uint32_t at) {
    if (r == s) return 1;
    if (!r || !s) return 0;
    return r->ino == s->ino && r->major == s->major && r->minor == s->minor &&
           r->shared == s->shared && !strcmp(r->name, s->name) &&
           s->off + (at - s->start) == r->off + (start - r->start) + (at - start);
}

static void put_name(struct buf *b, const char *s) {
    for (; *s; s++) {
        if (*s == '\n') bput(b, "\\012", 4); /* seq_file_path escapes newlines */
        else bput(b, s, 1);
    }
}

#define PG_KEY (PG_R | PG_W | PG_X | PG_STACK | PG_HEAP | PG_KUSER)

static void gen_maps(struct buf *b, const char *dir) {
    size_t cursor = 0;
    pthread_mutex_lock(&lock);
    for (uint64_t p = 0; p < GUEST_PAGES;) {
        uint8_t f = mem_pages[p];
        if (!(f & PG_MAPPED)) {
            p++;
            continue;
        }
        uint32_t start = (uint32_t)(p * GUEST_PAGE);
        const struct named *r = range_at(start, &cursor);
        uint64_t q = p + 1;
        while (q < GUEST_PAGES && (mem_pages[q] & PG_MAPPED) && (mem_pages[q] & PG_KEY) == (f & PG_KEY)) {
            size_t c = cursor;
            const struct named *s = range_at((uint32_t)(q * GUEST_PAGE), &c);
            if (!continues(r, start, s, (uint32_t)(q * GUEST_PAGE))) break;
            cursor = c;
            q++;
        }
        const char *name = f & PG_STACK  ? "[stack]"
                           : f & PG_HEAP  ? "[heap]"
                           : f & PG_KUSER ? "[vectors]"
                           : r            ? r->name
                                          : NULL;
        size_t line = b->n;
        bprintf(b, "%08x-%08llx %c%c%c%c %08llx %02x:%02x %llu ", start,
                (unsigned long long)(q * GUEST_PAGE), f & PG_R ? 'r' : '-', f & PG_W ? 'w' : '-',
                f & PG_X ? 'x' : '-', r && r->shared ? 's' : 'p',
                (unsigned long long)(r ? r->off + (start - r->start) : 0), r ? r->major : 0,
                r ? r->minor : 0, (unsigned long long)(r ? r->ino : 0));
        if (name) {
            /* The name column: 25 + 6 * sizeof(void *) - 1 on the 32-bit kernel. */
            while (b->n < line + 48 && !b->oom)
                bput(b, " ", 1);
            bput(b, " ", 1);
            put_name(b, guest_view(name));
        }
        bput(b, "\n", 1);
        p = q;
    }
    pthread_mutex_unlock(&lock);
}

static void gen_auxv(struct buf *b, const char *dir) { bput(b, saved_auxv, auxv_len); }

static void gen_cmdline(struct buf *b, const char *dir) { put_guest(b, arg_start, arg_end); }

static void gen_environ(struct buf *b, const char *dir) { put_guest(b, env_start, env_end); }

/* The first and last addresses of the main program's mappings with the
 * given page flag (its text for PG_X, its data for PG_W). */
static void prog_span(uint8_t flag, uint32_t *lo, uint32_t *hi) {
    const char *prog = NULL;
    *lo = *hi = 0;
    pthread_mutex_lock(&lock);
    for (size_t i = 0; i < nranges; i++) {
        const struct named *r = &ranges[i];
        /* The loader records the program first: the lowest of its mappings
         * is usually its text, but a PIE's is not at the lowest address. */
        if (!prog && opts.prog_abs && !strcmp(r->name, opts.prog_abs)) prog = r->name;
        if (!prog || strcmp(r->name, prog)) continue;
        if (!(mem_pages[r->start / GUEST_PAGE] & flag)) continue;
        if (!*lo) *lo = r->start;
        *hi = (uint32_t)r->end;
    }
    pthread_mutex_unlock(&lock);
}

/* The host's own stat line with the guest's name (the host thread carries
 * it, see procfs_note_stack), the guest's addresses, and values a 32-bit
 * kernel could not print clamped to 32 bits. */
static void gen_stat(struct buf *b, const char *dir) {
    char path[128], line[2048];
    snprintf(path, sizeof path, "%s/stat", dir);
    FILE *f = fopen(path, "re");
    if (!f) return;
    size_t n = fread(line, 1, sizeof line - 1, f);
    fclose(f);
    line[n] = 0;
    char *close = strrchr(line, ')');
    if (!close) return;
    bput(b, line, (size_t)(close + 1 - line));

    uint64_t vsize = 0;
    for (uint64_t p = 0; p < GUEST_PAGES; p++)
        if (mem_pages[p] & PG_MAPPED) vsize += GUEST_PAGE;
    uint32_t code_lo, code_hi, data_lo, data_hi;
    prog_span(PG_X, &code_lo, &code_hi);
    prog_span(PG_W, &data_lo, &data_hi);

    char *save, *tok = strtok_r(close + 1, " \n", &save);
    for (int field = 3; tok; field++, tok = strtok_r(NULL, " \n", &save)) {
        unsigned long long v;
        int set = 1;
        switch (field) {
        case 23: v = vsize; break;
        case 26: v = code_lo; break;
        case 27: v = code_hi; break;
        case 28: v = start_sp; break;
        case 29: case 30: v = 0; break; /* kstkesp/kstkeip: shown only for dying tasks */
        case 45: v = data_lo; break;
        case 46: v = data_hi; break;
        case 47: v = proc.start_brk; break;
        case 48: v = arg_start; break;
        case 49: v = arg_end; break;
        case 50: v = env_start; break;
        case 51: v = env_end; break;
        default: set = 0; break;
        }
        if (set) {
            bprintf(b, " %llu", v);
            continue;
        }
        /* unsigned long fields (rsslim, wchan, ...) are 32-bit on the guest's
         * kernel; starttime and delayacct_blkio_ticks stay 64-bit. */
        if (field != 22 && field != 42 && tok[0] != '-' && strtoull(tok, NULL, 10) > 0xffffffffull)
            bprintf(b, " %u", 0xffffffffu);
        else
            bprintf(b, " %s", tok);
    }
    bput(b, "\n", 1);
}

/* arch/arm's hwcap_str, bit by bit. */
static const char *const hwcap_names[] = {
    "swp", "half", "thumb", "26bit", "fastmult", "fpa", "vfp", "edsp",
    "java", "iwmmxt", "crunch", "thumbee", "neon", "vfpv3", "vfpv3d16", "tls",
    "vfpv4", "idiva", "idivt", "vfpd32", "lpae", "evtstrm",
};
static const char *const hwcap2_names[] = {"aes", "pmull", "sha1", "sha2", "crc32"};

/* A Cortex-A15 r2p3 (MIDR 0x412fc0f3) with the features armlet claims. */
static void gen_cpuinfo(struct buf *b, const char *dir) {
    int ncpu = get_nprocs();
    if (ncpu < 1) ncpu = 1;
    for (int i = 0; i < ncpu; i++) {
        bprintf(b, "processor\t: %d\n", i);
        bprintf(b, "model name\t: ARMv7 Processor rev 3 (v7l)\n");
        bprintf(b, "BogoMIPS\t: 48.00\n");
        bprintf(b, "Features\t: ");
        for (unsigned j = 0; j < sizeof hwcap_names / sizeof *hwcap_names; j++)
            if (ARMLET_HWCAP & (1u << j)) bprintf(b, "%s ", hwcap_names[j]);
        for (unsigned j = 0; j < sizeof hwcap2_names / sizeof *hwcap2_names; j++)
            if (ARMLET_HWCAP2 & (1u << j)) bprintf(b, "%s ", hwcap2_names[j]);
        bprintf(b, "\nCPU implementer\t: 0x41\n");
        bprintf(b, "CPU architecture: 7\n");
        bprintf(b, "CPU variant\t: 0x2\n");
        bprintf(b, "CPU part\t: 0xc0f\n");
        bprintf(b, "CPU revision\t: 3\n\n");
    }
    bprintf(b, "Hardware\t: Generic DT based system\n");
    bprintf(b, "Revision\t: 0000\n");
    bprintf(b, "Serial\t\t: 0000000000000000\n");
}

/* ---- open ---- */

static const struct {
    const char *name; /* under the process directory, or absolute */
    void (*gen)(struct buf *, const char *dir);
} files[] = {
    {"maps", gen_maps},       {"auxv", gen_auxv}, {"cmdline", gen_cmdline},
    {"environ", gen_environ}, {"stat", gen_stat}, {"/proc/cpuinfo", gen_cpuinfo},
};

/* Skips "digits/" at *s; returns nonzero (and the number) if there. */
static int skip_number(const char **s, long *num) {
    char *e;
    if (**s < '0' || **s > '9') return 0;
    *num = strtol(*s, &e, 10);
    if (*e != '/') return 0;
    *s = e + 1;
    return 1;
}

/* The file name under the own process's directory, and the host directory
 * to read host facts from; NULL if path is not about this process. */
static const char *own_file(const char *path, char *dir, size_t dirlen) {
    const char *s = path + 6; /* after "/proc/" */
    long n;
    if (!strncmp(s, "self/", 5)) {
        s += 5;
        snprintf(dir, dirlen, "/proc/self");
    } else if (!strncmp(s, "thread-self/", 12)) {
        snprintf(dir, dirlen, "/proc/thread-self");
        return s + 12;
    } else if (skip_number(&s, &n) && n == getpid()) {
        snprintf(dir, dirlen, "/proc/self");
    } else {
        return NULL;
    }
    if (!strncmp(s, "task/", 5)) {
        const char *t = s + 5;
        if (!skip_number(&t, &n)) return NULL;
        snprintf(dir, dirlen, "/proc/self/task/%ld", n);
        s = t;
    }
    return s;
}

/* Is the last component of path one that this file emulates? */
static int emulated_name(const char *path) {
    static const char *const names[] = {"maps", "auxv", "cmdline", "environ", "stat", "cpuinfo", "exe"};
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (!strcmp(base, names[i])) return 1;
    return 0;
}

/* An absolute /proc path for path, which may be relative to dirfd (or the
 * cwd): openat(fd of /proc/self, "maps") or `cd /proc/self; cat maps` must
 * reach the emulation too. The host names such a directory /proc/PID
 * (procfs resolves self and thread-self). NULL when it is not in /proc; the
 * extra readlink is paid only for the few names emulated here. */
static const char *proc_path(int dirfd, const char *path, char *buf, size_t size) {
    if (path[0] == '/') return strncmp(path, "/proc/", 6) ? NULL : path;
    if (!emulated_name(path)) return NULL;
    char dir[PATH_MAX];
    if (dirfd == AT_FDCWD) {
        if (!getcwd(dir, sizeof dir)) return NULL;
    } else {
        char link[64];
        snprintf(link, sizeof link, "/proc/self/fd/%d", dirfd);
        ssize_t n = readlink(link, dir, sizeof dir - 1);
        if (n <= 0) return NULL;
        dir[n] = 0;
    }
    if (strncmp(dir, "/proc/", 6)) return NULL;
    while (path[0] == '.' && path[1] == '/')
        path += 2;
    if ((size_t)snprintf(buf, size, "%s/%s", dir, path) >= size) return NULL;
    return buf;
}

/* If abs (under /proc/) is the exe link of a guest process (this one, a
 * thread of it, or another armlet process), its program's host path into
 * out and 1; else 0. */
static int exe_of(const char *abs, char *out, size_t size) {
    const char *s = abs + 6;
    long pid = getpid(), n;
    if (!strncmp(s, "self/", 5)) {
        s += 5;
    } else if (!strncmp(s, "thread-self/", 12)) {
        s += 12;
    } else if (skip_number(&s, &n)) {
        pid = n;
    } else {
        return 0;
    }
    if (!strncmp(s, "task/", 5)) { /* a thread has its process's exe */
        const char *t = s + 5;
        if (!skip_number(&t, &n)) return 0;
        s = t;
    }
    if (strcmp(s, "exe")) return 0;
    if (pid == getpid()) {
        if (!opts.prog_abs) return 0;
        return (size_t)snprintf(out, size, "%s", opts.prog_abs) < size;
    }
    return other_exe(pid, out, size) == 0;
}

/* /proc/X/fd/N (or /proc/X/task/T/fd/N)? */
static int is_fd_link(const char *abs) {
    const char *fd = strstr(abs, "/fd/");
    if (!fd || fd[4] < '0' || fd[4] > '9') return 0;
    return strspn(fd + 4, "0123456789") == strlen(fd + 4);
}

int procfs_link(int dirfd, const char *path, char *out, size_t size) {
    char abuf[PATH_MAX], host[PATH_MAX];
    const char *abs = proc_path(dirfd, path, abuf, sizeof abuf);
    if (!abs) return 0;
    if (exe_of(abs, host, sizeof host))
        return (size_t)snprintf(out, size, "%s", guest_view(host)) < size;
    if (!is_fd_link(abs)) return 0;
    /* A descriptor: an emulated file by its /proc name, a file inside the
     * sysroot as the guest sees it. Errors are the host call's to report. */
    ssize_t n = readlink(abs, host, sizeof host - 1);
    if (n <= 0) return 0;
    host[n] = 0;
    const char *t = guest_view(host);
    static const char mark[] = "/memfd:" PROC_MARK;
    if (!strncmp(host, mark, sizeof mark - 1)) {
        t = host + sizeof mark - 1;
        size_t k = strlen(t);
        if (k > 10 && !strcmp(t + k - 10, " (deleted)")) host[n - 10] = 0;
    }
    return (size_t)snprintf(out, size, "%s", t) < size;
}

/* The content as a read-only host fd that the guest can read, seek, stat
 * and mmap: a memfd (named after the file, for procfs_link) reopened read-only (so its flags say O_RDONLY and a
 * write fails as on procfs), moved back onto the memfd's number so the
 * guest gets the lowest free descriptor as open(2) promises. */
static long make_fd(const struct buf *b, int hflags, const char *shown) {
    char name[160];
    snprintf(name, sizeof name, PROC_MARK "%s", shown);
    int m = memfd_create(name, MFD_CLOEXEC);
    if (m < 0) return -errno;
    size_t done = 0;
    while (done < b->n) {
        ssize_t k = write(m, b->p + done, b->n - done);
        if (k <= 0) {
            long err = k < 0 ? -errno : -EIO;
            close(m);
            return err;
        }
        done += (size_t)k;
    }
    char link[64];
    snprintf(link, sizeof link, "/proc/self/fd/%d", m);
    int ro = open(link, O_RDONLY | (hflags & (O_NONBLOCK | O_NOCTTY | O_NOATIME | 0100000)) | O_CLOEXEC);
    if (ro < 0) {
        /* No procfs to reopen through: hand out the memfd itself. */
        lseek(m, 0, SEEK_SET);
        if (!(hflags & O_CLOEXEC)) fcntl(m, F_SETFD, 0);
        return m;
    }
    int r = dup3(ro, m, hflags & O_CLOEXEC);
    long err = -errno;
    close(ro);
    if (r < 0) {
        close(m);
        return err;
    }
    return m;
}

int procfs_open(int dirfd, const char *path, uint32_t guest_flags, long *result) {
    char dir[64], abuf[PATH_MAX], exe[PATH_MAX];
    const char *name = NULL;
    path = proc_path(dirfd, path, abuf, sizeof abuf);
    if (!path) return 0;
    if (exe_of(path, exe, sizeof exe)) {
        /* The guest program itself, as the kernel opens the exe link. */
        *result = sys_ret(open(exe, sys_oflags_to_host(guest_flags)));
        return 1;
    }
    const char *own = own_file(path, dir, sizeof dir);
    size_t i;
    for (i = 0; i < sizeof files / sizeof *files; i++) {
        name = files[i].name[0] == '/' ? path : own;
        if (name && !strcmp(name, files[i].name)) break;
    }
    if (i == sizeof files / sizeof *files) return 0;
    int hflags = sys_oflags_to_host(guest_flags);
    if ((hflags & O_ACCMODE) != O_RDONLY && geteuid() != 0) {
        /* The files are 0444; root may open them for writing, but writes
         * fail (EBADF here, EINVAL on Linux). */
        *result = -EACCES;
        return 1;
    }
    if (hflags & O_DIRECTORY) {
        *result = -ENOTDIR;
        return 1;
    }
    /* The name /proc/self/fd/N shows: the kernel's, with self resolved. */
    char shown[128];
    if (files[i].name[0] == '/')
        snprintf(shown, sizeof shown, "%s", files[i].name);
    else if (!strcmp(dir, "/proc/thread-self"))
        snprintf(shown, sizeof shown, "/proc/%d/task/%ld/%s", (int)getpid(), (long)syscall(SYS_gettid), own);
    else
        snprintf(shown, sizeof shown, "/proc/%d%s/%s", (int)getpid(), dir + strlen("/proc/self"), own);
    struct buf b = {0};
    files[i].gen(&b, dir);
    *result = b.oom ? -ENOMEM : make_fd(&b, hflags, shown);
    free(b.p);
    return 1;
}
