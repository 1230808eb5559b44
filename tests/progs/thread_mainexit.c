/* The main thread ends with pthread_exit; the process lives on until the
 * last thread returns, and then exits with status 0. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static void *worker(void *arg) {
    usleep(100000);
    printf("worker still running after main's pthread_exit\n");
    fflush(stdout);
    return NULL;
}

int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    printf("main calls pthread_exit\n");
    fflush(stdout);
    pthread_exit(NULL);
}
