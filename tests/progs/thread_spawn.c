/* reference: native */
/* thread_spawn.c: processes started from a multi-threaded program while
 * other threads keep allocating, locking and writing: posix_spawn (glibc's
 * clone with CLONE_VM|CLONE_VFORK on its own stack), vfork+exec, fork
 * whose child uses malloc and stdio before exiting, and fork+exec; each
 * child's exit status comes back through waitpid. */
#define _GNU_SOURCE
#include <pthread.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define NT 3
#define ROUNDS 20

extern char **environ;
static volatile int stop;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static long shared;

static void *churn(void *arg) {
    long n = 0;
    while (!__atomic_load_n(&stop, __ATOMIC_SEQ_CST)) {
        char *p = malloc(64 + (n % 4000));
        memset(p, (int)n, 64);
        pthread_mutex_lock(&lock);
        shared += p[3] != 0 || 1;
        pthread_mutex_unlock(&lock);
        free(p);
        n++;
    }
    return NULL;
}

int main(int argc, char **argv) {
    if (argc > 2 && !strcmp(argv[1], "exit")) return atoi(argv[2]);
    setvbuf(stdout, NULL, _IOLBF, 0);
    pthread_t t[NT];
    for (int i = 0; i < NT; i++) pthread_create(&t[i], NULL, churn, NULL);

    int ok_spawn = 0, ok_vfork = 0, ok_fork = 0, ok_exec = 0;
    for (int i = 0; i < ROUNDS; i++) {
        char code[8];
        snprintf(code, sizeof code, "%d", i);
        char *av[] = {argv[0], "exit", code, NULL};
        pid_t pid;
        int st;
        if (posix_spawn(&pid, "/proc/self/exe", NULL, NULL, av, environ) == 0 &&
            waitpid(pid, &st, 0) == pid && WIFEXITED(st) && WEXITSTATUS(st) == i)
            ok_spawn++;

        pid = vfork();
        if (pid == 0) {
            execv("/proc/self/exe", av);
            _exit(127);
        }
        if (waitpid(pid, &st, 0) == pid && WIFEXITED(st) && WEXITSTATUS(st) == i) ok_vfork++;

        pid = fork();
        if (pid == 0) {
            char *p = malloc(1000);
            snprintf(p, 1000, "child %d", i);
            int good = strlen(p) > 6;
            free(p);
            _exit(good ? 50 + i : 1);
        }
        if (waitpid(pid, &st, 0) == pid && WIFEXITED(st) && WEXITSTATUS(st) == 50 + i) ok_fork++;

        pid = fork();
        if (pid == 0) {
            execv("/proc/self/exe", av);
            _exit(127);
        }
        if (waitpid(pid, &st, 0) == pid && WIFEXITED(st) && WEXITSTATUS(st) == i) ok_exec++;
    }
    __atomic_store_n(&stop, 1, __ATOMIC_SEQ_CST);
    for (int i = 0; i < NT; i++) pthread_join(t[i], NULL);
    printf("posix_spawn %d/%d, vfork+exec %d/%d, fork+malloc %d/%d, fork+exec %d/%d, churn ran: %d\n",
           ok_spawn, ROUNDS, ok_vfork, ROUNDS, ok_fork, ROUNDS, ok_exec, ROUNDS, shared > 0);
    return 0;
}
