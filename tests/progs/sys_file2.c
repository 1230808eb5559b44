/* reference: native (qemu-arm 7.2 refuses pwritev2 flags)
 * sys_file2.c: file syscalls with 64-bit arguments or ARM records: statx,
 * fstatfs64/statfs, truncate64/ftruncate64, pread64/pwrite64 past 4 GiB,
 * preadv/pwritev/preadv2, sendfile64, copy_file_range, fallocate,
 * posix_fadvise (arm_fadvise64_64), sync_file_range (arm_sync_file_range),
 * extended attributes, utimensat and futimesat, getdents64 and the old
 * getdents, inotify, flock, inode flags (FS_IOC_GETFLAGS), splice, tee
 * and vmsplice. Runs in a fresh empty directory; a file system that
 * refuses something prints the errno name, which the reference prints
 * too. */
#define _GNU_SOURCE
#define _FILE_OFFSET_BITS 64
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <linux/fs.h>
#include <sys/inotify.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/uio.h>
#include <sys/xattr.h>
#include <unistd.h>

#define TRY(label, call) do { errno = 0; long r_ = (long)(call); \
        printf("%s: %ld %s\n", label, r_, r_ < 0 ? strerrorname_np(errno) : "ok"); } while (0)

static long long fsize(const char *p)
{
    struct stat st;
    return stat(p, &st) < 0 ? -1 : (long long)st.st_size;
}

static int by_name(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Lists a directory's names (sorted) and types through getdents64. */
static void list64(const char *what, int fd)
{
    char buf[4096], *names[64];
    int n = 0;
    lseek(fd, 0, SEEK_SET);
    long r;
    while ((r = syscall(SYS_getdents64, fd, buf, sizeof buf)) > 0) {
        for (long i = 0; i < r;) {
            struct { uint64_t ino; int64_t off; unsigned short reclen; unsigned char type; char name[]; } *d = (void *)(buf + i);
            if (n < 64 && asprintf(&names[n], "%s:%d", d->name, d->type) > 0) n++;
            i += d->reclen;
        }
    }
    qsort(names, n, sizeof *names, by_name);
    printf("%s:", what);
    for (int i = 0; i < n; i++) printf(" %s", names[i]), free(names[i]);
    printf("\n");
}

int main(void)
{
    char buf[256];
    setvbuf(stdout, NULL, _IONBF, 0);

    int fd = open("big", O_RDWR | O_CREAT | O_TRUNC, 0644);
    /* 64-bit offsets: pwrite64/pread64 beyond 4 GiB on a sparse file. */
    const long long far = 0x100000123LL;
    TRY("pwrite64 far", pwrite(fd, "far away", 8, far));
    memset(buf, 0, sizeof buf);
    TRY("pread64 far", pread(fd, buf, 8, far));
    printf("  data=%s size=%lld\n", buf, fsize("big"));
    TRY("ftruncate64", ftruncate(fd, 0x180000000LL));
    printf("  size=%lld\n", fsize("big"));
    TRY("truncate64", truncate("big", 0x100000005LL));
    printf("  size=%lld\n", fsize("big"));
    TRY("lseek64 end", lseek(fd, 0, SEEK_END) == 0x100000005LL);
    TRY("ftruncate negative", ftruncate(fd, -1));

    /* statx. */
    struct statx sx;
    memset(&sx, 0xff, sizeof sx);
    TRY("statx", statx(AT_FDCWD, "big", AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS, &sx));
    printf("  mask_basic=%d size=%llu mode=%o nlink=%u blksize_ok=%d\n",
           (sx.stx_mask & STATX_BASIC_STATS) == STATX_BASIC_STATS, (unsigned long long)sx.stx_size,
           sx.stx_mode, sx.stx_nlink, sx.stx_blksize > 0);
    TRY("statx empty path", statx(fd, "", AT_EMPTY_PATH, STATX_SIZE, &sx));
    printf("  size=%llu\n", (unsigned long long)sx.stx_size);
    TRY("statx missing", statx(AT_FDCWD, "nope", 0, STATX_SIZE, &sx));

    /* statfs: the same file system seen both ways. */
    struct statfs sf1, sf2;
    TRY("fstatfs64", fstatfs(fd, &sf1));
    TRY("statfs64", statfs(".", &sf2));
    printf("  same type=%d same bsize=%d blocks_ok=%d namelen=%ld\n", sf1.f_type == sf2.f_type,
           sf1.f_bsize == sf2.f_bsize, sf1.f_blocks >= sf1.f_bfree, (long)sf1.f_namelen);
    TRY("statfs missing", statfs("nope", &sf1));
    {
        /* The old calls with the kernel's struct statfs of longs. */
        struct { long type, bsize, blocks, bfree, bavail, files, ffree; int fsid[2]; long namelen, frsize, flags, spare[4]; } k1, k2;
        TRY("statfs (longs)", syscall(SYS_statfs, ".", &k1));
        TRY("fstatfs (longs)", syscall(SYS_fstatfs, fd, &k2));
        printf("  type same %d bsize same %d namelen=%ld\n", k1.type == (long)sf2.f_type && k2.type == k1.type,
               k1.bsize == (long)sf2.f_bsize, k1.namelen);
    }
    close(fd);
    unlink("big");

    /* Vectored I/O at offsets. */
    fd = open("f", O_RDWR | O_CREAT | O_TRUNC, 0644);
    struct iovec iov[3] = {{"abc", 3}, {"", 0}, {"defgh", 5}};
    TRY("pwritev", pwritev(fd, iov, 3, 0x10));
    char a[4] = {0}, b[8] = {0};
    struct iovec in[2] = {{a, 3}, {b, 7}};
    TRY("preadv", preadv(fd, in, 2, 0x10));
    printf("  %s|%s\n", a, b);
    TRY("preadv negative", preadv(fd, in, 2, -1));
    lseek(fd, 0x11, SEEK_SET);
    memset(a, 0, sizeof a);
    memset(b, 0, sizeof b);
    TRY("preadv2 at -1", preadv2(fd, in, 2, -1, 0));
    printf("  %s|%s pos=%ld\n", a, b, (long)lseek(fd, 0, SEEK_CUR));
    TRY("pwritev2 RWF_APPEND", pwritev2(fd, iov, 1, 0, RWF_APPEND));
    printf("  size=%lld\n", fsize("f"));
    TRY("preadv2 bad flags", preadv2(fd, in, 2, 0, 0x40000000));
    TRY("preadv bad count", syscall(SYS_preadv, fd, in, -1, 0, 0));

    /* fallocate, fadvise, sync_file_range. */
    errno = 0;
    int r = fallocate(fd, 0, 0x10000, 0x2000);
    printf("fallocate: %d %s size=%lld\n", r, r ? strerrorname_np(errno) : "ok", r ? 0 : fsize("f"));
    r = fallocate(fd, FALLOC_FL_KEEP_SIZE, 0x100000000LL, 0x1000);
    printf("fallocate keep size: %d %s size=%lld\n", r, r ? strerrorname_np(errno) : "ok", fsize("f"));
    printf("posix_fadvise: %d\n", posix_fadvise(fd, 0x100000000LL, 0x1000, POSIX_FADV_DONTNEED));
    printf("posix_fadvise bad: %s\n", strerrorname_np(posix_fadvise(fd, 0, 0, 99)));
    TRY("sync_file_range", sync_file_range(fd, 0x100000000LL, 4096, SYNC_FILE_RANGE_WRITE));
    TRY("sync_file_range bad", sync_file_range(fd, 0, -5, SYNC_FILE_RANGE_WRITE));
    {
        /* Inode flags: the request number depends on sizeof(long). */
        int fl = -1;
        errno = 0;
        r = ioctl(fd, FS_IOC_GETFLAGS, &fl);
        printf("FS_IOC_GETFLAGS: %d %s", r, r ? strerrorname_np(errno) : "ok");
        if (!r) printf(" flags=0x%x", fl);
        printf("\n");
        if (!r) {
            errno = 0;
            r = ioctl(fd, FS_IOC_SETFLAGS, &fl);
            printf("FS_IOC_SETFLAGS same: %d %s\n", r, r ? strerrorname_np(errno) : "ok");
        }
    }
    TRY("flock ex", flock(fd, LOCK_EX | LOCK_NB));
    TRY("flock un", flock(fd, LOCK_UN));

    /* sendfile64 and copy_file_range. */
    int g = open("g", O_RDWR | O_CREAT | O_TRUNC, 0644);
    long off = 0x11; /* the plain call's offset is a long */
    TRY("sendfile", syscall(SYS_sendfile, g, fd, &off, 6));
    printf("  off=%ld\n", off);
    off64_t o64 = 0x10;
    TRY("sendfile64", sendfile(g, fd, &o64, 3));
    printf("  off=%lld\n", (long long)o64);
    loff_t oi = 0x12, oo = 0x100000000LL;
    errno = 0;
    long cr = copy_file_range(fd, &oi, g, &oo, 4, 0);
    printf("copy_file_range: %ld %s in=%lld out=%lld size=%lld\n", cr, cr < 0 ? strerrorname_np(errno) : "ok",
           (long long)oi, (long long)oo, fsize("g"));
    memset(buf, 0, sizeof buf);
    pread(g, buf, 9, 0);
    printf("  g: %s\n", buf);
    close(g);

    /* Extended attributes. */
    errno = 0;
    r = fsetxattr(fd, "user.armlet", "value1", 6, XATTR_CREATE);
    printf("fsetxattr: %d %s\n", r, r ? strerrorname_np(errno) : "ok");
    if (r == 0) {
        TRY("setxattr exists", setxattr("f", "user.armlet", "v", 1, XATTR_CREATE));
        TRY("lsetxattr", lsetxattr("f", "user.second", "22", 2, 0));
        memset(buf, 0, sizeof buf);
        TRY("getxattr", getxattr("f", "user.armlet", buf, sizeof buf));
        printf("  %s\n", buf);
        TRY("getxattr size", getxattr("f", "user.armlet", NULL, 0));
        TRY("fgetxattr small", fgetxattr(fd, "user.armlet", buf, 2));
        TRY("lgetxattr missing", lgetxattr("f", "user.none", buf, sizeof buf));
        long n = listxattr("f", buf, sizeof buf);
        int cnt = 0, has = 0;
        for (long i = 0; i < n; i += strlen(buf + i) + 1, cnt++)
            if (!strcmp(buf + i, "user.second")) has = 1;
        printf("listxattr: has user.second=%d\n", has);
        TRY("flistxattr size", flistxattr(fd, NULL, 0) == n);
        TRY("llistxattr", llistxattr("f", buf, sizeof buf) == n);
        TRY("removexattr", removexattr("f", "user.armlet"));
        TRY("fremovexattr", fremovexattr(fd, "user.second"));
        TRY("lremovexattr missing", lremovexattr("f", "user.second"));
    }

    /* Times. */
    struct timespec ts[2] = {{1000000000, 123456789}, {1200000000, 987654321}};
    TRY("utimensat", utimensat(AT_FDCWD, "f", ts, 0));
    struct stat st;
    stat("f", &st);
    printf("  atime=%ld.%09ld mtime=%ld.%09ld\n", (long)st.st_atim.tv_sec, st.st_atim.tv_nsec,
           (long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
    ts[0].tv_nsec = UTIME_OMIT;
    ts[1].tv_sec = 1300000000;
    ts[1].tv_nsec = 5;
    TRY("futimens", futimens(fd, ts));
    fstat(fd, &st);
    printf("  atime=%ld.%09ld mtime=%ld.%09ld\n", (long)st.st_atim.tv_sec, st.st_atim.tv_nsec,
           (long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
    ts[0].tv_nsec = 1000000000;
    TRY("utimensat bad nsec", utimensat(AT_FDCWD, "f", ts, 0));
    struct timeval tv[2] = {{1400000000, 1}, {1500000000, 2}};
    TRY("futimesat", futimesat(AT_FDCWD, "f", tv));
    stat("f", &st);
    printf("  atime=%ld.%09ld mtime=%ld.%09ld\n", (long)st.st_atim.tv_sec, st.st_atim.tv_nsec,
           (long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
    TRY("utimes", utimes("f", tv));
    close(fd);

    /* Directories. */
    mkdir("d", 0755);
    close(open("d/file", O_CREAT | O_WRONLY, 0644));
    mkdir("d/sub", 0755);
    symlink("file", "d/link");
    int dfd = open("d", O_RDONLY | O_DIRECTORY);
    list64("getdents64", dfd);
#ifdef SYS_getdents
    {
        /* The old call: 32-bit d_ino/d_off, d_type in the last byte. */
        char *names[16];
        int n = 0;
        lseek(dfd, 0, SEEK_SET);
        long k = syscall(SYS_getdents, dfd, buf, sizeof buf);
        for (long i = 0; i < k && n < 16;) {
            struct { unsigned long ino, off; unsigned short reclen; char name[]; } *d = (void *)(buf + i);
            if (asprintf(&names[n], "%s:%d", d->name, buf[i + d->reclen - 1]) > 0) n++;
            i += d->reclen;
        }
        qsort(names, n, sizeof *names, by_name);
        printf("getdents:");
        for (int i = 0; i < n; i++) printf(" %s", names[i]), free(names[i]);
        printf("\n");
        TRY("getdents at end", syscall(SYS_getdents, dfd, buf, sizeof buf));
        lseek(dfd, 0, SEEK_SET);
        TRY("getdents tiny buffer", syscall(SYS_getdents, dfd, buf, 8));
        /* A buffer for one or two records at a time: nothing lost. */
        lseek(dfd, 0, SEEK_SET);
        int total = 0, calls = 0;
        while ((k = syscall(SYS_getdents, dfd, buf, 32)) > 0 && calls < 100) {
            calls++;
            for (long i = 0; i < k; i += ((struct { unsigned long a, b; unsigned short reclen; } *)(buf + i))->reclen)
                total++;
        }
        printf("getdents 32-byte buffer: %d entries, last %ld\n", total, k);
    }
#endif
    TRY("getdents64 not dir", syscall(SYS_getdents64, 0, buf, sizeof buf) < 0 && errno == ENOTDIR);
    DIR *dir = opendir("d");
    int cnt = 0;
    while (readdir(dir)) cnt++;
    closedir(dir);
    printf("readdir count: %d\n", cnt);

    /* inotify. */
    int in_fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    int wd = inotify_add_watch(in_fd, "d", IN_CREATE | IN_DELETE | IN_MODIFY);
    printf("inotify_add_watch: %s\n", wd >= 0 ? "ok" : strerrorname_np(errno));
    close(open("d/new", O_CREAT | O_WRONLY, 0644));
    unlink("d/new");
    long n = read(in_fd, buf, sizeof buf);
    for (long i = 0; i < n;) {
        struct inotify_event *e = (struct inotify_event *)(buf + i);
        printf("  event wd_ok=%d mask=0x%x name=%s\n", e->wd == wd, e->mask, e->len ? e->name : "");
        i += sizeof *e + e->len;
    }
    TRY("inotify read empty", read(in_fd, buf, sizeof buf));
    TRY("inotify_rm_watch", inotify_rm_watch(in_fd, wd));
    TRY("inotify_rm_watch again", inotify_rm_watch(in_fd, wd));
    close(in_fd);

    /* splice, tee, vmsplice through pipes. */
    int p[2], q[2];
    pipe(p);
    pipe(q);
    struct iovec vi[2] = {{"vm", 2}, {"splice", 6}};
    TRY("vmsplice", vmsplice(p[1], vi, 2, 0));
    TRY("tee", tee(p[0], q[1], 100, 0));
    g = open("s", O_RDWR | O_CREAT | O_TRUNC, 0644);
    loff_t so = 0x100000000LL;
    TRY("splice to file", splice(p[0], NULL, g, &so, 100, 0));
    printf("  off=%lld\n", (long long)so);
    memset(buf, 0, sizeof buf);
    TRY("read tee copy", read(q[0], buf, sizeof buf));
    printf("  %s\n", buf);
    close(g);
    return 0;
}
