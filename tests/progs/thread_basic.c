/* Guest threads: pthread create/join, pthread_exit values, __thread
 * variables, gettid, mutex + condition variable, and 8 threads updating
 * shared counters with __atomic builtins, __sync builtins (LDREX/STREX)
 * and a mutex. Output is independent of scheduling. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

#define NT 8
#define ITERS 20000

static __thread int tls_value = 7;
static __thread char tls_buf[32];
static unsigned atomic_counter, sync_counter, mutex_counter;
static unsigned long long wide_counter;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static void *adder(void *arg) {
    int id = (int)(long)arg;
    tls_value = id * 100;
    snprintf(tls_buf, sizeof tls_buf, "thread %d", id);
    for (int i = 0; i < ITERS; i++) {
        __atomic_fetch_add(&atomic_counter, 1, __ATOMIC_SEQ_CST);
        __sync_fetch_and_add(&sync_counter, 2);
        __atomic_fetch_add(&wide_counter, 3, __ATOMIC_SEQ_CST);
        if ((i & 15) == 0) {
            pthread_mutex_lock(&lock);
            mutex_counter++;
            pthread_mutex_unlock(&lock);
        }
    }
    /* Another thread's writes never show up in ours. */
    int ok = tls_value == id * 100;
    char want[32];
    snprintf(want, sizeof want, "thread %d", id);
    for (int i = 0; want[i] || tls_buf[i]; i++)
        if (want[i] != tls_buf[i]) ok = 0;
    return (void *)(long)(ok ? id + 1000 : -1);
}

static void *exiter(void *arg) {
    pthread_exit((void *)(long)((int)(long)arg * 3));
    return NULL;
}

static void *tid_check(void *arg) {
    long tid = syscall(SYS_gettid);
    return (void *)(long)(tid != getpid() && tid > 0);
}

/* Producer/consumer through a one-slot buffer. */
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int slot, full, done;

static void *producer(void *arg) {
    for (int i = 1; i <= 200; i++) {
        pthread_mutex_lock(&m);
        while (full) pthread_cond_wait(&cv, &m);
        slot = i;
        full = 1;
        pthread_cond_broadcast(&cv);
        pthread_mutex_unlock(&m);
    }
    pthread_mutex_lock(&m);
    while (full) pthread_cond_wait(&cv, &m);
    done = 1;
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void) {
    pthread_t t[NT];
    for (int i = 0; i < NT; i++)
        if (pthread_create(&t[i], NULL, adder, (void *)(long)i)) return 1;
    for (int i = 0; i < NT; i++) {
        void *r;
        pthread_join(t[i], &r);
        printf("adder %d returned %ld\n", i, (long)r);
    }
    printf("atomic %u sync %u wide %llu mutex %u\n", atomic_counter, sync_counter, wide_counter, mutex_counter);
    printf("main tls %d\n", tls_value);

    for (int i = 0; i < 4; i++) {
        void *r;
        pthread_create(&t[0], NULL, exiter, (void *)(long)i);
        pthread_join(t[0], &r);
        printf("pthread_exit value %ld\n", (long)r);
    }

    void *r;
    pthread_create(&t[0], NULL, tid_check, NULL);
    pthread_join(t[0], &r);
    printf("thread tid differs from pid: %ld\n", (long)r);

    pthread_create(&t[0], NULL, producer, NULL);
    long sum = 0;
    int count = 0;
    pthread_mutex_lock(&m);
    for (;;) {
        while (!full && !done) pthread_cond_wait(&cv, &m);
        if (full) {
            sum += slot;
            count++;
            full = 0;
            pthread_cond_broadcast(&cv);
        } else {
            break;
        }
    }
    pthread_mutex_unlock(&m);
    pthread_join(t[0], NULL);
    printf("consumed %d items, sum %ld\n", count, sum);

    /* Detached threads and many short-lived ones. */
    for (int i = 0; i < 32; i++) {
        pthread_create(&t[0], NULL, exiter, (void *)(long)i);
        pthread_join(t[0], &r);
        sum += (long)r;
    }
    printf("sum after 32 threads %ld\n", sum);
    return 0;
}
