/* reference: native (the futex operations are the kernel's) */
/* thread_futex.c: the futex operations glibc and other runtimes use, as
 * raw syscalls between threads: WAIT/WAKE (private and shared), a value
 * mismatch (EAGAIN), relative and absolute timeouts (WAIT_BITSET with
 * CLOCK_REALTIME and CLOCK_MONOTONIC), bitset-selective wake, REQUEUE and
 * CMP_REQUEUE (EAGAIN on mismatch), WAKE_OP, the priority-inheritance
 * ops LOCK_PI / TRYLOCK_PI / UNLOCK_PI with a contended lock, and
 * futex_time64 where it exists. Then pthread timed waits built on them:
 * cond_timedwait, mutex_timedlock, sem_timedwait, clock_nanosleep. */
#define _GNU_SOURCE
#include <errno.h>
#include <linux/futex.h>
#include <pthread.h>
#include <semaphore.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static long fx(uint32_t *a, int op, uint32_t val, const struct timespec *ts, uint32_t *a2, uint32_t val3) {
    return syscall(SYS_futex, a, op, val, ts, a2, val3);
}
static long fx2(uint32_t *a, int op, uint32_t val, unsigned long val2, uint32_t *a2, uint32_t val3) {
    return syscall(SYS_futex, a, op, val, val2, a2, val3);
}

static const char *res(long r) {
    static char buf[4][32];
    static int k;
    char *b = buf[k++ % 4];
    if (r < 0) snprintf(b, 32, "%s", strerrorname_np(errno));
    else snprintf(b, 32, "%ld", r);
    return b;
}

static uint32_t word, word2, woken;

static void *waiter(void *arg) {
    int op = (int)(long)arg;
    long r;
    if ((op & 0x7f) == FUTEX_WAIT_BITSET) r = fx(&word, op, 0, NULL, NULL, 1u << 3);
    else r = fx(&word, op, 0, NULL, NULL, 0);
    if (r == 0) __atomic_fetch_add(&woken, 1, __ATOMIC_SEQ_CST);
    return NULL;
}

static void *waiter2(void *arg) {
    if (fx(&word2, FUTEX_WAIT_PRIVATE, 0, NULL, NULL, 0) == 0) __atomic_fetch_add(&woken, 1, __ATOMIC_SEQ_CST);
    return NULL;
}

/* Waits until n threads sleep on the futex at a: a requeue of the word
 * onto itself that wakes none counts them without disturbing them. */
static void settle_on(uint32_t *a, int priv, long n) {
    int op = FUTEX_CMP_REQUEUE | (priv ? FUTEX_PRIVATE_FLAG : 0);
    while (fx2(a, op, 0, 1000, a, __atomic_load_n(a, __ATOMIC_SEQ_CST)) < n) usleep(1000);
}

static pthread_t start(void *(*fn)(void *), long arg) {
    pthread_t t;
    pthread_create(&t, NULL, fn, (void *)arg);
    return t;
}

static uint32_t pi_word;
static long pi_counter;

static void *pi_worker(void *arg) {
    uint32_t tid = (uint32_t)syscall(SYS_gettid);
    for (int i = 0; i < 2000; i++) {
        uint32_t z = 0;
        if (!__atomic_compare_exchange_n(&pi_word, &z, tid, 0, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
            if (fx(&pi_word, FUTEX_LOCK_PI_PRIVATE, 0, NULL, NULL, 0) != 0) printf("lock_pi failed\n");
        pi_counter++;
        uint32_t me = tid;
        if (!__atomic_compare_exchange_n(&pi_word, &me, 0, 0, __ATOMIC_RELEASE, __ATOMIC_RELAXED))
            if (fx(&pi_word, FUTEX_UNLOCK_PI_PRIVATE, 0, NULL, NULL, 0) != 0) printf("unlock_pi failed\n");
    }
    return NULL;
}

int main(void) {
    setvbuf(stdout, NULL, _IOLBF, 0);
    struct timespec rel = {0, 20 * 1000 * 1000}, abs;
    pthread_t t[4];

    /* WAIT with a value mismatch, and timeouts. */
    word = 1;
    printf("wait on changed value: %s\n", res(fx(&word, FUTEX_WAIT_PRIVATE, 0, NULL, NULL, 0)));
    printf("wait with relative timeout: %s\n", res(fx(&word, FUTEX_WAIT_PRIVATE, 1, &rel, NULL, 0)));
    clock_gettime(CLOCK_REALTIME, &abs);
    abs.tv_nsec += 20 * 1000 * 1000;
    if (abs.tv_nsec >= 1000000000) abs.tv_sec++, abs.tv_nsec -= 1000000000;
    printf("wait_bitset, absolute CLOCK_REALTIME: %s\n",
           res(fx(&word, FUTEX_WAIT_BITSET_PRIVATE | FUTEX_CLOCK_REALTIME, 1, &abs, NULL, FUTEX_BITSET_MATCH_ANY)));
    clock_gettime(CLOCK_MONOTONIC, &abs);
    abs.tv_nsec += 20 * 1000 * 1000;
    if (abs.tv_nsec >= 1000000000) abs.tv_sec++, abs.tv_nsec -= 1000000000;
    printf("wait_bitset, absolute CLOCK_MONOTONIC: %s\n",
           res(fx(&word, FUTEX_WAIT_BITSET_PRIVATE, 1, &abs, NULL, FUTEX_BITSET_MATCH_ANY)));
    printf("wait_bitset with an empty bitset: %s\n", res(fx(&word, FUTEX_WAIT_BITSET_PRIVATE, 1, NULL, NULL, 0)));
#ifdef SYS_futex_time64
    {
        struct { int64_t s; int32_t ns, pad; } ts64 = {0, 20 * 1000 * 1000, 0};
        printf("futex_time64 relative timeout: %s\n", res(syscall(SYS_futex_time64, &word, FUTEX_WAIT_PRIVATE, 1, &ts64, NULL, 0)));
    }
#else
    printf("futex_time64 relative timeout: ETIMEDOUT\n");
#endif

    /* WAKE: private and shared waiters, counts. */
    word = 0;
    woken = 0;
    t[0] = start(waiter, FUTEX_WAIT_PRIVATE);
    t[1] = start(waiter, FUTEX_WAIT_PRIVATE);
    t[2] = start(waiter, FUTEX_WAIT);
    settle_on(&word, 1, 2);
    settle_on(&word, 0, 1);
    /* A shared wake finds only the shared waiter (the keys differ). */
    printf("wake shared: %s\n", res(fx(&word, FUTEX_WAKE, 10, NULL, NULL, 0)));
    printf("wake 1 private: %s\n", res(fx(&word, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0)));
    printf("wake all private: %s\n", res(fx(&word, FUTEX_WAKE_PRIVATE, 10, NULL, NULL, 0)));
    for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
    printf("woken: %u\n", woken);

    /* Bitset wake: only the waiter whose bitset matches. */
    woken = 0;
    t[0] = start(waiter, FUTEX_WAIT_BITSET_PRIVATE);
    settle_on(&word, 1, 1);
    printf("wake_bitset, other bits: %s\n", res(fx(&word, FUTEX_WAKE_BITSET_PRIVATE, 1, NULL, NULL, 1u << 4)));
    printf("wake_bitset, its bit: %s\n", res(fx(&word, FUTEX_WAKE_BITSET_PRIVATE, 1, NULL, NULL, 1u << 3)));
    pthread_join(t[0], NULL);

    /* REQUEUE and CMP_REQUEUE: wake one, move the rest to word2. */
    woken = 0;
    for (int i = 0; i < 3; i++) t[i] = start(waiter, FUTEX_WAIT_PRIVATE);
    settle_on(&word, 1, 3);
    printf("cmp_requeue, wrong value: %s\n", res(fx2(&word, FUTEX_CMP_REQUEUE_PRIVATE, 1, 10, &word2, 5)));
    printf("cmp_requeue: %s\n", res(fx2(&word, FUTEX_CMP_REQUEUE_PRIVATE, 1, 10, &word2, 0)));
    printf("wake on the old word: %s\n", res(fx(&word, FUTEX_WAKE_PRIVATE, 10, NULL, NULL, 0)));
    printf("wake on the new word: %s\n", res(fx(&word2, FUTEX_WAKE_PRIVATE, 10, NULL, NULL, 0)));
    for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
    for (int i = 0; i < 2; i++) t[i] = start(waiter, FUTEX_WAIT_PRIVATE);
    settle_on(&word, 1, 2);
    printf("requeue: %s\n", res(fx2(&word, FUTEX_REQUEUE_PRIVATE, 0, 10, &word2, 0)));
    printf("wake requeued: %s\n", res(fx(&word2, FUTEX_WAKE_PRIVATE, 10, NULL, NULL, 0)));
    for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
    printf("woken: %u\n", woken);

    /* WAKE_OP: word2 += 1 (old value compared == 0), wake one on each. */
    woken = 0;
    word2 = 0;
    t[0] = start(waiter, FUTEX_WAIT_PRIVATE);
    t[1] = start(waiter2, 0);
    settle_on(&word, 1, 1);
    settle_on(&word2, 1, 1);
    uint32_t op = FUTEX_OP(FUTEX_OP_ADD, 1, FUTEX_OP_CMP_EQ, 0);
    long r = fx2(&word, FUTEX_WAKE_OP_PRIVATE, 1, 1, &word2, op);
    printf("wake_op: %s, word2 now %u\n", res(r), word2);
    pthread_join(t[0], NULL);
    pthread_join(t[1], NULL);
    printf("woken: %u\n", woken);

    /* PI: trylock/unlock uncontended, then contended by 4 threads. */
    uint32_t tid = (uint32_t)syscall(SYS_gettid);
    r = fx(&pi_word, FUTEX_TRYLOCK_PI_PRIVATE, 0, NULL, NULL, 0);
    printf("trylock_pi: %s, owner is me %d\n", res(r), (pi_word & FUTEX_TID_MASK) == tid);
    r = fx(&pi_word, FUTEX_UNLOCK_PI_PRIVATE, 0, NULL, NULL, 0);
    printf("unlock_pi: %s, word %u\n", res(r), pi_word);
    printf("unlock_pi not owner: %s\n", res(fx(&pi_word, FUTEX_UNLOCK_PI_PRIVATE, 0, NULL, NULL, 0)));
    for (int i = 0; i < 4; i++) t[i] = start(pi_worker, 0);
    for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
    printf("pi counter %ld, word %u\n", pi_counter, pi_word);

    /* pthread timed waits. */
    pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
    pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
    pthread_mutex_lock(&m);
    clock_gettime(CLOCK_REALTIME, &abs);
    abs.tv_nsec += 30 * 1000 * 1000;
    if (abs.tv_nsec >= 1000000000) abs.tv_sec++, abs.tv_nsec -= 1000000000;
    printf("cond_timedwait: %s\n", strerrorname_np(pthread_cond_timedwait(&cv, &m, &abs)));
    clock_gettime(CLOCK_MONOTONIC, &abs);
    abs.tv_nsec += 30 * 1000 * 1000;
    if (abs.tv_nsec >= 1000000000) abs.tv_sec++, abs.tv_nsec -= 1000000000;
    printf("cond_clockwait monotonic: %s\n", strerrorname_np(pthread_cond_clockwait(&cv, &m, CLOCK_MONOTONIC, &abs)));
    pthread_mutex_unlock(&m);
    pthread_mutexattr_t ma;
    pthread_mutexattr_init(&ma);
    pthread_mutexattr_setprotocol(&ma, PTHREAD_PRIO_INHERIT);
    pthread_mutex_t pm;
    pthread_mutex_init(&pm, &ma);
    pthread_mutex_lock(&pm);
    clock_gettime(CLOCK_REALTIME, &abs);
    abs.tv_nsec += 30 * 1000 * 1000;
    if (abs.tv_nsec >= 1000000000) abs.tv_sec++, abs.tv_nsec -= 1000000000;
    printf("PI mutex_timedlock, own lock: %s\n", strerrorname_np(pthread_mutex_timedlock(&pm, &abs)));
    pthread_mutex_unlock(&pm);
    sem_t s;
    sem_init(&s, 0, 0);
    clock_gettime(CLOCK_REALTIME, &abs);
    abs.tv_nsec += 30 * 1000 * 1000;
    if (abs.tv_nsec >= 1000000000) abs.tv_sec++, abs.tv_nsec -= 1000000000;
    r = sem_timedwait(&s, &abs);
    printf("sem_timedwait: %ld %s\n", r, strerrorname_np(errno));
    sem_post(&s);
    printf("sem_timedwait posted: %d\n", sem_timedwait(&s, &abs));
    return 0;
}
