/* sig_race.c: a signal that arrives just as a thread enters a blocking
 * call must interrupt it. A reader thread loops on read() from a pipe
 * (SA_RESTART); for each byte the writer first signals the reader, then
 * waits until the reader's handler has run, and only then writes. A
 * signal left pending while the reader sleeps in read() would hang both.
 * The same with futex-based waits (a semaphore) and with wait4 in a
 * child-reaping loop. */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define ROUNDS 2000

static int fds[2];
static volatile int handled;
static pthread_t reader_thread;
static sem_t sem;

static void on_usr1(int s) { __atomic_fetch_add(&handled, 1, __ATOMIC_SEQ_CST); }

static void on_usr1_write(int s) {
    __atomic_fetch_add(&handled, 1, __ATOMIC_SEQ_CST);
    if (write(fds[1], "y", 1) != 1) _exit(3);
}

static void wait_handled(int n) {
    while (__atomic_load_n(&handled, __ATOMIC_SEQ_CST) < n) sched_yield();
}

static void *reader(void *arg) {
    int got = 0;
    char c;
    for (int i = 0; i < ROUNDS; i++) {
        ssize_t r = read(fds[0], &c, 1);
        if (r == 1) got++;
        else printf("read: %zd %s\n", r, strerrorname_np(errno));
    }
    return (void *)(long)got;
}

static void *sem_waiter(void *arg) {
    int got = 0;
    for (int i = 0; i < ROUNDS; i++) {
        int r;
        while ((r = sem_wait(&sem)) < 0 && errno == EINTR) continue;
        if (r == 0) got++;
    }
    return (void *)(long)got;
}

int main(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_usr1;
    sa.sa_flags = SA_RESTART;
    sigaction(SIGUSR1, &sa, NULL);

    /* 1. read() on a pipe. */
    pipe(fds);
    pthread_create(&reader_thread, NULL, reader, NULL);
    for (int i = 1; i <= ROUNDS; i++) {
        pthread_kill(reader_thread, SIGUSR1);
        wait_handled(i);
        if (write(fds[1], "x", 1) != 1) return 1;
    }
    void *ret;
    pthread_join(reader_thread, &ret);
    printf("pipe: %ld bytes read, %d signals handled\n", (long)ret, handled);

    /* 2. sem_wait (futex wait). */
    handled = 0;
    sem_init(&sem, 0, 0);
    pthread_create(&reader_thread, NULL, sem_waiter, NULL);
    for (int i = 1; i <= ROUNDS; i++) {
        pthread_kill(reader_thread, SIGUSR1);
        wait_handled(i);
        sem_post(&sem);
    }
    pthread_join(reader_thread, &ret);
    printf("semaphore: %ld posts taken, %d signals handled\n", (long)ret, handled);

    /* 3. wait4: a child waits for its parent's handler to run before it
     * exits; the parent sleeps in waitpid when the signal comes. */
    handled = 0;
    sa.sa_handler = on_usr1_write;
    sigaction(SIGUSR1, &sa, NULL);
    int reaped = 0;
    for (int i = 1; i <= 100; i++) {
        pid_t pid = fork();
        if (pid == 0) {
            kill(getppid(), SIGUSR1);
            /* The parent's handler writes back through the pipe. */
            char c;
            _exit(read(fds[0], &c, 1) == 1 ? 0 : 1);
        }
        int st;
        if (waitpid(pid, &st, 0) == pid && WIFEXITED(st) && WEXITSTATUS(st) == 0) reaped++;
    }
    printf("wait4: %d children reaped, %d signals handled\n", reaped, handled);
    return 0;
}
