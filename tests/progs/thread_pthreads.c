/* reference: native (qemu-arm 7.2 has no robust futex lists: it hangs on the robust mutex) */
/* thread_pthreads.c: the pthread API as programs use it: 8 threads with a
 * mutex and condition variable (a bounded queue), a barrier, thread-local
 * storage (__thread and pthread keys with destructors), contended
 * increments through the kernel's __kuser_cmpxchg and __kuser_cmpxchg64
 * helpers (a compare-and-swap loop elsewhere), pthread_cancel of
 * a thread blocked in a condition wait and one blocked in read (cleanup
 * handlers run), 100000 contended atomic increments, a recursive and an
 * error-checking mutex, a read-write lock, pthread_once, setgid while
 * other threads run (glibc's SIGSETXID broadcast), and a robust
 * mutex whose owner exits while holding it (EOWNERDEAD, then
 * pthread_mutex_consistent). Output is independent of scheduling. */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define NT 8
#define INCS 100000

/* ---- bounded queue: mutex + two condition variables ---- */
#define QCAP 4
static int queue[QCAP], qhead, qlen;
static pthread_mutex_t qlock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t not_full = PTHREAD_COND_INITIALIZER, not_empty = PTHREAD_COND_INITIALIZER;

static void put(int v) {
    pthread_mutex_lock(&qlock);
    while (qlen == QCAP) pthread_cond_wait(&not_full, &qlock);
    queue[(qhead + qlen++) % QCAP] = v;
    pthread_cond_signal(&not_empty);
    pthread_mutex_unlock(&qlock);
}

static int get(void) {
    pthread_mutex_lock(&qlock);
    while (qlen == 0) pthread_cond_wait(&not_empty, &qlock);
    int v = queue[qhead];
    qhead = (qhead + 1) % QCAP;
    qlen--;
    pthread_cond_signal(&not_full);
    pthread_mutex_unlock(&qlock);
    return v;
}

static void *producer(void *arg) {
    int id = (int)(long)arg;
    for (int i = 1; i <= 500; i++) put(id * 1000 + i);
    return NULL;
}

static void *consumer(void *arg) {
    long sum = 0;
    for (int i = 0; i < 500; i++) sum += get();
    return (void *)sum;
}

/* ---- kuser helpers: 0xffff0fc0 cmpxchg, 0xffff0f60 cmpxchg64 (0 = swapped) ---- */
static int cas32(int oldv, int newv, volatile int *p) {
#ifdef __arm__
    return ((int (*)(int, int, volatile int *))0xffff0fc0)(oldv, newv, p);
#else
    return !__atomic_compare_exchange_n(p, &oldv, newv, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
#endif
}

static int cas64(const long long *oldv, const long long *newv, volatile long long *p) {
#ifdef __arm__
    return ((int (*)(const long long *, const long long *, volatile long long *))0xffff0f60)(oldv, newv, p);
#else
    long long o = *oldv;
    return !__atomic_compare_exchange_n(p, &o, *newv, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
#endif
}

static volatile int kuser_counter;
static volatile long long kuser_counter64 = 0xffffff00ll; /* increments carry into the high word */

static void *kuser_adder(void *arg) {
    for (int i = 0; i < 5000; i++) {
        int v;
        do v = kuser_counter;
        while (cas32(v, v + 1, &kuser_counter));
        long long o, n;
        do {
            o = kuser_counter64;
            n = o + 1;
        } while (cas64(&o, &n, &kuser_counter64));
    }
    return NULL;
}

/* ---- barrier, TLS, atomics ---- */
static pthread_barrier_t barrier;
static __thread int tls_id = -1;
static __thread char tls_name[16] = "unset";
static pthread_key_t key;
static int destructed[NT];
static unsigned counter;
static int phase_seen[NT][3];
static volatile int phase;

static void key_dtor(void *p) { destructed[*(int *)p] = 1; }

static void *worker(void *arg) {
    int id = (int)(long)arg;
    static int ids[NT];
    ids[id] = id;
    tls_id = id;
    snprintf(tls_name, sizeof tls_name, "w%d", id);
    pthread_setspecific(key, &ids[id]);
    for (int p = 0; p < 3; p++) {
        int r = pthread_barrier_wait(&barrier);
        if (r != 0 && r != PTHREAD_BARRIER_SERIAL_THREAD) printf("barrier error %d\n", r);
        if (r == PTHREAD_BARRIER_SERIAL_THREAD) phase = p + 1;
        pthread_barrier_wait(&barrier);
        phase_seen[id][p] = phase;
    }
    for (int i = 0; i < INCS / NT; i++) __atomic_fetch_add(&counter, 1, __ATOMIC_RELAXED);
    pthread_barrier_wait(&barrier);
    int ok = tls_id == id && !strcmp(tls_name, (char[16]){'w', (char)('0' + id), 0}) &&
             *(int *)pthread_getspecific(key) == id;
    return (void *)(long)ok;
}

/* ---- cancellation ---- */
static pthread_mutex_t cmx = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t ccv = PTHREAD_COND_INITIALIZER;
static int cleanups;
static int pipefd[2];
static volatile int waiting;

static void cleanup_unlock(void *m) {
    cleanups++;
    pthread_mutex_unlock(m);
}
static void cleanup_count(void *p) { __atomic_fetch_add(&cleanups, 1, __ATOMIC_SEQ_CST); }

static void *cond_waiter(void *arg) {
    pthread_mutex_lock(&cmx);
    pthread_cleanup_push(cleanup_unlock, &cmx);
    waiting = 1;
    for (;;) pthread_cond_wait(&ccv, &cmx);
    pthread_cleanup_pop(0);
    return NULL;
}

static void *reader(void *arg) {
    char c;
    pthread_cleanup_push(cleanup_count, NULL);
    __atomic_store_n(&waiting, 2, __ATOMIC_SEQ_CST);
    ssize_t n = read(pipefd[0], &c, 1);
    printf("read returned %zd (not reached)\n", n);
    pthread_cleanup_pop(0);
    return NULL;
}

static void *spinner(void *arg) {
    pthread_setcanceltype(PTHREAD_CANCEL_ASYNCHRONOUS, NULL);
    __atomic_store_n(&waiting, 3, __ATOMIC_SEQ_CST);
    for (volatile unsigned i = 0;; i++) {
    }
    return NULL;
}

/* ---- robust mutex ---- */
static pthread_mutex_t robust;

static void *dies_holding(void *arg) {
    pthread_mutex_lock(&robust);
    return NULL; /* exits with the lock held */
}

static void *setxid_sleeper(void *arg) {
    pthread_barrier_wait(&barrier);
    return NULL;
}

/* ---- once ---- */
static int once_runs;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static void once_fn(void) { __atomic_fetch_add(&once_runs, 1, __ATOMIC_SEQ_CST); }
static void *once_user(void *arg) {
    pthread_once(&once, once_fn);
    return NULL;
}

int main(void) {
    pthread_t t[NT];
    void *ret;
    setvbuf(stdout, NULL, _IOLBF, 0);

    /* 1. producers and consumers through a bounded queue. */
    for (int i = 0; i < 4; i++) pthread_create(&t[i], NULL, producer, (void *)(long)(i + 1));
    for (int i = 4; i < NT; i++) pthread_create(&t[i], NULL, consumer, NULL);
    long total = 0;
    for (int i = 0; i < NT; i++) {
        pthread_join(t[i], &ret);
        if (i >= 4) total += (long)ret;
    }
    printf("queue: total %ld (expected %ld)\n", total, 4L * 500 * 501 / 2 + 1000L * 500 * (1 + 2 + 3 + 4));

    /* 2. barrier phases, TLS, keys, contended atomics. */
    pthread_barrier_init(&barrier, NULL, NT);
    pthread_key_create(&key, key_dtor);
    for (int i = 0; i < NT; i++) pthread_create(&t[i], NULL, worker, (void *)(long)i);
    int good = 0, dtors = 0, phases_ok = 1;
    for (int i = 0; i < NT; i++) {
        pthread_join(t[i], &ret);
        good += (int)(long)ret;
    }
    for (int i = 0; i < NT; i++) {
        dtors += destructed[i];
        for (int p = 0; p < 3; p++) phases_ok &= phase_seen[i][p] == p + 1;
    }
    printf("barrier phases %s, tls ok in %d threads, %d key destructors, main tls_id %d name %s\n",
           phases_ok ? "ok" : "wrong", good, dtors, tls_id, tls_name);
    printf("atomic counter %u (expected %u)\n", counter, INCS / NT * NT);
    pthread_barrier_destroy(&barrier);
    for (int i = 0; i < NT; i++) pthread_create(&t[i], NULL, kuser_adder, NULL);
    for (int i = 0; i < NT; i++) pthread_join(t[i], NULL);
    printf("kuser cmpxchg counter %d, cmpxchg64 counter 0x%llx\n", kuser_counter, kuser_counter64);

    /* 3. cancellation: in a condition wait, in read, and asynchronous. */
    pipe(pipefd);
    pthread_create(&t[0], NULL, cond_waiter, NULL);
    while (!__atomic_load_n(&waiting, __ATOMIC_SEQ_CST)) usleep(1000);
    pthread_mutex_lock(&cmx); /* the waiter is inside pthread_cond_wait now */
    pthread_mutex_unlock(&cmx);
    pthread_cancel(t[0]);
    pthread_join(t[0], &ret);
    printf("cond waiter cancelled: %s, cleanups %d\n", ret == PTHREAD_CANCELED ? "yes" : "no", cleanups);
    if (pthread_mutex_trylock(&cmx) == 0) {
        printf("mutex released by the cleanup handler\n");
        pthread_mutex_unlock(&cmx);
    }
    pthread_create(&t[0], NULL, reader, NULL);
    while (__atomic_load_n(&waiting, __ATOMIC_SEQ_CST) != 2) usleep(1000);
    usleep(20000);
    pthread_cancel(t[0]);
    pthread_join(t[0], &ret);
    printf("reader cancelled: %s, cleanups %d\n", ret == PTHREAD_CANCELED ? "yes" : "no", cleanups);
    pthread_create(&t[0], NULL, spinner, NULL);
    while (__atomic_load_n(&waiting, __ATOMIC_SEQ_CST) != 3) usleep(1000);
    pthread_cancel(t[0]);
    pthread_join(t[0], &ret);
    printf("spinner cancelled: %s\n", ret == PTHREAD_CANCELED ? "yes" : "no");

    /* 4. mutex kinds, rwlock, once. */
    pthread_mutexattr_t ma;
    pthread_mutex_t m;
    pthread_mutexattr_init(&ma);
    pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_RECURSIVE);
    pthread_mutex_init(&m, &ma);
    int r1 = pthread_mutex_lock(&m), r2 = pthread_mutex_lock(&m);
    pthread_mutex_unlock(&m);
    pthread_mutex_unlock(&m);
    printf("recursive: %d %d, unlock again: %s\n", r1, r2, strerrorname_np(pthread_mutex_unlock(&m)));
    pthread_mutex_destroy(&m);
    pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_ERRORCHECK);
    pthread_mutex_init(&m, &ma);
    pthread_mutex_lock(&m);
    printf("errorcheck relock: %s\n", strerrorname_np(pthread_mutex_lock(&m)));
    pthread_mutex_unlock(&m);
    pthread_mutex_destroy(&m);

    pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
    pthread_rwlock_rdlock(&rw);
    int rr = pthread_rwlock_tryrdlock(&rw), rwr = pthread_rwlock_trywrlock(&rw);
    pthread_rwlock_unlock(&rw);
    pthread_rwlock_unlock(&rw);
    printf("rwlock: second reader %d, writer while read-locked %s\n", rr, strerrorname_np(rwr));

    for (int i = 0; i < 4; i++) pthread_create(&t[i], NULL, once_user, NULL);
    for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
    printf("once ran %d time(s)\n", once_runs);

    /* setgid with other threads alive: glibc makes every thread change its
     * own credentials, through its internal signal (SIGSETXID, 33). */
    pthread_barrier_init(&barrier, NULL, 4);
    for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, setxid_sleeper, NULL);
    int g = setgid(getgid());
    pthread_barrier_wait(&barrier);
    for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
    pthread_barrier_destroy(&barrier);
    printf("setgid with threads: %d\n", g);

    /* 5. a robust mutex whose owner thread exits holding it. */
    pthread_mutexattr_init(&ma);
    pthread_mutexattr_setrobust(&ma, PTHREAD_MUTEX_ROBUST);
    pthread_mutex_init(&robust, &ma);
    pthread_create(&t[0], NULL, dies_holding, NULL);
    pthread_join(t[0], NULL);
    int r = pthread_mutex_lock(&robust);
    printf("robust lock after owner died: %s\n", r ? strerrorname_np(r) : "0");
    if (r == EOWNERDEAD) printf("consistent: %d\n", pthread_mutex_consistent(&robust));
    pthread_mutex_unlock(&robust);
    r = pthread_mutex_lock(&robust);
    printf("relock: %d\n", r);
    pthread_mutex_unlock(&robust);

    /* The same with a robust priority-inheritance mutex. */
    pthread_mutexattr_setprotocol(&ma, PTHREAD_PRIO_INHERIT);
    pthread_mutex_destroy(&robust);
    pthread_mutex_init(&robust, &ma);
    pthread_create(&t[0], NULL, dies_holding, NULL);
    pthread_join(t[0], NULL);
    r = pthread_mutex_lock(&robust);
    printf("robust PI lock after owner died: %s\n", r ? strerrorname_np(r) : "0");
    if (r == EOWNERDEAD) printf("consistent: %d\n", pthread_mutex_consistent(&robust));
    pthread_mutex_unlock(&robust);
    return 0;
}
