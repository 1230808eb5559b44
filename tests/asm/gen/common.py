import os
A32DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "a32")
# Generators of the table-driven A32 tests; expected values follow the ARM ARM pseudocode.
# Run: python3 tests/asm/gen/NAME.py (rewrites tests/asm/a32/*.S).
M=0xffffffff
def s32(a): a&=M; return a-(1<<32) if a&0x80000000 else a
def s16(a): a&=0xffff; return a-(1<<16) if a&0x8000 else a
def s8(a): a&=0xff; return a-256 if a&0x80 else a
def hdr(doc):
    return f"""/* {doc} */
#include "check.inc"
    .arm
    .global test_main
    .type test_main, %function
test_main:
    push    {{r4-r11, lr}}"""
FTR="""    pop     {r4-r11, pc}"""
def ld(r,v): return f"    ldr     {r}, =0x{v&M:08x}"
def chk(r,v): return f"    CHECK   {r}, 0x{v&M:08x}"
VALS=[0,1,2,0x7fffffff,0x80000000,0xffffffff,0x12345678,0x87654321,0x00017fff,0x8000ffff,0xfffe0003,0x7fff8000]
LTORG="    b       9f\n    .ltorg\n9:"
