/* The JIT's run time: code memory, entering and leaving translated code,
 * linking translations, fault recovery, the -d jit log and perf maps.
 *
 * Code memory is a region: shared anonymous memory mapped twice, writable
 * (RW) and executable (RX), never both at one address. A region starts with the
 * shared stubs (enter, leave, lookup, helper_exit); translations follow,
 * allocated in order. When it is full, every translation is dropped and a
 * new region started; the old one is freed once no thread can be in it
 * (block_retire).
 *
 * Linking: a direct exit first jumps to its stub, which returns to jit_run
 * with c->jit_exit naming it; jit_run then points the exit's rel32 at the
 * successor's entry (one aligned 4-byte store: other threads may be
 * running that code). Indirect exits go through the lookup stub and a
 * table of translations by key. Invalidation unlinks every exit and clears
 * the table (block_tier.unlinked), under the cache lock, as linking is.
 *
 * A forked child gets a new generation: translations of the parent's are
 * never entered or patched again (their memory is shared with the parent),
 * and new ones go to a private region. */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "arm/exec.h"
#include "jit/jit.h"
#include "jit/jit_int.h"

#define REGION_SIZE (64u << 20)
#define TR_MAX (64u << 10) /* room one translation may need */
#define TABLE_BITS 13

struct jit_region {
    struct jit_region *next; /* all regions not freed yet */
    uint8_t *rw, *rx;
    size_t size, used;
    uint32_t gen;
    struct jit_stubs st;
    uint64_t enter;
    struct {
        uint32_t off;
        struct jit_tr *t; /* NULL once freed */
    } * trs;              /* in code order */
    int ntrs, cap;
};

int jit_on;
static uint32_t jit_gen = 1;
static struct jit_region *region;  /* where translations go (NULL until the first) */
static struct jit_region *regions; /* every region not freed yet */
static struct jit_tr nothing = {.key = 1ull << 32}; /* an empty table slot: matches no key */
/* Initialised statically: a start-up that translates little touches few
 * of its pages. */
static struct jit_tr *table[1u << TABLE_BITS] = {[0 ...(1u << TABLE_BITS) - 1] = &nothing};
static FILE *perfmap;
static int perfmap_pid;

static int current(const struct jit_tr *t) { return t && t->gen == jit_gen; }

static void table_clear(void) {
    for (unsigned i = 0; i < (1u << TABLE_BITS); i++)
        __atomic_store_n(&table[i], &nothing, __ATOMIC_RELEASE);
}

/* ---- regions ---- */

static void emit_runtime(struct jit_region *rg) {
    struct xbuf xb = {rg->rw, rg->rw, rg->rw + 4096, rg->rx - rg->rw, 0};
    struct xbuf *b = &xb;
    /* enter(cpu, code): callee-saved registers, the stack aligned for calls */
    rg->enter = x_here(b);
    static const int saved[6] = {X_RBX, X_RBP, X_R12, X_R13, X_R14, X_R15};
    for (int i = 0; i < 6; i++)
        x_push(b, saved[i]);
    x_aluq_ri(b, XA_SUB, X_RSP, 8);
    x_movq_rr(b, H_CPU, X_RDI);
    x_movq_ri(b, H_BASE, (uint64_t)(uintptr_t)guest_base);
    x_movq_rr(b, X_RAX, X_RSI);
    jit_emit_fixed(b, 0);
    x_jmp_r(b, X_RAX);
    /* leave: eax is the result */
    rg->st.leave = x_here(b);
    x_aluq_ri(b, XA_ADD, X_RSP, 8);
    for (int i = 5; i >= 0; i--)
        x_pop(b, saved[i]);
    x_ret(b);
    /* lookup: the translation of r[15] | thumb through the table */
    rg->st.table = (uint64_t)(uintptr_t)table;
    rg->st.table_mask = (1u << TABLE_BITS) - 1;
    rg->st.lookup = x_here(b);
    x_load(b, X_RAX, xm(H_CPU, CPU_R(15)));
    x_movzxb(b, X_RCX, xm(H_CPU, CPU_OFF(thumb)));
    x_alu_rr(b, XA_OR, X_RAX, X_RCX);
    x_mov_rr(b, X_RCX, X_RAX);
    x_shift_ri(b, XS_SHR, X_RCX, 1);
    x_alu_ri(b, XA_AND, X_RCX, (1u << TABLE_BITS) - 1);
    x_movq_ri(b, X_RDX, (uint64_t)(uintptr_t)table);
    x_loadq(b, X_RDX, xmi(X_RDX, X_RCX, 8, 0));
    x_op_rm(b, 1, 0x3b, X_RAX, xm(X_RDX, 0)); /* cmp rax, [rdx] (key) */
    uint8_t *miss = x_jcc(b, XC_NE, 0);
    x_jmp_m(b, xm(X_RDX, 8)); /* entry */
    x_patch(b, miss, x_here(b));
    jit_emit_fixed(b, 1);
    x_alu_rr(b, XA_XOR, X_RAX, X_RAX);
    x_jmp(b, rg->st.leave);
    /* helper_exit: exec_insn returned eax != 0 */
    rg->st.helper_exit = x_here(b);
    x_alu_ri(b, XA_CMP, X_RAX, EXEC_BRANCH);
    x_jcc(b, XC_NE, rg->st.leave);
    x_storeq_i(b, xm(H_CPU, CPU_OFF(jit_exit)), 0);
    jit_emit_fixed(b, 0); /* the call left them in struct cpu only */
    x_jmp(b, rg->st.lookup);
    rg->used = (size_t)((xb.p - rg->rw + 63) & ~63);
}

/* `size` bytes mapped twice, RW and RX. Shared anonymous memory and
 * mremap: no descriptor the guest could see, and perf takes it for
 * anonymous memory, where it reads /tmp/perf-PID.map. Where mremap cannot
 * duplicate (valgrind), a memfd closed at once. Returns 0 or -errno. */
static int map_twice(size_t size, uint8_t **rw, uint8_t **rx) {
    void *w =
        mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (w == MAP_FAILED) return -errno;
    void *x = mremap(w, 0, size, MREMAP_MAYMOVE);
    if (x != MAP_FAILED && mprotect(x, size, PROT_READ | PROT_EXEC) == 0) goto done;
    if (x != MAP_FAILED) munmap(x, size);
    munmap(w, size);
    int fd = memfd_create("armlet-jit", MFD_CLOEXEC), err;
    if (fd < 0) return -errno;
    w = x = MAP_FAILED;
    if (ftruncate(fd, (off_t)size) == 0) {
        w = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
        x = mmap(NULL, size, PROT_READ | PROT_EXEC, MAP_SHARED, fd, 0);
    }
    err = errno;
    close(fd);
    if (w == MAP_FAILED || x == MAP_FAILED) {
        if (w != MAP_FAILED) munmap(w, size);
        if (x != MAP_FAILED) munmap(x, size);
        return -err;
    }
done:
    *rw = w;
    *rx = x;
    return 0;
}

static struct jit_region *region_new(void) {
    struct jit_region *rg = calloc(1, sizeof *rg);
    if (!rg) return NULL;
    rg->size =
        cpu_settings.jit_buffer ? (cpu_settings.jit_buffer + 4095) & ~(size_t)4095 : REGION_SIZE;
    if (map_twice(rg->size, &rg->rw, &rg->rx) < 0) goto fail;
    rg->gen = jit_gen;
    emit_runtime(rg);
    rg->next = regions;
    regions = rg;
    return rg;
fail:
    free(rg);
    return NULL;
}

/* Unmaps a region (its struct stays: a forked child's may be in limbo). */
static void region_unmap(struct jit_region *rg) {
    if (!rg->rw) return;
    munmap(rg->rw, rg->size);
    munmap(rg->rx, rg->size);
    rg->rw = rg->rx = NULL;
}

static void region_free(void *p) {
    struct jit_region *rg = p;
    for (struct jit_region **pp = &regions; *pp; pp = &(*pp)->next)
        if (*pp == rg) {
            *pp = rg->next;
            break;
        }
    region_unmap(rg);
    free(rg->trs);
    free(rg);
}

/* The translation covering code offset off in rg, or NULL. */
static struct jit_tr *tr_at(const struct jit_region *rg, size_t off) {
    int lo = 0, hi = rg->ntrs - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (off < rg->trs[mid].off) {
            hi = mid - 1;
        } else if (mid + 1 < rg->ntrs && off >= rg->trs[mid + 1].off) {
            lo = mid + 1;
        } else {
            struct jit_tr *t = rg->trs[mid].t;
            return t && off < t->off + t->size ? t : NULL;
        }
    }
    return NULL;
}

static void tr_free(struct jit_tr *t) {
    if (!t) return;
    if (current(t) && !t->orphan) { /* not of a flushed region: forget it there */
        struct jit_region *rg = t->rg;
        for (int lo = 0, hi = rg->ntrs - 1; lo <= hi;) {
            int mid = (lo + hi) / 2;
            if (rg->trs[mid].off == t->off) {
                rg->trs[mid].t = NULL;
                break;
            }
            if (rg->trs[mid].off < t->off)
                lo = mid + 1;
            else
                hi = mid - 1;
        }
    }
    free(t->sites);
    free(t);
}
static void tr_free_cb(void *p) { tr_free(p); }

/* ---- block cache hooks ---- */

static void release(struct block *b) {
    struct jit_tr *t = b->jit;
    b->jit = NULL;
    tr_free(t);
}

static void patch(struct jit_tr *t, uint32_t at, uint64_t target) {
    uint8_t *p = t->rg->rw + t->off + at;
    int32_t rel = (int32_t)(target - ((uint64_t)(uintptr_t)(t->rg->rx + t->off + at) + 4));
    __atomic_store_n((int32_t *)p, rel, __ATOMIC_RELEASE);
}

/* Every direct exit back to its stub; the table emptied. */
static void unlinked(void) {
    if (!region) return;
    for (int i = 0; i < region->ntrs; i++) {
        struct jit_tr *t = region->trs[i].t;
        if (!t) continue;
        for (int k = 0; k < t->nexits; k++)
            if (!t->exits[k].direct) /* the inline cache: empty for ever */
                __atomic_store_n((uint32_t *)(t->rg->rw + t->off + t->exits[k].ic_key),
                                 JIT_IC_EMPTY, __ATOMIC_RELEASE);
            else
                patch(t, t->exits[k].jmp,
                      (uint64_t)(uintptr_t)(t->rg->rx + t->off + t->exits[k].stub));
    }
    table_clear();
}

int jit_init(void) {
    static const struct block_tier hooks = {release, unlinked};
    /* Code memory comes with the first translation; whether the host
     * allows it is known now, at the cost of a mapping of one page. */
    uint8_t *rw, *rx;
    int err = map_twice(4096, &rw, &rx);
    if (err < 0) return err;
    munmap(rx, 4096);
    munmap(rw, 4096);
    block_set_tier(&hooks);
    jit_on = 1;
    return 0;
}

/* ---- translating ---- */

static void log_translation(const struct jit_tr *t) {
    const struct block *b = t->b;
    char calls[128] = "";
    for (int i = 0, n = 0; i < t->ncalls && n < (int)sizeof calls - 16; i++)
        n += snprintf(calls + n, sizeof calls - n, "%s%s",
                      i ? " " : ", exec_insn: ", op_names[t->calls[i]]);
    fprintf(stderr, "armlet[%d]: jit 0x%08x-0x%08x %s %d insns -> %u bytes at %p%s\n",
            (int)getpid(), b->key & ~1u, b->end, b->key & 1 ? "T32" : "A32", b->n, t->size,
            (void *)(uintptr_t)t->entry, calls);
}

static void perfmap_write(const struct jit_tr *t) {
    int pid = (int)getpid();
    if (!perfmap || perfmap_pid != pid) {
        char path[64];
        if (perfmap) fclose(perfmap);
        snprintf(path, sizeof path, "/tmp/perf-%d.map", pid);
        perfmap = fopen(path, "a");
        perfmap_pid = pid;
        if (!perfmap) return;
        setvbuf(perfmap, NULL, _IOLBF, 0);
    }
    uint32_t pc = t->b->key & ~1u, start = 0;
    const char *name = cpu_settings.symbolize ? cpu_settings.symbolize(pc, &start) : NULL;
    if (name)
        fprintf(perfmap, "%lx %x %s+0x%x\n", (unsigned long)t->entry, t->size, name, pc - start);
    else
        fprintf(perfmap, "%lx %x arm:0x%08x\n", (unsigned long)t->entry, t->size, pc);
}

/* Drops every translation (the region is full): they are made again as
 * blocks become hot again. */
static void drop_one(struct block *b, void *arg) {
    struct jit_tr *t = b->jit;
    if (!t) return;
    __atomic_store_n(&b->jit, NULL, __ATOMIC_RELEASE);
    b->heat = cpu_settings.jit_threshold;
    if (current(t)) {
        t->orphan = 1; /* its region goes as a whole */
        block_retire(tr_free_cb, t);
    }
}

static int flush(void) {
    struct jit_region *old = region, *rg = region_new();
    if (!rg) return -1;
    block_each(drop_one, NULL);
    if (old && old->gen == jit_gen) block_retire(region_free, old);
    table_clear();
    region = rg;
    if (cpu_settings.jit_debug & CPU_JIT_LOG)
        fprintf(stderr, "armlet: jit: code buffer full, flushed\n");
    return 0;
}

static int translate_into(struct block *b, struct jit_tr *t) {
    if (region->size - region->used < TR_MAX) return -1;
    struct xbuf xb = {region->rw + region->used, region->rw + region->used,
                      region->rw + region->used + TR_MAX, region->rx - region->rw, 0};
    memset(t, 0, sizeof *t);
    t->b = b;
    t->rg = region;
    t->gen = jit_gen;
    t->key = b->key;
    t->off = (uint32_t)region->used;
    if (jit_translate_block(b, &xb, &region->st, t) < 0) return -1;
    t->size = (uint32_t)(xb.p - xb.start);
    t->entry = (uint64_t)(uintptr_t)(region->rx + t->off);
    region->used = (region->used + t->size + 15) & ~(size_t)15;
    return 0;
}

void jit_translate(struct block *b) {
    struct jit_tr *t = calloc(1, sizeof *t);
    if (!t) return;
    if (!region || region->gen != jit_gen) {
        /* A forked child: the inherited regions are the parent's too. */
        for (struct jit_region *rg = regions; rg; rg = rg->next)
            region_unmap(rg);
        regions = NULL;
        region = region_new();
        if (!region) goto fail;
    }
    if (translate_into(b, t) < 0) {
        free(t->sites);
        if (flush() < 0 || translate_into(b, t) < 0) goto fail;
    }
    if (region->ntrs == region->cap) {
        int cap = region->cap ? 2 * region->cap : 1024;
        void *trs = realloc(region->trs, cap * sizeof *region->trs);
        if (!trs) goto fail;
        region->trs = trs;
        region->cap = cap;
    }
    region->trs[region->ntrs].off = t->off;
    region->trs[region->ntrs++].t = t;
    struct jit_tr *old = b->jit;
    if (old) block_retire(tr_free_cb, old); /* a parent's, in a forked child */
    __atomic_store_n(&b->jit, t, __ATOMIC_RELEASE);
    b->heat = -1;
    if (cpu_settings.jit_debug & CPU_JIT_LOG) log_translation(t);
    if (cpu_settings.perfmap) perfmap_write(t);
    return;
fail:
    free(t->sites);
    free(t);
}

/* ---- running ---- */

static int live_block(struct block *b) { return block_find(b->key) == b; }

/* Links exit x to translation to: patched jump or table entry. */
static void link_exit(const struct jit_exit *x, struct jit_tr *to) {
    struct jit_tr *from = x->tr;
    block_lock();
    if (from->rg == region && to->rg == region && current(from) && current(to) &&
        from->b->jit == from && to->b->jit == to && live_block(from->b) && live_block(to->b)) {
        if (x->direct && x->key == to->key) {
            patch(from, x->jmp, to->entry);
        } else if (!x->direct) {
            __atomic_store_n(&table[(to->key >> 1) & ((1u << TABLE_BITS) - 1)], to,
                             __ATOMIC_RELEASE);
            uint32_t *key = (uint32_t *)(from->rg->rw + from->off + x->ic_key);
            if (!x->ic_used && to->key != JIT_IC_EMPTY) {
                /* the jump first: a thread that sees the key sees it */
                patch(from, x->jmp, to->entry);
                __atomic_store_n(key, (uint32_t)to->key, __ATOMIC_RELEASE);
                ((struct jit_exit *)x)->ic_used = 1;
            }
        }
    }
    block_unlock();
}

int jit_run(struct cpu *c, struct block *b, struct block *volatile *cur, struct block **next) {
    typedef int (*enter_fn)(struct cpu *, uint64_t);
    struct jit_tr *t = __atomic_load_n(&b->jit, __ATOMIC_ACQUIRE);
    enter_fn enter = (enter_fn)(uintptr_t)t->rg->enter;
    for (;;) {
        c->jit_exit = NULL;
        int why;
        if ((cpu_settings.jit_debug & CPU_JIT_CHECK) &&
            (!t->checked || (cpu_settings.jit_debug & CPU_JIT_CHECK_ALL)) && !t->unchecked &&
            block_threads() == 1) {
            t->checked = 1;
            why = jit_check_run(c, t, t->rg->enter);
        } else {
            why = enter(c, t->entry);
        }
        if (why) return why;
        const struct jit_exit *x = c->jit_exit;
        struct block *src = x ? x->tr->b : NULL, *nb = NULL;
        uint32_t key = c->r[15] | c->thumb;
        *cur = src;
        if (c->itstate) { /* stopped inside an IT block: cpu_run resumes it */
            *next = NULL;
            return 0;
        }
        if (src) nb = block_linked(src, key);
        if (!nb && (nb = block_find(key)) && src) block_link(src, nb);
        *next = nb;
        if (!nb) return 0;
        struct jit_tr *to = __atomic_load_n(&nb->jit, __ATOMIC_ACQUIRE);
        if (!current(to)) {
            if (--nb->heat >= 0) return 0;
            block_lock();
            if (!current(nb->jit)) jit_translate(nb);
            block_unlock();
            to = __atomic_load_n(&nb->jit, __ATOMIC_ACQUIRE);
            if (!current(to)) {
                nb->heat = INT32_MAX;
                return 0;
            }
        }
        if (x && !(cpu_settings.jit_debug & CPU_JIT_CHECK)) link_exit(x, to);
        t = to;
        enter = (enter_fn)(uintptr_t)t->rg->enter;
    }
}

int jit_current(const struct block *b) {
    return current(__atomic_load_n(&b->jit, __ATOMIC_ACQUIRE));
}

/* ---- faults ---- */

static void flags_from_host(struct cpu *c, int fk, uint64_t fl) {
    unsigned sf = fl >> 7 & 1, zf = fl >> 6 & 1, cf = fl & 1, of = fl >> 11 & 1;
    if (fk == FK_NONE) return;
    c->nf = sf << 31;
    c->zf = zf ? ~0u : 0;
    if (fk == FK_LOGIC) return;
    c->cf = fk == FK_SUB ? !cf : cf;
    c->vf = of << 31;
}

int jit_recover(struct cpu *c, const struct mem_fault *mf) {
    uint64_t pc = mf->host_pc;
    for (struct jit_region *rg = regions; rg; rg = rg->next) {
        uint64_t rx = (uint64_t)(uintptr_t)rg->rx;
        if (pc < rx || pc >= rx + rg->size) continue;
        const struct jit_tr *t = tr_at(rg, pc - rx);
        if (!t) break;
        uint32_t off = (uint32_t)(pc - t->entry);
        int lo = 0, hi = t->nsites - 1;
        while (lo <= hi) {
            int mid = (lo + hi) / 2;
            const struct jit_site *s = &t->sites[mid];
            if (s->off == off) {
                const struct insn *in = &t->b->insns[s->idx];
                for (int r = 0; r < 15; r++)
                    if (t->map[r] >= 0 && (s->valid >> r & 1))
                        c->r[r] = (uint32_t)mf->host_regs[t->map[r]];
                flags_from_host(c, s->fk, mf->host_flags);
                c->r[15] = in->pc;
                c->thumb = t->b->key & 1;
                c->itstate = in->it;
                return 1;
            }
            if (s->off < off)
                lo = mid + 1;
            else
                hi = mid - 1;
        }
        break;
    }
    if (region && pc >= (uint64_t)(uintptr_t)region->rx &&
        pc < (uint64_t)(uintptr_t)region->rx + region->size) {
        static const char msg[] =
            "armlet: internal error: fault in translated code off a memory access\n";
        ssize_t r = write(2, msg, sizeof msg - 1);
        (void)r;
        abort();
    }
    if (c->slow_insn) { /* in exec_insn, called by translated code: the state is in c */
        const struct insn *in = c->slow_insn;
        c->r[15] = in->pc;
        c->thumb = !!(in->flags & F_THUMB);
        c->itstate = in->it;
        c->slow_insn = NULL;
        return 1;
    }
    return 0;
}

void jit_fork_child(void) {
    if (!jit_on) return;
    jit_gen++;
    table_clear();
    perfmap = NULL; /* the parent's FILE: reopened under the child's pid */
}
