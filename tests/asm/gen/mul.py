from common import *
import itertools
out=[hdr("MUL, MLA, MLS (low 32 bits of the product; S forms in flags.S).\n * Expected values from the ARM ARM pseudocode, computed on the host.")]
n=0
for a,b in itertools.product(VALS[::2],VALS[1::2]):
    c=(a*7+b)&M
    out+= [ld("r1",a),ld("r2",b),ld("r3",c),
      "    mul     r0, r1, r2", chk("r0",a*b),
      "    mla     r4, r1, r2, r3", chk("r4",a*b+c),
      "    mls     r5, r1, r2, r3", chk("r5",c-a*b)]
    n+=1
    if n%8==0: out.append(LTORG)
# same register operands
out+=[ld("r1",0x10001),"    mul     r1, r1, r1",chk("r1",0x10001*0x10001)]
out+=[ld("r1",5),"    mla     r1, r1, r1, r1",chk("r1",30)]
out+=["    mov     r2, #3","    SET_FLAGS 0b1111","    mul     r0, r2, r2","    CHECK_FLAGS 0b1111","    moveq   r0, #9", chk("r0",9)]
out.append(FTR)
open(os.path.join(A32DIR, "multiply.S"),"w").write("\n".join(out)+"\n")

out=[hdr("Long multiplies: UMULL UMLAL SMULL SMLAL (and S forms) and UMAAL.\n * Expected values from the ARM ARM pseudocode, computed on the host.")]
n=0
for a,b in itertools.product(VALS[::2],VALS[1::2]):
    lo=(a*13+b)&M; hi=(b*5+a)&M
    acc=(hi<<32)|lo
    u=a*b; s=s32(a)*s32(b)
    out+=[ld("r2",a),ld("r3",b)]
    for nm,res in [("umull",u),("smull",s),("umlal",u+acc),("smlal",s+s32(hi)*(1<<32)+lo)]:
        res&=(1<<64)-1
        out+=[ld("r0",lo),ld("r1",hi),f"    {nm}   r0, r1, r2, r3",chk("r0",res),chk("r1",res>>32)]
    res=u+lo+hi
    out+=[ld("r0",lo),ld("r1",hi),"    umaal   r0, r1, r2, r3",chk("r0",res),chk("r1",res>>32)]
    n+=1
    if n%3==0: out.append(LTORG)
# S forms: N from bit 63, Z from all 64 bits, C and V kept
for nm,a,b,lo,hi,fl in [("umulls",0x10000,0x10000,0,0,0b0011),("smulls",0xffffffff,1,0,0,0b0000),
                         ("umlals",0xffffffff,0xffffffff,1,0xfffffffe-0xfffffffe,0b0010),("smlals",2,3,(-6)&M,M,0b0001),
                         ("umulls",0,5,0,0,0b0000)]:
    if nm.startswith("umull"): r=a*b
    elif nm.startswith("smull"): r=s32(a)*s32(b)
    elif nm.startswith("umlal"): r=a*b+((hi<<32)|lo)
    else: r=s32(a)*s32(b)+s32(hi)*(1<<32)+lo
    r&=(1<<64)-1
    N=r>>63; Z=int(r==0)
    out+=[ld("r2",a),ld("r3",b),ld("r0",lo),ld("r1",hi),f"    SET_FLAGS 0b{fl:04b}",f"    {nm}  r0, r1, r2, r3",
          chk("r0",r),chk("r1",r>>32),f"    CHECK_FLAGS 0b{(N<<3)|(Z<<2)|(fl&3):04b}"]
out.append(FTR)
open(os.path.join(A32DIR, "mul_long.S"),"w").write("\n".join(out)+"\n")
