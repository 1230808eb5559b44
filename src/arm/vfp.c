/* The VFP executor (VFPv3-D32, VFPv4): runs the operations of vfp.def on a
 * struct cpu. Arithmetic and conversions are fpu.c's primitives applied to
 * c->fpscr; the width-generic data-processing part is vfp_tmpl.h, included
 * once per precision. Loads complete before any register is written, so a
 * faulting VLDM leaves the state unchanged and the instruction restartable. */
#include "arm/exec.h"
#include "arm/fpu.h"
#include "mem/guest.h"

#define N 32
#include "arm/vfp_tmpl.h"
#undef N
#define N 64
#include "arm/vfp_tmpl.h"
#undef N

static int undef(struct cpu *c, const struct insn *in) {
    c->r[15] = in->pc;
    c->insn_word = in->word;
    c->itstate = in->it;
    return EXIT_UNDEF;
}

static int bus(struct cpu *c, const struct insn *in, uint32_t addr) {
    c->fault_addr = addr;
    c->r[15] = in->pc;
    c->itstate = in->it;
    return EXIT_BUS;
}

/* FPSCR bits that hold state on this implementation: the trap enables and
 * bit 19 read as zero (no trapping). Matches qemu-arm -cpu cortex-a15. */
#define FPSCR_WRITABLE 0xfff7009fu

/* VLDM/VSTM: Fd..Fd+count-1 at the lowest address of the span. */
static int ldm_stm(struct cpu *c, const struct insn *in) {
    uint32_t base = c->r[in->rn], addr = in->flags & F_U ? base : base - in->imm;
    unsigned n = in->shamt, words = in->opk ? 2 * n : n;
    if (addr & 3) return bus(c, in, addr);
    if (in->op == OP_VFP_LDM) {
        uint32_t tmp[64];
        for (unsigned i = 0; i < words; i++) tmp[i] = ld32(addr + 4 * i);
        if (in->opk)
            for (unsigned i = 0; i < n; i++)
                c->vfp.d[in->rd + i] = (uint64_t)tmp[2 * i + 1] << 32 | tmp[2 * i];
        else
            for (unsigned i = 0; i < n; i++) c->vfp.s[in->rd + i] = tmp[i];
    } else if (in->opk) {
        for (unsigned i = 0; i < n; i++) st64(addr + 8 * i, c->vfp.d[in->rd + i]);
    } else {
        for (unsigned i = 0; i < n; i++) st32(addr + 4 * i, c->vfp.s[in->rd + i]);
    }
    if (in->flags & F_W) c->r[in->rn] = in->flags & F_U ? base + in->imm : base - in->imm;
    return 0;
}

int vfp_exec(struct cpu *c, const struct insn *in) {
    uint32_t *r = c->r, addr;
    uint64_t d;
    if (in->op >= OP_VFP_ADD && (c->fpscr & FPSCR_LEN_STRIDE)) return undef(c, in);
    switch (in->op) {
    case OP_VFP_LDR:
    case OP_VFP_STR:
        addr = in->flags & F_U ? r[in->rn] + in->imm : r[in->rn] - in->imm;
        if (addr & 3) return bus(c, in, addr);
        if (in->op == OP_VFP_LDR) {
            if (in->opk)
                c->vfp.d[in->rd] = ld64(addr);
            else
                c->vfp.s[in->rd] = ld32(addr);
        } else {
            if (in->opk)
                st64(addr, c->vfp.d[in->rd]);
            else
                st32(addr, c->vfp.s[in->rd]);
        }
        return 0;
    case OP_VFP_LDM:
    case OP_VFP_STM: return ldm_stm(c, in);
    case OP_VFP_MOV_SR: c->vfp.s[in->rd] = r[in->rn]; return 0;
    case OP_VFP_MOV_RS: r[in->rd] = c->vfp.s[in->rn]; return 0;
    case OP_VFP_MOV_SSRR:
        c->vfp.s[in->rm] = r[in->rd];
        c->vfp.s[in->rm + 1] = r[in->ra];
        return 0;
    case OP_VFP_MOV_RRSS:
        r[in->rd] = c->vfp.s[in->rm];
        r[in->ra] = c->vfp.s[in->rm + 1];
        return 0;
    case OP_VFP_MOV_DRR: c->vfp.d[in->rm] = (uint64_t)r[in->ra] << 32 | r[in->rd]; return 0;
    case OP_VFP_MOV_RRD:
        d = c->vfp.d[in->rm];
        r[in->rd] = (uint32_t)d;
        r[in->ra] = (uint32_t)(d >> 32);
        return 0;
    case OP_VFP_MOV_XR: {
        unsigned bits = 8u << in->shtype;
        uint64_t mask = (bits == 64 ? ~0ull : (1ull << bits) - 1) << in->shamt;
        d = c->vfp.d[in->rd];
        c->vfp.d[in->rd] = (d & ~mask) | ((uint64_t)r[in->rn] << in->shamt & mask);
        return 0;
    }
    case OP_VFP_MOV_RX: {
        unsigned bits = 8u << in->shtype;
        uint32_t v = (uint32_t)(c->vfp.d[in->rn] >> in->shamt);
        if (bits < 32) {
            v &= (1u << bits) - 1;
            if (in->carry && (v >> (bits - 1))) v |= ~0u << bits;
        }
        r[in->rd] = v;
        return 0;
    }
    case OP_VFP_VMRS:
        if (in->rd == 15) {
            cpu_set_nzcv(c, c->fpscr >> 28);
        } else {
            r[in->rd] = c->fpscr;
        }
        return 0;
    case OP_VFP_VMSR: c->fpscr = r[in->rd] & FPSCR_WRITABLE; return 0;
    case OP_VFP_CVT_F32_F16:
        c->vfp.s[in->rd] = fpu_f16_to_f32((uint16_t)(c->vfp.s[in->rm] >> (in->shamt ? 16 : 0)),
                                          &c->fpscr);
        return 0;
    case OP_VFP_CVT_F16_F32: {
        uint32_t h = fpu_f32_to_f16(c->vfp.s[in->rm], &c->fpscr), v = c->vfp.s[in->rd];
        c->vfp.s[in->rd] = in->shamt ? (v & 0xffff) | h << 16 : (v & 0xffff0000u) | h;
        return 0;
    }
    default:
        if (in->opk)
            vfp_dp64(c, in);
        else
            vfp_dp32(c, in);
        return 0;
    }
}
