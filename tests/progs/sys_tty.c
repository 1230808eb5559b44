/* reference: native (qemu-arm 7.2 gets TIOCGSID and unknown ioctls wrong)
 * sys_tty.c: terminal ioctls on a pseudo-terminal: posix_openpt, grantpt,
 * unlockpt, ptsname (TIOCGPTN, TIOCSPTLCK), tcgetattr/tcsetattr (TCGETS,
 * TCSETS*), cfsetspeed, TIOCGWINSZ/TIOCSWINSZ, FIONREAD, FIONBIO, TCFLSH,
 * TIOCOUTQ, canonical and raw input through the line discipline, and job
 * control in a new session (TIOCSCTTY, tcgetpgrp/tcsetpgrp, TIOCGSID,
 * TIOCNOTTY). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#define TRY(label, call) do { errno = 0; long r_ = (long)(call); \
        printf("%s: %ld %s\n", label, r_, r_ < 0 ? strerrorname_np(errno) : "ok"); } while (0)

/* Reads what is there within a short wait. */
static void drain(const char *what, int fd)
{
    char buf[128] = {0};
    struct pollfd p = {fd, POLLIN, 0};
    long n = 0;
    if (poll(&p, 1, 500) > 0) n = read(fd, buf, sizeof buf - 1);
    printf("%s: %ld \"", what, n);
    for (long i = 0; i < n; i++) {
        if (buf[i] == '\n') printf("\\n");
        else if (buf[i] == '\r') printf("\\r");
        else if ((unsigned char)buf[i] < 32) printf("^%c", buf[i] + 64);
        else putchar(buf[i]);
    }
    printf("\"\n");
}

int main(void)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    int m = posix_openpt(O_RDWR | O_NOCTTY);
    printf("posix_openpt: %s\n", m >= 0 ? "ok" : strerrorname_np(errno));
    TRY("grantpt", grantpt(m));
    TRY("unlockpt", unlockpt(m));
    char *name = ptsname(m);
    printf("ptsname: %s\n", name && !strncmp(name, "/dev/pts/", 9) ? "/dev/pts/N" : "bad");
    int s = open(name, O_RDWR | O_NOCTTY);
    printf("open slave: %s isatty=%d\n", s >= 0 ? "ok" : strerrorname_np(errno), isatty(s));
    TRY("isatty master", isatty(m));

    /* termios. */
    struct termios t;
    TRY("tcgetattr", tcgetattr(s, &t));
    printf("  icanon=%d echo=%d veof=%d vintr=%d\n", !!(t.c_lflag & ICANON), !!(t.c_lflag & ECHO), t.c_cc[VEOF],
           t.c_cc[VINTR]);
    t.c_lflag &= ~ECHO;
    TRY("cfsetspeed", cfsetspeed(&t, B19200));
    TRY("tcsetattr NOW", tcsetattr(s, TCSANOW, &t));
    memset(&t, 0, sizeof t);
    tcgetattr(s, &t);
    printf("  echo=%d ospeed=%d ispeed=%d\n", !!(t.c_lflag & ECHO), cfgetospeed(&t) == B19200, cfgetispeed(&t) == B19200);
    TRY("tcgetattr non-tty", tcgetattr(1 + 1000, &t));

    /* Canonical input: the line arrives at the newline. */
    write(m, "hello\n", 6);
    drain("canonical read", s);
    write(m, "ab", 2);
    int n = -1;
    TRY("FIONREAD partial line", ioctl(s, FIONREAD, &n));
    printf("  n=%d\n", n);
    write(m, "\n", 1);
    usleep(20000);
    TRY("FIONREAD line", ioctl(s, FIONREAD, &n));
    printf("  n=%d\n", n);
    TRY("TCFLSH", tcflush(s, TCIFLUSH));
    TRY("FIONREAD after flush", ioctl(s, FIONREAD, &n));
    printf("  n=%d\n", n);

    /* Raw mode and output processing. */
    cfmakeraw(&t);
    TRY("tcsetattr raw", tcsetattr(s, TCSAFLUSH, &t));
    write(m, "x\003y", 3);
    drain("raw read", s);
    write(s, "out\n", 4);
    drain("master sees", m);
    tcgetattr(s, &t);
    t.c_oflag |= OPOST | ONLCR;
    tcsetattr(s, TCSADRAIN, &t);
    write(s, "crlf\n", 5);
    drain("master sees onlcr", m);

    /* Window size. */
    struct winsize ws = {24, 80, 0, 0};
    TRY("TIOCSWINSZ", ioctl(m, TIOCSWINSZ, &ws));
    memset(&ws, 0, sizeof ws);
    TRY("TIOCGWINSZ", ioctl(s, TIOCGWINSZ, &ws));
    printf("  %dx%d\n", ws.ws_col, ws.ws_row);

    /* FIONBIO. */
    int on = 1;
    TRY("FIONBIO on", ioctl(s, FIONBIO, &on));
    printf("  O_NONBLOCK=%d\n", !!(fcntl(s, F_GETFL) & O_NONBLOCK));
    char c;
    TRY("read empty nonblocking", read(s, &c, 1));
    on = 0;
    TRY("FIONBIO off", ioctl(s, FIONBIO, &on));
    printf("  O_NONBLOCK=%d\n", !!(fcntl(s, F_GETFL) & O_NONBLOCK));
    TRY("TIOCOUTQ", ioctl(s, TIOCOUTQ, &n));
    TRY("tcgetpgrp without ctty", tcgetpgrp(s));
    TRY("bad ioctl", ioctl(s, 0x5499, &n));

    /* Job control in a new session with the slave as controlling tty. */
    pid_t pid = fork();
    if (pid == 0) {
        setsid();
        TRY("child TIOCSCTTY", ioctl(s, TIOCSCTTY, 0));
        printf("child: tcgetpgrp==getpgrp %d\n", tcgetpgrp(s) == getpgrp());
        pid_t sid = -1;
        TRY("child TIOCGSID", ioctl(s, TIOCGSID, &sid));
        printf("child: sid==self %d\n", sid == getpid());
        pid_t g = fork();
        if (g == 0) {
            setpgid(0, 0);
            _exit(0);
        }
        setpgid(g, g);
        TRY("child tcsetpgrp other", tcsetpgrp(s, g));
        printf("child: foreground is other %d\n", tcgetpgrp(s) == g);
        waitpid(g, NULL, 0);
        TRY("child TIOCNOTTY", ioctl(s, TIOCNOTTY));
        _exit(0);
    }
    waitpid(pid, NULL, 0);
    close(s);
    close(m);
    return 0;
}
