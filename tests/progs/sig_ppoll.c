/* ppoll and pselect with a temporary signal mask: a pending signal that
 * only the temporary mask unblocks is delivered during the call, which
 * fails with EINTR; afterwards the original mask is back. */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/select.h>
#include <time.h>

static volatile int hits;
static int blocked_in_handler;

static void on_usr1(int sig) {
    sigset_t cur;
    sigprocmask(SIG_BLOCK, NULL, &cur);
    blocked_in_handler = sigismember(&cur, SIGUSR2);
    hits++;
}

static void report(const char *what, int r) {
    sigset_t cur;
    sigprocmask(SIG_BLOCK, NULL, &cur);
    printf("%s: r=%d errno=%s hits=%d usr1 blocked after=%d usr2 blocked in handler=%d\n", what, r,
           r < 0 ? strerrorname_np(errno) : "-", hits, sigismember(&cur, SIGUSR1), blocked_in_handler);
}

int main(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_usr1;
    sigaction(SIGUSR1, &sa, NULL);

    sigset_t block, tmp;
    sigemptyset(&block);
    sigaddset(&block, SIGUSR1);
    sigprocmask(SIG_BLOCK, &block, NULL);
    sigemptyset(&tmp);
    sigaddset(&tmp, SIGUSR2); /* the temporary mask blocks USR2 only */

    struct timespec ts = {1, 0};
    raise(SIGUSR1);
    printf("pending before: hits=%d\n", hits);
    int r = ppoll(NULL, 0, &ts, &tmp);
    report("ppoll", r);

    raise(SIGUSR1);
    r = pselect(0, NULL, NULL, NULL, &ts, &tmp);
    report("pselect", r);

    /* Without a pending signal the call times out normally. */
    struct timespec shortts = {0, 1000000};
    r = ppoll(NULL, 0, &shortts, &tmp);
    report("ppoll timeout", r);
    return 0;
}
