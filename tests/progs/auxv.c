/* args: one 'two words' '' --last
 * The initial process image: argc, argv, envp and the auxiliary vector
 * entries that are the same under qemu-arm and Linux by design. Not printed:
 * AT_HWCAP (each emulator describes its own CPU), the exact AT_PLATFORM
 * (qemu-arm's default CPU is ARMv8: "v8l"; tests/elf/run.sh compares it with
 * qemu-arm -cpu cortex-a15) and the order of the environment (qemu-arm
 * reverses it; Linux keeps it), so the environment is printed sorted. */
#include <elf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <unistd.h>

extern char **environ;
extern const Elf32_Ehdr __ehdr_start;
extern void _start(void);

static int cmp(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static const char *yes(int b) { return b ? "yes" : "no"; }

int main(int argc, char **argv) {
    printf("argc %d\n", argc);
    for (int i = 0; i < argc; i++)
        printf("argv[%d] \"%s\"\n", i, argv[i]);
    printf("argv[argc] is NULL: %s\n", yes(argv[argc] == NULL));
    int n = 0;
    while (environ[n])
        n++;
    char *sorted[n + 1];
    memcpy(sorted, environ, (n + 1) * sizeof *sorted);
    qsort(sorted, n, sizeof *sorted, cmp);
    for (int i = 0; i < n; i++)
        printf("env \"%s\"\n", sorted[i]);
    printf("envc %d, envp follows argv: %s\n", n, yes(environ == argv + argc + 1));

    /* The kernel puts the strings end to end: argv, then the environment. */
    int contiguous = 1;
    for (int i = 0; i + 1 < argc; i++)
        if (argv[i + 1] != argv[i] + strlen(argv[i]) + 1) contiguous = 0;
    if (n && argc && environ[0] != argv[argc - 1] + strlen(argv[argc - 1]) + 1) contiguous = 0;
    printf("strings contiguous: %s\n", yes(contiguous));

    printf("AT_PAGESZ %lu\n", getauxval(AT_PAGESZ));
    printf("AT_CLKTCK %lu\n", getauxval(AT_CLKTCK));
    printf("AT_SECURE %lu\n", getauxval(AT_SECURE));
    printf("AT_FLAGS %lu\n", getauxval(AT_FLAGS));
    printf("AT_PHENT %lu\n", getauxval(AT_PHENT));
    printf("AT_PHNUM %lu (e_phnum %u)\n", getauxval(AT_PHNUM), __ehdr_start.e_phnum);
    printf("AT_PHDR is the loaded program headers: %s\n",
           yes(getauxval(AT_PHDR) == (unsigned long)&__ehdr_start + __ehdr_start.e_phoff));
    printf("AT_ENTRY is _start: %s\n",
           yes((getauxval(AT_ENTRY) & ~1ul) == ((unsigned long)&_start & ~1ul)));
    printf("AT_UID/EUID/GID/EGID match: %s\n",
           yes(getauxval(AT_UID) == getuid() && getauxval(AT_EUID) == geteuid() &&
               getauxval(AT_GID) == getgid() && getauxval(AT_EGID) == getegid()));
    const unsigned char *r = (const unsigned char *)getauxval(AT_RANDOM);
    int nonzero = 0;
    for (int i = 0; r && i < 16; i++)
        nonzero |= r[i];
    printf("AT_RANDOM present: %s, bytes not all zero: %s\n", yes(r != NULL), yes(nonzero));
    const char *s = (const char *)getauxval(AT_PLATFORM);
    if (getenv("AUXV_PLATFORM"))
        printf("AT_PLATFORM \"%s\"\n", s ? s : "(none)");
    else
        printf("AT_PLATFORM is v7l or v8l: %s\n",
               yes(s && (!strcmp(s, "v7l") || !strcmp(s, "v8l"))));
    s = (const char *)getauxval(AT_EXECFN);
    printf("AT_EXECFN \"%s\"\n", s ? s : "(none)");
    printf("AT_EXECFN is argv[0] here: %s\n", yes(s && !strcmp(s, argv[0])));
    return 0;
}
