/* -d jitcheck: each new translation, the first time it runs, is run again
 * in the interpreter from the same state, and the two results compared:
 * registers, flags, Q, GE, ITSTATE, the VFP/NEON registers, FPSCR, the
 * exclusive monitor, the exit and its details, and the memory the
 * translation stored to. Translated code in this mode logs each store's
 * old contents (jit_log_store); after the JIT's run the stores are undone,
 * the interpreter runs, and its memory at those addresses must hold what
 * the translation wrote. The first difference stops armlet with a report.
 *
 * Limits: stores made by exec_insn on behalf of translated code are not
 * logged, so blocks with such instructions are not compared (counted in
 * the report at exit with -d jit); the check is skipped while several
 * threads run (undoing stores would race with them). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "arm/block.h"
#include "arm/exec.h"
#include "jit/jit.h"
#include "jit/jit_int.h"
#include "mem/guest.h"

#define LOG_MAX 512
#define LOG_BYTES 64

static struct {
    uint32_t addr, size;
    uint8_t old[LOG_BYTES], new_[LOG_BYTES];
} log_e[LOG_MAX];
static int log_n, log_over;

void jit_log_store(struct cpu *c, uint32_t addr, uint32_t size) {
    (void)c;
    if (log_n == LOG_MAX || size > LOG_BYTES) {
        log_over = 1;
        return;
    }
    if (!mem_check(addr, size, PG_W)) return; /* the store faults: nothing changes */
    log_e[log_n].addr = addr;
    log_e[log_n].size = size;
    memcpy(log_e[log_n].old, g2h(addr), size);
    log_n++;
}

/* Runs the translation (enter) or the interpreter on c, a fault included:
 * returns the exit as cpu_run would see it. */
static int run_guarded(struct cpu *c, const struct jit_tr *t, uint64_t enter, int interp) {
    typedef int (*enter_fn)(struct cpu *, uint64_t);
    struct mem_fault f, *saved = mem_fault_cur;
    int why;
    f.armed = 0;
    mem_fault_cur = &f;
    if (sigsetjmp(f.jb, 0)) {
        if (interp) {
            uint32_t pc = c->r[15] - (c->thumb ? 4 : 8);
            c->itstate = 0;
            for (int i = 0; i < t->b->n; i++)
                if (t->b->insns[i].pc == pc) c->itstate = t->b->insns[i].it;
            c->r[15] = pc;
        } else if (!jit_recover(c, &f)) {
            fprintf(stderr, "armlet: jitcheck: a fault the JIT cannot place\n");
            _exit(70);
        }
        c->fault_addr = f.addr;
        mem_fault_cur = saved;
        return f.sig == SIGBUS ? EXIT_BUS : EXIT_SEGV;
    }
    f.armed = 1;
    if (interp) {
        struct block *volatile cur = t->b, *next;
        why = exec_chain(c, t->b, &cur, 0, &next);
    } else {
        why = ((enter_fn)(uintptr_t)enter)(c, t->entry);
    }
    f.armed = 0;
    mem_fault_cur = saved;
    return why;
}

static void report(const struct jit_tr *t, const char *what, uint64_t jit, uint64_t interp) {
    const struct block *b = t->b;
    fprintf(stderr,
            "armlet: jitcheck: block 0x%08x (%s, %d insns) differs: %s: jit 0x%llx, interpreter "
            "0x%llx\n",
            b->key & ~1u, b->key & 1 ? "T32" : "A32", b->n, what, (unsigned long long)jit,
            (unsigned long long)interp);
    for (int i = 0; i < b->n; i++)
        fprintf(stderr, "    %08x: %08x %s\n", b->insns[i].pc, b->insns[i].word,
                op_names[b->insns[i].op]);
    _exit(70);
}

static void compare(const struct jit_tr *t, const struct cpu *j, const struct cpu *i, int wj,
                    int wi) {
    char name[32];
    if (wj != wi) report(t, "exit", (uint64_t)wj, (uint64_t)wi);
    for (int r = 0; r < 16; r++)
        if (j->r[r] != i->r[r]) {
            snprintf(name, sizeof name, "r%d", r);
            report(t, name, j->r[r], i->r[r]);
        }
    if (cpu_get_nzcv(j) != cpu_get_nzcv(i)) report(t, "NZCV", cpu_get_nzcv(j), cpu_get_nzcv(i));
    if (j->q != i->q) report(t, "Q", j->q, i->q);
    if (j->ge != i->ge) report(t, "GE", j->ge, i->ge);
    if (j->thumb != i->thumb) report(t, "T", j->thumb, i->thumb);
    if (j->itstate != i->itstate) report(t, "ITSTATE", j->itstate, i->itstate);
    for (int d = 0; d < 32; d++)
        if (j->vfp.d[d] != i->vfp.d[d]) {
            snprintf(name, sizeof name, "d%d", d);
            report(t, name, j->vfp.d[d], i->vfp.d[d]);
        }
    if (j->fpscr != i->fpscr) report(t, "FPSCR", j->fpscr, i->fpscr);
    if (j->excl_valid != i->excl_valid)
        report(t, "exclusive monitor", j->excl_valid, i->excl_valid);
    if (wj == EXIT_SEGV || wj == EXIT_BUS)
        if (j->fault_addr != i->fault_addr)
            report(t, "fault address", j->fault_addr, i->fault_addr);
    if (wj == EXIT_SVC && j->svc_imm != i->svc_imm) report(t, "SVC number", j->svc_imm, i->svc_imm);
    if (wj == EXIT_UNDEF && j->insn_word != i->insn_word)
        report(t, "undefined word", j->insn_word, i->insn_word);
}

int jit_check_run(struct cpu *c, struct jit_tr *t, uint64_t enter) {
    struct cpu c0 = *c, ci;
    log_n = log_over = 0;
    int wj = run_guarded(c, t, enter, 0);
    if (log_over) return wj; /* too many stores to undo: let it stand */
    for (int k = 0; k < log_n; k++)
        memcpy(log_e[k].new_, g2h(log_e[k].addr), log_e[k].size);
    for (int k = log_n - 1; k >= 0; k--)
        memcpy(g2h(log_e[k].addr), log_e[k].old, log_e[k].size);
    ci = c0;
    int wi = run_guarded(&ci, t, 0, 1);
    compare(t, c, &ci, wj, wi);
    for (int k = 0; k < log_n; k++)
        if (memcmp(g2h(log_e[k].addr), log_e[k].new_, log_e[k].size)) {
            uint32_t a = log_e[k].addr, n = log_e[k].size < 8 ? log_e[k].size : 8;
            uint64_t vj = 0, vi = 0;
            memcpy(&vj, log_e[k].new_, n);
            memcpy(&vi, g2h(a), n);
            char name[40];
            snprintf(name, sizeof name, "memory at 0x%08x", a);
            report(t, name, vj, vi);
        }
    return wj;
}
