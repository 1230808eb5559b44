/* vfp_tmpl.h: the width-generic half of vfp.c, included once with N = 32
 * (operands in S registers) and once with N = 64 (D registers). */
#if N == 32
#define UT uint32_t
#define REG(c) ((c)->vfp.s)
#define OTHER(c) ((c)->vfp.d)
#define F(name) name##32
#define FTO(name) fpu_f32_##name
#else
#define UT uint64_t
#define REG(c) ((c)->vfp.d)
#define OTHER(c) ((c)->vfp.s)
#define F(name) name##64
#define FTO(name) fpu_f64_##name
#endif

/* Data-processing operations on Fd, Fn, Fm (see vfp.def). */
static void F(vfp_dp)(struct cpu *c, const struct insn *in) {
    uint32_t *fp = &c->fpscr;
    UT *reg = REG(c);
    UT n = reg[in->rn], m = reg[in->rm], d = reg[in->rd], r;
    unsigned nzcv;
    switch (in->op) {
    case OP_VFP_ADD: r = F(fpu_add)(n, m, fp); break;
    case OP_VFP_SUB: r = F(fpu_sub)(n, m, fp); break;
    case OP_VFP_MUL: r = F(fpu_mul)(n, m, fp); break;
    case OP_VFP_NMUL: r = F(fpu_neg)(F(fpu_mul)(n, m, fp)); break;
    case OP_VFP_DIV: r = F(fpu_div)(n, m, fp); break;
    case OP_VFP_MLA: r = F(fpu_add)(d, F(fpu_mul)(n, m, fp), fp); break;
    case OP_VFP_MLS: r = F(fpu_add)(d, F(fpu_neg)(F(fpu_mul)(n, m, fp)), fp); break;
    case OP_VFP_NMLA: r = F(fpu_add)(F(fpu_neg)(d), F(fpu_neg)(F(fpu_mul)(n, m, fp)), fp); break;
    case OP_VFP_NMLS: r = F(fpu_add)(F(fpu_neg)(d), F(fpu_mul)(n, m, fp), fp); break;
    case OP_VFP_FMA: r = F(fpu_muladd)(d, n, m, fp); break;
    case OP_VFP_FMS: r = F(fpu_muladd)(d, F(fpu_neg)(n), m, fp); break;
    case OP_VFP_FNMA: r = F(fpu_muladd)(F(fpu_neg)(d), F(fpu_neg)(n), m, fp); break;
    case OP_VFP_FNMS: r = F(fpu_muladd)(F(fpu_neg)(d), n, m, fp); break;
    case OP_VFP_MOV: r = m; break;
    case OP_VFP_ABS: r = F(fpu_abs)(m); break;
    case OP_VFP_NEG: r = F(fpu_neg)(m); break;
    case OP_VFP_SQRT: r = F(fpu_sqrt)(m, fp); break;
    case OP_VFP_MOVI: r = N == 32 ? (UT)in->imm : (UT)((uint64_t)in->imm << 32); break;
    case OP_VFP_CMP:
    case OP_VFP_CMPE:
        nzcv = F(fpu_cmp)(d, in->shamt ? 0 : m, in->op == OP_VFP_CMPE, fp);
        c->fpscr = (c->fpscr & ~FPSCR_NZCV) | nzcv << 28;
        return;
    case OP_VFP_CVT_FF:
        /* Fm of this width into the other register file. */
#if N == 32
        OTHER(c)[in->rd] = fpu_f32_to_f64(m, fp);
#else
        OTHER(c)[in->rd] = fpu_f64_to_f32(m, fp);
#endif
        return;
    case OP_VFP_CVT_FI:
        r = F(fpu_fixed_to_f)(c->vfp.s[in->rm], 32, in->carry, 0, fp);
        break;
    case OP_VFP_CVT_IF:
        c->vfp.s[in->rd] = FTO(to_fixed)(m, 32, in->carry, 0,
                                         in->shamt ? FPRM_RZ : (int)fpu_rmode(*fp), fp);
        return;
    case OP_VFP_CVT_FX: {
        /* FixedToFP with round_to_nearest: the FPSCR rounding mode is ignored. */
        uint32_t rn = *fp & ~(3u << FPSCR_RMODE_SHIFT);
        r = F(fpu_fixed_to_f)((uint32_t)d, in->imm, in->carry, in->shamt, &rn);
        *fp |= rn & FPSCR_EXC;
        break;
    }
    case OP_VFP_CVT_XF:
        /* A double register gets the result sign- or zero-extended to 64 bits. */
        nzcv = FTO(to_fixed)(d, in->imm, in->carry, in->shamt, FPRM_RZ, fp);
        r = in->carry ? (UT)(int64_t)(int32_t)nzcv : (UT)nzcv;
        break;
    default: return;
    }
    reg[in->rd] = r;
}

#undef UT
#undef REG
#undef OTHER
#undef F
#undef FTO
