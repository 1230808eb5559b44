// args: one "two words" '' -x --long=value 3
/* args_env.c: argv and envp as the loader laid them out, getenv/setenv and
 * the auxiliary vector entries that do not depend on the emulator. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <unistd.h>

extern char **environ;

static int cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv, char **envp)
{
    int i, n = 0;
    char *sorted[64];

    printf("argc=%d\n", argc);
    for (i = 1; i < argc; i++)
        printf("argv[%d]=[%s] len %zu\n", i, argv[i], strlen(argv[i]));
    printf("argv[argc]=%s\n", argv[argc] ? "non-null" : "NULL");
    printf("envp==environ %d\n", envp == environ);
    for (i = 0; envp[i] && n < 64; i++)
        sorted[n++] = envp[i];
    qsort(sorted, n, sizeof sorted[0], cmp);
    for (i = 0; i < n; i++)
        printf("env %s\n", sorted[i]);
    printf("getenv ARMLET_TEST_VAR=%s\n", getenv("ARMLET_TEST_VAR"));
    printf("getenv missing=%s\n", getenv("NO_SUCH_VAR") ? "set" : "(null)");
    setenv("NEW_VAR", "abc", 0);
    setenv("ARMLET_TEST_VAR", "changed", 1);
    printf("after setenv: %s %s\n", getenv("NEW_VAR"), getenv("ARMLET_TEST_VAR"));
    unsetenv("NEW_VAR");
    printf("after unsetenv: %s\n", getenv("NEW_VAR") ? "set" : "(null)");
    printf("AT_PAGESZ %lu sysconf %ld\n", getauxval(AT_PAGESZ), sysconf(_SC_PAGESIZE));
    printf("AT_UID matches %d, AT_GID matches %d\n", getauxval(AT_UID) == getuid(),
           getauxval(AT_GID) == getgid());
    printf("AT_SECURE %lu\n", getauxval(AT_SECURE));
    printf("AT_RANDOM present %d\n", getauxval(AT_RANDOM) != 0);
    printf("AT_ENTRY present %d, AT_PHNUM %lu\n", getauxval(AT_ENTRY) != 0, getauxval(AT_PHNUM));
    printf("AT_CLKTCK %lu\n", getauxval(AT_CLKTCK));
    return argc;
}
