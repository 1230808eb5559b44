/* Syscall dispatch: the table built from syscalls.def, the pass-through
 * path for calls whose argument records are identical on ARM and the host,
 * the -errno convention, and the -strace hooks (strace.c formats the line
 * from each entry's signature). Also the guest-memory helpers used by all
 * handlers. */
#define _GNU_SOURCE
#include "linux/sys.h"

#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

struct sys_entry {
    const char *name;
    sys_fn fn;       /* NULL: pass through as host_nr (-ENOSYS if -1) */
    long host_nr;
    const char *sig;
};

/* ARM-private calls (0xf0000 + n) live after the numbered ones. */
#define NR_MAIN 480
#define NR_PRIVATE 16
#define SLOT(n) ((n) >= 0xf0000 ? NR_MAIN + ((n)-0xf0000) : (n))

static const struct sys_entry table[NR_MAIN + NR_PRIVATE] = {
#define X(nr, nm, handler, sg) [SLOT(nr)] = {#nm, sys_##handler, 0, sg},
#define P(nr, nm, hnr, sg) [SLOT(nr)] = {#nm, NULL, hnr, sg},
#define N(nr, nm) [SLOT(nr)] = {#nm, NULL, -1, ""},
#include "linux/syscalls.def"
#undef X
#undef P
#undef N
};

static const struct sys_entry *lookup(uint32_t nr) {
    uint32_t slot;
    if (nr < NR_MAIN) slot = nr;
    else if (nr >= 0xf0000 && nr < 0xf0000 + NR_PRIVATE) slot = NR_MAIN + (nr - 0xf0000);
    else return NULL;
    return table[slot].name ? &table[slot] : NULL;
}

/* ---- guest memory helpers ---- */

int sys_copy_in(void *dst, uint32_t src, uint32_t n) {
    if (!mem_check(src, n, PG_R)) return -EFAULT;
    memcpy(dst, g2h(src), n);
    return 0;
}

int sys_copy_out(uint32_t dst, const void *src, uint32_t n) {
    if (!mem_check(dst, n, PG_W)) return -EFAULT;
    memcpy(g2h(dst), src, n);
    return 0;
}

long sys_strlen(uint32_t a, uint32_t max) {
    uint64_t p = a;
    uint32_t n = 0;
    while (n < max) {
        if (p >= GUEST_SPAN || !mem_check((uint32_t)p, 1, PG_R)) return -EFAULT;
        /* Scan to the end of this page at most. */
        uint32_t room = GUEST_PAGE - (uint32_t)(p % GUEST_PAGE);
        if (room > max - n) room = max - n;
        const char *s = g2h((uint32_t)p);
        const char *z = memchr(s, 0, room);
        if (z) return n + (z - s);
        n += room;
        p += room;
    }
    return -ENAMETOOLONG;
}

/* With a sysroot (-L), an absolute path names the file under the sysroot
 * when it exists there, else the host's own, as qemu-arm's -L does: the
 * dynamic linker and libraries come from the sysroot, everything else from
 * the host. Only lookups are mapped (open, stat, access, readlink, execve);
 * calls that change the file system or the cwd act on the path as given.
 * A few buffers per thread, since one call may take two paths. */
static const char *sysroot_path(const char *s) {
    static __thread char buf[4][PATH_MAX];
    static __thread unsigned next;
    if (!opts.sysroot || s[0] != '/') return s;
    /* The kernel's own file systems are the host's (or procfs.c's), even
     * when a sysroot made from a root image has empty /proc, /dev, /sys. */
    static const char *const host_only[] = {"/proc", "/dev", "/sys"};
    for (unsigned i = 0; i < sizeof host_only / sizeof *host_only; i++) {
        size_t k = strlen(host_only[i]);
        if (!strncmp(s, host_only[i], k) && (s[k] == 0 || s[k] == '/')) return s;
    }
    char *b = buf[next++ % 4];
    if ((size_t)snprintf(b, PATH_MAX, "%s%s", opts.sysroot, s) >= PATH_MAX) return s;
    return faccessat(AT_FDCWD, b, F_OK, AT_SYMLINK_NOFOLLOW) == 0 ? b : s;
}

const char *sys_path(uint32_t a, long *err) {
    long n = sys_strlen(a, 4096);
    if (n < 0) {
        *err = n;
        return NULL;
    }
    const char *s = g2h(a);
    if (opts.prog_abs && !strncmp(s, "/proc/", 6)) {
        char own[32];
        snprintf(own, sizeof own, "/proc/%d/exe", (int)getpid());
        if (!strcmp(s, "/proc/self/exe") || !strcmp(s, own)) return opts.prog_abs;
    }
    return s;
}

const char *sys_lookup(uint32_t a, long *err) {
    const char *s = sys_path(a, err);
    return s && s != opts.prog_abs ? sysroot_path(s) : s;
}

/* Flags outside the four that moved keep their value on both sides. glibc
 * defines O_LARGEFILE as 0 on x86-64; the host kernel's bit is this one. */
#define HOST_O_LARGEFILE 0100000

#define O_MOVED (ARM_O_DIRECTORY | ARM_O_NOFOLLOW | ARM_O_DIRECT | ARM_O_LARGEFILE)

int sys_oflags_to_host(uint32_t f) {
    int h = f & ~O_MOVED;
    if (f & ARM_O_DIRECTORY) h |= O_DIRECTORY;
    if (f & ARM_O_NOFOLLOW) h |= O_NOFOLLOW;
    if (f & ARM_O_DIRECT) h |= O_DIRECT;
    if (f & ARM_O_LARGEFILE) h |= HOST_O_LARGEFILE;
    return h;
}

uint32_t sys_oflags_to_guest(int h) {
    uint32_t f = h & ~(O_DIRECTORY | O_NOFOLLOW | O_DIRECT | HOST_O_LARGEFILE);
    if (h & O_DIRECTORY) f |= ARM_O_DIRECTORY;
    if (h & O_NOFOLLOW) f |= ARM_O_NOFOLLOW;
    if (h & O_DIRECT) f |= ARM_O_DIRECT;
    if (h & HOST_O_LARGEFILE) f |= ARM_O_LARGEFILE;
    return f;
}

/* ---- pass-through ---- */

static long pass(const struct sys_entry *e, const uint32_t *r) {
    long h[6] = {0};
    int ri = 0, hi = 0;
    for (const char *s = e->sig; *s && *s != '|' && hi < 6; s++) {
        switch (*s) {
        case '!': case '~': continue;
        case '_': ri++; continue;
        case '>': /* an output argument: a plain pointer, whatever its kind */
            if (s[1]) s++;
            h[hi++] = (long)sys_ptr(r[ri++]);
            continue;
        case 'O': case 'Y': h[hi++] = sys_oflags_to_host(r[ri++]); continue;
        case 'D':
            ri = (ri + 1) & ~1;
            h[hi++] = sys_pair(r[ri], r[ri + 1]);
            ri += 2;
            continue;
        case 'd': case 'f': h[hi++] = (int32_t)r[ri++]; continue;
        case 's': case 'S': {
            long err = 0;
            const char *path = *s == 'S' ? sys_lookup(r[ri], &err) : sys_path(r[ri], &err);
            ri++;
            if (!path) return err;
            h[hi++] = (long)path;
            continue;
        }
        /* Pointers, whatever strace prints them as. */
        case 't': case 'p': case 'b': case 'B': case 'j': case 'k': case 'K': case 'T':
        case 'L': case 'W': case 'z': case 'Z': case 'v': case 'V': case 'l': case 'H':
        case 'U': case 'E': case 'm':
            h[hi++] = (long)sys_ptr(r[ri++]);
            continue;
        default: h[hi++] = r[ri++]; continue;
        }
    }
    /* Any of these may block (read, accept, poll, flock...): see safe_syscall.c. */
    return safe_syscall(e->host_nr, h[0], h[1], h[2], h[3], h[4], h[5]);
}

/* ---- dispatch ---- */

int linux_syscall(struct cpu *c) {
    uint32_t nr = c->r[7];
    uint32_t *a = c->r;
    const struct sys_entry *e = lookup(nr);
    int trace = opts.debug & DBG_STRACE;
    struct strace_call tc;
    long r;

    if (!e) {
        /* The kernel: numbers past the table return ENOSYS; ARM-private
         * numbers 0xf0000..0xf07ff too; anything higher is SIGILL. */
        if (nr >= 0xf0000 + 0x800) return SIGILL;
        if (opts.debug & DBG_UNIMP)
            armlet_warn(nr >= 0xf0000 ? "unimplemented syscall 0x%x" : "unimplemented syscall %u", nr);
        if (trace) {
            strace_enter(&tc, nr, NULL, NULL, a);
            strace_leave(&tc, -ENOSYS);
        }
        a[0] = (uint32_t)-ENOSYS;
        return 0;
    }
    /* Arguments are kept before the call (it changes the registers). */
    if (trace) strace_enter(&tc, nr, e->name, e->sig, a);
    if (e->fn) r = e->fn(c, a[0], a[1], a[2], a[3], a[4], a[5]);
    else if (e->host_nr >= 0) r = pass(e, a);
    else r = -ENOSYS;
    if (r == -ENOSYS && !e->fn && e->host_nr < 0 && (opts.debug & DBG_UNIMP))
        armlet_warn(nr >= 0xf0000 ? "unimplemented syscall 0x%x (%s)" : "unimplemented syscall %u (%s)",
                    nr, e->name);
    if (r == -SYS_ERESTART) {
        /* A signal came before the host call started (safe_syscall.c):
         * the SVC runs again after its handler, its arguments untouched. */
        c->r[15] -= c->thumb ? 2 : 4;
        if (trace) strace_leave(&tc, r);
        return 0;
    }
    a[0] = (uint32_t)r;
    if (trace) strace_leave(&tc, r);
    return 0;
}
