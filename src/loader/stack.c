/* The initial process stack, laid out as the ARM Linux kernel's execve does
 * (fs/exec.c and create_elf_tables in fs/binfmt_elf.c), from the top down:
 *
 *   STACK_TOP - 4        a zero word
 *                        the execfn string (AT_EXECFN)
 *                        envp strings, then argv strings below them
 *                        (aligned down to 16)
 *                        "v7l" (AT_PLATFORM)
 *                        16 random bytes (AT_RANDOM)
 *                        (padding to a 16-byte aligned sp)
 *                        auxv pairs ending with AT_NULL
 *                        envp[], NULL
 *                        argv[], NULL
 *   sp ->                argc
 *
 * Without address randomisation, so the layout is the same every run
 * except for the random bytes. */
#define _GNU_SOURCE
#include "loader/loader.h"

#include <elf.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <unistd.h>

#include "mem/guest.h"
#include "linux/procfs.h"

#define PLATFORM "v7l"
/* The kernel refuses (E2BIG) argument strings above a quarter of the stack limit. */
#define MAX_STRINGS (STACK_SIZE / 4)

static uint32_t put_string(uint32_t *p, const char *s) {
    size_t n = strlen(s) + 1;
    *p -= (uint32_t)n;
    memcpy(g2h(*p), s, n);
    return *p;
}

static void fill_random(uint8_t *buf, size_t len) {
    while (len) {
        ssize_t n = getrandom(buf, len, 0);
        if (n <= 0) { /* no entropy source: still run, with weak bytes */
            for (size_t i = 0; i < len; i++)
                buf[i] = (uint8_t)(i * 131 + getpid());
            return;
        }
        buf += n, len -= (size_t)n;
    }
}

uint32_t stack_setup(const struct image *img, int argc, char **argv, char **envp,
                     const char *execfn, int exec_stack) {
    int envc = 0;
    uint64_t strings = strlen(execfn) + 1;
    for (int i = 0; i < argc; i++)
        strings += strlen(argv[i]) + 1;
    for (; envp[envc]; envc++)
        strings += strlen(envp[envc]) + 1;
    if (strings > MAX_STRINGS) return 0;

    int prot = PROT_READ | PROT_WRITE | (exec_stack ? PROT_EXEC : 0);
    if (mem_map_anon(STACK_TOP - STACK_SIZE, STACK_SIZE, prot, PG_STACK) < 0) return 0;

    uint32_t p = STACK_TOP - 4;
    uint32_t u_execfn = put_string(&p, execfn);
    /* Guest addresses of the strings; heap, as there may be a million. */
    uint32_t *u_env = malloc(((size_t)envc + (size_t)argc + 1) * sizeof *u_env);
    if (!u_env) return 0;
    uint32_t *u_arg = u_env + envc;
    for (int i = envc; i-- > 0;)
        u_env[i] = put_string(&p, envp[i]);
    for (int i = argc; i-- > 0;)
        u_arg[i] = put_string(&p, argv[i]);
    p &= ~15u;
    uint32_t u_platform = put_string(&p, PLATFORM);
    p -= 16;
    uint32_t u_random = p;
    fill_random(g2h(u_random), 16);

    uint32_t auxv[][2] = {
        {AT_HWCAP, ARMLET_HWCAP},
        {AT_PAGESZ, GUEST_PAGE},
        {AT_CLKTCK, 100},
        {AT_PHDR, img->phdr},
        {AT_PHENT, img->phent},
        {AT_PHNUM, img->phnum},
        {AT_BASE, img->base},
        {AT_FLAGS, 0},
        {AT_ENTRY, img->prog_entry},
        {AT_UID, (uint32_t)getuid()},
        {AT_EUID, (uint32_t)geteuid()},
        {AT_GID, (uint32_t)getgid()},
        {AT_EGID, (uint32_t)getegid()},
        {AT_SECURE, 0},
        {AT_RANDOM, u_random},
        {AT_HWCAP2, ARMLET_HWCAP2},
        {AT_EXECFN, u_execfn},
        {AT_PLATFORM, u_platform},
        {AT_NULL, 0},
    };
    uint32_t words =
        1 + (uint32_t)argc + 1 + (uint32_t)envc + 1 + 2 * (sizeof auxv / sizeof auxv[0]);
    uint32_t sp = (p - 4 * words) & ~15u;

    uint32_t w = sp;
    st32(w, (uint32_t)argc), w += 4;
    for (int i = 0; i < argc; i++)
        st32(w, u_arg[i]), w += 4;
    st32(w, 0), w += 4;
    for (int i = 0; i < envc; i++)
        st32(w, u_env[i]), w += 4;
    st32(w, 0), w += 4;
    for (size_t i = 0; i < sizeof auxv / sizeof auxv[0]; i++) {
        st32(w, auxv[i][0]), w += 4;
        st32(w, auxv[i][1]), w += 4;
    }
    /* For /proc/self/{auxv,cmdline,environ,stat}: the strings lie end to
     * end, argv's below the environment's, which end at execfn. */
    uint32_t arg_end = envc ? u_env[0] : u_execfn;
    procfs_note_stack(&auxv[0][0], sizeof auxv, sp, argc ? u_arg[0] : arg_end, arg_end,
                      envc ? u_env[0] : u_execfn, u_execfn, execfn);
    free(u_env);
    return sp;
}
