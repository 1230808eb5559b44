from common import *
import itertools
def half(v,top): return s16(v>>16) if top else s16(v)
def ror16(v): return ((v>>16)|(v<<16))&M
V=[0x00017fff,0x80008000,0x7fff7fff,0xffff0001,0x12345678,0x87654321,0x7fffffff,0x80000000,0x00000003,0xfffffffd]
ACC=[0,0x7fffffff,0x80000000,0x12345678,0xfffffff0]
out=[hdr("Signed DSP multiplies: SMLA<x><y> SMUL<x><y> SMLAW<y> SMULW<y> SMLAL<x><y>,\n * SMUAD SMUSD SMLAD SMLSD SMLALD SMLSLD (X), SMMUL SMMLA SMMLS (R), USAD8\n * USADA8, with the Q flag. Expected values from the ARM ARM pseudocode,\n * computed on the host.")]
cnt=0
def q(res): return int(res!=s32(res))
def emit(ins, rd_val, qv=None, hi=None):
    global out
    o=["    SET_FLAGS 0b0000", "    "+ins, chk("r0",rd_val)]
    if hi is not None: o.append(chk("r1",hi))
    if qv is not None: o.append(f"    CHECK_Q {qv}")
    out+=o
for i,(a,b) in enumerate(itertools.product(V,V)):
    if i%3: continue
    acc=ACC[i%5]
    out+=[ld("r2",a),ld("r3",b),ld("r4",acc)]
    for x,y in [(0,0),(0,1),(1,0),(1,1)]:
        xy="bt"[x]+"bt"[y]
        p=half(a,x)*half(b,y)
        emit(f"smul{xy}  r0, r2, r3", p)
        r=p+s32(acc); emit(f"smla{xy}  r0, r2, r3, r4", r, q(r))
        lo=acc; hi=(acc*3+1)&M
        r64=(s32(hi)<<32)+lo+p
        out+=[ld("r0",lo),ld("r1",hi)]
        emit(f"smlal{xy} r0, r1, r2, r3", r64&M, None, (r64>>32)&M)
    for y in (0,1):
        p=s32(a)*half(b,y)
        emit(f"smulw{'bt'[y]} r0, r2, r3", p>>16)
        r=p+(s32(acc)<<16)
        emit(f"smlaw{'bt'[y]} r0, r2, r3, r4", r>>16, int((r>>16)!=s32(r>>16)))
    for X in (0,1):
        m=ror16(b) if X else b
        p1=s16(a)*s16(m); p2=s16(a>>16)*s16(m>>16)
        xs="x" if X else ""
        r=p1+p2; emit(f"smuad{xs} r0, r2, r3", r, q(r))
        r=p1-p2; emit(f"smusd{xs} r0, r2, r3", r, 0)
        r=p1+p2+s32(acc); emit(f"smlad{xs} r0, r2, r3, r4", r, q(r))
        r=p1-p2+s32(acc); emit(f"smlsd{xs} r0, r2, r3, r4", r, q(r))
        lo=acc; hi=(acc^0x80000001)&M
        for nm,pp in (("smlald",p1+p2),("smlsld",p1-p2)):
            r64=(s32(hi)<<32)+lo+pp
            out+=[ld("r0",lo),ld("r1",hi)]
            emit(f"{nm}{xs} r0, r1, r2, r3", r64&M, None, (r64>>32)&M)
    for R in (0,1):
        rs="r" if R else ""
        p=s32(a)*s32(b); rnd=0x80000000 if R else 0
        emit(f"smmul{rs} r0, r2, r3", (p+rnd)>>32)
        emit(f"smmla{rs} r0, r2, r3, r4", ((s32(acc)<<32)+p+rnd)>>32)
        emit(f"smmls{rs} r0, r2, r3, r4", ((s32(acc)<<32)-p+rnd)>>32)
    sad=sum(abs(((a>>(8*k))&255)-((b>>(8*k))&255)) for k in range(4))
    emit("usad8   r0, r2, r3", sad)
    emit("usada8  r0, r2, r3, r4", sad+acc)
    out.append(LTORG)
# Q is sticky: an instruction that does not saturate leaves it set
out+=[ld("r2",0x7fff7fff),ld("r3",0x7fff7fff),"    SET_FLAGS 0b0000","    smuad   r0, r2, r2", "    CHECK_Q 0",
      ld("r2",0x80008000),"    smuad   r0, r2, r2","    CHECK   r0, 0x80000000","    CHECK_Q 1",
      "    smuad   r0, r3, r3","    CHECK_Q 1","    CHECK_FLAGS 0b0000"]
out.append(FTR)
open(os.path.join(A32DIR, "dsp_mul.S"),"w").write("\n".join(out)+"\n")
