/* File and descriptor syscalls whose records or flags differ between ARM
 * EABI and the host: open flags, 32-bit offsets, iovecs, stat64/statfs64,
 * flock, termios, fd_sets and 32/64-bit time arguments. The calls whose
 * records are identical go straight through syscalls.def's P entries. */
#define _GNU_SOURCE
#include "linux/sys.h"
#include "linux/procfs.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/ioctl.h>
#include <sys/select.h>
#include <sys/sendfile.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/uio.h>
#include <net/if.h>
#include <linux/sockios.h>
#include <linux/fs.h>
#include <unistd.h>

/* ---- open ---- */

static long do_openat(int dirfd, uint32_t path, uint32_t flags, uint32_t mode) {
    long err;
    const char *p = sys_lookup(path, &err);
    if (!p) return err;
    if (procfs_open(dirfd, p, flags, &err)) return err; /* /proc/self/maps and friends */
    /* A FIFO's open blocks: see safe_syscall.c. */
    return safe_syscall(SYS_openat, dirfd, (long)p, sys_oflags_to_host(flags), mode, 0, 0);
}

SYSCALL(open) { return do_openat(AT_FDCWD, a0, a1, a2); }
SYSCALL(openat) { return do_openat((int32_t)a0, a1, a2, a3); }

/* openat2: struct open_how is three u64s on every ABI; only the open flags
 * in it need translating. A larger record must end in zeros. */
SYSCALL(openat2) {
    uint64_t how[3] = {0};
    long err;
    if (a3 < sizeof how) return -EINVAL;
    if (a3 > 4096) return -E2BIG;
    if (sys_copy_in(how, a2, sizeof how)) return -EFAULT;
    for (uint32_t i = sizeof how; i < a3; i++) {
        uint8_t b;
        if (sys_copy_in(&b, a2 + i, 1)) return -EFAULT;
        if (b) return -E2BIG;
    }
    if (how[0] >> 32) return -EINVAL;
    const char *p = sys_lookup(a1, &err);
    if (!p) return err;
    if (procfs_open((int32_t)a0, p, (uint32_t)how[0], &err)) return err;
    how[0] = (uint32_t)sys_oflags_to_host((uint32_t)how[0]);
    return sys_ret(syscall(SYS_openat2, (int32_t)a0, p, how, sizeof how));
}

/* fanotify_init: event_f_flags are open flags for the event descriptors. */
SYSCALL(fanotify_init) { return sys_ret(syscall(SYS_fanotify_init, a0, sys_oflags_to_host(a1))); }

SYSCALL(open_by_handle_at) {
    return sys_ret(syscall(SYS_open_by_handle_at, (int32_t)a0, sys_ptr(a1), sys_oflags_to_host(a2)));
}

SYSCALL(pipe2) {
    return sys_ret(syscall(SYS_pipe2, sys_ptr(a0), sys_oflags_to_host(a1)));
}

/* ---- offsets ---- */

SYSCALL(lseek) {
    off_t r = lseek((int32_t)a0, (int32_t)a1, a2);
    if (r < 0) return -errno;
    if (r > INT32_MAX) return -EOVERFLOW; /* off_t is 32-bit here */
    return r;
}

SYSCALL(llseek) {
    off_t r = lseek((int32_t)a0, sys_pair(a2, a1), a4);
    if (r < 0) return -errno;
    int64_t v = r;
    return sys_copy_out(a3, &v, 8);
}

/* ---- vectored I/O ---- */

int sys_iov_in(struct iovec *h, uint32_t a, int32_t n) {
    if (n < 0 || n > ARM_IOV_MAX) return -EINVAL;
    for (int i = 0; i < n; i++) {
        struct arm_iovec g;
        if (sys_copy_in(&g, a + 8 * i, sizeof g)) return -EFAULT;
        h[i].iov_base = g2h(g.iov_base);
        h[i].iov_len = g.iov_len;
    }
    return 0;
}

enum { RW_READ, RW_WRITE, RW_PREAD, RW_PWRITE, RW_VMSPLICE };

static long do_rw_vec(int op, uint32_t fd, uint32_t iov, uint32_t cnt, int64_t off, uint32_t flags) {
    struct iovec h[ARM_IOV_MAX];
    int r = sys_iov_in(h, iov, (int32_t)cnt);
    if (r) return r;
    /* All of them may block (pipes, sockets, terminals): safe_syscall. The
     * host's preadv2 takes the whole offset in its low argument. */
    long f = (int32_t)fd, v = (long)h;
    switch (op) {
    case RW_READ: return safe_syscall(SYS_readv, f, v, cnt, 0, 0, 0);
    case RW_WRITE: return safe_syscall(SYS_writev, f, v, cnt, 0, 0, 0);
    case RW_PREAD: return safe_syscall(SYS_preadv2, f, v, cnt, off, 0, flags);
    case RW_PWRITE: return safe_syscall(SYS_pwritev2, f, v, cnt, off, 0, flags);
    default: return safe_syscall(SYS_vmsplice, f, v, cnt, flags, 0, 0);
    }
}

SYSCALL(readv) { return do_rw_vec(RW_READ, a0, a1, a2, 0, 0); }
SYSCALL(writev) { return do_rw_vec(RW_WRITE, a0, a1, a2, 0, 0); }
/* preadv/pwritev(2) take the offset as two plain words (low, high), not an
 * aligned pair; -1 in preadv2/pwritev2 means the file position. */
SYSCALL(preadv) {
    int64_t off = sys_pair(a3, a4);
    return off < 0 ? -EINVAL : do_rw_vec(RW_PREAD, a0, a1, a2, off, 0);
}
SYSCALL(pwritev) {
    int64_t off = sys_pair(a3, a4);
    return off < 0 ? -EINVAL : do_rw_vec(RW_PWRITE, a0, a1, a2, off, 0);
}
SYSCALL(preadv2) { return do_rw_vec(RW_PREAD, a0, a1, a2, sys_pair(a3, a4), a5); }
SYSCALL(pwritev2) { return do_rw_vec(RW_PWRITE, a0, a1, a2, sys_pair(a3, a4), a5); }
SYSCALL(vmsplice) { return do_rw_vec(RW_VMSPLICE, a0, a1, a2, 0, a3); }

SYSCALL(sendfile) {
    off_t off;
    int32_t o32;
    if (a2) {
        if (sys_copy_in(&o32, a2, 4)) return -EFAULT;
        off = o32;
    }
    long r = safe_syscall(SYS_sendfile, (int32_t)a0, (int32_t)a1, a2 ? (long)&off : 0, a3, 0, 0);
    if (r < 0) return r;
    if (a2) {
        o32 = (int32_t)off;
        if (sys_copy_out(a2, &o32, 4)) return -EFAULT;
    }
    return r;
}

SYSCALL(fadvise64_64) {
    /* ARM puts advice second so that the 64-bit pairs stay aligned. */
    return sys_ret(syscall(SYS_fadvise64, (int32_t)a0, sys_pair(a2, a3), sys_pair(a4, a5), (int32_t)a1));
}

SYSCALL(sync_file_range2) {
    return sys_ret(syscall(SYS_sync_file_range, (int32_t)a0, sys_pair(a2, a3), sys_pair(a4, a5), a1));
}

SYSCALL(send) { return safe_syscall(SYS_sendto, (int32_t)a0, (long)sys_ptr(a1), a2, a3, 0, 0); }
SYSCALL(recv) { return safe_syscall(SYS_recvfrom, (int32_t)a0, (long)sys_ptr(a1), a2, a3, 0, 0); }

/* ---- stat ---- */

static long put_stat64(uint32_t a, const struct stat *st) {
    struct arm_stat64 g;
    memset(&g, 0, sizeof g);
    g.st_dev = st->st_dev;
    g.st_ino32 = (uint32_t)st->st_ino;
    g.st_mode = st->st_mode;
    g.st_nlink = st->st_nlink;
    g.st_uid = st->st_uid;
    g.st_gid = st->st_gid;
    g.st_rdev = st->st_rdev;
    g.st_size = st->st_size;
    g.st_blksize = st->st_blksize;
    g.st_blocks = st->st_blocks;
    g.st_atime_ = st->st_atim.tv_sec;
    g.st_atime_nsec = st->st_atim.tv_nsec;
    g.st_mtime_ = st->st_mtim.tv_sec;
    g.st_mtime_nsec = st->st_mtim.tv_nsec;
    g.st_ctime_ = st->st_ctim.tv_sec;
    g.st_ctime_nsec = st->st_ctim.tv_nsec;
    g.st_ino = st->st_ino;
    return sys_copy_out(a, &g, sizeof g);
}

static long do_fstatat(int dirfd, uint32_t path, uint32_t buf, int flags) {
    struct stat st;
    long err;
    const char *p = sys_lookup(path, &err);
    if (!p) return err;
    /* sys_path gave the program for /proc/self/exe; lstat sees the link. */
    if (p == opts.prog_abs && (flags & AT_SYMLINK_NOFOLLOW)) p = "/proc/self/exe";
    if (fstatat(dirfd, p, &st, flags) < 0) return -errno;
    return put_stat64(buf, &st);
}

SYSCALL(stat64) { return do_fstatat(AT_FDCWD, a0, a1, 0); }
SYSCALL(lstat64) { return do_fstatat(AT_FDCWD, a0, a1, AT_SYMLINK_NOFOLLOW); }
SYSCALL(fstatat64) { return do_fstatat((int32_t)a0, a1, a2, a3); }

/* statx's record is the same on both sides; only the path needs care. */
SYSCALL(statx) {
    long err;
    const char *p = NULL;
    if (a1 && !(p = sys_lookup(a1, &err))) return err;
    if (p == opts.prog_abs && (a2 & AT_SYMLINK_NOFOLLOW)) p = "/proc/self/exe";
    return sys_ret(syscall(SYS_statx, (int32_t)a0, p, a2, a3, sys_ptr(a4)));
}

SYSCALL(fstat64) {
    struct stat st;
    if (fstat((int32_t)a0, &st) < 0) return -errno;
    return put_stat64(a1, &st);
}

/* The fields both ARM statfs layouts share, whatever their widths. */
#define COPY_STATFS(g, s)                                                                      \
    do {                                                                                       \
        memset(&(g), 0, sizeof(g));                                                            \
        (g).f_type = (s)->f_type, (g).f_bsize = (s)->f_bsize, (g).f_blocks = (s)->f_blocks;    \
        (g).f_bfree = (s)->f_bfree, (g).f_bavail = (s)->f_bavail, (g).f_files = (s)->f_files;  \
        (g).f_ffree = (s)->f_ffree, (g).f_namelen = (s)->f_namelen;                            \
        (g).f_frsize = (s)->f_frsize, (g).f_flags = (s)->f_flags;                              \
        memcpy((g).f_fsid, &(s)->f_fsid, 8);                                                   \
    } while (0)

/* The size argument was checked by the caller: glibc passes its own sizeof
 * (88), which the ARM wrapper accepts besides the kernel's 84. */
static long put_statfs64(uint32_t a, const struct statfs *s) {
    struct arm_statfs64 g;
    COPY_STATFS(g, s);
    return sys_copy_out(a, &g, sizeof g);
}

SYSCALL(statfs64) {
    struct statfs s;
    long err;
    const char *p = sys_lookup(a0, &err);
    if (!p) return err;
    if (a1 != 84 && a1 != 88) return -EINVAL;
    if (statfs(p, &s) < 0) return -errno;
    return put_statfs64(a2, &s);
}

SYSCALL(fstatfs64) {
    struct statfs s;
    if (a1 != 84 && a1 != 88) return -EINVAL;
    if (fstatfs((int32_t)a0, &s) < 0) return -errno;
    return put_statfs64(a2, &s);
}

/* statfs/fstatfs: 32-bit counts; EOVERFLOW when one does not fit, as the
 * kernel's put_compat_statfs. */
static long put_statfs(uint32_t a, const struct statfs *s) {
    struct arm_statfs g;
    uint64_t big = s->f_blocks | s->f_bfree | s->f_bavail | s->f_bsize | s->f_frsize;
    /* Inode counts of -1 ("unknown") are cut to 32 bits. */
    if ((big >> 32) || (s->f_files != (fsfilcnt_t)-1 && s->f_files >> 32) ||
        (s->f_ffree != (fsfilcnt_t)-1 && s->f_ffree >> 32))
        return -EOVERFLOW;
    COPY_STATFS(g, s);
    return sys_copy_out(a, &g, sizeof g);
}

SYSCALL(statfs) {
    struct statfs s;
    long err;
    const char *p = sys_lookup(a0, &err);
    if (!p) return err;
    if (statfs(p, &s) < 0) return -errno;
    return put_statfs(a1, &s);
}

SYSCALL(fstatfs) {
    struct statfs s;
    if (fstatfs((int32_t)a0, &s) < 0) return -errno;
    return put_statfs(a1, &s);
}

/* ---- readlink: /proc/PID/exe names the guest program (procfs.c) ---- */

static long do_readlinkat(int32_t dirfd, uint32_t path, uint32_t buf, uint32_t size) {
    char target[4096];
    long err = sys_strlen(path, 4096);
    if (err < 0) return err;
    if (procfs_link(dirfd, g2h(path), target, sizeof target)) {
        if ((int32_t)size <= 0) return -EINVAL;
        uint32_t len = strlen(target);
        if (len > size) len = size;
        return sys_copy_out(buf, target, len) ? -EFAULT : (long)len;
    }
    const char *p = sys_lookup(path, &err);
    if (!p) return err;
    return sys_ret(syscall(SYS_readlinkat, dirfd, p, sys_ptr(buf), size));
}

SYSCALL(readlink) { return do_readlinkat(AT_FDCWD, a0, a1, a2); }
SYSCALL(readlinkat) { return do_readlinkat((int32_t)a0, a1, a2, a3); }

/* ---- times on files ---- */

long sys_get_ts(struct timespec *h, uint32_t a, int n, int is64) {
    for (int i = 0; i < n; i++) {
        if (is64) {
            struct arm_timespec64 g;
            if (sys_copy_in(&g, a + 16 * i, sizeof g)) return -EFAULT;
            h[i].tv_sec = g.tv_sec;
            h[i].tv_nsec = (int32_t)g.tv_nsec; /* the kernel ignores the high half from 32-bit tasks */
        } else {
            struct arm_timespec32 g;
            if (sys_copy_in(&g, a + 8 * i, sizeof g)) return -EFAULT;
            h[i].tv_sec = g.tv_sec;
            h[i].tv_nsec = g.tv_nsec;
        }
    }
    return 0;
}

static long do_utimensat(uint32_t dirfd, uint32_t path, uint32_t times, uint32_t flags, int is64) {
    struct timespec ts[2];
    const char *p = NULL;
    long err;
    if (path && !(p = sys_path(path, &err))) return err;
    if (times && sys_get_ts(ts, times, 2, is64)) return -EFAULT;
    return sys_ret(syscall(SYS_utimensat, (int32_t)dirfd, p, times ? ts : NULL, flags));
}

SYSCALL(utimensat) { return do_utimensat(a0, a1, a2, a3, 0); }
SYSCALL(utimensat64) { return do_utimensat(a0, a1, a2, a3, 1); }

static long do_futimesat(int32_t dirfd, uint32_t path, uint32_t times) {
    struct timeval tv[2];
    const char *p = NULL;
    long err;
    if (path && !(p = sys_path(path, &err))) return err;
    if (times) {
        struct arm_timeval32 g[2];
        if (sys_copy_in(g, times, sizeof g)) return -EFAULT;
        for (int i = 0; i < 2; i++) {
            tv[i].tv_sec = g[i].tv_sec;
            tv[i].tv_usec = g[i].tv_usec;
        }
    }
    return sys_ret(syscall(SYS_futimesat, dirfd, p, times ? tv : NULL));
}

SYSCALL(utimes) { return do_futimesat(AT_FDCWD, a0, a1); }
SYSCALL(futimesat) { return do_futimesat((int32_t)a0, a1, a2); }

/* ---- getdents: 32-bit records built from getdents64 ---- */

struct host_dirent64 {
    uint64_t d_ino;
    int64_t d_off;
    uint16_t d_reclen;
    uint8_t d_type;
    char d_name[];
};

SYSCALL(getdents) {
    int fd = (int32_t)a0;
    uint32_t size = a2 > (1u << 20) ? 1u << 20 : a2;
    /* A 64-bit record is less than twice the 32-bit one for the same
     * name, so the host reads enough for a full guest buffer; what does
     * not fit is read again next time, from the offset of the last record
     * given. */
    size_t hsize = (size_t)size * 2 + 64;
    char *buf = malloc(hsize);
    if (!buf) return -ENOMEM;
    off_t prev = lseek(fd, 0, SEEK_CUR);
    long n = sys_ret(syscall(SYS_getdents64, fd, buf, hsize));
    uint32_t out = 0;
    for (long i = 0; n > 0 && i < n;) {
        struct host_dirent64 *d = (struct host_dirent64 *)(buf + i);
        size_t namelen = strlen(d->d_name);
        uint32_t reclen = (offsetof(struct arm_dirent, d_name) + namelen + 2 + 3) & ~3u;
        if (d->d_ino > 0xffffffffu) {
            /* The kernel's EOVERFLOW, after the records already given; this
             * entry comes again with the next call. */
            lseek(fd, prev, SEEK_SET);
            if (!out) n = -EOVERFLOW;
            break;
        }
        if (out + reclen > size) {
            lseek(fd, prev, SEEK_SET);
            if (!out) n = -EINVAL; /* the kernel's "result buffer is too small" */
            break;
        }
        prev = d->d_off;
        struct arm_dirent g = {(uint32_t)d->d_ino, (uint32_t)d->d_off, (uint16_t)reclen};
        if (!mem_check(a1 + out, reclen, PG_W)) {
            n = -EFAULT;
            break;
        }
        char *p = g2h(a1 + out);
        memset(p, 0, reclen);
        memcpy(p, &g, offsetof(struct arm_dirent, d_name));
        memcpy(p + offsetof(struct arm_dirent, d_name), d->d_name, namelen);
        p[reclen - 1] = d->d_type;
        out += reclen;
        i += d->d_reclen;
    }
    free(buf);
    return n < 0 ? n : (long)out;
}

/* ---- fcntl ---- */

/* struct flock and the guest's flock/flock64 share field names; the copy is
 * written once for both widths. */
#define FLOCK_COPY(dst, src)                                                               \
    ((dst)->l_type = (src)->l_type, (dst)->l_whence = (src)->l_whence,                    \
     (dst)->l_start = (src)->l_start, (dst)->l_len = (src)->l_len, (dst)->l_pid = (src)->l_pid)

static long lock_in(struct flock *h, uint32_t a, int is64) {
    struct arm_flock64 g64;
    struct arm_flock g;
    if (is64) {
        if (sys_copy_in(&g64, a, sizeof g64)) return -EFAULT;
        FLOCK_COPY(h, &g64);
    } else {
        if (sys_copy_in(&g, a, sizeof g)) return -EFAULT;
        FLOCK_COPY(h, &g);
    }
    return 0;
}

static long lock_out(uint32_t a, const struct flock *h, int is64) {
    if (is64) {
        struct arm_flock64 g;
        memset(&g, 0, sizeof g);
        FLOCK_COPY(&g, h);
        return sys_copy_out(a, &g, sizeof g);
    }
    struct arm_flock g;
    if (h->l_start != (int32_t)h->l_start || h->l_len != (int32_t)h->l_len) return -EOVERFLOW;
    memset(&g, 0, sizeof g);
    FLOCK_COPY(&g, h);
    return sys_copy_out(a, &g, sizeof g);
}

static long do_lock(int fd, int hcmd, uint32_t a, int is64) {
    struct flock fl;
    long r = lock_in(&fl, a, is64);
    if (r) return r;
    r = safe_syscall(SYS_fcntl, fd, hcmd, (long)&fl, 0, 0, 0); /* F_SETLKW blocks */
    if (r < 0) return r;
    if (hcmd == F_GETLK || hcmd == F_OFD_GETLK) return lock_out(a, &fl, is64);
    return 0;
}

static long do_fcntl(uint32_t fd_, uint32_t cmd, uint32_t arg, int is_fcntl64) {
    int fd = (int32_t)fd_;
    switch (cmd) {
    case F_GETFL: {
        int r = fcntl(fd, F_GETFL);
        return r < 0 ? -errno : (long)sys_oflags_to_guest(r);
    }
    case F_SETFL: return sys_ret(fcntl(fd, F_SETFL, sys_oflags_to_host(arg)));
    case F_GETLK: return do_lock(fd, F_GETLK, arg, 0);
    case F_SETLK: return do_lock(fd, F_SETLK, arg, 0);
    case F_SETLKW: return do_lock(fd, F_SETLKW, arg, 0);
    case 12: case 13: case 14: /* F_GETLK64.. on 32-bit ABIs: only through fcntl64 */
        if (!is_fcntl64) return -EINVAL;
        return do_lock(fd, cmd == 12 ? F_GETLK : cmd == 13 ? F_SETLK : F_SETLKW, arg, 1);
    case F_OFD_GETLK: case F_OFD_SETLK: case F_OFD_SETLKW:
        return do_lock(fd, cmd, arg, is_fcntl64);
    case F_SETOWN_EX: case F_GETOWN_EX: /* struct f_owner_ex is the same on both */
    case F_GET_RW_HINT: case F_SET_RW_HINT: case F_GET_FILE_RW_HINT: case F_SET_FILE_RW_HINT: /* a u64 */
        return sys_ret(fcntl(fd, cmd, sys_ptr(arg)));
    case F_DUPFD: case F_DUPFD_CLOEXEC: case F_GETFD: case F_SETFD: case F_SETOWN: case F_GETOWN:
    case F_SETSIG: case F_GETSIG: case F_SETLEASE: case F_GETLEASE: case F_NOTIFY:
    case F_SETPIPE_SZ: case F_GETPIPE_SZ: case F_ADD_SEALS: case F_GET_SEALS:
        return sys_ret(fcntl(fd, cmd, (int32_t)arg));
    default:
        return -EINVAL;
    }
}

SYSCALL(fcntl) { return do_fcntl(a0, a1, a2, 0); }
SYSCALL(fcntl64) { return do_fcntl(a0, a1, a2, 1); }

/* ---- ioctl ---- */

/* The termios2 requests (44-byte struct termios2, the same on both sides;
 * glibc's headers do not declare the struct). */
#define G_TCGETS2 0x802c542au
#define G_TCSETS2 0x402c542bu
#define G_TCSETSW2 0x402c542cu
#define G_TCSETSF2 0x402c542du

/* FS_IOC_{GET,SET}{FLAGS,VERSION} as numbered for 32-bit longs. */
#define G_FS_IOC32_GETFLAGS 0x80046601u
#define G_FS_IOC32_SETFLAGS 0x40046602u
#define G_FS_IOC32_GETVERSION 0x80047601u
#define G_FS_IOC32_SETVERSION 0x40047602u

/* The host kernel's own struct termios (not glibc's). */
struct host_termios {
    unsigned int c_iflag, c_oflag, c_cflag, c_lflag;
    unsigned char c_line, c_cc[19];
};

/* SIOCGIFCONF: struct ifconf {int len; pointer} and an array of 32-byte
 * guest ifreqs, each a name and a sockaddr, from the host's 40-byte ones. */
static long ifconf(int fd, uint32_t arg) {
    uint32_t g[2];
    if (sys_copy_in(g, arg, sizeof g)) return -EFAULT;
    int32_t len = (int32_t)g[0];
    if (len < 0) len = 0;
    size_t n = g[1] ? (uint32_t)len / 32 : 0;
    struct ifconf h = {.ifc_len = (int)(n * sizeof(struct ifreq)), .ifc_buf = NULL};
    char *buf = n ? calloc(n, sizeof(struct ifreq)) : NULL;
    if (n && !buf) return -ENOMEM;
    h.ifc_buf = buf;
    long r = sys_ret(syscall(SYS_ioctl, fd, SIOCGIFCONF, &h));
    if (r >= 0) {
        size_t got = (size_t)h.ifc_len / sizeof(struct ifreq);
        for (size_t i = 0; buf && i < got && !r; i++)
            if (sys_copy_out(g[1] + 32 * i, buf + i * sizeof(struct ifreq), 32)) r = -EFAULT;
        g[0] = (uint32_t)(got * 32);
        if (!r && sys_copy_out(arg, g, 4)) r = -EFAULT;
    }
    free(buf);
    return r;
}

SYSCALL(ioctl) {
    int fd = (int32_t)a0;
    uint32_t req = a1, arg = a2;
    switch (req) {
    case TCGETS: {
        struct host_termios h;
        struct arm_termios g;
        if (syscall(SYS_ioctl, fd, TCGETS, &h) < 0) return -errno;
        g.c_iflag = h.c_iflag;
        g.c_oflag = h.c_oflag;
        g.c_cflag = h.c_cflag;
        g.c_lflag = h.c_lflag;
        g.c_line = h.c_line;
        memcpy(g.c_cc, h.c_cc, sizeof g.c_cc);
        return sys_copy_out(arg, &g, sizeof g);
    }
    case TCSETS: case TCSETSW: case TCSETSF: {
        struct host_termios h;
        struct arm_termios g;
        if (sys_copy_in(&g, arg, sizeof g)) return -EFAULT;
        h.c_iflag = g.c_iflag;
        h.c_oflag = g.c_oflag;
        h.c_cflag = g.c_cflag;
        h.c_lflag = g.c_lflag;
        h.c_line = g.c_line;
        memcpy(h.c_cc, g.c_cc, sizeof h.c_cc);
        return sys_ret(syscall(SYS_ioctl, fd, req, &h));
    }
    /* Arguments that are pointers to records identical on both sides
     * (int, pid_t, loff_t, struct winsize, struct termio, struct termios2,
     * the kernel's struct termios) or plain integers. */
    case TIOCGWINSZ: case TIOCSWINSZ: case TIOCGPGRP: case TIOCSPGRP: case TIOCGSID:
    case FIONREAD: case FIONBIO: case FIOASYNC: case TIOCOUTQ: case TIOCGPTN: case TIOCSPTLCK:
    case TIOCMGET: case TIOCMSET: case TIOCMBIS: case TIOCMBIC: case TIOCGETD: case TIOCSETD:
    case TIOCSTI: case TIOCPKT: case TIOCGPKT: case TIOCGPTLCK: case TIOCGEXCL: case TIOCGDEV:
    case TIOCGLCKTRMIOS: case TIOCSLCKTRMIOS: case TIOCSERGETLSR: case TIOCGSOFTCAR:
    case TIOCSSOFTCAR: case TCGETA: case TCSETA: case TCSETAW: case TCSETAF:
    case G_TCGETS2: case G_TCSETS2: case G_TCSETSW2: case G_TCSETSF2: case FIOQSIZE:
    case FIOGETOWN: case FIOSETOWN: case SIOCGPGRP: case SIOCSPGRP: case SIOCATMARK:
        return sys_ret(syscall(SYS_ioctl, fd, req, sys_ptr(arg)));
    case FIOCLEX: case FIONCLEX: case TIOCNOTTY: case TIOCEXCL: case TIOCNXCL: case TIOCCONS:
    case TCSBRK: case TCSBRKP: case TCXONC: case TCFLSH: case TIOCSCTTY: case TIOCSIG:
    case TIOCVHANGUP: case TIOCSBRK: case TIOCCBRK:
        return sys_ret(syscall(SYS_ioctl, fd, req, (long)(int32_t)arg));
    case TIOCGPTPEER: /* open flags, returns a descriptor */
        return sys_ret(syscall(SYS_ioctl, fd, req, (long)sys_oflags_to_host(arg)));
    /* struct ifreq: 32 bytes on ARM, 40 on x86-64 (its union holds a
     * struct ifmap with longs and pointers); these requests use only the
     * name and the first 16 bytes of the union. */
    case SIOCGIFNAME: case SIOCGIFINDEX: case SIOCGIFFLAGS: case SIOCSIFFLAGS: case SIOCGIFADDR:
    case SIOCGIFDSTADDR: case SIOCGIFBRDADDR: case SIOCGIFNETMASK: case SIOCGIFMTU:
    case SIOCGIFHWADDR: case SIOCGIFMETRIC: case SIOCGIFTXQLEN: {
        char h[40] = {0};
        if (sys_copy_in(h, arg, 32)) return -EFAULT;
        if (syscall(SYS_ioctl, fd, req, h) < 0) return -errno;
        return sys_copy_out(arg, h, 32);
    }
    case SIOCGIFCONF: return ifconf(fd, arg);
    /* The inode flag ioctls are declared with a long (so their numbers
     * differ) but carry an int. */
    case G_FS_IOC32_GETFLAGS: case G_FS_IOC32_GETVERSION: {
        long v = 0;
        if (syscall(SYS_ioctl, fd, req == G_FS_IOC32_GETFLAGS ? FS_IOC_GETFLAGS : FS_IOC_GETVERSION, &v) < 0)
            return -errno;
        int32_t g = (int32_t)v;
        return sys_copy_out(arg, &g, 4);
    }
    case G_FS_IOC32_SETFLAGS: case G_FS_IOC32_SETVERSION: {
        int32_t g;
        if (sys_copy_in(&g, arg, 4)) return -EFAULT;
        long v = g;
        return sys_ret(syscall(SYS_ioctl, fd, req == G_FS_IOC32_SETFLAGS ? FS_IOC_SETFLAGS : FS_IOC_SETVERSION, &v));
    }
    case FICLONE: case FICLONERANGE: case FIDEDUPERANGE: /* int, or records of u64s */
        return sys_ret(syscall(SYS_ioctl, fd, req, req == FICLONE ? (long)(int32_t)arg : (long)sys_ptr(arg)));
    default:
        if (opts.debug & DBG_UNIMP) armlet_warn("unimplemented ioctl 0x%x on fd %d", req, fd);
        return -ENOTTY;
    }
}

/* ---- epoll ---- */

SYSCALL(epoll_ctl) {
    struct epoll_event h;
    if (a3) {
        struct arm_epoll_event g;
        if (sys_copy_in(&g, a3, sizeof g)) return -EFAULT;
        h.events = g.events;
        h.data.u64 = g.data;
    }
    return sys_ret(syscall(SYS_epoll_ctl, (int32_t)a0, (int32_t)a1, (int32_t)a2, a3 ? &h : NULL));
}

static int get_sigmask(uint64_t *m, uint32_t a, uint32_t size);

/* timeout in ms, or for epoll_pwait2 a __kernel_timespec at ts_a (NULL:
 * wait for ever). */
static long do_epoll_wait(struct cpu *c, uint32_t epfd, uint32_t events, int32_t max, int32_t timeout,
                          uint32_t sig_a, uint32_t sigsize, int pwait2, uint32_t ts_a) {
    uint64_t mask;
    struct timespec ts;
    long r;
    if (pwait2 && ts_a && sys_get_ts(&ts, ts_a, 1, 1)) return -EFAULT;
    if (max <= 0 || max > (1 << 16)) return -EINVAL;
    if (!mem_check(events, (uint64_t)max * sizeof(struct arm_epoll_event), PG_W)) return -EFAULT;
    if (sig_a && (r = get_sigmask(&mask, sig_a, sigsize))) return r;
    struct epoll_event *h = malloc(max * sizeof *h);
    if (!h) return -ENOMEM;
    if (sig_a && sig_push_mask(c, mask)) r = -EINTR;
    else if (pwait2)
        r = safe_syscall(SYS_epoll_pwait2, (int32_t)epfd, (long)h, max, ts_a ? (long)&ts : 0, sig_a ? (long)&mask : 0, 8);
    else
        r = safe_syscall(SYS_epoll_pwait, (int32_t)epfd, (long)h, max, timeout, sig_a ? (long)&mask : 0, 8);
    if (sig_a) sig_pop_mask(c, r);
    for (long i = 0; i < r; i++) {
        struct arm_epoll_event g = {h[i].events, 0, h[i].data.u64};
        memcpy(g2h(events + i * sizeof g), &g, sizeof g);
    }
    free(h);
    return r;
}

SYSCALL(epoll_wait) { return do_epoll_wait(c, a0, a1, a2, a3, 0, 8, 0, 0); }
SYSCALL(epoll_pwait) { return do_epoll_wait(c, a0, a1, a2, a3, a4, a5, 0, 0); }
SYSCALL(epoll_pwait2) { return do_epoll_wait(c, a0, a1, a2, -1, a4, a5, 1, a3); }

/* ---- select / poll ---- */

static int get_sigmask(uint64_t *m, uint32_t a, uint32_t size) {
    if (size != 8) return -EINVAL;
    if (sys_copy_in(m, a, 8)) return -EFAULT;
    /* armlet's fault signals stay deliverable. */
    *m &= ~((1ull << (SIGSEGV - 1)) | (1ull << (SIGBUS - 1)) | (1ull << (SIGILL - 1)) |
            (1ull << (SIGFPE - 1)) | (1ull << (SIGTRAP - 1)));
    return 0;
}

/* fd_sets are bit arrays with identical byte layout (little-endian), but
 * the guest's is rounded to 32-bit words, the host's to 64-bit ones. */
struct fdsets {
    uint32_t addr[3];
    uint64_t *set[3];
    uint32_t bytes;
};

static long fdsets_in(struct fdsets *s, int32_t nfds, uint32_t r, uint32_t w, uint32_t e) {
    s->set[0] = s->set[1] = s->set[2] = NULL; /* fdsets_out frees them in every case */
    if (nfds < 0) return -EINVAL;
    if (nfds > 65536) nfds = 65536;
    s->bytes = ((uint32_t)nfds + 31) / 32 * 4;
    uint32_t hbytes = ((uint32_t)nfds + 63) / 64 * 8;
    s->addr[0] = r, s->addr[1] = w, s->addr[2] = e;
    for (int i = 0; i < 3; i++) {
        s->set[i] = NULL;
        if (!s->addr[i]) continue;
        s->set[i] = calloc(1, hbytes ? hbytes : 8);
        if (!s->set[i]) return -ENOMEM;
        if (s->bytes && sys_copy_in(s->set[i], s->addr[i], s->bytes)) return -EFAULT;
    }
    return 0;
}

static long fdsets_out(struct fdsets *s, long r) {
    for (int i = 0; i < 3; i++) {
        if (r >= 0 && s->set[i] && s->bytes && sys_copy_out(s->addr[i], s->set[i], s->bytes))
            r = -EFAULT;
        free(s->set[i]);
    }
    return r;
}

SYSCALL(select) {
    struct fdsets s;
    struct timeval tv;
    struct arm_timeval32 g;
    long r = fdsets_in(&s, (int32_t)a0, a1, a2, a3);
    if (!r && a4) {
        if (sys_copy_in(&g, a4, sizeof g)) r = -EFAULT;
        tv.tv_sec = g.tv_sec;
        tv.tv_usec = g.tv_usec;
    }
    if (!r) {
        r = safe_syscall(SYS_select, (int32_t)a0, (long)s.set[0], (long)s.set[1], (long)s.set[2], a4 ? (long)&tv : 0, 0);
        if (a4 && (r >= 0 || r == -EINTR)) {
            g.tv_sec = tv.tv_sec;
            g.tv_usec = tv.tv_usec;
            sys_copy_out(a4, &g, sizeof g);
        }
    }
    return fdsets_out(&s, r);
}

static long do_pselect6(struct cpu *c, uint32_t nfds, uint32_t r_, uint32_t w, uint32_t e, uint32_t ts_a, uint32_t sig_a, int is64) {
    struct fdsets s;
    struct timespec ts;
    uint64_t mask;
    struct { void *ss; size_t len; } sg = {NULL, 8};
    long r = fdsets_in(&s, (int32_t)nfds, r_, w, e);
    if (!r && ts_a && sys_get_ts(&ts, ts_a, 1, is64)) r = -EFAULT;
    if (!r && sig_a) {
        struct arm_sigset_arg ga;
        if (sys_copy_in(&ga, sig_a, sizeof ga)) r = -EFAULT;
        else if (ga.ss && (r = get_sigmask(&mask, ga.ss, ga.ss_len)) == 0) sg.ss = &mask;
    }
    if (!r) {
        if (sg.ss && sig_push_mask(c, mask))
            r = -EINTR;
        else
            r = safe_syscall(SYS_pselect6, (int32_t)nfds, (long)s.set[0], (long)s.set[1], (long)s.set[2],
                             ts_a ? (long)&ts : 0, sig_a ? (long)&sg : 0);
        if (sg.ss) sig_pop_mask(c, r);
        if (ts_a && (r >= 0 || r == -EINTR)) sys_put_ts(ts_a, &ts, is64);
    }
    return fdsets_out(&s, r);
}

SYSCALL(pselect6) { return do_pselect6(c, a0, a1, a2, a3, a4, a5, 0); }
SYSCALL(pselect6_64) { return do_pselect6(c, a0, a1, a2, a3, a4, a5, 1); }

long sys_put_ts(uint32_t a, const struct timespec *h, int is64) {
    if (is64) {
        struct arm_timespec64 g = {h->tv_sec, h->tv_nsec};
        return sys_copy_out(a, &g, sizeof g);
    }
    struct arm_timespec32 g = {(int32_t)h->tv_sec, (int32_t)h->tv_nsec};
    return sys_copy_out(a, &g, sizeof g);
}

static long do_ppoll(struct cpu *c, uint32_t fds, uint32_t nfds, uint32_t ts_a, uint32_t sig_a, uint32_t sigsize, int is64) {
    struct timespec ts;
    uint64_t mask;
    long r;
    if (ts_a && sys_get_ts(&ts, ts_a, 1, is64)) return -EFAULT;
    if (sig_a && (r = get_sigmask(&mask, sig_a, sigsize))) return r;
    if (sig_a && sig_push_mask(c, mask)) r = -EINTR;
    else r = safe_syscall(SYS_ppoll, (long)sys_ptr(fds), nfds, ts_a ? (long)&ts : 0, sig_a ? (long)&mask : 0, 8, 0);
    if (sig_a) sig_pop_mask(c, r);
    if (ts_a && (r >= 0 || r == -EINTR)) sys_put_ts(ts_a, &ts, is64);
    return r;
}

SYSCALL(ppoll) { return do_ppoll(c, a0, a1, a2, a3, a4, 0); }
SYSCALL(ppoll64) { return do_ppoll(c, a0, a1, a2, a3, a4, 1); }

