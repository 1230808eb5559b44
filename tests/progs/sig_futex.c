/* reference: native */
/* sig_futex.c: glibc's futex users interrupted by signals. A thread sleeps
 * in pthread_cond_timedwait, sem_timedwait (absolute CLOCK_REALTIME
 * timeouts, the FUTEX_WAIT_BITSET|FUTEX_CLOCK_REALTIME path) or
 * pthread_join while another thread signals it again and again (SA_RESTART
 * and not). glibc aborts ("The futex facility returned an unexpected error
 * code") on any futex result it does not expect, and a restarted absolute
 * wait must still end at its deadline, not later and not at once. */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static volatile int handled;
static pthread_t target;
static volatile int stop;

static void on_usr1(int s) { __atomic_fetch_add(&handled, 1, __ATOMIC_SEQ_CST); }

/* Signals the target every 200 us until told to stop. */
static void *pester(void *arg) {
    while (!__atomic_load_n(&stop, __ATOMIC_SEQ_CST)) {
        pthread_kill(target, SIGUSR1);
        usleep(200);
    }
    return NULL;
}

static struct timespec deadline(long ms) {
    struct timespec t;
    clock_gettime(CLOCK_REALTIME, &t);
    long long ns = t.tv_nsec + ms % 1000 * 1000000LL; /* long is 32-bit on ARM */
    t.tv_sec += ms / 1000 + ns / 1000000000;
    t.tv_nsec = ns % 1000000000;
    return t;
}

static long ms_late(const struct timespec *d) {
    struct timespec n;
    clock_gettime(CLOCK_REALTIME, &n);
    return (n.tv_sec - d->tv_sec) * 1000 + (n.tv_nsec - d->tv_nsec) / 1000000;
}

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static sem_t sem;

/* Waits that only the deadline ends: timed out at (not before) it. */
static void timed_waits(const char *how) {
    pthread_t p;
    target = pthread_self();
    stop = 0;
    handled = 0;
    pthread_create(&p, NULL, pester, NULL);

    int ok = 1, eintr = 0;
    for (int i = 0; i < 5; i++) {
        struct timespec d = deadline(30);
        pthread_mutex_lock(&mu);
        int r;
        do r = pthread_cond_timedwait(&cv, &mu, &d); while (r == 0);
        pthread_mutex_unlock(&mu);
        long late = ms_late(&d);
        if (r != ETIMEDOUT || late < 0 || late > 1000) {
            printf("cond_timedwait: %s, %ld ms late\n", strerrorname_np(r), late);
            ok = 0;
        }
    }
    printf("%s cond_timedwait: %s\n", how, ok ? "timed out at the deadline" : "wrong");

    ok = 1;
    sem_init(&sem, 0, 0);
    for (int i = 0; i < 5; i++) {
        struct timespec d = deadline(30);
        int r;
        while ((r = sem_timedwait(&sem, &d)) < 0 && errno == EINTR) eintr = 1;
        int e = errno;
        long late = ms_late(&d);
        if (r != -1 || e != ETIMEDOUT || late < 0 || late > 1000) {
            printf("sem_timedwait: %d %s, %ld ms late\n", r, strerrorname_np(e), late);
            ok = 0;
        }
    }
    printf("%s sem_timedwait: %s\n", how, ok ? "timed out at the deadline" : "wrong");
    /* Linux: an interrupted futex wait with a timeout is never restarted
     * (EINTR even with SA_RESTART); whether one was seen depends on timing. */
    (void)eintr;

    stop = 1;
    pthread_join(p, NULL);
    printf("%s: signals handled: %s\n", how, handled > 0 ? "yes" : "no");
}

/* A post or a signal from another thread ends these waits. */
static void *poster(void *arg) {
    for (int i = 0; i < 200; i++) {
        usleep(100);
        sem_post(&sem);
    }
    return NULL;
}

static void *sleeper(void *arg) {
    usleep(30000);
    return (void *)42L;
}

static void woken_waits(const char *how) {
    pthread_t p, q;
    target = pthread_self();
    stop = 0;
    pthread_create(&p, NULL, pester, NULL);

    sem_init(&sem, 0, 0);
    pthread_create(&q, NULL, poster, NULL);
    int got = 0;
    for (int i = 0; i < 200; i++) {
        struct timespec d = deadline(10000);
        int r;
        while ((r = sem_timedwait(&sem, &d)) < 0 && errno == EINTR) continue;
        if (r == 0) got++;
    }
    pthread_join(q, NULL);
    printf("%s sem_timedwait with posts: %d of 200\n", how, got);

    void *ret = NULL;
    pthread_create(&q, NULL, sleeper, NULL);
    int r = pthread_join(q, &ret);
    printf("%s pthread_join: %d, %ld\n", how, r, (long)ret);

    stop = 1;
    pthread_join(p, NULL);
}

int main(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_usr1;
    sa.sa_flags = SA_RESTART;
    sigaction(SIGUSR1, &sa, NULL);
    timed_waits("SA_RESTART");
    woken_waits("SA_RESTART");

    sa.sa_flags = 0;
    sigaction(SIGUSR1, &sa, NULL);
    timed_waits("no SA_RESTART");
    woken_waits("no SA_RESTART");
    return 0;
}
