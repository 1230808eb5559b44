/* sys_fcntl.c: descriptor syscalls whose flags or records differ between
 * ARM and x86-64: open flags (O_DIRECTORY, O_NOFOLLOW moved on ARM), F_GETFL
 * and F_SETFL, FD_CLOEXEC, F_DUPFD, record locks seen from another process
 * (struct flock and flock64), pipe2 flags, 64-bit offsets through the
 * register pairs (lseek64, pread64/pwrite64, ftruncate64, fallocate),
 * readv/writev, sendfile and fadvise. Runs in a fresh empty directory. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

static const char *ename(int e)
{
    switch (e) {
    case 0: return "ok";
    case ENOENT: return "ENOENT";
    case ENOTDIR: return "ENOTDIR";
    case ELOOP: return "ELOOP";
    case EEXIST: return "EEXIST";
    case EAGAIN: return "EAGAIN";
    case EBADF: return "EBADF";
    case EINVAL: return "EINVAL";
    case EISDIR: return "EISDIR";
    case EOVERFLOW: return "EOVERFLOW";
    case ESPIPE: return "ESPIPE";
    }
    return "other";
}

/* Evaluates the call, then prints its result and errno's name. */
#define TRY(label, call) do { errno = 0; long r_ = (long)(call); \
        printf("%s: %ld %s\n", label, r_, ename(errno)); } while (0)

static void try_open(const char *what, const char *path, int flags)
{
    errno = 0;
    int fd = open(path, flags, 0644);
    printf("open %s: %s\n", what, fd >= 0 ? "ok" : ename(errno));
    if (fd >= 0) close(fd);
}

#define SHOWFL(fd) (fcntl(fd, F_GETFL) & (O_ACCMODE | O_APPEND | O_NONBLOCK | O_DIRECTORY | O_NOFOLLOW))

int main(void)
{
    int fd = open("f", O_RDWR | O_CREAT | O_TRUNC, 0644);
    write(fd, "0123456789", 10);
    close(fd);
    symlink("f", "link");
    mkdir("d", 0755);

    try_open("dir O_DIRECTORY", "d", O_RDONLY | O_DIRECTORY);
    try_open("file O_DIRECTORY", "f", O_RDONLY | O_DIRECTORY);
    try_open("symlink O_NOFOLLOW", "link", O_RDONLY | O_NOFOLLOW);
    try_open("symlink followed", "link", O_RDONLY);
    try_open("O_CREAT|O_EXCL existing", "f", O_RDWR | O_CREAT | O_EXCL);
    try_open("dir for writing", "d", O_WRONLY);
    try_open("missing", "nope", O_RDONLY);
    try_open("O_PATH dir", "d", O_PATH | O_DIRECTORY);

    fd = open("f", O_WRONLY | O_APPEND);
    printf("F_GETFL wronly|append: 0%o\n", SHOWFL(fd));
    printf("F_SETFL nonblock: %d\n", fcntl(fd, F_SETFL, O_NONBLOCK | O_APPEND));
    printf("F_GETFL now: 0%o\n", SHOWFL(fd));
    printf("F_GETFD: %d\n", fcntl(fd, F_GETFD));
    printf("F_SETFD: %d, F_GETFD: %d\n", fcntl(fd, F_SETFD, FD_CLOEXEC), fcntl(fd, F_GETFD));
    int d10 = fcntl(fd, F_DUPFD, 10);
    printf("F_DUPFD 10: %d cloexec %d\n", d10 >= 10, fcntl(d10, F_GETFD));
    int d11 = fcntl(fd, F_DUPFD_CLOEXEC, 10);
    printf("F_DUPFD_CLOEXEC: %d cloexec %d\n", d11 > d10, fcntl(d11, F_GETFD));
    close(d10);
    close(d11);
    close(fd);
    int dfd = open("d", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    printf("dir F_GETFL: 0%o, cloexec %d\n", SHOWFL(dfd), fcntl(dfd, F_GETFD));
    close(dfd);
    TRY("F_GETFL on bad fd", fcntl(99, F_GETFL));

    /* record locks, as another process sees them */
    fd = open("f", O_RDWR);
    struct flock fl = {.l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 2, .l_len = 5};
    printf("F_SETLK: %d\n", fcntl(fd, F_SETLK, &fl));
    fflush(stdout);
    pid_t me = getpid(), pid = fork();
    if (pid == 0) {
        int f2 = open("f", O_RDWR);
        struct flock q = {.l_type = F_RDLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 100};
        printf("child F_GETLK: %d type %s start %ld len %ld owner is parent %d\n",
               fcntl(f2, F_GETLK, &q), q.l_type == F_WRLCK ? "WRLCK" : "other", (long)q.l_start,
               (long)q.l_len, q.l_pid == me);
        struct flock64 q64 = {.l_type = F_RDLCK, .l_whence = SEEK_SET, .l_start = 3, .l_len = 1};
        printf("child F_GETLK64: %d type %s start %lld len %lld\n", fcntl(f2, F_GETLK64, &q64),
               q64.l_type == F_WRLCK ? "WRLCK" : "other", (long long)q64.l_start, (long long)q64.l_len);
        q.l_type = F_RDLCK;
        q.l_start = 3;
        q.l_len = 1;
        errno = 0;
        int r = fcntl(f2, F_SETLK, &q);
        printf("child F_SETLK conflicting: %d %s\n", r,
               errno == EAGAIN || errno == EACCES ? "busy" : ename(errno));
        q.l_start = 8;
        printf("child F_SETLK elsewhere: %d\n", fcntl(f2, F_SETLK, &q));
        q.l_type = F_UNLCK;
        q.l_start = 0;
        q.l_len = 0;
        fcntl(f2, F_GETLK, &q);
        fflush(stdout);
        _exit(0);
    }
    waitpid(pid, NULL, 0);
    fl.l_type = F_UNLCK;
    printf("unlock: %d\n", fcntl(fd, F_SETLK, &fl));
    close(fd);

    /* pipe2 flags */
    int p[2];
    printf("pipe2: %d\n", pipe2(p, O_NONBLOCK | O_CLOEXEC));
    char c;
    TRY("read empty nonblocking", read(p[0], &c, 1));
    printf("pipe2 cloexec %d nonblock %d\n", fcntl(p[0], F_GETFD), !!(fcntl(p[1], F_GETFL) & O_NONBLOCK));
    TRY("lseek on pipe", lseek(p[0], 0, SEEK_SET));
    printf("dup3 cloexec: %d\n", fcntl(dup3(p[0], 20, O_CLOEXEC), F_GETFD));
    close(20);
    close(p[0]);
    close(p[1]);

    /* 64-bit offsets */
    fd = open("big", O_RDWR | O_CREAT | O_TRUNC, 0644);
    off64_t four_g = 4LL << 30;
    printf("lseek64 to 3G: %lld\n", (long long)lseek64(fd, 3LL << 30, SEEK_SET));
    printf("ftruncate64 5G: %d\n", ftruncate64(fd, 5LL << 30));
    struct stat64 st;
    fstat64(fd, &st);
    printf("size: %lld\n", (long long)st.st_size);
    printf("pwrite64 at 4G+1: %zd\n", pwrite64(fd, "high", 4, four_g + 1));
    char buf[16] = {0};
    printf("pread64 at 4G: %zd [%c%c%c%c%c]\n", pread64(fd, buf, 5, four_g), buf[0] ? buf[0] : '0',
           buf[1], buf[2], buf[3], buf[4]);
    printf("lseek64 end: %lld\n", (long long)lseek64(fd, 0, SEEK_END));
    printf("lseek64 cur-1: %lld\n", (long long)lseek64(fd, -1, SEEK_CUR));
    TRY("plain lseek past 2G", lseek(fd, 0, SEEK_END));
    printf("posix_fadvise: %d\n", posix_fadvise64(fd, four_g, 4096, POSIX_FADV_DONTNEED));
    printf("truncate64 to 6G: %d\n", truncate64("big", 6LL << 30));
    stat64("big", &st);
    printf("size: %lld\n", (long long)st.st_size);
    close(fd);
    unlink("big");

    /* vectored I/O */
    fd = open("v", O_RDWR | O_CREAT | O_TRUNC, 0644);
    struct iovec iov[3] = {{"abc", 3}, {"", 0}, {"defgh", 5}};
    printf("writev: %zd\n", writev(fd, iov, 3));
    char x[4] = {0}, y[8] = {0};
    struct iovec in[2] = {{x, 2}, {y, 7}};
    lseek(fd, 0, SEEK_SET);
    printf("readv: %zd [%s] [%s]\n", readv(fd, in, 2), x, y);
    memset(x, 0, sizeof x);
    memset(y, 0, sizeof y);
    printf("preadv at 3: %zd [%s] [%s]\n", preadv(fd, in, 2, 3), x, y);
    volatile int bad = -1;
    TRY("writev bad count", writev(fd, iov, bad));

    /* sendfile from a file into another */
    int out = open("copy", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    off_t off = 2;
    printf("sendfile: %zd, offset now %ld\n", sendfile(out, fd, &off, 4), (long)off);
    close(out);
    out = open("copy", O_RDONLY);
    memset(y, 0, sizeof y);
    printf("copied: %zd [%s]\n", read(out, y, 7), y);
    close(out);
    close(fd);
    return 0;
}
