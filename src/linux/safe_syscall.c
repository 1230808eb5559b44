/* A host syscall entry that a guest signal cannot slip past.
 *
 * The problem: a syscall handler checks for recorded guest signals, then
 * enters a blocking host call (read on a pipe, wait4, futex wait...). A
 * signal arriving between the check and the kernel's entry would only be
 * delivered when the call completes on its own, maybe never.
 *
 * The cure: safe_syscall() enters the host kernel through a few
 * instructions of assembly that test a per-thread flag (sig_arrived, set
 * by signal.c's host handler whenever it records a signal, cleared by
 * sig_deliver) and then execute `syscall`. The host handler calls
 * safe_syscall_fixup, which, when the interrupted instruction lies between
 * the test and the `syscall` (inclusive: the kernel rewinds a restarted
 * call to the `syscall` itself), moves it to a path that returns
 * -SYS_ERESTART. So either the flag was seen, or the kernel was entered
 * before the signal and its wait ends with EINTR (the host handler has no
 * SA_RESTART), or the call had not started and reports so. -SYS_ERESTART
 * makes linux_syscall re-run the SVC after the handler, which is right for
 * a call that never ran. */
#define _GNU_SOURCE
#include "linux/sys.h"

#include <signal.h>
#include <ucontext.h>

__thread volatile int sig_arrived;

#define STR_(x) #x
#define STR(x) STR_(x)

/* long safe_syscall_base(volatile int *flag, long nr, long a1..a6)
 * System V arguments: rdi flag, rsi nr, rdx rcx r8 r9 a1..a4, the stack
 * a5 a6. Linux syscall registers: rax nr, rdi rsi rdx r10 r8 r9. The flag
 * pointer stays in rbp (callee-saved, kept by the kernel). */
__asm__(".text\n"
        ".globl safe_syscall_base\n"
        ".hidden safe_syscall_base\n"
        ".type safe_syscall_base, @function\n"
        "safe_syscall_base:\n"
        "    .cfi_startproc\n"
        "    push %rbp\n"
        "    .cfi_adjust_cfa_offset 8\n"
        "    .cfi_rel_offset %rbp, 0\n"
        "    mov %rdi, %rbp\n"
        "    mov %rsi, %rax\n"
        "    mov %rdx, %rdi\n"
        "    mov %rcx, %rsi\n"
        "    mov %r8, %rdx\n"
        "    mov %r9, %r10\n"
        "    mov 16(%rsp), %r8\n"
        "    mov 24(%rsp), %r9\n"
        ".globl safe_syscall_start\n"
        ".hidden safe_syscall_start\n"
        "safe_syscall_start:\n"
        "    cmpl $0, (%rbp)\n"
        "    jnz safe_syscall_cancel\n"
        "    syscall\n"
        ".globl safe_syscall_end\n"
        ".hidden safe_syscall_end\n"
        "safe_syscall_end:\n"
        "    .cfi_remember_state\n"
        "    pop %rbp\n"
        "    .cfi_adjust_cfa_offset -8\n"
        "    .cfi_restore %rbp\n"
        "    ret\n"
        "    .cfi_restore_state\n"
        ".globl safe_syscall_cancel\n"
        ".hidden safe_syscall_cancel\n"
        "safe_syscall_cancel:\n"
        "    mov $-" STR(SYS_ERESTART) ", %rax\n"
        "    pop %rbp\n"
        "    .cfi_adjust_cfa_offset -8\n"
        "    .cfi_restore %rbp\n"
        "    ret\n"
        "    .cfi_endproc\n"
        ".size safe_syscall_base, .-safe_syscall_base\n");

long safe_syscall_base(volatile int *flag, long nr, long a1, long a2, long a3, long a4, long a5, long a6);
extern const char safe_syscall_start[], safe_syscall_end[], safe_syscall_cancel[];

long safe_syscall(long nr, long a1, long a2, long a3, long a4, long a5, long a6) {
    return safe_syscall_base(&sig_arrived, nr, a1, a2, a3, a4, a5, a6);
}

void safe_syscall_fixup(void *uctx) {
    ucontext_t *uc = uctx;
    greg_t *ip = &uc->uc_mcontext.gregs[REG_RIP];
    if (*ip >= (greg_t)safe_syscall_start && *ip < (greg_t)safe_syscall_end) *ip = (greg_t)safe_syscall_cancel;
}
