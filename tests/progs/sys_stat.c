/* sys_stat.c: the ARM struct stat64 and statfs64 as filled by the stat
 * family (stat, lstat, fstat, fstatat, statx), link counts, file types,
 * device numbers, timestamps set with utimensat/utimes, and error codes.
 * Runs in a fresh empty directory; prints no inode numbers or times of day. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/sysmacros.h>
#include <sys/time.h>
#include <unistd.h>

static const char *ename(int e)
{
    switch (e) {
    case 0: return "ok";
    case ENOENT: return "ENOENT";
    case ENOTDIR: return "ENOTDIR";
    case ENAMETOOLONG: return "ENAMETOOLONG";
    case EFAULT: return "EFAULT";
    case EBADF: return "EBADF";
    case ELOOP: return "ELOOP";
    }
    return "other";
}

static const char *type(mode_t m)
{
    return S_ISREG(m) ? "reg" : S_ISDIR(m) ? "dir" : S_ISLNK(m) ? "lnk" : S_ISCHR(m) ? "chr" :
           S_ISFIFO(m) ? "fifo" : "other";
}

static void show(const char *what, int r, const struct stat *st)
{
    if (r < 0) {
        printf("%s: %s\n", what, ename(errno));
        return;
    }
    printf("%s: %s mode 0%o nlink %lu size %lld\n", what, type(st->st_mode), st->st_mode & 07777,
           (unsigned long)st->st_nlink, (long long)st->st_size);
}

int main(void)
{
    struct stat st, st2;
    umask(022);
    int fd = open("file", O_RDWR | O_CREAT | O_TRUNC, 0640);
    char buf[10000];
    memset(buf, 'x', sizeof buf);
    write(fd, buf, sizeof buf);
    show("fstat", fstat(fd, &st), &st);
    printf("blocks > 0: %d, blksize > 0: %d\n", st.st_blocks > 0, st.st_blksize > 0);
    show("stat", stat("file", &st2), &st2);
    printf("same inode and device: %d\n", st.st_ino == st2.st_ino && st.st_dev == st2.st_dev);
    link("file", "hard");
    show("after link", stat("file", &st), &st);
    symlink("file", "sym");
    show("lstat symlink", lstat("sym", &st), &st);
    show("stat symlink", stat("sym", &st), &st);
    show("fstatat nofollow", fstatat(AT_FDCWD, "sym", &st, AT_SYMLINK_NOFOLLOW), &st);
    mkdir("dir", 0751);
    show("dir", stat("dir", &st), &st);
    int dfd = open("dir", O_RDONLY | O_DIRECTORY);
    close(open("dir/inner", O_WRONLY | O_CREAT, 0600));
    show("fstatat relative to dir fd", fstatat(dfd, "inner", &st, 0), &st);
    show("fstatat empty path", fstatat(dfd, "", &st, AT_EMPTY_PATH), &st);
    mkfifo("fifo", 0600);
    show("fifo", lstat("fifo", &st), &st);
    show("/dev/null", stat("/dev/null", &st), &st);
    printf("/dev/null rdev: %u,%u\n", major(st.st_rdev), minor(st.st_rdev));

    /* errors */
    errno = 0;
    show("missing", stat("missing", &st), &st);
    show("through a file", stat("file/x", &st), &st);
    char longname[5000];
    memset(longname, 'a', sizeof longname - 1);
    longname[sizeof longname - 1] = 0;
    show("long name", stat(longname, &st), &st);
    show("bad fd", fstat(1234, &st), &st);
    symlink("loop", "loop");
    show("symlink loop", stat("loop", &st), &st);

    /* timestamps */
    struct timespec ts[2] = {{1000000000, 0}, {1234567890, 0}};
    printf("utimensat: %d\n", utimensat(AT_FDCWD, "file", ts, 0));
    stat("file", &st);
    printf("atime %lld mtime %lld\n", (long long)st.st_atime, (long long)st.st_mtime);
    ts[0].tv_nsec = UTIME_OMIT;
    ts[1].tv_sec = 1500000000;
    printf("utimensat omit atime: %d\n", utimensat(AT_FDCWD, "file", ts, 0));
    stat("file", &st);
    printf("atime %lld mtime %lld\n", (long long)st.st_atime, (long long)st.st_mtime);
    struct timeval tv[2] = {{1100000000, 0}, {1200000000, 0}};
    printf("utimes: %d\n", utimes("file", tv));
    fstat(fd, &st);
    printf("atime %lld mtime %lld\n", (long long)st.st_atime, (long long)st.st_mtime);
    ts[0] = (struct timespec){1300000000, 0};
    ts[1] = (struct timespec){1300000001, 0};
    printf("futimens: %d\n", futimens(fd, ts));
    fstat(fd, &st);
    printf("atime %lld mtime %lld\n", (long long)st.st_atime, (long long)st.st_mtime);
    printf("lutimes on symlink: %d\n", utimensat(AT_FDCWD, "sym", ts, AT_SYMLINK_NOFOLLOW));

    /* statx */
    struct statx sx;
    printf("statx: %d\n", statx(AT_FDCWD, "file", 0, STATX_SIZE | STATX_MODE | STATX_NLINK, &sx));
    printf("statx size %llu nlink %u mode 0%o\n", (unsigned long long)sx.stx_size, sx.stx_nlink,
           sx.stx_mode & 07777);

    /* file systems */
    struct statfs sf, sf2;
    printf("statfs: %d\n", statfs(".", &sf));
    printf("fstatfs: %d\n", fstatfs(fd, &sf2));
    printf("same fs: %d, bsize > 0: %d, namelen %ld\n", sf.f_type == sf2.f_type && sf.f_bsize == sf2.f_bsize,
           sf.f_bsize > 0, (long)sf.f_namelen);

    /* truncation shows in the size */
    ftruncate(fd, 3);
    show("after ftruncate", fstat(fd, &st), &st);
    truncate("hard", 0);
    show("after truncate via hard link", stat("file", &st), &st);
    close(fd);
    close(dfd);
    return 0;
}
