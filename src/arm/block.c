/* Block cache and the CPU run loop.
 *
 * Guest code is decoded once into blocks of struct insn, keyed by (pc, T).
 * A block ends at an instruction that may change control flow (F_ENDS), at
 * BLOCK_MAX instructions (never inside an IT block), or before a page the
 * guest may not execute. cpu_run looks blocks up and hands them to the
 * interpreter; host faults inside the guest window come back here by
 * siglongjmp and become EXIT_SEGV/EXIT_BUS with the precise guest PC.
 *
 * Chaining: each block remembers the blocks that followed it (link[0]
 * its fall-through, link[1] its last other successor; after an indirect
 * branch they are checked by key, so indirect branches that keep going to
 * the same place hit too). The interpreter follows these links itself and
 * looks up targets that are not linked (exec_chain, block_find), so a hot
 * loop runs without coming back here; cpu_run only decodes what is not in
 * the cache yet. Each block carries the interpreter's uops (exec_build).
 * docs/performance.md has the measurements.
 *
 * Threads: one host thread per guest thread, all sharing this cache.
 * Lookups take no lock: a block is fully built before a release store
 * publishes it (hash head or link), and readers load with acquire. Misses
 * and invalidation take cache_lock, so a block is decoded and inserted
 * once. cpu_invalidate unlinks blocks from the hash chains and clears
 * every link, but while more than one thread runs, another one may be in
 * the middle of an unlinked block (or hold it as its `prev`): those blocks
 * go to a graveyard list instead of free(), and the graveyard is freed
 * once a single thread is left (it can only hold such a block between
 * cpu_run calls, and cpu_invalidate runs between them). Until then the
 * invalidated blocks are leaked, which only costs memory for programs that
 * rewrite code while threads run. */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arm/block.h"
#include "arm/cpu.h"
#include "arm/exec.h"
#include "arm/insn.h"
#include "mem/guest.h"

#define HASH_BITS 16
static struct block *table[1u << HASH_BITS];
int cpu_trace;
/* All decoded code lies in [code_lo, code_hi) (under cache_lock): an
 * invalidation elsewhere, e.g. ld.so mapping a library over its own
 * reservation, need not walk the table. */
static uint32_t code_lo = 0xffffffffu, code_hi;

/* Neighbouring code goes to neighbouring buckets (16 bytes of code a
 * bucket, the 512 KiB regions folded in by the xor), so a program touches
 * about one page of the table per 8 KiB of code it runs instead of nearly
 * every page: at start-up each first touch is a page fault. */
static unsigned hash(uint32_t key) { return ((key >> 4) ^ (key >> 19)) & ((1u << HASH_BITS) - 1); }

/* True for the T16 IT instruction (not a hint: mask != 0). */
static int is_it(uint32_t hw) { return (hw & 0xff00) == 0xbf00 && (hw & 0xf) != 0; }

/* Decodes a block at pc. `it` is the ITSTATE at entry (nonzero only when
 * resuming inside an IT block). Returns NULL if pc itself is not executable. */
static struct block *decode_block(uint32_t pc, int thumb, uint8_t it) {
    struct insn buf[BLOCK_MAX + 8];
    int n = 0;
    uint32_t a = pc;
    for (;;) {
        struct insn *in = &buf[n];
        if (!mem_check(a, thumb ? 2 : 4, PG_X)) break;
        if (thumb) {
            uint32_t w = ld16(a);
            if (mem_check(a + 2, 2, PG_X)) w |= (uint32_t)ld16(a + 2) << 16;
            else if ((w & 0xf800) >= 0xe800) break; /* 32-bit insn straddles into a non-executable page */
            decode_t32(a, w, it, in);
            if (it) it = it_advance(it);
            else if (is_it(w & 0xffff)) it = (uint8_t)in->imm;
        } else {
            decode_a32(a, ld32(a), in);
        }
        a += in->len;
        n++;
        if (in->flags & F_ENDS) break;
        if (n >= BLOCK_MAX && !it) break;
        if (n >= BLOCK_MAX + 4) break; /* malformed IT chains: never overflow */
    }
    if (n == 0) return NULL;
    if (cpu_trace)
        fprintf(stderr, "armlet: block 0x%08x %s, %d insns, ends 0x%08x\n", pc, thumb ? "T32" : "A32",
                n, a);
    /* One allocation: the block, its insns, then its uops, built with room
     * for the worst case and cut to what exec_build used (most blocks need
     * about half), which keeps start-up's page faults down. */
    size_t uoff = (sizeof(struct block) + n * sizeof(struct insn) + 15) & ~(size_t)15;
    struct block *b = malloc(uoff + EXEC_UOPS_MAX(n) * sizeof(struct uop));
    if (!b) abort();
    b->link[0] = b->link[1] = NULL;
    b->key = pc | thumb;
    b->end = a;
    b->n = n;
    b->insns = (struct insn *)(b + 1);
    b->uops = (struct uop *)((char *)b + uoff);
    memcpy(b->insns, buf, n * sizeof(struct insn));
    size_t used = exec_build(b);
    struct block *s = realloc(b, uoff + used * sizeof(struct uop));
    if (s && s != b) { /* moved (glibc shrinks in place): the uops point into insns */
        s->insns = (struct insn *)(s + 1);
        s->uops = (struct uop *)((char *)s + uoff);
        exec_build(s);
    }
    return s ? s : b;
}

/* Guards misses (decode + insert), invalidation and the graveyard. */
static pthread_mutex_t cache_lock = PTHREAD_MUTEX_INITIALIZER;
static int nthreads = 1;         /* threads that may be inside cpu_run */
static struct block *graveyard; /* invalidated while other threads ran, chained by dead_next */
/* Set while this thread decodes under cache_lock: a fault there (code
 * unmapped by another thread meanwhile) must release the lock. */
static __thread int decoding_locked;

void cpu_thread_count(int delta) { __atomic_add_fetch(&nthreads, delta, __ATOMIC_SEQ_CST); }

void cpu_fork_child(void) {
    /* Only the forking thread exists here; the lock may have been held by
     * another thread at the fork. The table itself is always consistent
     * (every change is one pointer store). */
    pthread_mutex_init(&cache_lock, NULL);
    nthreads = 1;
}

static struct block *find(struct block **head, uint32_t key) {
    for (struct block *b = __atomic_load_n(head, __ATOMIC_ACQUIRE); b; b = __atomic_load_n(&b->next, __ATOMIC_ACQUIRE))
        if (b->key == key) return b;
    return NULL;
}

struct block *block_find(uint32_t key) { return find(&table[hash(key)], key); }

static struct block *lookup(uint32_t pc, int thumb) {
    uint32_t key = pc | thumb;
    struct block **head = &table[hash(key)];
    struct block *b = find(head, key);
    if (b) return b;
    pthread_mutex_lock(&cache_lock);
    b = find(head, key); /* another thread may have decoded it meanwhile */
    if (!b) {
        decoding_locked = 1;
        b = decode_block(pc, thumb, 0);
        decoding_locked = 0;
        if (b) {
            b->next = *head;
            b->dead_next = NULL;
            __atomic_store_n(head, b, __ATOMIC_RELEASE);
            if (pc < code_lo) code_lo = pc;
            if (b->end > code_hi) code_hi = b->end;
        }
    }
    pthread_mutex_unlock(&cache_lock);
    return b;
}

static struct block *get_link(struct block *b, int i) { return __atomic_load_n(&b->link[i], __ATOMIC_ACQUIRE); }

/* The block that runs after `prev` at (pc, thumb): through prev's links,
 * else looked up and linked. Slot 0 only ever gets the fall-through block
 * and slot 1 a block execution really went to (exec.c relies on that for
 * direct branches); a block with a computed successor (BX LR, LDR PC) just
 * relinks slot 1. */
static struct block *next_block(struct block *prev, uint32_t pc, int thumb) {
    uint32_t key = pc | thumb;
    struct block *b = get_link(prev, 0);
    if (b && b->key == key) return b;
    b = get_link(prev, 1);
    if (b && b->key == key) return b;
    b = lookup(pc, thumb);
    /* An invalidated prev (graveyard) may get a link too: harmless, it is
     * never reached through the table again. */
    if (b) __atomic_store_n(&prev->link[(pc | thumb) == (prev->end | (prev->key & 1)) ? 0 : 1], b, __ATOMIC_RELEASE);
    return b;
}

void cpu_invalidate(uint32_t addr, uint32_t len) {
    uint64_t end = (uint64_t)addr + len;
    int freed = 0;
    pthread_mutex_lock(&cache_lock);
    if (addr >= code_hi || end <= code_lo) { /* no decoded code there: nothing to walk */
        pthread_mutex_unlock(&cache_lock);
        return;
    }
    int alone = __atomic_load_n(&nthreads, __ATOMIC_SEQ_CST) <= 1;
    if (alone) {
        while (graveyard) {
            struct block *b = graveyard;
            graveyard = b->dead_next;
            free(b);
        }
    }
    for (unsigned i = 0; i < (1u << HASH_BITS); i++) {
        for (struct block **pp = &table[i]; *pp;) {
            struct block *b = *pp;
            uint32_t start = b->key & ~1u;
            if (start < end && b->end > addr) {
                /* Readers walking the chain through b still find its
                 * successors: b->next is left as it was. */
                __atomic_store_n(pp, b->next, __ATOMIC_RELEASE);
                if (alone) {
                    free(b);
                } else {
                    /* A thread standing on b may still read b->next (a
                     * chain walk) or b->link (chaining): both stay valid. */
                    b->dead_next = graveyard;
                    graveyard = b;
                }
                freed = 1;
            } else {
                pp = &b->next;
            }
        }
    }
    if (freed) {
        /* Some surviving block may link to a dropped one: drop every link
         * (rare; they are rebuilt on the next pass through the code). */
        for (unsigned i = 0; i < (1u << HASH_BITS); i++)
            for (struct block *b = table[i]; b; b = b->next) {
                __atomic_store_n(&b->link[0], NULL, __ATOMIC_RELEASE);
                __atomic_store_n(&b->link[1], NULL, __ATOMIC_RELEASE);
            }
    }
    pthread_mutex_unlock(&cache_lock);
}

int cpu_run(struct cpu *c) {
    struct mem_fault mf;
    struct block *volatile cur = NULL;
    struct block *volatile oneoff = NULL;
    struct block *volatile prev = NULL; /* the last cached block run, NULL after a one-off */

    mf.armed = 0;
    mem_fault_cur = &mf;
    if (sigsetjmp(mf.jb, 0)) {
        /* A guest data access faulted: r[15] was set for the faulting insn. */
        if (decoding_locked) {
            /* Not a data access: the code went away (another thread
             * unmapped it) while this thread decoded it. r[15] is the
             * block's start. */
            decoding_locked = 0;
            pthread_mutex_unlock(&cache_lock);
            c->fault_addr = mf.addr;
            return EXIT_SEGV;
        }
        uint32_t pc = c->r[15] - (c->thumb ? 4 : 8);
        c->itstate = 0;
        if (cur)
            for (int i = 0; i < cur->n; i++)
                if (cur->insns[i].pc == pc) c->itstate = cur->insns[i].it;
        free(oneoff);
        c->r[15] = pc;
        c->fault_addr = mf.addr;
        return mf.sig == SIGBUS ? EXIT_BUS : EXIT_SEGV;
    }
    mf.armed = 1;
    for (;;) {
        uint32_t pc = c->r[15];
        int thumb = c->thumb;
        struct block *b;
        pc &= thumb ? ~1u : ~3u;
        c->r[15] = pc;
        if (c->itstate && thumb) {
            b = oneoff = decode_block(pc, thumb, c->itstate);
            c->itstate = 0;
        } else if (prev) {
            b = next_block(prev, pc, thumb);
        } else {
            b = lookup(pc, thumb);
        }
        if (!b) {
            mf.armed = 0;
            c->fault_addr = pc;
            return EXIT_SEGV;
        }
        cur = b;
        int why;
        if (oneoff) {
            why = exec_chain(c, b, &cur, 0);
            free(oneoff);
            oneoff = NULL;
            prev = NULL;
        } else if (cpu_trace > 1) {
            /* Tracing wants to see every block: no chaining. */
            fprintf(stderr, "armlet: run 0x%08x%s\n", pc, thumb ? " T" : "");
            why = exec_chain(c, b, &cur, 0);
            prev = b;
        } else {
            why = exec_chain(c, b, &cur, 1);
            prev = cur;
        }
        if (why) {
            mf.armed = 0;
            return why;
        }
    }
}
