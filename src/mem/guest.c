/* The guest window: reservation, page-flag table, mapping primitives and the
 * host fault handler that turns faults inside the window into guest faults. */
#define _GNU_SOURCE
#include "mem/guest.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

/* A guard after the window catches accesses that straddle 0xffffffff. */
#define GUARD_SIZE (64u << 10)

uint8_t *guest_base;
uint8_t mem_pages[GUEST_PAGES];
__thread struct mem_fault *mem_fault_cur;

int mem_init(void) {
    void *p = mmap(NULL, GUEST_SPAN + GUARD_SIZE, PROT_NONE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) return -errno;
    guest_base = p;
    return 0;
}

/* Guest pages readable or executable are host-readable: the decoder reads
 * code through the window. Host memory is never executable. */
int mem_prot_of(uint8_t flags) {
    int prot = PROT_NONE;
    if (flags & (PG_R | PG_X)) prot |= PROT_READ;
    if (flags & PG_W) prot |= PROT_READ | PROT_WRITE;
    return prot;
}

uint8_t mem_flags_of(int prot) {
    uint8_t f = 0;
    if (prot & PROT_READ) f |= PG_R;
    if (prot & PROT_WRITE) f |= PG_W;
    if (prot & PROT_EXEC) f |= PG_X;
    return f;
}

void mem_set_flags(uint32_t addr, uint64_t len, uint8_t flags) {
    uint64_t first = addr / GUEST_PAGE;
    uint64_t last = ((uint64_t)addr + len + GUEST_PAGE - 1) / GUEST_PAGE;
    if (last > GUEST_PAGES) last = GUEST_PAGES;
    for (uint64_t p = first; p < last; p++) mem_pages[p] = flags;
}

int mem_check(uint32_t addr, uint64_t len, uint8_t need) {
    if (len == 0) return 1;
    uint64_t end = (uint64_t)addr + len;
    if (end > GUEST_SPAN) return 0;
    for (uint64_t p = addr / GUEST_PAGE; p <= (end - 1) / GUEST_PAGE; p++)
        if ((mem_pages[p] & (need | PG_MAPPED)) != (need | PG_MAPPED)) return 0;
    return 1;
}

uint32_t mem_find_free(uint32_t len, uint32_t below) {
    uint32_t npages = (len + GUEST_PAGE - 1) / GUEST_PAGE, run = 0;
    if (npages == 0) return 0;
    /* Page 0 stays unmapped so that NULL faults. */
    for (uint32_t p = below / GUEST_PAGE; p-- > 1;) {
        run = (mem_pages[p] & PG_MAPPED) ? 0 : run + 1;
        if (run == npages) return p * GUEST_PAGE;
    }
    return 0;
}

static int range_ok(uint32_t addr, uint32_t len) {
    return (addr % GUEST_PAGE) == 0 && (uint64_t)addr + len <= GUEST_SPAN;
}

int mem_map_anon(uint32_t addr, uint32_t len, int prot, uint8_t flags) {
    if (!range_ok(addr, len)) return -EINVAL;
    len = (len + GUEST_PAGE - 1) & ~(GUEST_PAGE - 1);
    uint8_t f = mem_flags_of(prot) | PG_MAPPED | flags;
    if (mmap(g2h(addr), len, mem_prot_of(f), MAP_FIXED | MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) ==
        MAP_FAILED)
        return -errno;
    mem_set_flags(addr, len, f);
    return 0;
}

int mem_protect(uint32_t addr, uint32_t len, int prot) {
    if (!range_ok(addr, len)) return -EINVAL;
    len = (len + GUEST_PAGE - 1) & ~(GUEST_PAGE - 1);
    uint8_t rwx = mem_flags_of(prot);
    for (uint32_t p = addr / GUEST_PAGE; p < (addr + (uint64_t)len) / GUEST_PAGE; p++) {
        if (!(mem_pages[p] & PG_MAPPED)) return -ENOMEM;
    }
    if (mprotect(g2h(addr), len, mem_prot_of(rwx)) < 0) return -errno;
    for (uint64_t p = addr / GUEST_PAGE; p < ((uint64_t)addr + len) / GUEST_PAGE; p++)
        mem_pages[p] = (mem_pages[p] & ~(PG_R | PG_W | PG_X)) | rwx;
    return 0;
}

int mem_unmap(uint32_t addr, uint32_t len) {
    if (!range_ok(addr, len)) return -EINVAL;
    len = (len + GUEST_PAGE - 1) & ~(GUEST_PAGE - 1);
    if (mmap(g2h(addr), len, PROT_NONE, MAP_FIXED | MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
             -1, 0) == MAP_FAILED)
        return -errno;
    mem_set_flags(addr, len, 0);
    return 0;
}

void (*mem_sent_signal)(int sig, siginfo_t *si, void *uctx);

static void save_context(struct mem_fault *f, void *uctx) {
    static const int order[16] = {REG_RAX, REG_RCX, REG_RDX, REG_RBX, REG_RSP, REG_RBP,
                                  REG_RSI, REG_RDI, REG_R8,  REG_R9,  REG_R10, REG_R11,
                                  REG_R12, REG_R13, REG_R14, REG_R15};
    const greg_t *g = ((ucontext_t *)uctx)->uc_mcontext.gregs;
    for (int i = 0; i < 16; i++) f->host_regs[i] = (uint64_t)g[order[i]];
    f->host_pc = (uint64_t)g[REG_RIP];
    f->host_flags = (uint64_t)g[REG_EFL];
}

/* v in hex into p (async-signal-safe); returns the length. */
static size_t hex(char *p, uint64_t v) {
    size_t n = 0;
    for (int sh = 60; sh >= 0; sh -= 4)
        if (n || (v >> sh & 15) || sh == 0) p[n++] = "0123456789abcdef"[v >> sh & 15];
    return n;
}

static void fault_handler(int sig, siginfo_t *si, void *uctx) {
    struct mem_fault *f = mem_fault_cur;
    uint8_t *a = si->si_addr;
    if (si->si_code <= 0 && mem_sent_signal) { /* kill(), tgkill(), sigqueue() */
        mem_sent_signal(sig, si, uctx);
        return;
    }
    if (f && f->armed && mem_is_guest(a)) {
        f->armed = 0;
        f->addr = (uint32_t)(a - guest_base);
        f->sig = sig;
        save_context(f, uctx);
        siglongjmp(f->jb, 1);
    }
    /* A fault outside guest code is armlet's own bug: die loudly, by the same signal. */
    char msg[128];
    const char *head = "armlet: internal error: host fault outside guest memory at 0x";
    size_t n = strlen(head);
    memcpy(msg, head, n);
    n += hex(msg + n, (uint64_t)(uintptr_t)a);
    memcpy(msg + n, ", host pc 0x", 12);
    n += 12;
    n += hex(msg + n, (uint64_t)((ucontext_t *)uctx)->uc_mcontext.gregs[REG_RIP]);
    msg[n++] = '\n';
    ssize_t r = write(2, msg, n);
    (void)r;
    signal(sig, SIG_DFL);
    raise(sig);
}

int mem_fault_install(void) {
    struct sigaction sa = {0};
    sa.sa_sigaction = fault_handler;
    /* SA_NODEFER: we leave the handler by siglongjmp without restoring the mask. */
    sa.sa_flags = SA_SIGINFO | SA_NODEFER | SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    if (sigaction(SIGSEGV, &sa, NULL) < 0 || sigaction(SIGBUS, &sa, NULL) < 0) return -errno;
    return 0;
}
