/* threads.c: two threads each make a marked write(2) to a bad fd and print
 * their own TID; run.sh checks that armlet -strace prefixes each marked line
 * with that thread's TID. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

static void *run(void *arg) {
    const char *mark = arg;
    syscall(SYS_write, -1, mark, 7);
    printf("%s %ld\n", mark, (long)syscall(SYS_gettid));
    return NULL;
}

int main(void) {
    pthread_t t1, t2;
    run("thread0");
    pthread_create(&t1, NULL, run, "thread1");
    pthread_join(t1, NULL);
    pthread_create(&t2, NULL, run, "thread2");
    pthread_join(t2, NULL);
    return 0;
}
