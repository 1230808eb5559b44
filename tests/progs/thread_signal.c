/* Signals and threads: pthread_kill reaches the named thread (its handler
 * runs there); a process-directed kill() goes to the one thread that does
 * not block the signal; each thread has its own mask. */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static __thread int my_id;
static volatile sig_atomic_t got_usr1[4], got_usr2[4];
static volatile int stop;
static volatile int ready[4];

static void on_usr1(int sig) { got_usr1[my_id]++; }
static void on_usr2(int sig) { got_usr2[my_id]++; }

static void *worker(void *arg) {
    my_id = (int)(long)arg;
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, SIGUSR2);
    /* Only thread 2 accepts the process-directed SIGUSR2. */
    pthread_sigmask(my_id == 2 ? SIG_UNBLOCK : SIG_BLOCK, &s, NULL);
    __atomic_store_n(&ready[my_id], 1, __ATOMIC_SEQ_CST);
    while (!__atomic_load_n(&stop, __ATOMIC_SEQ_CST)) usleep(1000);
    return NULL;
}

int main(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_usr1;
    sigaction(SIGUSR1, &sa, NULL);
    sa.sa_handler = on_usr2;
    sigaction(SIGUSR2, &sa, NULL);
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, SIGUSR2);
    pthread_sigmask(SIG_BLOCK, &s, NULL); /* inherited by the workers */

    pthread_t t[4];
    for (int i = 1; i < 4; i++) pthread_create(&t[i], NULL, worker, (void *)(long)i);
    for (int i = 1; i < 4; i++)
        while (!__atomic_load_n(&ready[i], __ATOMIC_SEQ_CST)) usleep(1000);

    for (int round = 0; round < 3; round++) {
        for (int i = 1; i < 4; i++) {
            pthread_kill(t[i], SIGUSR1);
            while (got_usr1[i] != round + 1) usleep(1000);
        }
    }
    kill(getpid(), SIGUSR2);
    while (!got_usr2[2]) usleep(1000);
    usleep(20000);
    raise(SIGUSR1); /* to main itself */
    __atomic_store_n(&stop, 1, __ATOMIC_SEQ_CST);
    for (int i = 1; i < 4; i++) pthread_join(t[i], NULL);
    for (int i = 0; i < 4; i++) printf("thread %d: usr1 %d usr2 %d\n", i, got_usr1[i], got_usr2[i]);
    return 0;
}
