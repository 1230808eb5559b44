from common import *
def ror(v,r): return ((v>>r)|(v<<(32-r)))&M if r else v
V=[0x12345678,0x80ff7f01,0xfedcba98,0x00000080,0x00008000,0x7fffffff,0x00000000,0xffffffff]
out=[hdr("Extends: SXTB SXTH SXTB16 UXTB UXTH UXTB16 with every rotation, and the\n * SXTAB..UXTAH add forms. Expected values computed on the host.")]
for i,v in enumerate(V):
    acc=(0x01020304*(i+1))&M
    out+=[ld("r1",v),ld("r2",acc)]
    for rot in (0,8,16,24):
        x=ror(v,rot); rs=f", ror #{rot}" if rot else ""
        b=x&255; h=x&0xffff
        res={"sxtb":s8(b),"sxth":s16(h),"uxtb":b,"uxth":h,
             "sxtb16":(s8(x)&0xffff)|((s8(x>>16)&0xffff)<<16),"uxtb16":(x&0xff)|(x&0xff0000)}
        for nm,r in res.items():
            out+=[f"    {nm:7} r0, r1{rs}",chk("r0",r)]
            an=nm[:3]+"a"+nm[3:]
            if nm.endswith("16"):
                lo=(acc+(r&0xffff))&0xffff; hi=((acc>>16)+(r>>16))&0xffff
                ar=lo|(hi<<16)
            else: ar=acc+r
            out+=[f"    {an:7} r0, r2, r1{rs}",chk("r0",ar)]
    out.append(LTORG)
out.append(FTR)
open(os.path.join(A32DIR, "extend.S"),"w").write("\n".join(out)+"\n")

def rev(v): return int.from_bytes(v.to_bytes(4,"little"),"big")
def rbit(v): return int(f"{v:032b}"[::-1],2)
def clz(v): return 32-v.bit_length()
out=[hdr("Miscellaneous data processing: REV REV16 REVSH RBIT CLZ, BFI BFC SBFX\n * UBFX, PKHBT PKHTB (SEL is in parallel.S). Expected values computed on the host.")]
V=[0x12345678,0x80000000,0x00000001,0x00000000,0xffffffff,0x0000ff80,0x7f00c3a5,0x00010000]
for i,v in enumerate(V):
    out+=[ld("r1",v)]
    r16=((v&0xff00ff00)>>8)|((v&0x00ff00ff)<<8)
    out+=["    rev     r0, r1",chk("r0",rev(v)),"    rev16   r0, r1",chk("r0",r16),
          "    revsh   r0, r1",chk("r0",s16(((v&0xff)<<8)|((v>>8)&0xff))),
          "    rbit    r0, r1",chk("r0",rbit(v)),"    clz     r0, r1",chk("r0",clz(v))]
    d=(0xa5a5a5a5^(i*0x11111111))&M
    for lsb,width in [(0,1),(0,32),(4,8),(31,1),(8,24),(1,30),(16,16)]:
        mask=((1<<width)-1)<<lsb
        bfi=(d&~mask)|((v<<lsb)&mask)
        out+=[ld("r0",d),f"    bfi     r0, r1, #{lsb}, #{width}",chk("r0",bfi),
              ld("r0",d),f"    bfc     r0, #{lsb}, #{width}",chk("r0",d&~mask)]
        f=(v>>lsb)&((1<<width)-1)
        sf=f-(1<<width) if f>>(width-1) else f
        out+=[f"    ubfx    r0, r1, #{lsb}, #{width}",chk("r0",f),f"    sbfx    r0, r1, #{lsb}, #{width}",chk("r0",sf)]
    m=(0x9abcdef0+i*0x01010101)&M
    out.append(ld("r2",m))
    for sh in (0,1,8,16,31):
        r=(v&0xffff)|((m<<sh)&0xffff0000)
        out+=[f"    pkhbt   r0, r1, r2, lsl #{sh}",chk("r0",r)]
    for sh in (1,8,16,31,32):
        r=(v&0xffff0000)|((s32(m)>>sh)&0xffff)
        out+=[f"    pkhtb   r0, r1, r2, asr #{sh}",chk("r0",r)]
    out.append(LTORG)
# SEL lives with GE in parallel.S; check clz on the special register pairs
out+=["    mov     r1, #1","    clz     r1, r1",chk("r1",31)]
out+=["    SET_FLAGS 0b1001","    rev     r0, r1","    rbit    r0, r0","    CHECK_FLAGS 0b1001"]
out.append(FTR)
open(os.path.join(A32DIR, "misc.S"),"w").write("\n".join(out)+"\n")
