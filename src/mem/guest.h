/* The guest address space: one reserved 4 GiB host window, guest address a
 * at guest_base + a, plus a page-flag table mirroring the guest's mappings.
 *
 * Every 32-bit address lands inside the window (a guard follows it for
 * accesses that straddle 0xffffffff), so guest loads and stores need no
 * bounds check; an access to an unmapped or protected page raises a host
 * SIGSEGV that mem_fault_* turn into a guest fault. Depends on nothing above. */
#ifndef MEM_GUEST_H
#define MEM_GUEST_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define GUEST_PAGE 4096u
#define GUEST_PAGES (1u << 20)
#define GUEST_SPAN (1ull << 32)

/* Page flags (mem_pages[]). */
#define PG_R 0x01
#define PG_W 0x02
#define PG_X 0x04
#define PG_MAPPED 0x08
#define PG_STACK 0x10 /* the main stack (grows down) */
#define PG_HEAP 0x20  /* brk area */
#define PG_KUSER 0x40 /* the kuser helper page */

extern uint8_t *guest_base;
extern uint8_t mem_pages[GUEST_PAGES];

static inline void *g2h(uint32_t a) { return guest_base + a; }
static inline uint32_t h2g(const void *p) { return (uint32_t)((const uint8_t *)p - guest_base); }
static inline int mem_is_guest(const void *p) {
    return (const uint8_t *)p >= guest_base && (const uint8_t *)p < guest_base + GUEST_SPAN + GUEST_PAGE;
}

/* Raw little-endian accessors; they fault (host SIGSEGV) on unmapped pages. */
static inline uint8_t ld8(uint32_t a) { return *(volatile uint8_t *)g2h(a); }
static inline uint16_t ld16(uint32_t a) { uint16_t v; memcpy(&v, g2h(a), 2); return v; }
static inline uint32_t ld32(uint32_t a) { uint32_t v; memcpy(&v, g2h(a), 4); return v; }
static inline uint64_t ld64(uint32_t a) { uint64_t v; memcpy(&v, g2h(a), 8); return v; }
static inline void st8(uint32_t a, uint8_t v) { *(volatile uint8_t *)g2h(a) = v; }
static inline void st16(uint32_t a, uint16_t v) { memcpy(g2h(a), &v, 2); }
static inline void st32(uint32_t a, uint32_t v) { memcpy(g2h(a), &v, 4); }
static inline void st64(uint32_t a, uint64_t v) { memcpy(g2h(a), &v, 8); }

/* Reserves the window. Returns 0 or -errno. */
int mem_init(void);

/* Host protection bits (PROT_*) for page flags, and back. */
int mem_prot_of(uint8_t flags);
uint8_t mem_flags_of(int prot);

/* Records flags for the pages covering [addr, addr+len). */
void mem_set_flags(uint32_t addr, uint64_t len, uint8_t flags);
/* Nonzero if every page of [addr, addr+len) has all of `need` flags. */
int mem_check(uint32_t addr, uint64_t len, uint8_t need);
/* Finds a free range of len bytes, searching down from `below`; 0 if none. */
uint32_t mem_find_free(uint32_t len, uint32_t below);

/* Maps anonymous zeroed memory at a fixed guest address with prot PROT_*;
 * flags are extra PG_* bits. Returns 0 or -errno. */
int mem_map_anon(uint32_t addr, uint32_t len, int prot, uint8_t flags);
/* Changes protection (updates the table). Returns 0 or -errno. */
int mem_protect(uint32_t addr, uint32_t len, int prot);
/* Returns the range to PROT_NONE reserved state. Returns 0 or -errno. */
int mem_unmap(uint32_t addr, uint32_t len);

/* Fault recovery. A thread that runs guest code arms a jump buffer; the host
 * SIGSEGV/SIGBUS handler, for an address inside the window, records the guest
 * address and the host context, and siglongjmps there. mem_fault_install()
 * is called once. */
#include <setjmp.h>
struct mem_fault {
    sigjmp_buf jb;
    volatile int armed;
    volatile uint32_t addr; /* guest address of the fault */
    volatile int sig;       /* SIGSEGV or SIGBUS */
    /* The faulting host instruction, its general registers (x86-64
     * encoding order: rax rcx rdx rbx rsp rbp rsi rdi r8..r15) and RFLAGS. */
    uint64_t host_pc;
    uint64_t host_regs[16];
    uint64_t host_flags;
};
extern __thread struct mem_fault *mem_fault_cur;
int mem_fault_install(void);

/* SIGSEGV/SIGBUS that another process sent (not a fault) go here, when set:
 * the OS layer decides what the guest sees. */
#include <signal.h>
extern void (*mem_sent_signal)(int sig, siginfo_t *si, void *uctx);

#endif
