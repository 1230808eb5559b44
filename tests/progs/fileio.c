/* fileio.c: file I/O in the current (fresh, empty) directory: open, write,
 * read, lseek, pread/pwrite, fstat/stat/lstat, rename, link counts, unlink,
 * mkdir/rmdir, opendir/readdir (sorted), dup/dup2, pipe, fcntl, getcwd,
 * chdir, access, truncate, symlink/readlink, and stdio on top. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define CHECK(x) do { if (!(x)) { printf("check failed line %d: %s (errno %d %s)\n", \
        __LINE__, #x, errno, strerror(errno)); exit(1); } } while (0)

static int cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void list(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    char *names[64];
    int n = 0, i;
    CHECK(d);
    while ((e = readdir(d)) && n < 64) {
        names[n] = strdup(e->d_name);
        if (e->d_type == DT_DIR)
            strcat(names[n] = realloc(names[n], strlen(e->d_name) + 2), "/");
        n++;
    }
    closedir(d);
    qsort(names, n, sizeof names[0], cmp);
    printf("ls %s:", dir);
    for (i = 0; i < n; i++) {
        printf(" %s", names[i]);
        free(names[i]);
    }
    printf("\n");
}

static void showstat(const char *path)
{
    struct stat st;
    if (lstat(path, &st) < 0) {
        printf("lstat %s: %s\n", path, strerror(errno));
        return;
    }
    printf("stat %s: size %lld type %s mode %o nlink %lu blksize-ok %d\n", path,
           (long long)st.st_size, S_ISREG(st.st_mode) ? "reg" : S_ISDIR(st.st_mode) ? "dir"
           : S_ISLNK(st.st_mode) ? "lnk" : "other", (unsigned)(st.st_mode & 07777),
           (unsigned long)st.st_nlink, st.st_blksize > 0);
}

int main(void)
{
    char buf[4096], cwd[1024];
    int fd, fd2, p[2], i;
    ssize_t n;
    off_t off;
    FILE *f;
    struct stat st1, st2;
    long sum = 0;

    umask(022);
    list(".");
    fd = open("data.bin", O_CREAT | O_WRONLY | O_TRUNC, 0644);
    CHECK(fd >= 0);
    for (i = 0; i < (int)sizeof buf; i++)
        buf[i] = (char)(i * 7 + 3);
    for (i = 0; i < 10; i++)
        CHECK(write(fd, buf, sizeof buf) == (ssize_t)sizeof buf);
    CHECK(close(fd) == 0);
    showstat("data.bin");

    fd = open("data.bin", O_RDWR);
    CHECK(fd >= 0);
    off = lseek(fd, 0, SEEK_END);
    printf("size by lseek %lld\n", (long long)off);
    off = lseek(fd, 12345, SEEK_SET);
    n = read(fd, buf, 10);
    printf("read at %lld: %zd bytes, first %d\n", (long long)off, n, (unsigned char)buf[0]);
    printf("cur %lld\n", (long long)lseek(fd, 0, SEEK_CUR));
    printf("back %lld\n", (long long)lseek(fd, -100, SEEK_CUR));
    CHECK(pwrite(fd, "HELLO", 5, 100) == 5);
    CHECK(pread(fd, buf, 8, 98) == 8);
    printf("pread %02x %02x [%.5s] %02x\n", (unsigned char)buf[0], (unsigned char)buf[1],
           buf + 2, (unsigned char)buf[7]);
    lseek(fd, 0, SEEK_SET);
    while ((n = read(fd, buf, 1000)) > 0)
        for (i = 0; i < n; i++)
            sum = sum * 31 + (unsigned char)buf[i];
    printf("checksum %ld\n", sum);
    /* Sparse: seek past the end and write, the hole reads as zeros. */
    lseek(fd, 100000, SEEK_SET);
    CHECK(write(fd, "end", 3) == 3);
    CHECK(pread(fd, buf, 4, 99998) == 4);
    printf("hole %d %d %c%c\n", buf[0], buf[1], buf[2], buf[3]);
    CHECK(ftruncate(fd, 50000) == 0);
    CHECK(fstat(fd, &st1) == 0);
    printf("after ftruncate %lld\n", (long long)st1.st_size);
    fd2 = dup(fd);
    CHECK(fd2 > fd);
    printf("dup shares offset: %lld %lld\n", (long long)lseek(fd, 777, SEEK_SET),
           (long long)lseek(fd2, 0, SEEK_CUR));
    CHECK(dup2(fd, 20) == 20);
    printf("fcntl cloexec %d -> ", fcntl(20, F_GETFD));
    fcntl(20, F_SETFD, FD_CLOEXEC);
    printf("%d\n", fcntl(20, F_GETFD));
    printf("fl accmode rdwr %d\n", (fcntl(fd, F_GETFL) & O_ACCMODE) == O_RDWR);
    close(20);
    close(fd2);
    close(fd);

    CHECK(mkdir("sub", 0755) == 0);
    printf("mkdir again: %s\n", mkdir("sub", 0755) < 0 ? strerror(errno) : "ok?");
    CHECK(mkdir("sub/deeper", 0700) == 0);
    CHECK(rename("data.bin", "sub/moved.bin") == 0);
    printf("open old name: %s\n", open("data.bin", O_RDONLY) < 0 ? strerror(errno) : "ok?");
    CHECK(link("sub/moved.bin", "hard") == 0);
    showstat("hard");
    CHECK(stat("sub/moved.bin", &st1) == 0 && stat("hard", &st2) == 0);
    printf("same inode %d\n", st1.st_ino == st2.st_ino);
    CHECK(symlink("sub/moved.bin", "soft") == 0);
    n = readlink("soft", buf, sizeof buf);
    printf("readlink %zd [%.*s]\n", n, (int)n, buf);
    showstat("soft");
    showstat("sub");
    printf("access R %d W %d X %d missing %d\n", access("hard", R_OK), access("hard", W_OK),
           access("hard", X_OK) == 0, access("nope", F_OK));

    f = fopen("text.txt", "w");
    CHECK(f);
    for (i = 0; i < 50; i++)
        fprintf(f, "line %d: %s\n", i, i % 3 ? "fizz" : "buzz");
    fclose(f);
    f = fopen("text.txt", "r");
    CHECK(f);
    i = 0;
    while (fgets(buf, sizeof buf, f)) {
        if (i++ % 10 == 0)
            fputs(buf, stdout);
    }
    printf("lines %d\n", i);
    fclose(f);
    f = fopen("text.txt", "a+");
    fprintf(f, "appended\n");
    fseek(f, -9, SEEK_END);
    fgets(buf, sizeof buf, f);
    printf("tail: %s", buf);
    fclose(f);
    showstat("text.txt");

    CHECK(pipe(p) == 0);
    CHECK(write(p[1], "through the pipe", 16) == 16);
    close(p[1]);
    n = read(p[0], buf, sizeof buf);
    printf("pipe %zd [%.*s] then %zd\n", n, (int)n, buf, read(p[0], buf, 1));
    close(p[0]);

    CHECK(getcwd(cwd, sizeof cwd));
    CHECK(chdir("sub") == 0);
    list(".");
    CHECK(getcwd(buf, sizeof buf));
    printf("cwd is old/sub: %d\n", strlen(buf) == strlen(cwd) + 4 && !strncmp(buf, cwd, strlen(cwd)));
    CHECK(chdir("..") == 0);
    list("sub");
    list(".");
    printf("rmdir nonempty: %s\n", rmdir("sub") < 0 ? strerror(errno) : "ok?");
    CHECK(unlink("sub/moved.bin") == 0);
    showstat("hard");
    printf("stat dangling: %s\n", stat("soft", &st1) < 0 ? strerror(errno) : "ok?");
    CHECK(rmdir("sub/deeper") == 0 && rmdir("sub") == 0);
    CHECK(unlink("hard") == 0 && unlink("soft") == 0 && unlink("text.txt") == 0);
    printf("unlink missing: %s\n", unlink("hard") < 0 ? strerror(errno) : "ok?");
    printf("open dir for write: %s\n", open(".", O_WRONLY) < 0 ? strerror(errno) : "ok?");
    list(".");
    return 0;
}
