/* cpu_run: the dispatcher over the two execution tiers.
 *
 * It finds the block at r[15] (through the last block's links, else the
 * cache, which decodes on a miss), runs it in the JIT when it has a
 * translation or has become hot (the JIT translates it then), else in the
 * interpreter, and goes on until a tier returns an exit. Both tiers chain
 * from block to block themselves and come back here only when the next
 * block is not decoded yet, changes tier, or must be run alone. Host
 * faults in guest memory come back here by siglongjmp and become
 * EXIT_SEGV/EXIT_BUS with the precise guest state.
 *
 * Above the interpreter (exec.c) and the JIT (jit/), below nothing but the
 * block cache and mem/. */
#include <limits.h>
#include <signal.h>
#include <stdio.h>

#include "arm/block.h"
#include "arm/cpu.h"
#include "jit/jit.h"
#include "mem/guest.h"

struct cpu_settings cpu_settings;

int cpu_init(const struct cpu_settings *s) {
    cpu_settings = *s;
    if (cpu_settings.trace > 1) cpu_settings.jit = 0; /* tracing wants to see every block */
    if (!cpu_settings.jit) return 0;
    int r = jit_init();
    if (r < 0) cpu_settings.jit = 0;
    return r;
}

void cpu_fork_child(void) {
    block_fork_child();
    jit_fork_child();
}

/* After a fault in the interpreter or in decoding: r[15] holds the
 * architectural PC of the faulting instruction (block.h), `cur` its block. */
static void recover_interp(struct cpu *c, const struct block *cur) {
    uint32_t pc = c->r[15] - (c->thumb ? 4 : 8);
    c->itstate = 0;
    if (cur)
        for (int i = 0; i < cur->n; i++)
            if (cur->insns[i].pc == pc) c->itstate = cur->insns[i].it;
    c->r[15] = pc;
}

/* Makes b hot-or-translated as the settings say: returns nonzero if it
 * should run in the JIT. */
static int want_jit(struct block *b) {
    if (jit_on && jit_current(b)) return 1;
    if (--b->heat >= 0) return 0;
    if (!jit_on) {
        b->heat = INT32_MAX;
        return 0;
    }
    block_lock();
    if (!jit_current(b)) jit_translate(b);
    block_unlock();
    if (jit_current(b)) return 1;
    b->heat = INT32_MAX; /* could not: leave it to the interpreter */
    return 0;
}

int cpu_run(struct cpu *c) {
    struct mem_fault mf;
    struct block *volatile cur = NULL;
    struct block *volatile oneoff = NULL;
    struct block *volatile prev = NULL; /* the last cached block run, NULL after a one-off */
    volatile int in_jit = 0;
    struct block *next = NULL;

    mf.armed = 0;
    mem_fault_cur = &mf;
    block_enter();
    if (sigsetjmp(mf.jb, 0)) {
        if (block_fault_in_decode()) {
            /* Not a data access: the code went away (another thread
             * unmapped it) while this thread decoded it. r[15] is the
             * block's start. */
            c->fault_addr = mf.addr;
            block_leave();
            return EXIT_SEGV;
        }
        if (!in_jit || !jit_recover(c, &mf)) recover_interp(c, cur);
        block_free_oneoff(oneoff);
        c->fault_addr = mf.addr;
        block_leave();
        return mf.sig == SIGBUS ? EXIT_BUS : EXIT_SEGV;
    }
    mf.armed = 1;
    for (;;) {
        uint32_t pc = c->r[15];
        int thumb = c->thumb;
        struct block *b = next;
        pc &= thumb ? ~1u : ~3u;
        c->r[15] = pc;
        next = NULL;
        if (c->itstate && thumb) {
            b = oneoff = block_oneoff(pc, thumb, c->itstate);
            c->itstate = 0;
        } else if (!b) {
            if (prev) b = block_linked(prev, pc | thumb);
            if (!b && (b = block_get(pc, thumb)) && prev) block_link(prev, b);
        }
        if (!b) {
            mf.armed = 0;
            c->fault_addr = pc;
            block_leave();
            return EXIT_SEGV;
        }
        cur = b;
        int why;
        if (oneoff) {
            why = exec_chain(c, b, &cur, 0, &next);
            block_free_oneoff(oneoff);
            oneoff = NULL;
            next = NULL;
            prev = NULL;
        } else if (want_jit(b)) {
            in_jit = 1;
            why = jit_run(c, b, &cur, &next);
            in_jit = 0;
            prev = cur;
        } else if (cpu_settings.trace > 1) {
            fprintf(stderr, "armlet: run 0x%08x%s\n", pc, thumb ? " T" : "");
            why = exec_chain(c, b, &cur, 0, &next);
            next = NULL;
            prev = b;
        } else {
            why = exec_chain(c, b, &cur, 1, &next);
            prev = cur;
        }
        if (why) {
            mf.armed = 0;
            block_leave();
            return why;
        }
    }
}
