/* sig_restart.c: a blocking read interrupted by SIGALRM (setitimer/alarm)
 * is restarted with SA_RESTART and fails with EINTR without it; calls the
 * kernel never restarts (pause, nanosleep, select) fail with EINTR either
 * way; wait4 is restarted. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/select.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int fds[2];
static volatile int alarms;

static void on_alarm(int s) {
    alarms++;
    /* Give the restarted read something to return. */
    if (write(fds[1], "x", 1) != 1) _exit(9);
}

static void on_alarm_quiet(int s) { alarms++; }

static void handler(void (*h)(int), int flags) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = h;
    sa.sa_flags = flags;
    sigaction(SIGALRM, &sa, NULL);
}

static void shot(int ms) {
    struct itimerval it = {{0, 0}, {0, ms * 1000}};
    setitimer(ITIMER_REAL, &it, NULL);
}

int main(void) {
    char c;
    ssize_t n;
    setvbuf(stdout, NULL, _IONBF, 0);
    if (pipe(fds)) return 1;

    handler(on_alarm, SA_RESTART);
    shot(50);
    n = read(fds[0], &c, 1);
    printf("SA_RESTART read: %zd '%c' alarms %d\n", n, n == 1 ? c : '?', alarms);

    handler(on_alarm, 0);
    shot(50);
    n = read(fds[0], &c, 1);
    printf("no SA_RESTART read: %zd %s alarms %d\n", n, n < 0 ? strerror(errno) : "", alarms);
    n = read(fds[0], &c, 1); /* the byte the handler wrote */
    printf("then read: %zd '%c'\n", n, n == 1 ? c : '?');

    handler(on_alarm_quiet, SA_RESTART);
    alarm(1);
    int r = pause();
    printf("pause: %d %s alarms %d\n", r, strerror(errno), alarms);

    shot(50);
    struct timespec ts = {5, 0};
    r = nanosleep(&ts, &ts);
    printf("nanosleep: %d %s, remaining >= 4 s: %d\n", r, strerror(errno), ts.tv_sec >= 4);

    shot(50);
    fd_set rd;
    FD_ZERO(&rd);
    FD_SET(fds[0], &rd);
    r = select(fds[0] + 1, &rd, NULL, NULL, NULL);
    printf("select: %d %s\n", r, strerror(errno));

    /* wait4 restarts under SA_RESTART: the child outlives the alarm. */
    pid_t pid = fork();
    if (pid == 0) {
        struct timespec t = {0, 200 * 1000000};
        nanosleep(&t, NULL);
        _exit(5);
    }
    shot(50);
    int st;
    pid_t w = waitpid(pid, &st, 0);
    printf("waitpid: %s status %d alarms %d\n", w == pid ? "child" : "error", WEXITSTATUS(st), alarms);

    handler(on_alarm_quiet, 0);
    pid = fork();
    if (pid == 0) {
        struct timespec t = {0, 200 * 1000000};
        nanosleep(&t, NULL);
        _exit(6);
    }
    shot(50);
    w = waitpid(pid, &st, 0);
    printf("waitpid without SA_RESTART: %d %s\n", (int)w, w < 0 ? strerror(errno) : "");
    w = waitpid(pid, &st, 0);
    printf("waitpid again: %s status %d\n", w == pid ? "child" : "error", WEXITSTATUS(st));
    return 0;
}
