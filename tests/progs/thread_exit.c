/* A thread calling exit() ends the whole process with its status, while
 * the main thread is blocked in pthread_join; output flushed by exit. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static void *worker(void *arg) {
    printf("worker exiting with 3\n");
    exit(3);
}

static void *sleeper(void *arg) {
    for (;;) pause();
    return NULL;
}

int main(void) {
    pthread_t t, s;
    printf("main start\n");
    fflush(stdout);
    pthread_create(&s, NULL, sleeper, NULL);
    pthread_create(&t, NULL, worker, NULL);
    pthread_join(t, NULL);
    printf("not reached\n");
    return 0;
}
