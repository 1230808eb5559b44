/* sig_fault.c: synchronous signals reach the guest's handlers with the
 * faulting address and code: SIGSEGV (unmapped: SEGV_MAPERR, read-only:
 * SEGV_ACCERR) with si_addr, SIGILL from udf (ILL_ILLOPC, si_addr = the
 * instruction), SIGBUS from a misaligned LDRD/LDM (BUS_ADRALN), SIGTRAP
 * from bkpt and Linux's breakpoint instructions; each handler leaves by siglongjmp. Then a handler that
 * returns from a SIGSEGV after mapping the page makes the access retry. */
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

static sigjmp_buf jb;
static volatile uintptr_t expect_addr;
static char *page;

/* SIGILL's si_code is not printed: the kernel says ILL_ILLOPC, qemu-arm
 * ILL_ILLOPN. */
static void on_fault(int sig, siginfo_t *si, void *uc) {
    printf("  signal %d code %d addr %s\n", sig, sig == SIGILL ? 0 : si->si_code,
           (uintptr_t)si->si_addr == expect_addr ? "as expected" : "unexpected");
    siglongjmp(jb, 1);
}

static void on_segv_fix(int sig, siginfo_t *si, void *uc) {
    printf("  fixing %s\n", si->si_addr == page ? "page" : "other");
    mprotect(page, 4096, PROT_READ | PROT_WRITE);
}

extern char udf_here[], udf1_here[], bkpt_here[];

int main(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_fault;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
    sigaction(SIGILL, &sa, NULL);
    sigaction(SIGTRAP, &sa, NULL);
    setvbuf(stdout, NULL, _IONBF, 0);

    page = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

    printf("store to unmapped\n");
    expect_addr = 0x10;
    if (!sigsetjmp(jb, 1)) *(volatile int *)expect_addr = 1;

    printf("store to read-only\n");
    expect_addr = (uintptr_t)page + 8;
    if (!sigsetjmp(jb, 1)) *(volatile int *)(page + 8) = 1;

    printf("udf #0\n");
    expect_addr = (uintptr_t)udf_here & ~1u;
    if (!sigsetjmp(jb, 1)) __asm__ volatile(".globl udf_here\nudf_here: udf #0");

    /* udf #1 in Thumb (0xde01) is Linux's breakpoint: SIGTRAP; in A32 it is
     * just undefined (the A32 breakpoint is 0xe7f001f0). */
    printf("udf #1\n");
    expect_addr = (uintptr_t)udf1_here & ~1u;
    if (!sigsetjmp(jb, 1)) __asm__ volatile(".globl udf1_here\nudf1_here: udf #1");

    printf("bkpt\n");
    expect_addr = (uintptr_t)bkpt_here & ~1u;
    if (!sigsetjmp(jb, 1)) __asm__ volatile(".globl bkpt_here\nbkpt_here: bkpt #3");

    static uint32_t words[8] __attribute__((aligned(8)));
    printf("misaligned ldrd\n");
    expect_addr = (uintptr_t)words + 2;
    if (!sigsetjmp(jb, 1)) {
        __asm__ volatile("ldrd r2, r3, [%0]" : : "r"((char *)words + 2) : "r2", "r3", "memory");
        printf("  no fault\n");
    }
    printf("misaligned ldm\n");
    expect_addr = (uintptr_t)words + 1;
    if (!sigsetjmp(jb, 1)) {
        __asm__ volatile("ldm %0, {r2, r3}" : : "r"((char *)words + 1) : "r2", "r3", "memory");
        printf("  no fault\n");
    }

    /* The mask was restored by siglongjmp: faults keep coming. */
    printf("again unmapped\n");
    expect_addr = 0x20;
    if (!sigsetjmp(jb, 1)) *(volatile int *)expect_addr = 1;

    /* Returning from the handler re-runs the store. */
    sa.sa_sigaction = on_segv_fix;
    sigaction(SIGSEGV, &sa, NULL);
    printf("fix and retry\n");
    *(volatile int *)page = 42;
    printf("  stored %d\n", *(volatile int *)page);
    return 0;
}
