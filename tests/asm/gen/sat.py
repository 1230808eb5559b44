from common import *
import itertools
def sat(v,lo,hi): return (min(max(v,lo),hi), int(v<lo or v>hi))
# divide
out=[hdr("SDIV / UDIV: rounding toward zero, division by zero gives 0,\n * INT_MIN / -1 = INT_MIN. Expected values computed on the host.")]
out[0]=out[0].replace("    .arm","    .arch_extension idiv\n    .arm")
DV=[0,1,2,3,7,0xffffffff,0xfffffff9,0x80000000,0x7fffffff,0x12345678,0xfffffffe,100]
for i,(a,b) in enumerate(itertools.product(DV,DV)):
    u=a//b if b else 0
    sa,sb=s32(a),s32(b)
    if sb==0: s=0
    else:
        s=abs(sa)//abs(sb)
        if (sa<0)!=(sb<0): s=-s
    out+=[ld("r1",a),ld("r2",b),"    udiv    r0, r1, r2",chk("r0",u),"    sdiv    r3, r1, r2",chk("r3",s)]
    if i%10==9: out.append(LTORG)
out+=["    mov     r1, #10","    mov     r2, #3","    SET_FLAGS 0b1010","    udiv    r1, r1, r2","    CHECK   r1, 3","    CHECK_FLAGS 0b1010"]
out.append(FTR)
open(os.path.join(A32DIR, "divide.S"),"w").write("\n".join(out)+"\n")

# saturate
out=[hdr("Saturating arithmetic: QADD QSUB QDADD QDSUB, SSAT USAT (with shifts),\n * SSAT16 USAT16, and the sticky Q flag. Expected values computed on the host\n * from the ARM ARM pseudocode.")]
QV=[0,1,0xffffffff,0x7fffffff,0x80000000,0x40000000,0xc0000000,0x3fffffff,0x12345678,0xedcba988]
S32=(-(1<<31),(1<<31)-1)
for i,(a,b) in enumerate(itertools.product(QV,QV)):
    out+=[ld("r1",a),ld("r2",b)]
    # QADD rd, rm, rn: rm + rn ; operands: qadd r0, r1, r2 -> r1 + r2
    for nm,f in [("qadd",lambda m,n:sat(m+n,*S32)),("qsub",lambda m,n:sat(m-n,*S32))]:
        r,qq=f(s32(a),s32(b))
        out+=["    SET_FLAGS 0b0000",f"    {nm}    r0, r1, r2",chk("r0",r),f"    CHECK_Q {qq}"]
    d,q1=sat(2*s32(b),*S32)
    for nm,f in [("qdadd",lambda m:sat(m+d,*S32)),("qdsub",lambda m:sat(m-d,*S32))]:
        r,q2=f(s32(a))
        out+=["    SET_FLAGS 0b0000",f"    {nm}   r0, r1, r2",chk("r0",r),f"    CHECK_Q {int(q1 or q2)}"]
    if i%4==3: out.append(LTORG)
SV=[0,1,0xffffffff,0x7fffffff,0x80000000,0x000000ff,0x00000100,0xffffff80,0xffffff7f,0x12345678,0x8000ffff,0x00007fff]
for i,v in enumerate(SV):
    out.append(ld("r1",v))
    for bits in [1,8,16,31,32]:
        for sh in ["", ", lsl #4", ", asr #1", ", asr #32"]:
            x=s32(v)
            if sh==", lsl #4": x=s32(v<<4)
            elif sh==", asr #1": x=x>>1
            elif sh==", asr #32": x=x>>31
            r,qq=sat(x,-(1<<(bits-1)),(1<<(bits-1))-1)
            out+=["    SET_FLAGS 0b0000",f"    ssat    r0, #{bits}, r1{sh}",chk("r0",r),f"    CHECK_Q {qq}"]
            ub=bits if bits<32 else 0
            r,qq=sat(x,0,(1<<ub)-1)
            out+=["    SET_FLAGS 0b0000",f"    usat    r0, #{ub}, r1{sh}",chk("r0",r),f"    CHECK_Q {qq}"]
    for bits in [1,4,8,15,16]:
        lo,hi=s16(v),s16(v>>16)
        (a1,q1),(a2,q2)=sat(lo,-(1<<(bits-1)),(1<<(bits-1))-1),sat(hi,-(1<<(bits-1)),(1<<(bits-1))-1)
        out+=["    SET_FLAGS 0b0000",f"    ssat16  r0, #{bits}, r1",chk("r0",(a1&0xffff)|(a2<<16)),f"    CHECK_Q {int(q1 or q2)}"]
        ub=bits-1
        (a1,q1),(a2,q2)=sat(lo,0,(1<<ub)-1),sat(hi,0,(1<<ub)-1)
        out+=["    SET_FLAGS 0b0000",f"    usat16  r0, #{ub}, r1",chk("r0",(a1&0xffff)|(a2<<16)),f"    CHECK_Q {int(q1 or q2)}"]
    out.append(LTORG)
out+=["    SET_FLAGS 0b0000",ld("r1",0x7fffffff),"    qadd    r0, r1, r1","    CHECK_Q 1","    qadd    r0, r2, r2","    CHECK_Q 1","    CHECK_FLAGS 0b0000"]
out.append(FTR)
open(os.path.join(A32DIR, "saturate.S"),"w").write("\n".join(out)+"\n")
