/* The block cache: decoded blocks keyed by (pc, T), links, invalidation
 * and deferred freeing. Knows no tier (block.h).
 *
 * Guest code is decoded once into blocks of struct insn. A block ends at
 * an instruction that may change control flow (analyse.c), at BLOCK_MAX
 * instructions (never inside an IT block), or before a page the guest may
 * not execute. The analysis pass then writes its facts on the records and
 * the interpreter builds its uops.
 *
 * Chaining: each block remembers the blocks that followed it (block_link:
 * link[0] its fall-through, link[1] its last other successor; after an
 * indirect branch they are checked by key, so indirect branches that keep
 * going to the same place hit too). The tiers follow links themselves.
 *
 * Threads: one host thread per guest thread, all sharing this cache.
 * Lookups take no lock: a block is fully built before a release store
 * publishes it (hash head or link), and readers load with acquire. Misses
 * and invalidation take cache_lock, so a block is decoded and inserted
 * once. cpu_invalidate unlinks blocks from the hash chains and clears every
 * link; another thread may still be running an unlinked block, so it is
 * retired, not freed: block_retire frees it once every other thread has
 * been outside cpu_run (where it can hold no block) since. */
#include "arm/block.h"

#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arm/analyse.h"
#include "arm/cpu.h"
#include "arm/exec.h"
#include "mem/guest.h"

#define HASH_BITS 16
static struct block *table[1u << HASH_BITS];
/* All decoded code lies in [code_lo, code_hi) (under cache_lock): an
 * invalidation elsewhere, e.g. ld.so mapping a library over its own
 * reservation, need not walk the table. */
static uint32_t code_lo = 0xffffffffu, code_hi;
static struct block_tier tier;

void block_set_tier(const struct block_tier *t) { tier = *t; }

/* Neighbouring code goes to neighbouring buckets (16 bytes of code a
 * bucket, the 512 KiB regions folded in by the xor), so a program touches
 * about one page of the table per 8 KiB of code it runs instead of nearly
 * every page: at start-up each first touch is a page fault. */
static unsigned hash(uint32_t key) { return ((key >> 4) ^ (key >> 19)) & ((1u << HASH_BITS) - 1); }

/* True for the T16 IT instruction (not a hint: mask != 0). */
static int is_it(uint32_t hw) { return (hw & 0xff00) == 0xbf00 && (hw & 0xf) != 0; }

static void block_free(struct block *b) {
    if (b->jit && tier.release) tier.release(b);
    exec_release(b);
    free(b);
}

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
            if (mem_check(a + 2, 2, PG_X))
                w |= (uint32_t)ld16(a + 2) << 16;
            else if ((w & 0xf800) >= 0xe800)
                break; /* 32-bit insn straddles into a non-executable page */
            decode_t32(a, w, it, in);
            if (it)
                it = it_advance(it);
            else if (is_it(w & 0xffff))
                it = (uint8_t)in->imm;
        } else {
            decode_a32(a, ld32(a), in);
        }
        a += in->len;
        n++;
        if (insn_ends_block(in)) break;
        if (n >= BLOCK_MAX && !it) break;
        if (n >= BLOCK_MAX + 4) break; /* malformed IT chains: never overflow */
    }
    if (n == 0) return NULL;
    if (cpu_settings.trace)
        fprintf(stderr, "armlet: block 0x%08x %s, %d insns, ends 0x%08x\n", pc,
                thumb ? "T32" : "A32", n, a);
    struct block *b = malloc(sizeof *b + n * sizeof(struct insn));
    if (!b) abort();
    memset(b, 0, sizeof *b);
    b->key = pc | thumb;
    b->end = a;
    b->dep_lo = pc;
    b->dep_hi = a;
    b->n = n;
    b->heat = cpu_settings.jit ? cpu_settings.jit_threshold : INT32_MAX;
    b->insns = (struct insn *)(b + 1);
    memcpy(b->insns, buf, n * sizeof(struct insn));
    block_analyse(b->insns, n, FL_ALL);
    if (exec_attach(b) < 0) abort();
    return b;
}

struct block *block_oneoff(uint32_t pc, int thumb, uint8_t it) {
    struct block *b = decode_block(pc, thumb, it);
    if (b) b->heat = INT32_MAX; /* never translated */
    return b;
}

void block_free_oneoff(struct block *b) {
    if (b) block_free(b);
}

/* Guards misses (decode + insert), invalidation and retirement. */
static pthread_mutex_t cache_lock = PTHREAD_MUTEX_INITIALIZER;
/* Set while this thread decodes under cache_lock: a fault there (code
 * unmapped by another thread meanwhile) must release the lock. */
static __thread int decoding_locked;

void block_lock(void) { pthread_mutex_lock(&cache_lock); }
void block_unlock(void) { pthread_mutex_unlock(&cache_lock); }

int block_fault_in_decode(void) {
    if (!decoding_locked) return 0;
    decoding_locked = 0;
    pthread_mutex_unlock(&cache_lock);
    return 1;
}

static struct block *find(struct block **head, uint32_t key) {
    for (struct block *b = __atomic_load_n(head, __ATOMIC_ACQUIRE); b;
         b = __atomic_load_n(&b->next, __ATOMIC_ACQUIRE))
        if (b->key == key) return b;
    return NULL;
}

struct block *block_find(uint32_t key) {
    return find(&table[hash(key)], key);
}

struct block *block_get(uint32_t pc, int thumb) {
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
            __atomic_store_n(head, b, __ATOMIC_RELEASE);
            if (pc < code_lo) code_lo = pc;
            if (b->end > code_hi) code_hi = b->end;
        }
    }
    pthread_mutex_unlock(&cache_lock);
    return b;
}

void block_link(struct block *prev, struct block *b) {
    /* A retired prev may get a link too: harmless, nothing reaches it. */
    int slot = b->key == (prev->end | (prev->key & 1)) ? 0 : 1;
    __atomic_store_n(&prev->link[slot], b, __ATOMIC_RELEASE);
}

void block_each(void (*fn)(struct block *b, void *arg), void *arg) {
    for (unsigned i = 0; i < (1u << HASH_BITS); i++)
        for (struct block *b = table[i]; b; b = b->next)
            fn(b, arg);
}

/* ---- Deferred freeing ----
 *
 * Each thread that runs guest code has a record with the epoch it last saw
 * on entering cpu_run, 0 while it is outside. An object retired at epoch e
 * may be used by a thread whose record says 0 < seen <= e; once no record
 * does, nothing can reach it any more. */
struct qs_thread {
    uint64_t seen;
    struct qs_thread *next;
    int listed;
};
struct retired {
    struct retired *next;
    void (*fn)(void *);
    void *p;
    uint64_t epoch;
};
static __thread struct qs_thread qs_self;
static int nthreads = 1;          /* guest threads alive, counted from their creation */
static struct qs_thread *qs_list; /* under cache_lock */
static uint64_t qs_epoch = 1;
static struct retired *limbo; /* under cache_lock */
static int limbo_count;

/* Frees what no thread can reach any more; under cache_lock. */
static void reclaim(void) {
    uint64_t oldest = UINT64_MAX;
    for (struct qs_thread *t = qs_list; t; t = t->next) {
        uint64_t s = __atomic_load_n(&t->seen, __ATOMIC_SEQ_CST);
        if (s && s < oldest) oldest = s;
    }
    for (struct retired **pp = &limbo; *pp;) {
        struct retired *r = *pp;
        if (r->epoch < oldest) {
            *pp = r->next;
            r->fn(r->p);
            free(r);
            limbo_count--;
        } else {
            pp = &r->next;
        }
    }
}

void block_retire(void (*fn)(void *), void *p) {
    struct retired *r = malloc(sizeof *r);
    if (!r) abort();
    r->fn = fn;
    r->p = p;
    r->epoch = __atomic_fetch_add(&qs_epoch, 1, __ATOMIC_SEQ_CST);
    r->next = limbo;
    limbo = r;
    limbo_count++;
}

void block_enter(void) {
    if (!qs_self.listed) {
        pthread_mutex_lock(&cache_lock);
        qs_self.next = qs_list;
        qs_list = &qs_self;
        qs_self.listed = 1;
        pthread_mutex_unlock(&cache_lock);
    }
    __atomic_store_n(&qs_self.seen, __atomic_load_n(&qs_epoch, __ATOMIC_SEQ_CST), __ATOMIC_SEQ_CST);
}

void cpu_thread_start(void) { __atomic_add_fetch(&nthreads, 1, __ATOMIC_SEQ_CST); }

int block_threads(void) { return __atomic_load_n(&nthreads, __ATOMIC_SEQ_CST); }

void block_leave(void) {
    __atomic_store_n(&qs_self.seen, 0, __ATOMIC_SEQ_CST);
    if (__atomic_load_n(&limbo_count, __ATOMIC_RELAXED) &&
        pthread_mutex_trylock(&cache_lock) == 0) {
        reclaim();
        pthread_mutex_unlock(&cache_lock);
    }
}

void cpu_thread_exit(void) {
    __atomic_sub_fetch(&nthreads, 1, __ATOMIC_SEQ_CST);
    pthread_mutex_lock(&cache_lock);
    for (struct qs_thread **pp = &qs_list; *pp; pp = &(*pp)->next)
        if (*pp == &qs_self) {
            *pp = qs_self.next;
            break;
        }
    qs_self.listed = 0;
    reclaim();
    pthread_mutex_unlock(&cache_lock);
}

void block_fork_child(void) {
    /* Only the forking thread exists here; the lock may have been held by
     * another thread at the fork. The table itself is always consistent
     * (every change is one pointer store). */
    pthread_mutex_init(&cache_lock, NULL);
    nthreads = 1;
    qs_list = qs_self.listed ? &qs_self : NULL;
    qs_self.next = NULL;
    reclaim();
}

static void free_block(void *p) { block_free(p); }

static void clear_links(struct block *b, void *arg) {
    __atomic_store_n(&b->link[0], NULL, __ATOMIC_RELEASE);
    __atomic_store_n(&b->link[1], NULL, __ATOMIC_RELEASE);
}

void cpu_invalidate(uint32_t addr, uint32_t len) {
    uint64_t end = (uint64_t)addr + len;
    int dropped = 0;
    pthread_mutex_lock(&cache_lock);
    if (addr >= code_hi || end <= code_lo) { /* no decoded code there: nothing to walk */
        pthread_mutex_unlock(&cache_lock);
        return;
    }
    for (unsigned i = 0; i < (1u << HASH_BITS); i++) {
        for (struct block **pp = &table[i]; *pp;) {
            struct block *b = *pp;
            if (b->dep_lo < end && b->dep_hi > addr) {
                /* Readers walking the chain through b still find its
                 * successors: b->next is left as it was. */
                __atomic_store_n(pp, b->next, __ATOMIC_RELEASE);
                block_retire(free_block, b);
                dropped = 1;
            } else {
                pp = &b->next;
            }
        }
    }
    if (dropped) {
        /* Some surviving block may link to a dropped one: drop every link
         * (rare; they are rebuilt on the next pass through the code). */
        block_each(clear_links, NULL);
        if (tier.unlinked) tier.unlinked();
    }
    reclaim();
    pthread_mutex_unlock(&cache_lock);
}
