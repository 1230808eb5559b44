#!/usr/bin/env python3
# fuzz_gen.py SEED N a|t > f.S: see fuzz.sh
# Random VFP instruction generator: emits a .S that runs N random cases, each:
# set FPSCR, load source regs with awkward values, run one instruction, dump state.
import random, sys, struct
seed = int(sys.argv[1]); n = int(sys.argv[2]); thumb = sys.argv[3] == 't'
R = random.Random(seed)
P32 = [0,0x80000000,0x3f800000,0xbf800000,1,0x807fffff,0x00800000,0x80800001,0x7f7fffff,0x7f800000,0xff800000,
       0x7fc00000,0x7fc12345,0x7f800001,0xff812345,0x4f000000,0x4effffff,0xcf000000,0xcf000001,0x4f800000,0x4f7fffff,
       0x3f000000,0x3fc00000,0x40200000,0xc0200000,0x1f800000,0x1fffffff,0x20000001,0x00ffffff,0x3effffff,0xbf7fffff,
       0x477fe000,0x477ff000,0x38800000,0x387fc000,0x33800000,0x46fffe00,0x47000000,0xc7000000,0xc7000100,0x3f800001]
P64 = [0,1<<63,0x3ff0000000000000,0xbff0000000000000,1,0x800fffffffffffff,0x0010000000000000,0x8010000000000001,
       0x7fefffffffffffff,0x7ff0000000000000,0xfff0000000000000,0x7ff8000000000000,0x7ff8000012345678,0x7ff0000000000001,
       0xfff0000012345678,0x41e0000000000000,0x41dfffffffc00000,0xc1e0000000000000,0xc1e0000000200000,0x41f0000000000000,
       0x41efffffffe00000,0x3fe0000000000000,0x3ff8000000000000,0x4004000000000000,0xc004000000000000,0x1ff0000000000000,
       0x1fffffffffffffff,0x2000000000000001,0x001fffffffffffff,0x3810000000000000,0x380fffffe0000000,0x36a0000000000000,
       0x47efffffe0000000,0x47efffff00000000,0x3ff0000000000001,0x4330000000000000,0x4330000000000001,0xc3e0000000000000]
T32 = [0x3f7fffff,0x3f7ffffe,0x00800000,0x80800000,0x1f800000,0x1fffffff,0x20000001,0x3f800001,0x007fffff,0x3effffff,0x40000000,0x00ffffff,0x1f7fffff,0x5f800000,0x5f7fffff]
T64 = [0x3fefffffffffffff,0x3feffffffffffffe,0x0010000000000000,0x8010000000000000,0x1ff0000000000000,0x1fffffffffffffff,0x2000000000000001,0x000fffffffffffff,0x3fffffffffffffff,0x4000000000000000,0x5ff0000000000000]
tiny = False
def v32():
    if tiny and R.random() < 0.7: return R.choice(T32) ^ (R.getrandbits(1) << 31)
    k = R.random()
    if k < 0.5: return R.choice(P32)
    if k < 0.7: return R.getrandbits(32)
    if k < 0.85: return (R.getrandbits(1)<<31) | (R.randint(0x70,0x8f)<<23) | R.getrandbits(23)
    return (R.getrandbits(1)<<31) | (R.randint(0,3)<<23) | R.getrandbits(23)
def v64():
    if tiny and R.random() < 0.7: return R.choice(T64) ^ (R.getrandbits(1) << 63)
    k = R.random()
    if k < 0.5: return R.choice(P64)
    if k < 0.6: return (v32() << 32) | R.getrandbits(32) * R.getrandbits(1)
    if k < 0.75: return R.getrandbits(64)
    if k < 0.88: return (R.getrandbits(1)<<63) | (R.randint(0x3e0,0x41f)<<52) | R.getrandbits(52)
    return (R.getrandbits(1)<<63) | (R.randint(0,3)<<52) | R.getrandbits(52)
out = []
def emit(s): out.append("\t" + s)
def ldr(reg, v): emit("ldr %s, =0x%08x" % (reg, v))
def setS(i, v): ldr("r1", v); emit("vmov s%d, r1" % i)
def setD(i, v): ldr("r1", v & 0xffffffff); ldr("r2", v >> 32); emit("vmov d%d, r1, r2" % i)
def fpscr_val():
    v = R.choice([0,0,0,1,2,3]) << 22
    if R.random() < 0.3: v |= 1 << 24
    if R.random() < 0.3: v |= 1 << 25
    if R.random() < 0.2: v |= 1 << 26
    if R.random() < 0.3: v |= R.getrandbits(5) | (R.getrandbits(1) << 7) | (R.getrandbits(4) << 28)
    return v
three = ["vadd","vsub","vmul","vnmul","vdiv","vmla","vmls","vnmla","vnmls","vfma","vfms","vfnma","vfnms"]
two = ["vabs","vneg","vsqrt","vmov"]
for case in range(n):
    ldr("r1", fpscr_val()); emit("vmsr fpscr, r1")
    k = R.random(); dbl = R.random() < 0.5; tiny = R.random() < 0.2
    rs = lambda: R.randrange(32)
    if k < 0.45:
        op = R.choice(three); d, a, b = rs(), rs(), rs()
        if dbl:
            for x in {d, a, b}: setD(x, v64())
            emit("%s.f64 d%d, d%d, d%d" % (op, d, a, b))
        else:
            for x in {d, a, b}: setS(x, v32())
            emit("%s.f32 s%d, s%d, s%d" % (op, d, a, b))
    elif k < 0.55:
        op = R.choice(two); d, a = rs(), rs()
        if dbl: setD(a, v64()); emit("%s.f64 d%d, d%d" % (op, d, a))
        else: setS(a, v32()); emit("%s.f32 s%d, s%d" % (op, d, a))
    elif k < 0.65:
        op = R.choice(["vcmp","vcmpe"]); d, a = rs(), rs(); z = R.random() < 0.3
        t = "f64" if dbl else "f32"; p = "d" if dbl else "s"
        if dbl: setD(d, v64()); setD(a, v64())
        else: setS(d, v32()); setS(a, v32())
        emit("%s.%s %s%d, %s" % (op, t, p, d, "#0" if z else "%s%d" % (p, a)))
        emit("vmrs APSR_nzcv, fpscr")
    elif k < 0.9:
        d, a = rs(), rs(); c = R.randrange(8)
        if c == 0:
            if dbl: setS(a, v32()); emit("vcvt.f64.f32 d%d, s%d" % (d, a))
            else: setD(a, v64()); emit("vcvt.f32.f64 s%d, d%d" % (d, a))
        elif c == 1:
            t = R.choice(["s32","u32"]); r = R.choice(["vcvt","vcvtr"])
            if dbl: setD(a, v64()); emit("%s.%s.f64 s%d, d%d" % (r, t, d, a))
            else: setS(a, v32()); emit("%s.%s.f32 s%d, s%d" % (r, t, d, a))
        elif c == 2:
            t = R.choice(["s32","u32"]); setS(a, R.getrandbits(32))
            emit("vcvt.%s.%s %s%d, s%d" % ("f64" if dbl else "f32", t, "d" if dbl else "s", d, a))
        elif c in (3, 4):
            t = R.choice(["s16","u16","s32","u32"]); size = int(t[1:]); fb = R.randint(1 if size==32 else 0, size)
            if fb == 0: fb = 1
            p = "d" if dbl else "s"
            if c == 3:
                if dbl: setD(d, v64())
                else: setS(d, v32())
                emit("vcvt.%s.%s %s%d, %s%d, #%d" % (t, "f64" if dbl else "f32", p, d, p, d, fb))
            else:
                if dbl: setD(d, v64())
                else: setS(d, R.getrandbits(32))
                emit("vcvt.%s.%s %s%d, %s%d, #%d" % ("f64" if dbl else "f32", t, p, d, p, d, fb))
        else:
            bt = R.choice(["b","t"])
            if c in (5, 6): setS(a, v32()); setS(d, R.getrandbits(32)); emit("vcvt%s.f16.f32 s%d, s%d" % (bt, d, a))
            else: setS(a, R.getrandbits(32)); emit("vcvt%s.f32.f16 s%d, s%d" % (bt, d, a))
    else:
        c = R.randrange(4)
        if c == 0:
            imm = R.getrandbits(8); s = imm >> 7; b = (imm >> 6) & 1; f = imm & 63
            exps = { (0,0):1,(0,1):2,(0,2):3,(0,3):4,(1,0):-3,(1,1):-2,(1,2):-1,(1,3):0 }
            val = (-1)**s * (1 + (f & 15) / 16.0) * 2.0 ** exps[(b, f >> 4)]
            emit("vmov.%s %s%d, #%r" % ("f64" if dbl else "f32", "d" if dbl else "s", rs(), val))
        elif c == 1:
            d = R.randrange(32); setD(d, v64()); sz = R.choice(["s8","u8","s16","u16","32"])
            i = R.randrange({"s8":8,"u8":8,"s16":4,"u16":4,"32":2}[sz])
            emit("vmov.%s r3, d%d[%d]" % (sz, d, i)); emit("vmov s0, r3")
        elif c == 2:
            d = R.randrange(32); sz = R.choice(["8","16","32"]); i = R.randrange({"8":8,"16":4,"32":2}[sz])
            ldr("r3", R.getrandbits(32)); emit("vmov.%s d%d[%d], r3" % (sz, d, i))
        else:
            d = R.randrange(31); ldr("r3", R.getrandbits(32)); ldr("r4", R.getrandbits(32))
            emit("vmov s%d, s%d, r3, r4" % (d, d + 1)); emit("vmov r4, r3, d%d" % R.randrange(32)); emit("vmov s1, r3"); emit("vmov s2, r4")
    emit("bl dump")
    if case % 32 == 31: emit("b 1f\n\t.ltorg\n1:")
print(""".syntax unified
.fpu neon-vfpv4
.text
.global _start
.arm
_start:
\tldr r0, =init
\tvldmia r0, {d0-d15}
\tvldmia r0, {d16-d31}
\tb main
.arm
.type dump, %function
dump:
\tpush {r0-r7, lr}
\tldr r1, =buf
\tvstmia r1!, {d0-d15}
\tvstmia r1!, {d16-d31}
\tvmrs r2, fpscr
\tmrs r3, apsr
\tand r3, r3, #0xf0000000
\tstmia r1!, {r2, r3}
\tmov r0, #1
\tldr r1, =buf
\tmov r2, #264
\tmov r7, #4
\tsvc #0
\tpop {r0-r7, pc}
.ltorg
""" + (".thumb\n.thumb_func\n" if thumb else ".arm\n") + "main:\n" + "\n".join(out) + """
\tmov r0, #0
\tmov r7, #1
\tsvc #0
.ltorg
.data
.align 3
init: .quad """ + ",".join("0x%x" % v64() for _ in range(16)) + """
buf: .space 272
""")
