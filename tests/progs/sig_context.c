// cflags: -mfpu=neon
// variants: hf-only
/* sig_context.c: what a handler sees and changes in its ucontext. A
 * handler sets arm_r0 and steps arm_pc over a udf, and the code resumes
 * there with the new r0; VFP registers and FPSCR clobbered in a handler
 * come back; a Thumb handler interrupts A32 code and an A32 handler Thumb
 * code (uc_mcontext.arm_cpsr's T bit says which); handlers installed with
 * the raw syscall (no SA_RESTORER) return through the kernel's own
 * sigreturn code; sigaltstack with SA_ONSTACK. */
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <ucontext.h>
#include <unistd.h>

#define CPSR_T 0x20

/* Steps over the udf (16-bit in Thumb, 32-bit in A32) and sets r0. */
static void on_ill(int sig, siginfo_t *si, void *p) {
    ucontext_t *uc = p;
    int t = (uc->uc_mcontext.arm_cpsr & CPSR_T) != 0;
    uc->uc_mcontext.arm_pc += t ? 2 : 4;
    uc->uc_mcontext.arm_r0 = 1234;
    /* Clobber VFP state: the frame must bring it back. */
    __asm__ volatile("vmov.i32 q8, #0\n vmov.i32 q4, #0\n vmov.i32 q15, #0" ::: "q4", "q8", "q15");
    uint32_t fpscr = 3u << 22; /* round towards zero */
    __asm__ volatile("vmsr fpscr, %0" : : "r"(fpscr));
    volatile double x = 1.0;
    for (int i = 0; i < 10; i++) x = x * 3.0 / 7.0;
}

static int trap_r0(void) {
    register int r0 __asm__("r0") = 7;
    __asm__ volatile("udf #0" : "+r"(r0) : : "memory");
    return r0;
}

static void vfp_check(void) {
    uint64_t d8, d16, d31;
    uint32_t fpscr_before, fpscr_after;
    __asm__ volatile("vmrs %0, fpscr" : "=r"(fpscr_before));
    __asm__ volatile(
        "vmov.f64 d8, #1.5\n"
        "vmov.f64 d16, #-2.25\n"
        "vmov.f64 d31, #0.125\n"
        "udf #0\n"
        "vmov %Q0, %R0, d8\n"
        "vmov %Q1, %R1, d16\n"
        "vmov %Q2, %R2, d31\n"
        : "=r"(d8), "=r"(d16), "=r"(d31)
        :
        : "d8", "d16", "d31", "r0", "memory");
    __asm__ volatile("vmrs %0, fpscr" : "=r"(fpscr_after));
    printf("vfp: d8 %016llx d16 %016llx d31 %016llx fpscr %s\n", (unsigned long long)d8,
           (unsigned long long)d16, (unsigned long long)d31, fpscr_before == fpscr_after ? "same" : "changed");
}

/* Interworking: handlers and interrupted code in both instruction sets. */
static volatile int seen_t = -1, handler_ran;
__attribute__((target("thumb"), noinline)) static void thumb_handler(int sig, siginfo_t *si, void *p) {
    ucontext_t *uc = p;
    seen_t = (uc->uc_mcontext.arm_cpsr & CPSR_T) != 0;
    uc->uc_mcontext.arm_pc += seen_t ? 2 : 4;
    handler_ran = 1;
}
__attribute__((target("arm"), noinline)) static void arm_handler(int sig, siginfo_t *si, void *p) {
    ucontext_t *uc = p;
    seen_t = (uc->uc_mcontext.arm_cpsr & CPSR_T) != 0;
    uc->uc_mcontext.arm_pc += seen_t ? 2 : 4;
    handler_ran = 1;
}
__attribute__((target("arm"), noinline)) static int arm_code(int x) {
    __asm__ volatile("udf #0" ::: "memory");
    return x + 1;
}
__attribute__((target("thumb"), noinline)) static int thumb_code(int x) {
    __asm__ volatile("udf #0" ::: "memory");
    return x + 2;
}

static void on(int sig, void (*h)(int, siginfo_t *, void *)) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = h;
    sa.sa_flags = SA_SIGINFO;
    sigaction(sig, &sa, NULL);
}

/* The kernel's struct sigaction, for rt_sigaction without SA_RESTORER. */
struct ksigaction {
    void *handler;
    unsigned long flags;
    void *restorer;
    uint32_t mask[2];
};

static volatile int raw_count;
static void raw_plain(int sig) { raw_count++; }
static void raw_info(int sig, siginfo_t *si, void *uc) { raw_count += si->si_signo == sig ? 10 : 1000; }
__attribute__((target("arm"), noinline)) static void raw_plain_arm(int sig) { raw_count += 100; }

static void raw(int sig, void *h, unsigned long flags) {
    struct ksigaction k = {h, flags, NULL, {0, 0}};
    long r = syscall(SYS_rt_sigaction, sig, &k, NULL, 8);
    if (r) printf("rt_sigaction failed: %s\n", strerror(errno));
}

static char altstack[65536];
static volatile int on_alt, alt_flags, alt_eperm, uc_flags;
static void on_usr_alt(int sig, siginfo_t *si, void *p) {
    ucontext_t *uc = p;
    char here;
    on_alt = &here > altstack && &here < altstack + sizeof altstack;
    stack_t ss;
    sigaltstack(NULL, &ss);
    alt_flags = ss.ss_flags;
    stack_t n = {.ss_sp = altstack, .ss_size = sizeof altstack};
    alt_eperm = sigaltstack(&n, NULL) < 0 && errno == EPERM;
    uc_flags = uc->uc_stack.ss_flags;
}

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    on(SIGILL, on_ill);
    printf("r0 after handler: %d\n", trap_r0());
    vfp_check();

    on(SIGILL, thumb_handler);
    int r = arm_code(1);
    printf("thumb handler, A32 code: ran %d interrupted T=%d result %d\n", handler_ran, seen_t, r);
    handler_ran = 0;
    r = thumb_code(1);
    printf("thumb handler, T32 code: ran %d interrupted T=%d result %d\n", handler_ran, seen_t, r);
    on(SIGILL, arm_handler);
    handler_ran = 0;
    r = arm_code(1);
    printf("A32 handler, A32 code: ran %d interrupted T=%d result %d\n", handler_ran, seen_t, r);
    handler_ran = 0;
    r = thumb_code(1);
    printf("A32 handler, T32 code: ran %d interrupted T=%d result %d\n", handler_ran, seen_t, r);

    raw(SIGUSR1, (void *)raw_plain, 0);
    raise(SIGUSR1);
    raw(SIGUSR1, (void *)raw_info, SA_SIGINFO);
    raise(SIGUSR1);
    raw(SIGUSR1, (void *)raw_plain_arm, 0);
    raise(SIGUSR1);
    printf("kernel sigreturn path: count %d\n", raw_count);

    stack_t ss = {.ss_sp = altstack, .ss_size = sizeof altstack};
    sigaltstack(&ss, NULL);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_usr_alt;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigaction(SIGUSR2, &sa, NULL);
    raise(SIGUSR2);
    sigaltstack(NULL, &ss);
    printf("altstack: on it %d, flags in handler %d, EPERM %d, uc_stack flags %d, after %d\n", on_alt,
           alt_flags, alt_eperm, uc_flags, ss.ss_flags);
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGUSR2, &sa, NULL);
    raise(SIGUSR2);
    printf("without SA_ONSTACK: on it %d\n", on_alt);
    return 0;
}
