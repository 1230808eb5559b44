/* Block cache and the CPU run loop.
 *
 * Guest code is decoded once into blocks of struct insn, keyed by (pc, T).
 * A block ends at an instruction that may change control flow (F_ENDS), at
 * BLOCK_MAX instructions (never inside an IT block), or before a page the
 * guest may not execute. cpu_run looks blocks up and hands them to the
 * interpreter; host faults inside the guest window come back here by
 * siglongjmp and become EXIT_SEGV/EXIT_BUS with the precise guest PC.
 *
 * Chaining: each block remembers the blocks that followed it (its
 * fall-through and its last other successor, checked by key, so indirect
 * branches that keep going to the same place hit too). The interpreter
 * follows these links itself (exec_chain), so a hot loop runs without
 * coming back here; cpu_run only looks up and links what is not linked yet.
 * Links only ever point at live blocks: cpu_invalidate, which runs between
 * cpu_run calls and never while a block executes, drops every link whenever
 * it frees a block. docs/performance.md has the measurements and the plan
 * for threads. */
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

static unsigned hash(uint32_t key) { return (key * 0x9e3779b1u) >> (32 - HASH_BITS); }

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
    struct block *b = malloc(sizeof *b + n * sizeof(struct insn));
    if (!b) abort();
    b->link[0] = b->link[1] = NULL;
    b->key = pc | thumb;
    b->end = a;
    b->n = n;
    memcpy(b->insns, buf, n * sizeof(struct insn));
    return b;
}

static struct block *lookup(uint32_t pc, int thumb) {
    uint32_t key = pc | thumb;
    struct block **head = &table[hash(key)];
    for (struct block *b = *head; b; b = b->next)
        if (b->key == key) return b;
    struct block *b = decode_block(pc, thumb, 0);
    if (b) {
        b->next = *head;
        *head = b;
    }
    return b;
}

/* The block that runs after `prev` at (pc, thumb): through prev's links,
 * else looked up and linked. A link is only a hint checked by key, so a
 * block with a computed successor (BX LR, LDR PC) just relinks. */
static struct block *next_block(struct block *prev, uint32_t pc, int thumb) {
    uint32_t key = pc | thumb;
    struct block *b = prev->link[0];
    if (b && b->key == key) return b;
    b = prev->link[1];
    if (b && b->key == key) return b;
    b = lookup(pc, thumb);
    if (b) prev->link[pc == prev->end ? 0 : prev->link[0] ? 1 : 0] = b;
    return b;
}

void cpu_invalidate(uint32_t addr, uint32_t len) {
    uint64_t end = (uint64_t)addr + len;
    int freed = 0;
    for (unsigned i = 0; i < (1u << HASH_BITS); i++) {
        for (struct block **pp = &table[i]; *pp;) {
            struct block *b = *pp;
            uint32_t start = b->key & ~1u;
            if (start < end && b->end > addr) {
                *pp = b->next;
                free(b);
                freed = 1;
            } else {
                pp = &b->next;
            }
        }
    }
    if (!freed) return;
    /* Some surviving block may link to a freed one: drop every link (rare;
     * they are rebuilt on the next pass through the code). */
    for (unsigned i = 0; i < (1u << HASH_BITS); i++)
        for (struct block *b = table[i]; b; b = b->next) b->link[0] = b->link[1] = NULL;
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
            why = exec_block(c, b->insns, b->n);
            free(oneoff);
            oneoff = NULL;
            prev = NULL;
        } else if (cpu_trace > 1) {
            /* Tracing wants to see every block: no chaining. */
            fprintf(stderr, "armlet: run 0x%08x%s\n", pc, thumb ? " T" : "");
            why = exec_block(c, b->insns, b->n);
            prev = b;
        } else {
            why = exec_chain(c, b, &cur);
            prev = cur;
        }
        if (why) {
            mf.armed = 0;
            return why;
        }
    }
}
