/* difftest.c: host-side half of the random-instruction differential tester
 * (integer, VFP and NEON instructions, A32 and T32; see docs/difftest.md).
 *
 *   difftest gen a32|t32 SEED COUNT DIR [int|vfp|neon|undef]
 *       writes DIR/cases.S (the test program's case code and the address of
 *       each case, assembled with runtime.S), DIR/inputs.bin (per-case
 *       register, D register and FPSCR inputs) and DIR/meta.bin (per-case
 *       instruction words and pattern index) for one family of
 *       instructions: integer, VFP, NEON, or UNDEF probes (random words of
 *       the VFP/NEON encoding space; only SIGILL or not is compared).
 *   difftest cmp DIR REF.out TEST.out STATS [MAXSHOW [FIRST]]
 *       compares two runs of that program case by case (REF from case 0,
 *       TEST from case FIRST), prints details of the first MAXSHOW differing
 *       cases, appends per-class totals to STATS ("isa class total bad"
 *       lines). Exit 0 same, 1 differences, 3 TEST stops early ("#CRASH K"
 *       names the case), 2 trouble.
 *   difftest report STATS [DETAILS [MAXSHOW]]
 *       sums STATS per ISA and class, prints ok/FAIL lines (each FAIL line
 *       followed by up to MAXSHOW case details from DETAILS) and the final
 *       "N passed, M failed" line; exits 1 if anything failed.
 *
 * Instructions come from tables of encoding patterns: a 32- (or 16-) char
 * bit string where 0/1 are fixed bits and letters are fields (a letter that
 * appears in several places is concatenated MSB first, so Thumb's i:imm3:imm8
 * is one field), plus a constraint string that rules out UNPREDICTABLE
 * choices and says how the instruction addresses memory. Fields are drawn at
 * random and the draw is rejected until the constraints hold.
 *
 * Field letters: c cond (never 1111), n Rn, d Rd, m Rm, s Rs, a Ra, t Rt,
 * e Rt2, l RdLo, h RdHi, k shift amount / lsb, y shift type, i immediate,
 * w width/msb, r register list, P U W addressing bits, anything else free.
 *
 * Constraint tokens (space separated):
 *   R:xyz   fields are neither 13 (SP) nor 15 (PC)    N:xyz  not 15
 *   X!Y X!7 X!Y+1   inequality with a field, a number, a field plus one
 *   X<7  X>=Y  X+Y<32  X%4 (multiple of)  X=Y (copy field Y into X before checking)
 *   X=v?TOKEN  TOKEN applies only if field X equals v (chains allowed)
 *   IT?TOKEN   only inside an IT block;  wb?TOKEN  only with base writeback
 *   L#k     register list (low 16 bits, or low 8 for 16-bit Thumb) has >= k
 *   Lno:X   register X is not in the list
 *   M=s     single load/store (sz= size, sc= immediate scale, al= alignment,
 *           idx = register offset Rm shifted by y/k, P1 U1 W0 etc. = values of
 *           P/U/W when they are not fields)
 *   M=l     load/store multiple (mode from P/U)
 *   M=sp    SP-relative access inside the scratch buffer (no relocation)
 *   noit    never inside an IT block
 *   timm    field i is a valid ThumbExpandImm operand
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>

#define SCRATCH 128     /* must match SCRATCH_BYTES in runtime.S */
#define REC_WORDS 16    /* r0-r12, sp, lr, APSR */
#define MAXINS 5        /* IT + up to 4 */

typedef struct {
    const char *name;   /* "class:mnemonics"; class groups the report */
    const char *bits;
    const char *cons;
} Pat;

/* ---------------------------------------------------------------- A32 */

static const Pat a32_pats[] = {
    /* data processing, immediate */
    {"dp-imm:AND..RSC", "cccc0010oooSnnnnddddiiiiiiiiiiii", "d!15 d!13"},
    {"dp-imm:TST..CMN", "cccc00110oo1nnnn0000iiiiiiiiiiii", ""},
    {"dp-imm:ORR/BIC", "cccc00111o0Snnnnddddiiiiiiiiiiii", "d!15 d!13"},
    {"dp-imm:MOV/MVN", "cccc00111o1S0000ddddiiiiiiiiiiii", "d!15 d!13"},
    {"dp-imm:MOVW/MOVT", "cccc00110o00iiiiddddiiiiiiiiiiii", "d!15 d!13"},
    /* data processing, register with immediate shift */
    {"dp-reg:AND..RSC", "cccc0000oooSnnnnddddkkkkkyy0mmmm", "d!15 d!13"},
    {"dp-reg:TST..CMN", "cccc00010oo1nnnn0000kkkkkyy0mmmm", ""},
    {"dp-reg:ORR/BIC", "cccc00011o0Snnnnddddkkkkkyy0mmmm", "d!15 d!13"},
    {"dp-reg:MOV/MVN", "cccc00011o1S0000ddddkkkkkyy0mmmm", "d!15 d!13"},
    /* data processing, register-shifted register */
    {"dp-rsr:AND..RSC", "cccc0000oooSnnnnddddssss0yy1mmmm", "N:dnms d!13"},
    {"dp-rsr:TST..CMN", "cccc00010oo1nnnn0000ssss0yy1mmmm", "N:nms"},
    {"dp-rsr:ORR/BIC", "cccc00011o0Snnnnddddssss0yy1mmmm", "N:dnms d!13"},
    {"dp-rsr:MOV/MVN", "cccc00011o1S0000ddddssss0yy1mmmm", "N:dms d!13"},
    /* multiplies */
    {"mul:MUL", "cccc0000000Sdddd0000mmmm1001nnnn", "R:dmn"},
    {"mul:MLA", "cccc0000001Sddddaaaammmm1001nnnn", "R:dmna"},
    {"mul:MLS", "cccc00000110ddddaaaammmm1001nnnn", "R:dmna"},
    {"mul:UMAAL", "cccc00000100hhhhllllmmmm1001nnnn", "R:hlmn h!l"},
    {"mul:UMULL..SMLAL", "cccc00001ooShhhhllllmmmm1001nnnn", "R:hlmn h!l"},
    {"mul:SMLAxy", "cccc00010000ddddaaaammmm1xx0nnnn", "R:dmna"},
    {"mul:SMLAWy", "cccc00010010ddddaaaammmm1x00nnnn", "R:dmna"},
    {"mul:SMULWy", "cccc00010010dddd0000mmmm1x10nnnn", "R:dmn"},
    {"mul:SMLALxy", "cccc00010100hhhhllllmmmm1xx0nnnn", "R:hlmn h!l"},
    {"mul:SMULxy", "cccc00010110dddd0000mmmm1xx0nnnn", "R:dmn"},
    {"mul:SMLAD/SMLSD", "cccc01110000ddddaaaammmm0xx1nnnn", "R:dmna"},
    {"mul:SMUAD/SMUSD", "cccc01110000dddd1111mmmm0xx1nnnn", "R:dmn"},
    {"mul:SMLALD/SMLSLD", "cccc01110100hhhhllllmmmm0xx1nnnn", "R:hlmn h!l"},
    {"mul:SMMLA", "cccc01110101ddddaaaammmm00x1nnnn", "R:dmna"},
    {"mul:SMMUL", "cccc01110101dddd1111mmmm00x1nnnn", "R:dmn"},
    {"mul:SMMLS", "cccc01110101ddddaaaammmm11x1nnnn", "R:dmna"},
    {"mul:USAD8", "cccc01111000dddd1111mmmm0001nnnn", "R:dmn"},
    {"mul:USADA8", "cccc01111000ddddaaaammmm0001nnnn", "R:dmna"},
    {"div:SDIV/UDIV", "cccc01110o01dddd1111mmmm0001nnnn", "R:dmn"},
    /* saturating */
    {"sat:QADD..QDSUB", "cccc00010oo0nnnndddd00000101mmmm", "R:dnm"},
    {"sat:SSAT/USAT", "cccc01101o1xxxxxddddkkkkky01nnnn", "R:dn"},
    {"sat:SSAT16/USAT16", "cccc01101o10xxxxdddd11110011nnnn", "R:dn"},
    /* parallel add/subtract */
    {"par:ADD16..SUB8", "cccc01100pppnnnndddd1111ooo1mmmm", "R:dnm p!0 p!4 o!5 o!6"},
    /* extend, pack, select, reverse */
    {"ext:SXTAB..UXTH", "cccc01101ooonnnnddddxx000111mmmm", "R:dm n!13 o!1 o!5"},
    {"misc:PKHBT/PKHTB", "cccc01101000nnnnddddkkkkkx01mmmm", "R:dnm"},
    {"misc:SEL", "cccc01101000nnnndddd11111011mmmm", "R:dnm"},
    {"misc:REV/REV16", "cccc011010111111dddd1111x011mmmm", "R:dm"},
    {"misc:RBIT/REVSH", "cccc011011111111dddd1111x011mmmm", "R:dm"},
    {"misc:CLZ", "cccc000101101111dddd11110001mmmm", "R:dm"},
    {"bitf:SBFX/UBFX", "cccc01111x1wwwwwddddkkkkk101nnnn", "R:dn k+w<32"},
    {"bitf:BFI/BFC", "cccc0111110wwwwwddddkkkkk001nnnn", "R:d n!13 w>=k"},
    /* status register, hints */
    {"sys:MRS", "cccc000100001111dddd000000000000", "R:d"},
    {"sys:MSR imm", "cccc00110010xx001111iiiiiiiiiiii", "x!0"},
    {"sys:MSR reg", "cccc00010010xx00111100000000nnnn", "x!0 R:n"},
    {"sys:NOP", "cccc0011001000001111000000000000", ""},
    {"sys:PLD/PLI", "11110101U101nnnn1111iiiiiiiiiiii", ""},
    /* single loads/stores */
    {"mem:LDR/STR(B) imm", "cccc010PUxWLnnnnttttiiiiiiiiiiii",
     "R:nt wb?n!t M=s sz=4"},
    {"mem:LDR/STR(B) reg", "cccc011PUxWLnnnnttttkkkkkyy0mmmm",
     "R:ntm n!m wb?n!t M=s sz=4 idx"},
    {"mem:LDR(B) literal", "cccc0101Ux011111ttttiiiiiiiiiiii", "R:t"},
    {"mem:LDR/STR(B) sp", "cccc01011x0L1101ttttiiiiiiiiiiii", "R:t i<124 M=sp"},
    {"mem:LDRH/SB/SH imm", "cccc000PU1W1nnnnttttiiii1xx1iiii",
     "R:nt x!0 wb?n!t M=s sz=2"},
    {"mem:LDRH/SB/SH reg", "cccc000PU0W1nnnntttt00001xx1mmmm",
     "R:ntm x!0 n!m wb?n!t wb?m!t M=s sz=2 idx"},
    {"mem:STRH imm", "cccc000PU1W0nnnnttttiiii1011iiii", "R:nt wb?n!t M=s sz=2"},
    {"mem:STRH reg", "cccc000PU0W0nnnntttt00001011mmmm",
     "R:ntm n!m wb?n!t wb?m!t M=s sz=2 idx"},
    {"mem:LDRH/SB/SH literal", "cccc0001U1011111ttttiiii1xx1iiii", "R:t x!0"},
    {"mem:LDRD/STRD imm", "cccc000PU1W0nnnnttttiiii11x1iiii",
     "R:n t%2 t!14 t!12 P=0?W!1 wb?n!t wb?n!t+1 M=s sz=8 al=4"},
    {"mem:LDRD/STRD reg", "cccc000PU0W0nnnntttt000011x1mmmm",
     "R:nm t%2 t!14 t!12 P=0?W!1 n!m m!t m!t+1 wb?n!t wb?n!t+1 M=s sz=8 al=4 idx"},
    {"mem:LDRD literal", "cccc0001U1001111ttttiiii1101iiii", "t%2 t!14 t!12 i%4"},
    {"ldm:LDM/STM", "cccc100PU0WLnnnn0r0rrrrrrrrrrrrr", "R:n L#1 W=1?Lno:n M=l"},
    {"ex:LDREX(B/H)", "cccc00011oo1nnnntttt111110011111", "o!1 R:nt M=s sz=4 al=4"},
    {"ex:LDREXD", "cccc00011011nnnntttt111110011111", "R:n t%2 t!14 t!12 M=s sz=8 al=8"},
    {"ex:STREX(B/H)", "cccc00011oo0nnnndddd11111001tttt",
     "o!1 R:ndt d!n d!t M=s sz=4 al=4"},
    {"ex:STREXD", "cccc00011010nnnndddd11111001tttt",
     "R:nd t%2 t!14 d!n d!t d!t+1 M=s sz=8 al=8"},
};

/* ---------------------------------------------------------------- T32 */

static const Pat t32_pats[] = {
    /* 16-bit */
    {"t16:LSL/LSR/ASR imm", "000ookkkkkmmmddd", "o!3 o=0?IT?k!0"},
    {"t16:ADD/SUB reg/imm3", "0001100mmmnnnddd", ""},
    {"t16:ADD/SUB reg/imm3", "0001110mmmnnnddd", ""},
    {"t16:ADD/SUB reg/imm3", "0001101mmmnnnddd", ""},
    {"t16:ADD/SUB reg/imm3", "0001111mmmnnnddd", ""},
    {"t16:MOV/CMP/ADD/SUB imm8", "001oodddiiiiiiii", ""},
    {"t16:ALU reg", "010000oooommmddd", ""},
    {"t16:ADD hi", "01000100dmmmmddd", "d!15 d!13"},
    {"t16:CMP hi", "01000101nmmmmnnn", "N:nm n>=8|m>=8"},
    {"t16:MOV hi", "01000110dmmmmddd", "d!15 d!13"},
    {"t16:LDR literal", "01001tttiiiiiiii", ""},
    {"t16:LDR/STR reg", "0101ooommmnnnttt", "n!m M=s sz=4 idx"},
    {"t16:LDR/STR imm", "0110Liiiiinnnttt", "M=s sz=4 sc=4"},
    {"t16:LDRB/STRB imm", "0111Liiiiinnnttt", "M=s sz=1"},
    {"t16:LDRH/STRH imm", "1000Liiiiinnnttt", "M=s sz=2 sc=2"},
    {"t16:LDR/STR sp", "1001Ltttiiiiiiii", "i<31 M=sp"},
    {"t16:ADR/ADD sp", "1010xdddiiiiiiii", ""},
    {"t16:SXTH..UXTB", "10110010oommmddd", ""},
    {"t16:REV..REVSH", "10111010oommmddd", "o!2"},
    {"t16:LDM/STM", "1100Lnnnrrrrrrrr", "L#1 L=0?Lno:n M=l P0 U1"},
    {"t16:NOP", "1011111100000000", ""},
    /* data processing, modified immediate */
    {"dp-imm:AND/BIC", "11110i0000oSnnnn0iiiddddiiiiiiii", "R:dn timm"},
    {"dp-imm:ORR/ORN/MOV/MVN", "11110i0001oSnnnn0iiiddddiiiiiiii", "R:d n!13 timm"},
    {"dp-imm:EOR", "11110i00100Snnnn0iiiddddiiiiiiii", "R:dn timm"},
    {"dp-imm:TST/TEQ", "11110i00o001nnnn0iii1111iiiiiiii", "R:n timm"},
    {"dp-imm:ADD", "11110i01000Snnnn0iiiddddiiiiiiii", "R:d n!15 timm"},
    {"dp-imm:SUB", "11110i01101Snnnn0iiiddddiiiiiiii", "R:d n!15 timm"},
    {"dp-imm:CMN/CMP", "11110i01o0o1nnnn0iii1111iiiiiiii", "n!15 o!1 o!2 timm"},
    {"dp-imm:ADC/SBC", "11110i0101oSnnnn0iiiddddiiiiiiii", "R:dn timm"},
    {"dp-imm:RSB", "11110i01110Snnnn0iiiddddiiiiiiii", "R:dn timm"},
    /* plain binary immediate */
    {"dp-imm:ADDW/SUBW", "11110i10o0o0nnnn0iiiddddiiiiiiii", "R:d o!1 o!2"},
    {"dp-imm:MOVW/MOVT", "11110i10o100iiii0iiiddddiiiiiiii", "R:d"},
    {"sat:SSAT/USAT", "11110011o0y0nnnn0kkkddddkk0xxxxx", "R:dn y=1?k!0"},
    {"sat:SSAT16/USAT16", "11110011o010nnnn0000dddd0000xxxx", "R:dn"},
    {"bitf:SBFX/UBFX", "11110011o100nnnn0kkkddddkk0wwwww", "R:dn k+w<32"},
    {"bitf:BFI/BFC", "111100110110nnnn0kkkddddkk0wwwww", "R:d n!13 w>=k"},
    /* data processing, shifted register */
    {"dp-reg:AND/BIC", "1110101000oSnnnn0kkkddddkkyymmmm", "R:dnm"},
    {"dp-reg:ORR/ORN/MOV/MVN", "1110101001oSnnnn0kkkddddkkyymmmm", "R:dm n!13"},
    {"dp-reg:EOR", "11101010100Snnnn0kkkddddkkyymmmm", "R:dnm"},
    {"dp-reg:TST/TEQ", "11101010o001nnnn0kkk1111kkyymmmm", "R:nm"},
    {"dp-reg:ADD/SUB", "11101011o0oSnnnn0kkkddddkkyymmmm", "R:dm n!15 o!1 o!2"},
    {"dp-reg:CMN/CMP", "11101011o0o1nnnn0kkk1111kkyymmmm", "R:m n!15 o!1 o!2"},
    {"dp-reg:ADC/SBC", "1110101101oSnnnn0kkkddddkkyymmmm", "R:dnm"},
    {"dp-reg:RSB", "11101011110Snnnn0kkkddddkkyymmmm", "R:dnm"},
    {"misc:PKHBT/PKHTB", "111010101100nnnn0kkkddddkkx0mmmm", "R:dnm"},
    /* register-controlled shifts, extends, parallel, misc */
    {"dp-rsr:LSL..ROR", "111110100yySnnnn1111dddd0000mmmm", "R:dnm"},
    {"ext:SXTAH..UXTB", "111110100ooonnnn1111dddd10xxmmmm", "R:dm n!13 o<6"},
    {"par:ADD16..SUB8", "111110101ooonnnn1111dddd0xppmmmm", "R:dnm o!3 o!7 p!3"},
    {"sat:QADD..QDSUB", "111110101000nnnn1111dddd10oommmm", "R:dnm"},
    {"misc:REV..REVSH", "111110101001nnnn1111dddd10oommmm", "R:dm n=m"},
    {"misc:SEL", "111110101010nnnn1111dddd1000mmmm", "R:dnm"},
    {"misc:CLZ", "111110101011nnnn1111dddd1000mmmm", "R:dm n=m"},
    /* multiplies, divides */
    {"mul:MLA/MUL", "111110110000nnnnaaaadddd0000mmmm", "R:dnm a!13"},
    {"mul:MLS", "111110110000nnnnaaaadddd0001mmmm", "R:dnma"},
    {"mul:SMLAxy/SMULxy", "111110110001nnnnaaaadddd00xxmmmm", "R:dnm a!13"},
    {"mul:SMLAD/SMUAD", "111110110010nnnnaaaadddd000xmmmm", "R:dnm a!13"},
    {"mul:SMLAWy/SMULWy", "111110110011nnnnaaaadddd000xmmmm", "R:dnm a!13"},
    {"mul:SMLSD/SMUSD", "111110110100nnnnaaaadddd000xmmmm", "R:dnm a!13"},
    {"mul:SMMLA/SMMUL", "111110110101nnnnaaaadddd000xmmmm", "R:dnm a!13"},
    {"mul:SMMLS", "111110110110nnnnaaaadddd000xmmmm", "R:dnma"},
    {"mul:USADA8/USAD8", "111110110111nnnnaaaadddd0000mmmm", "R:dnm a!13"},
    {"mul:SMULL/UMULL", "1111101110o0nnnnllllhhhh0000mmmm", "R:nmlh l!h"},
    {"div:SDIV/UDIV", "1111101110o1nnnn1111dddd1111mmmm", "R:dnm"},
    {"mul:SMLAL/UMLAL", "1111101111o0nnnnllllhhhh0000mmmm", "R:nmlh l!h"},
    {"mul:SMLALxy", "111110111100nnnnllllhhhh10xxmmmm", "R:nmlh l!h"},
    {"mul:SMLALD/SMLSLD", "11111011110onnnnllllhhhh110xmmmm", "R:nmlh l!h"},
    {"mul:UMAAL", "111110111110nnnnllllhhhh0110mmmm", "R:nmlh l!h"},
    /* loads/stores */
    {"mem:LDR/STR imm12", "111110001zzLnnnnttttiiiiiiiiiiii", "R:nt z!3 M=s sz=4"},
    {"mem:LDRSB/SH imm12", "1111100110z1nnnnttttiiiiiiiiiiii", "R:nt M=s sz=2"},
    {"mem:LDR/STR imm8", "111110000zzLnnnntttt1PUWiiiiiiii",
     "R:nt z!3 P=0?W!0 wb?n!t M=s sz=4"},
    {"mem:LDRSB/SH imm8", "1111100100z1nnnntttt1PUWiiiiiiii",
     "R:nt P=0?W!0 wb?n!t M=s sz=2"},
    {"mem:LDR/STR reg", "111110000zzLnnnntttt000000kkmmmm",
     "R:ntm z!3 n!m M=s sz=4 idx"},
    {"mem:LDRSB/SH reg", "1111100100z1nnnntttt000000kkmmmm",
     "R:ntm n!m M=s sz=2 idx"},
    {"mem:LDR literal", "11111000Uzz11111ttttiiiiiiiiiiii", "R:t z!3"},
    {"mem:LDRSB/SH literal", "11111001U0z11111ttttiiiiiiiiiiii", "R:t"},
    {"mem:LDRD/STRD", "1110100PU1WLnnnntttteeeeiiiiiiii",
     "R:nte P=0?W!0 L=1?t!e wb?n!t wb?n!e M=s sz=8 al=4 sc=4"},
    {"mem:LDRD literal", "11101001U1011111tttteeeeiiiiiiii", "R:te t!e"},
    {"ldm:LDM/STM IA", "1110100010WLnnnn0r0rrrrrrrrrrrrr", "R:n L#2 W=1?Lno:n M=l P0 U1"},
    {"ldm:LDMDB/STMDB", "1110100100WLnnnn0r0rrrrrrrrrrrrr", "R:n L#2 W=1?Lno:n M=l P1 U0"},
    {"ex:LDREX", "111010000101nnnntttt1111iiiiiiii", "R:nt M=s sz=4 al=4 sc=4"},
    {"ex:STREX", "111010000100nnnnttttddddiiiiiiii",
     "R:ntd d!n d!t M=s sz=4 al=4 sc=4"},
    {"ex:LDREXB/H", "111010001101nnnntttt1111010z1111", "R:nt M=s sz=2 al=2"},
    {"ex:LDREXD", "111010001101nnnntttteeee01111111", "R:nte t!e M=s sz=8 al=8"},
    {"ex:STREXB/H", "111010001100nnnntttt1111010zdddd",
     "R:ntd d!n d!t M=s sz=2 al=2"},
    {"ex:STREXD", "111010001100nnnntttteeee0111dddd",
     "R:nted d!n d!t d!e M=s sz=8 al=8"},
    /* status register, hints */
    {"sys:MRS", "11110011111011111000dddd00000000", "R:d"},
    {"sys:MSR", "111100111000nnnn1000xx0000000000", "R:n x!0"},
    {"sys:NOP.W", "11110011101011111000000000000000", ""},
    {"sys:PLD imm12", "111110001001nnnn1111iiiiiiiiiiii", "n!15"},
};

/* ------------------------------------------------------- VFP and NEON */

/* Both tables are written in A32 form; the T32 form is derived (see
 * fp_t32): VFP and the core<->extension transfers replace cond by 1110,
 * NEON data processing moves U from bit 24 to bit 28 (1111 001U ->
 * 111U 1111), NEON loads/stores become 1111 1001. Upper-case D N M are the
 * register extension bits (so the real D register is D:d, the real S
 * register d:D). Extra constraint tokens, see check_token:
 *   Q:xyz  if field q is 1, fields x y z (the 4-bit Vx) are even (Q regs)
 *   V:k    register values: s singles, d doubles, z by field z, i integer
 *          lanes, h half precision; default a mix
 *   sh simdimm fx16 vlm nls tbl rd!rm   encoding checks named in check_token
 *   M=vr M=vl M=vn M=push M=pop         memory placement (place_fp_memory)
 *   ivmsr  Rt holds a FPSCR value (LEN/STRIDE zero) */

static const Pat vfp_pats[] = {
    {"vfp-arith:VADD/VSUB", "cccc11100D11nnnndddd101zNoM0mmmm", "V:z"},
    {"vfp-arith:VMUL/VNMUL", "cccc11100D10nnnndddd101zNoM0mmmm", "V:z"},
    {"vfp-mac:VMLA/VMLS", "cccc11100D00nnnndddd101zNoM0mmmm", "V:z"},
    {"vfp-mac:VNMLA/VNMLS", "cccc11100D01nnnndddd101zNoM0mmmm", "V:z"},
    {"vfp-fma:VFNMA/VFNMS", "cccc11101D01nnnndddd101zNoM0mmmm", "V:z"},
    {"vfp-fma:VFMA/VFMS", "cccc11101D10nnnndddd101zNoM0mmmm", "V:z"},
    {"vfp-div:VDIV", "cccc11101D00nnnndddd101zN0M0mmmm", "V:z"},
    {"vfp-div:VSQRT", "cccc11101D110001dddd101z11M0mmmm", "V:z"},
    {"vfp-unary:VABS/VMOV reg", "cccc11101D110000dddd101zo1M0mmmm", "V:z"},
    {"vfp-unary:VNEG", "cccc11101D110001dddd101z01M0mmmm", "V:z"},
    {"vfp-cmp:VCMP/VCMPE", "cccc11101D110100dddd101ze1M0mmmm", "V:z"},
    {"vfp-cmp:VCMP/VCMPE #0", "cccc11101D110101dddd101ze1000000", "V:z"},
    {"vfp-cvt:VCVT f32<->f64", "cccc11101D110111dddd101z11M0mmmm", "V:z"},
    {"vfp-cvt:VCVT int->float", "cccc11101D111000dddd101zo1M0mmmm", "V:i"},
    {"vfp-cvt:VCVT(R) float->int", "cccc11101D11110odddd101zr1M0mmmm", "V:z"},
    {"vfp-cvt:VCVT fixed", "cccc11101D111o1udddd101zs1i0iiii", "fx16"},
    {"vfp-cvt:VCVTB/VCVTT", "cccc11101D11001odddd1010t1M0mmmm", "V:h"},
    {"vfp-mov:VMOV imm", "cccc11101D11iiiidddd101z0000iiii", ""},
    {"vfp-mov:VMOV core<->S", "cccc1110000onnnntttt1010N0010000", "R:t"},
    {"vfp-mov:VMOV 2core<->2S", "cccc1100010oeeeetttt101000M1mmmm", "R:te o=1?t!e vm31"},
    {"vfp-mov:VMOV 2core<->D", "cccc1100010oeeeetttt101100M1mmmm", "R:te o=1?t!e"},
    {"vfp-mov:VMOV core->scalar", "cccc11100oo0ddddtttt1011Doo10000", "R:t o!2 o!6"},
    {"vfp-mov:VMOV scalar->core", "cccc1110uoo1nnnntttt1011Noo10000",
     "R:t o!2 o!6 u=1?o!0 u=1?o!4"},
    {"vfp-sys:VMSR FPSCR", "cccc111011100001tttt101000010000", "R:t ivmsr"},
    {"vfp-sys:VMRS FPSCR/APSR", "cccc111011110001tttt101000010000", "t!13"},
    {"vfp-mem:VLDR/VSTR", "cccc1101uD0Lnnnndddd101ziiiiiiii", "n!13 L=0?n!15 M=vr"},
    {"vfp-mem:VLDR/VSTR sp", "cccc1101uD0L1101dddd101ziiiiiiii", "u!0 i<31 M=sp"},
    {"vfp-mem:VLDM/VSTM", "cccc110puDwLnnnndddd101ziiiiiiii", "R:n vlm M=vl"},
    {"vfp-mem:VLDM/VSTM sp", "cccc11001D0L1101dddd101ziiiiiiii", "vlm M=sp"},
    {"vfp-mem:VPUSH", "cccc11010D101101dddd101ziiiiiiii", "vlm M=push"},
    {"vfp-mem:VPOP", "cccc11001D111101dddd101ziiiiiiii", "vlm M=pop"},
};

static const Pat neon_pats[] = {
    /* three registers of the same length */
    {"neon-int:VHADD/VHSUB", "1111001u0Dzznnnndddd00o0NqM0mmmm", "z!3 Q:dnm V:i"},
    {"neon-int:VRHADD", "1111001u0Dzznnnndddd0001NqM0mmmm", "z!3 Q:dnm V:i"},
    {"neon-int:VQADD/VQSUB", "1111001u0Dzznnnndddd00o0NqM1mmmm", "Q:dnm V:i"},
    {"neon-logic:VAND..VBIF", "1111001u0Dzznnnndddd0001NqM1mmmm", "Q:dnm V:i"},
    {"neon-cmp:VCGT/VCGE", "1111001u0Dzznnnndddd0011NqMbmmmm", "z!3 Q:dnm V:i"},
    {"neon-shift:VSHL..VQRSHL reg", "1111001u0Dzznnnndddd010rNqMbmmmm", "Q:dnm V:i"},
    {"neon-int:VMAX/VMIN", "1111001u0Dzznnnndddd0110NqMbmmmm", "z!3 Q:dnm V:i"},
    {"neon-int:VABD/VABA", "1111001u0Dzznnnndddd0111NqMbmmmm", "z!3 Q:dnm V:i"},
    {"neon-int:VADD/VSUB", "1111001u0Dzznnnndddd1000NqM0mmmm", "Q:dnm V:i"},
    {"neon-cmp:VTST/VCEQ", "1111001u0Dzznnnndddd1000NqM1mmmm", "z!3 Q:dnm V:i"},
    {"neon-mul:VMLA/VMLS", "1111001u0Dzznnnndddd1001NqM0mmmm", "z!3 Q:dnm V:i"},
    {"neon-mul:VMUL", "111100100Dzznnnndddd1001NqM1mmmm", "z!3 Q:dnm V:i"},
    {"neon-mul:VMUL.P8", "111100110D00nnnndddd1001NqM1mmmm", "Q:dnm V:i"},
    {"neon-pair:VPMAX/VPMIN", "1111001u0Dzznnnndddd1010N0Mbmmmm", "z!3 V:i"},
    {"neon-mul:VQDMULH/VQRDMULH", "1111001u0Dzznnnndddd1011NqM0mmmm", "z!0 z!3 Q:dnm V:i"},
    {"neon-pair:VPADD", "111100100Dzznnnndddd1011N0M1mmmm", "z!3 V:i"},
    {"neon-float:VFMA/VFMS", "111100100Do0nnnndddd1100NqM1mmmm", "Q:dnm V:s"},
    {"neon-float:VADD/VSUB.F32", "111100100Do0nnnndddd1101NqM0mmmm", "Q:dnm V:s"},
    {"neon-float:VPADD.F32", "111100110D00nnnndddd1101N0M0mmmm", "V:s"},
    {"neon-float:VABD.F32", "111100110D10nnnndddd1101NqM0mmmm", "Q:dnm V:s"},
    {"neon-float:VMLA/VMLS.F32", "111100100Do0nnnndddd1101NqM1mmmm", "Q:dnm V:s"},
    {"neon-float:VMUL.F32", "111100110D00nnnndddd1101NqM1mmmm", "Q:dnm V:s"},
    {"neon-float:VCEQ.F32", "111100100D00nnnndddd1110NqM0mmmm", "Q:dnm V:s"},
    {"neon-float:VCGE/VCGT.F32", "111100110Do0nnnndddd1110NqM0mmmm", "Q:dnm V:s"},
    {"neon-float:VACGE/VACGT", "111100110Do0nnnndddd1110NqM1mmmm", "Q:dnm V:s"},
    {"neon-float:VMAX/VMIN.F32", "111100100Do0nnnndddd1111NqM0mmmm", "Q:dnm V:s"},
    {"neon-float:VPMAX/VPMIN.F32", "111100110Do0nnnndddd1111N0M0mmmm", "V:s"},
    {"neon-float:VRECPS/VRSQRTS", "111100100Do0nnnndddd1111NqM1mmmm", "Q:dnm V:s"},
    /* three registers of different lengths */
    {"neon-long:VADDL..VSUBW", "1111001u1Dzznnnndddd00owN0M0mmmm", "z!3 d%2 w=1?n%2 V:i"},
    {"neon-long:VADDHN..VRSUBHN", "1111001u1Dzznnnndddd01o0N0M0mmmm", "z!3 n%2 m%2 V:i"},
    {"neon-long:VABAL/VABDL", "1111001u1Dzznnnndddd01o1N0M0mmmm", "z!3 d%2 V:i"},
    {"neon-long:VMLAL/VMLSL", "1111001u1Dzznnnndddd10o0N0M0mmmm", "z!3 d%2 V:i"},
    {"neon-long:VQDMLAL/VQDMLSL", "111100101Dzznnnndddd10o1N0M0mmmm", "z!0 z!3 d%2 V:i"},
    {"neon-long:VMULL", "1111001u1Dzznnnndddd1100N0M0mmmm", "z!3 d%2 V:i"},
    {"neon-long:VQDMULL", "111100101Dzznnnndddd1101N0M0mmmm", "z!0 z!3 d%2 V:i"},
    {"neon-long:VMULL.P8", "111100101D00nnnndddd1110N0M0mmmm", "d%2 V:i"},
    /* two registers and a scalar */
    {"neon-scalar:VMLA/VMLS", "1111001q1Dzznnnndddd0o0fN1M0mmmm",
     "z!0 z!3 f=1?z!1 Q:dn"},
    {"neon-scalar:VMLAL/VMLSL", "1111001u1Dzznnnndddd0o10N1M0mmmm", "z!0 z!3 d%2 V:i"},
    {"neon-scalar:VQDMLAL/VQDMLSL", "111100101Dzznnnndddd0o11N1M0mmmm", "z!0 z!3 d%2 V:i"},
    {"neon-scalar:VMUL", "1111001q1Dzznnnndddd100fN1M0mmmm", "z!0 z!3 f=1?z!1 Q:dn"},
    {"neon-scalar:VMULL", "1111001u1Dzznnnndddd1010N1M0mmmm", "z!0 z!3 d%2 V:i"},
    {"neon-scalar:VQDMULL", "111100101Dzznnnndddd1011N1M0mmmm", "z!0 z!3 d%2 V:i"},
    {"neon-scalar:VQDMULH/VQRDMULH", "1111001q1Dzznnnndddd110oN1M0mmmm", "z!0 z!3 Q:dn V:i"},
    /* two registers and a shift amount */
    {"neon-shift:VSHR/VSRA/VRSHR/VRSRA", "1111001u1Diiiiiidddd00ooLqM1mmmm", "sh Q:dm V:i"},
    {"neon-shift:VSRI", "111100111Diiiiiidddd0100LqM1mmmm", "sh Q:dm V:i"},
    {"neon-shift:VSHL/VSLI imm", "1111001u1Diiiiiidddd0101LqM1mmmm", "sh Q:dm V:i"},
    {"neon-shift:VQSHLU imm", "111100111Diiiiiidddd0110LqM1mmmm", "sh Q:dm V:i"},
    {"neon-shift:VQSHL imm", "1111001u1Diiiiiidddd0111LqM1mmmm", "sh Q:dm V:i"},
    {"neon-shift:VSHRN/VRSHRN", "111100101Diiiiiidddd10000oM1mmmm", "i>=8 m%2 V:i"},
    {"neon-shift:VQSHRUN/VQRSHRUN", "111100111Diiiiiidddd10000oM1mmmm", "i>=8 m%2 V:i"},
    {"neon-shift:VQSHRN/VQRSHRN", "1111001u1Diiiiiidddd10010oM1mmmm", "i>=8 m%2 V:i"},
    {"neon-shift:VSHLL/VMOVL", "1111001u1Diiiiiidddd101000M1mmmm", "i>=8 d%2 V:i"},
    {"neon-cvt:VCVT fixed", "1111001u1D1iiiiidddd111o0qM1mmmm", "Q:dm"},
    /* one register and a modified immediate */
    {"neon-imm:VMOV/VORR/VBIC/VMVN", "1111001i1D000iiiddddkkkk0qo1iiii", "Q:d simdimm"},
    /* two registers, miscellaneous */
    {"neon-misc:VREV64", "111100111D11zz00dddd00000qM0mmmm", "z!3 Q:dm V:i"},
    {"neon-misc:VREV32", "111100111D11zz00dddd00001qM0mmmm", "z<2 Q:dm V:i"},
    {"neon-misc:VREV16", "111100111D110000dddd00010qM0mmmm", "Q:dm V:i"},
    {"neon-misc:VPADDL/VPADAL", "111100111D11zz00dddd0p10oqM0mmmm", "z!3 Q:dm V:i"},
    {"neon-misc:VCLS/VCLZ", "111100111D11zz00dddd0100oqM0mmmm", "z!3 Q:dm V:i"},
    {"neon-misc:VCNT/VMVN", "111100111D110000dddd0101oqM0mmmm", "Q:dm V:i"},
    {"neon-misc:VQABS/VQNEG", "111100111D11zz00dddd0111oqM0mmmm", "z!3 Q:dm V:i"},
    {"neon-misc:VCGT..VCLT #0", "111100111D11zz01dddd0foooqM0mmmm",
     "z!3 f=1?z!0 f=1?z!1 o<5 Q:dm"},
    {"neon-misc:VABS/VNEG", "111100111D11zz01dddd0f11oqM0mmmm", "z!3 f=1?z!0 f=1?z!1 Q:dm"},
    {"neon-perm:VSWP", "111100111D110010dddd00000qM0mmmm", "Q:dm V:i"},
    {"neon-perm:VTRN", "111100111D11zz10dddd00001qM0mmmm", "z!3 Q:dm rd!rm V:i"},
    {"neon-perm:VUZP/VZIP", "111100111D11zz10dddd0001oqM0mmmm", "z!3 q=0?z!2 Q:dm rd!rm V:i"},
    {"neon-narrow:VMOVN/VQMOVUN", "111100111D11zz10dddd00100oM0mmmm", "z!3 m%2 V:i"},
    {"neon-narrow:VQMOVN", "111100111D11zz10dddd00101oM0mmmm", "z!3 m%2 V:i"},
    {"neon-shift:VSHLL max", "111100111D11zz10dddd001100M0mmmm", "z!3 d%2 V:i"},
    {"neon-cvt:VCVT f16<->f32", "111100111D110110dddd011o00M0mmmm", "o=0?m%2 o=1?d%2"},
    {"neon-float:VRECPE/VRSQRTE", "111100111D111011dddd010foqM0mmmm", "Q:dm"},
    {"neon-cvt:VCVT f32<->int", "111100111D111011dddd011ooqM0mmmm", "Q:dm"},
    /* permutes, table lookup, duplicate */
    {"neon-perm:VEXT", "111100101D11nnnnddddiiiiNqM0mmmm", "Q:dnm q=0?i<8 V:i"},
    {"neon-perm:VTBL/VTBX", "111100111D11nnnndddd10llNoM0mmmm", "tbl V:i"},
    {"neon-perm:VDUP scalar", "111100111D11iiiidddd11000qM0mmmm", "Q:d i!0 i!8 V:i"},
    {"neon-core:VDUP core", "cccc11101bq0ddddtttt1011D0e10000", "R:t Q:d b=1?e!1"},
    /* element and structure loads/stores */
    {"neon-ldst:VLDn/VSTn multiple", "111101000DL0nnnnddddttttzzaammmm", "R:n nls M=vn"},
    {"neon-ldst:VLDn/VSTn one lane", "111101001DL0nnnnddddzzooiiiimmmm", "R:n z!3 nls M=vn"},
    {"neon-ldst:VLDn all lanes", "111101001D10nnnndddd11oozzTammmm", "R:n nls M=vn"},
};

#define NVFP (int)(sizeof vfp_pats / sizeof vfp_pats[0])
#define NNEON (int)(sizeof neon_pats / sizeof neon_pats[0])

#define NA32 (int)(sizeof a32_pats / sizeof a32_pats[0])
#define NT32 (int)(sizeof t32_pats / sizeof t32_pats[0])
#define PAT_IT 1000     /* meta pattern index used for IT blocks */
#define PAT_EXPAIR 1001 /* LDREX + STREX to the same address */

/* ------------------------------------------------------------ random */

static uint64_t rng_state;

static uint32_t rnd(void)
{
    /* splitmix64: fast, good enough, deterministic from the seed */
    uint64_t z = (rng_state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return (uint32_t)((z ^ (z >> 31)) >> 16);
}

/* Register values biased towards the edges where flags and saturation
 * logic goes wrong. */
static uint32_t rand_value(void)
{
    static const uint32_t special[] = {
        0, 1, 2, 0x7fffffff, 0x80000000, 0xffffffff, 0xfffffffe, 0x8000,
        0x7fff, 0xffff, 0x10000, 0xff, 0x80, 0x7f, 0x80008000, 0x7fff7fff,
        0x80808080, 0x7f7f7f7f, 0xffff8000, 0x00007fff, 31, 32, 33, 255,
    };
    switch (rnd() % 8) {
    case 0: return rnd() % 40;
    case 1: return special[rnd() % (sizeof special / sizeof special[0])];
    case 2: return -(rnd() % 40);
    case 3: return rnd() & 0x80ff80ff;
    default: return rnd() ^ (rnd() << 16);
    }
}

/* ------------------------------------------------------------ patterns */

typedef struct {
    uint32_t val[128];  /* field values by letter */
    int width[128];     /* field widths; 0 = no such field */
    uint32_t insn;
    int nbits;
    int in_it;
} Draw;

static int pat_len(const char *bits)
{
    int n = 0;
    for (const char *p = bits; *p; p++)
        n += *p != ' ';
    return n;
}

static int fieldv(const Draw *d, int letter, int dflt)
{
    return d->width[letter] ? (int)d->val[letter] : dflt;
}

/* Parse a field letter or a number; "t+1" style suffix allowed. */
static long operand(const Draw *d, const char **sp)
{
    const char *s = *sp;
    long v;
    if (*s >= '0' && *s <= '9') {
        v = strtol(s, (char **)&s, 10);
    } else {
        v = fieldv(d, (unsigned char)*s, 0);
        s++;
    }
    if (s[0] == '+' && s[1] >= '0' && s[1] <= '9') {
        s++;
        v += strtol(s, (char **)&s, 10);
    }
    *sp = s;
    return v;
}

static uint32_t reg_list(const Draw *d)
{
    return d->nbits == 16 ? (d->insn & 0xff) : (d->insn & 0xffff);
}

static int wback(const Draw *d, const char *cons)
{
    int p = fieldv(d, 'P', strstr(cons, "P0") ? 0 : 1);
    int w = fieldv(d, 'W', strstr(cons, "W1") ? 1 : 0);
    return !p || w;
}

/* NEON element/structure load or store (A32 form): 1 if neither UNDEFINED
 * nor UNPREDICTABLE; *bytes = bytes accessed, *al = 1 if the encoding
 * asks for an alignment check (the address is then 32-byte aligned). */
static int ldst_range;   /* neon_ldst failed on the register range alone */

static int neon_ldst(uint32_t w, int *bytes, int *al)
{
    int d = (w >> 22 & 1) << 4 | (w >> 12 & 15), L = w >> 21 & 1;
    *bytes = 0, *al = 0;
    ldst_range = 0;
    if (!(w >> 23 & 1)) {
        /* multiple elements */
        int type = w >> 8 & 15, size = w >> 6 & 3, a = w >> 4 & 3;
        int nel, regs = 1, inc = 1;
        switch (type) {
        case 7: nel = 1; regs = 1; if (a & 2) return 0; break;
        case 10: nel = 1; regs = 2; if (a == 3) return 0; break;
        case 6: nel = 1; regs = 3; if (a & 2) return 0; break;
        case 2: nel = 1; regs = 4; break;
        case 8: case 9: nel = 2; inc = type - 7; if (size == 3 || a == 3) return 0; break;
        case 3: nel = 2; regs = 2; inc = 2; if (size == 3) return 0; break;
        case 4: case 5: nel = 3; inc = type - 3; if (size == 3 || (a & 2)) return 0; break;
        case 0: case 1: nel = 4; inc = type + 1; if (size == 3) return 0; break;
        default: return 0;
        }
        ldst_range = 1;
        if (nel == 1 && d + regs > 32)
            return 0;
        if (nel == 2 && d + inc + regs > 32)
            return 0;
        if (nel >= 3 && d + (nel - 1) * inc > 31)
            return 0;
        ldst_range = 0;
        *bytes = 8 * (nel == 1 ? regs : nel == 2 ? 2 * regs : nel);
        *al = a != 0;
        return 1;
    }
    int nel = (w >> 8 & 3) + 1, inc = 1, size, esize;
    if ((w >> 10 & 3) == 3) {
        /* one element to all lanes: loads only */
        int t = w >> 5 & 1, a = w >> 4 & 1;
        size = w >> 6 & 3;
        if (!L)
            return 0;
        esize = size == 3 ? 4 : 1 << size;
        switch (nel) {
        case 1: if (size == 3 || (size == 0 && a)) return 0; ldst_range = d + 1 + t > 32; if (ldst_range) return 0; break;
        case 2: if (size == 3) return 0; inc = t + 1; break;
        case 3: if (size == 3 || a) return 0; inc = t + 1; break;
        case 4: if (size == 3 && !a) return 0; inc = t + 1; break;
        }
        ldst_range = nel > 1 && d + (nel - 1) * inc > 31;
        if (ldst_range)
            return 0;
        *bytes = nel * esize;
        *al = a;
        return 1;
    }
    /* one lane */
    int ia = w >> 4 & 15;
    size = w >> 10 & 3;
    esize = 1 << size;
    switch (nel) {
    case 1:
        if ((size == 0 && (ia & 1)) || (size == 1 && (ia & 2)) ||
            (size == 2 && ((ia & 4) || (ia & 3) == 1 || (ia & 3) == 2)))
            return 0;
        *al = size == 1 ? ia & 1 : size == 2 ? (ia & 3) != 0 : 0;
        break;
    case 2:
        if (size == 2 && (ia & 2))
            return 0;
        inc = size == 1 ? (ia >> 1 & 1) + 1 : size == 2 ? (ia >> 2 & 1) + 1 : 1;
        *al = ia & 1;
        break;
    case 3:
        if ((size < 2 && (ia & 1)) || (size == 2 && (ia & 3)))
            return 0;
        inc = size == 1 ? (ia >> 1 & 1) + 1 : size == 2 ? (ia >> 2 & 1) + 1 : 1;
        break;
    case 4:
        if (size == 2 && (ia & 3) == 3)
            return 0;
        inc = size == 1 ? (ia >> 1 & 1) + 1 : size == 2 ? (ia >> 2 & 1) + 1 : 1;
        *al = size == 2 ? (ia & 3) != 0 : ia & 1;
        break;
    }
    ldst_range = d + (nel - 1) * inc > 31;
    if (ldst_range)
        return 0;
    *bytes = nel * esize;
    return 1;
}

/* Evaluate one constraint token; 1 = satisfied. */
static int check_token(const Draw *d, const char *tok, const char *cons)
{
    const char *q = strchr(tok, '?');
    if (q) {
        /* conditional: COND?REST */
        int hold;
        if (!strncmp(tok, "IT?", 3))
            hold = d->in_it;
        else if (!strncmp(tok, "wb?", 3))
            hold = wback(d, cons);
        else {
            const char *s = tok + 2;
            hold = fieldv(d, (unsigned char)tok[0], -1) == strtol(s, NULL, 10);
        }
        return !hold || check_token(d, q + 1, cons);
    }
    if (tok[0] == 'R' && tok[1] == ':') {
        for (const char *s = tok + 2; *s; s++) {
            int v = fieldv(d, (unsigned char)*s, 0);
            if (v == 13 || v == 15)
                return 0;
        }
        return 1;
    }
    if (tok[0] == 'N' && tok[1] == ':') {
        for (const char *s = tok + 2; *s; s++)
            if (fieldv(d, (unsigned char)*s, 0) == 15)
                return 0;
        return 1;
    }
    if (tok[0] == 'L' && tok[1] == '#')
        return __builtin_popcount(reg_list(d)) >= atoi(tok + 2);
    if (!strncmp(tok, "Lno:", 4))
        return !(reg_list(d) >> fieldv(d, (unsigned char)tok[4], 0) & 1);
    if (!strcmp(tok, "n>=8|m>=8"))
        return fieldv(d, 'n', 0) >= 8 || fieldv(d, 'm', 0) >= 8;
    if (!strcmp(tok, "timm")) {
        /* ThumbExpandImm: a replicated pattern of a zero byte is
         * UNPREDICTABLE */
        uint32_t i = fieldv(d, 'i', 0);
        return !((i >> 10) == 0 && ((i >> 8) & 3) != 0 && (i & 0xff) == 0);
    }
    if (!strcmp(tok, "noit"))
        return !d->in_it;
    if (tok[0] == 'M' && tok[1] == '=')
        return 1;
    if (tok[0] == 'V' && tok[1] == ':')
        return 1;
    if (tok[0] == 'Q' && tok[1] == ':') {
        if (fieldv(d, 'q', 0) != 1)
            return 1;
        for (const char *s = tok + 2; *s; s++)
            if (fieldv(d, (unsigned char)*s, 0) & 1)
                return 0;
        return 1;
    }
    if (!strcmp(tok, "sh"))     /* L:imm6 = 0000xxx is the immediate class */
        return fieldv(d, 'L', 0) == 1 || fieldv(d, 'i', 0) >= 8;
    if (!strcmp(tok, "rd!rm"))  /* VTRN/VUZP/VZIP of a register with itself */
        return (fieldv(d, 'D', 0) << 4 | fieldv(d, 'd', 0)) !=
               (fieldv(d, 'M', 0) << 4 | fieldv(d, 'm', 0));
    if (!strcmp(tok, "tbl"))    /* table registers stay below D32 */
        return (fieldv(d, 'N', 0) << 4 | fieldv(d, 'n', 0)) + fieldv(d, 'l', 0) < 32;
    if (!strcmp(tok, "vm31"))   /* Sm, Sm+1 with Sm = S31 */
        return !(fieldv(d, 'm', 0) == 15 && fieldv(d, 'M', 0) == 1);
    if (!strcmp(tok, "fx16")) { /* 16-bit fixed point: frac_bits = 16 - imm5 >= 0 */
        uint32_t f = fieldv(d, 'i', 0), imm5 = (f & 15) << 1 | f >> 4;
        return fieldv(d, 's', 0) == 1 || imm5 <= 16;
    }
    if (!strcmp(tok, "simdimm")) {
        /* AdvSIMDExpandImm: op=1 cmode=1111 is UNDEFINED, a zero imm8
         * with a shifted cmode UNPREDICTABLE */
        int cmode = fieldv(d, 'k', 0), op = fieldv(d, 'o', 0);
        if (op && cmode == 15)
            return 0;
        int c3 = cmode >> 1;
        return fieldv(d, 'i', 0) != 0 || !(c3 == 1 || c3 == 2 || c3 == 3 || c3 == 5 || c3 == 6);
    }
    if (!strcmp(tok, "vlm")) {
        /* VLDM/VSTM: P U W in {IA, IA!, DB!}; 1..16 doubles (even imm8)
         * or 1..32 singles, all below register 32 */
        int p = fieldv(d, 'p', -1), u = fieldv(d, 'u', -1), w = fieldv(d, 'w', -1);
        if (p >= 0 && !((p == 0 && u == 1) || (p == 1 && u == 0 && w == 1)))
            return 0;
        int imm = fieldv(d, 'i', 0), z = fieldv(d, 'z', 0);
        int reg = z ? fieldv(d, 'D', 0) << 4 | fieldv(d, 'd', 0)
                    : fieldv(d, 'd', 0) << 1 | fieldv(d, 'D', 0);
        int cnt = z ? imm / 2 : imm;
        if (imm == 0 || (z && (imm & 1)) || cnt > 16 + 16 * !z)
            return 0;
        return reg + cnt <= 32;
    }
    if (!strcmp(tok, "nls")) {
        int bytes, al;
        return neon_ldst(d->insn, &bytes, &al);
    }
    if (!strcmp(tok, "ivmsr"))
        return 1;
    if (!strncmp(tok, "sz=", 3) || !strncmp(tok, "sc=", 3) ||
        !strncmp(tok, "al=", 3) || !strcmp(tok, "idx") ||
        ((tok[0] == 'P' || tok[0] == 'U' || tok[0] == 'W') && tok[2] == 0))
        return 1;
    if (strlen(tok) >= 3 && tok[1] == '=' ) /* X=Y handled before checks */
        return 1;
    const char *s = tok;
    long a = operand(d, &s);
    if (*s == '+' ) {
        s++;
        a += operand(d, &s);
    }
    if (s[0] == '!' )
        return s++, a != operand(d, &s);
    if (s[0] == '<')
        return s++, a < operand(d, &s);
    if (s[0] == '>' && s[1] == '=')
        return s += 2, a >= operand(d, &s);
    if (s[0] == '%')
        return s++, a % operand(d, &s) == 0;
    fprintf(stderr, "difftest: bad constraint token '%s'\n", tok);
    exit(2);
}

static int check_all(Draw *d, const char *cons)
{
    char buf[256], *save, *tok;
    snprintf(buf, sizeof buf, "%s", cons);
    for (tok = strtok_r(buf, " ", &save); tok; tok = strtok_r(NULL, " ", &save))
        if (!check_token(d, tok, cons))
            return 0;
    return 1;
}

/* Apply X=Y copies (both letters) then rebuild the word. */
static void apply_copies(Draw *d, const char *cons)
{
    char buf[256], *save, *tok;
    snprintf(buf, sizeof buf, "%s", cons);
    for (tok = strtok_r(buf, " ", &save); tok; tok = strtok_r(NULL, " ", &save))
        if (strlen(tok) == 3 && tok[1] == '=' && tok[2] >= 'a' && tok[2] <= 'z')
            d->val[(unsigned char)tok[0]] = d->val[(unsigned char)tok[2]];
}

static void assemble(Draw *d, const char *bits)
{
    int pos[128] = {0};
    uint32_t w = 0;
    for (const char *p = bits; *p; p++) {
        if (*p == ' ')
            continue;
        w <<= 1;
        if (*p == '1')
            w |= 1;
        else if (*p != '0') {
            int c = (unsigned char)*p;
            int bit = d->width[c] - 1 - pos[c]++;
            w |= (d->val[c] >> bit) & 1;
        }
    }
    d->insn = w;
}

static int draw(Draw *d, const Pat *pat, int in_it)
{
    memset(d, 0, sizeof *d);
    d->in_it = in_it;
    d->nbits = pat_len(pat->bits);
    for (const char *p = pat->bits; *p; p++)
        if (*p != '0' && *p != '1' && *p != ' ')
            d->width[(unsigned char)*p]++;
    for (int tries = 0; tries < 10000; tries++) {
        for (int c = 0; c < 128; c++) {
            if (!d->width[c])
                continue;
            d->val[c] = rnd() & ((1u << d->width[c]) - 1);
        }
        if (d->width['c'] && d->val['c'] == 15)
            continue;
        apply_copies(d, pat->cons);
        assemble(d, pat->bits);
        if (check_all(d, pat->cons))
            return 0;
    }
    fprintf(stderr, "difftest: cannot satisfy pattern %s\n", pat->name);
    exit(2);
}

static int tok_int(const char *cons, const char *key, int dflt)
{
    const char *p = strstr(cons, key);
    return p ? atoi(p + strlen(key)) : dflt;
}

/* A32 immediate shift: (type, imm5) -> value of the shifted register. */
static uint32_t imm_shift(uint32_t v, int type, int n, int carry)
{
    switch (type) {
    case 0: return n ? v << n : v;
    case 1: return n ? v >> n : 0;
    case 2: return n ? (uint32_t)((int32_t)v >> n) : (uint32_t)((int32_t)v >> 31);
    default: return n ? (v >> n) | (v << (32 - n)) : (v >> 1) | ((uint32_t)carry << 31);
    }
}

/* Set up registers so that the memory access lands inside the scratch
 * buffer; returns the info word bits (relocated register). */
static uint32_t place_memory(const Draw *d, const Pat *pat, uint32_t *regs,
                             uint32_t apsr)
{
    const char *cons = pat->cons;
    int n = fieldv(d, 'n', 0);
    if (strstr(cons, "M=sp"))
        return 15u << 4;
    if (strstr(cons, "M=l")) {
        int cnt = __builtin_popcount(reg_list(d));
        int p = fieldv(d, 'P', strstr(cons, "P0") ? 0 : 1);
        int u = fieldv(d, 'U', strstr(cons, "U0") ? 0 : 1);
        int a = (rnd() % ((SCRATCH - 4 * cnt) / 4 + 1)) * 4;
        uint32_t base;
        if (u)
            base = a - (p ? 4 : 0);
        else
            base = a + 4 * cnt - (p ? 0 : 4);
        regs[n] = base;
        return (uint32_t)n << 4;
    }
    int sz = tok_int(cons, "sz=", 4);
    int al = tok_int(cons, "al=", 1);
    int sc = tok_int(cons, "sc=", 1);
    int a = rnd() % (SCRATCH - sz + 1);
    if (al > 1)
        a &= ~(al - 1);
    else if (rnd() % 4)
        a &= ~(sz > 4 ? 3 : sz - 1);    /* mostly aligned, sometimes not */
    int p = fieldv(d, 'P', strstr(cons, "P0") ? 0 : 1);
    int u = fieldv(d, 'U', strstr(cons, "U0") ? 0 : 1);
    uint32_t off;
    if (strstr(cons, "idx")) {
        int m = fieldv(d, 'm', 0);
        int type = fieldv(d, 'y', 0);
        int amt = fieldv(d, 'k', 0);
        off = imm_shift(regs[m], type, amt, (apsr >> 29) & 1);
    } else {
        off = (uint32_t)fieldv(d, 'i', 0) * sc;
    }
    if (!u)
        off = -off;
    regs[n] = p ? (uint32_t)a - off : (uint32_t)a;
    return (uint32_t)n << 4;
}

static int is_mem(const Pat *pat)
{
    return strstr(pat->cons, "M=") != NULL;
}

/* ------------------------------------------------------------ gen */

static int same_class(const char *a, const char *b)
{
    size_t la = strcspn(a, ":"), lb = strcspn(b, ":");
    return la == lb && !strncmp(a, b, la);
}

/* Half the time a uniformly chosen pattern, half the time a uniformly
 * chosen class first, so that classes with few patterns (div, ldm) are not
 * starved by those with many (mul). */
static int pick_pattern(const Pat *pats, int npats)
{
    int pi = rnd() % npats;
    if (rnd() & 1)
        return pi;
    int ncls = 0, idx[256];
    for (int i = 0; i < npats; i++) {
        int j;
        for (j = 0; j < i; j++)
            if (same_class(pats[i].name, pats[j].name))
                break;
        if (j == i)
            idx[ncls++] = i;
    }
    const char *cls = pats[idx[rnd() % ncls]].name;
    int cnt = 0;
    for (int i = 0; i < npats; i++)
        cnt += same_class(pats[i].name, cls);
    int k = rnd() % cnt;
    for (int i = 0; i < npats; i++)
        if (same_class(pats[i].name, cls) && k-- == 0)
            return i;
    return pi;
}

typedef struct {
    uint32_t isa_info;          /* isa | n<<8 | mem<<16 | fp<<17 | family<<24 */
    uint32_t ins[MAXINS];
    uint32_t wide;              /* bit i: ins[i] is 32-bit */
    uint32_t pat;               /* pattern index, PAT_IT for IT blocks */
} Meta;

static void emit_ins(FILE *f, int thumb, int bits, uint32_t w)
{
    if (!thumb)
        fprintf(f, "\t.inst 0x%08x\n", w);
    else if (bits == 16)
        fprintf(f, "\t.inst.n 0x%04x\n", w);
    else
        fprintf(f, "\t.inst.w 0x%08x\n", w);
}

static int pick_reg(void)
{
    int r = rnd() % 14;         /* r0-r12, lr */
    return r == 13 ? 14 : r;
}

/* LDREX then STREX to the same address, so the store succeeds (Rd = 0) and
 * memory changes unless an emulator's exclusive monitor is wrong. Size:
 * 0 byte, 1 halfword, 2 word, 3 doubleword. Returns the base register. */
static int gen_expair(int thumb, Meta *meta, uint32_t *regs)
{
    static const uint32_t a32_ld[4] = {0x1d, 0x1f, 0x19, 0x1b};
    static const uint32_t a32_st[4] = {0x1c, 0x1e, 0x18, 0x1a};
    int sz = rnd() % 4, n, t, t2, d, s, s2;
    for (;;) {
        n = pick_reg(), t = pick_reg(), d = pick_reg(), s = pick_reg();
        t2 = pick_reg(), s2 = pick_reg();
        if (sz == 3 && !thumb) {
            /* A32 doubleword: even register pairs below sp */
            t = rnd() % 6 * 2, s = rnd() % 6 * 2;
            t2 = t + 1, s2 = s + 1;
        }
        if (sz != 3)
            t2 = t, s2 = s;
        if (t == n || t2 == n || d == n || d == s || d == s2 || (sz == 3 && t == t2))
            continue;
        break;
    }
    if (!thumb) {
        meta->ins[0] = 0xe0000f9fu | a32_ld[sz] << 20 | n << 16 | t << 12;
        meta->ins[1] = 0xe0000f90u | a32_st[sz] << 20 | n << 16 | d << 12 | s;
    } else if (sz == 2) {
        meta->ins[0] = 0xe8500f00u | n << 16 | t << 12;
        meta->ins[1] = 0xe8400000u | n << 16 | s << 12 | d << 8;
    } else if (sz < 2) {
        meta->ins[0] = 0xe8d00f4fu | n << 16 | t << 12 | sz << 4;
        meta->ins[1] = 0xe8c00f40u | n << 16 | s << 12 | sz << 4 | d;
    } else {
        meta->ins[0] = 0xe8d0007fu | n << 16 | t << 12 | t2 << 8;
        meta->ins[1] = 0xe8c00070u | n << 16 | s << 12 | s2 << 8 | d;
    }
    meta->wide = thumb ? 3 : 0;
    meta->pat = PAT_EXPAIR;
    regs[n] = (rnd() % (SCRATCH / 8)) * 8 + (sz < 3 ? (rnd() % (8 >> sz)) << sz : 0);
    return n;
}

/* ------------------------------------------------------------ VFP/NEON gen */

#define FP_WORDS 65     /* D0-D31 and FPSCR, after the core state */
#define REC_FP 84       /* input record of a VFP/NEON case, see runtime.S */

enum { FAM_INT, FAM_VFP, FAM_NEON, FAM_UNDEF };
enum { FL_MIX = -1, FL_S, FL_D, FL_I, FL_H, FL_RAND };

/* Floating-point values where emulators go wrong: signed zeros,
 * denormals, the smallest normals, infinities, quiet and signalling NaNs,
 * ties, the limits of 32- and 16-bit integers and of half precision. */
static const uint32_t f32_edge[] = {
    0x00000000, 0x80000000, 0x00000001, 0x007fffff, 0x00800000, 0x00800001,
    0x807fffff, 0x7f7fffff, 0x7f800000, 0xff800000, 0x7fc00000, 0x7fc12345,
    0xffc00001, 0x7f800001, 0x7fbfffff, 0xff812345, 0x3f800000, 0xbf800000,
    0x3f000000, 0x3fc00000, 0x40200000, 0xc0200000, 0x3effffff, 0x3f7fffff,
    0x3f800001, 0x4b000000, 0x4b000001, 0x4affffff, 0x4f000000, 0x4effffff,
    0xcf000000, 0xcf000001, 0x4f800000, 0x4f7fffff, 0xbf7fffff, 0x46fffe00,
    0x47000000, 0xc7000000, 0xc7000100, 0x477fff00, 0x47800000, 0x477fe000,
    0x477ff000, 0x477fefff, 0x38800000, 0x387fc000, 0x33800000, 0x33000000,
    0x1f800000, 0x1fffffff, 0x20000001, 0x5f800000, 0x5f7fffff, 0x00ffffff,
    0x7e800000, 0x01000000, 0x3f7ffffe, 0x4e800000, 0x5e800000,
};
static const uint64_t f64_edge[] = {
    0, 1ull << 63, 1, 0x000fffffffffffffull, 0x0010000000000000ull,
    0x8010000000000001ull, 0x800fffffffffffffull, 0x7fefffffffffffffull,
    0x7ff0000000000000ull, 0xfff0000000000000ull, 0x7ff8000000000000ull,
    0x7ff8000012345678ull, 0xfff8000000000001ull, 0x7ff0000000000001ull,
    0x7ff7ffffffffffffull, 0xfff0000012345678ull, 0x3ff0000000000000ull,
    0xbff0000000000000ull, 0x3fe0000000000000ull, 0x3ff8000000000000ull,
    0x4004000000000000ull, 0xc004000000000000ull, 0x3fefffffffffffffull,
    0x3ff0000000000001ull, 0x41e0000000000000ull, 0x41dfffffffc00000ull,
    0x41dfffffffffffffull, 0xc1e0000000000000ull, 0xc1e0000000200000ull,
    0xc1e0000000100000ull, 0x41f0000000000000ull, 0x41efffffffe00000ull,
    0x41efffffffffffffull, 0x40e0000000000000ull, 0x40dfffc000000000ull,
    0x40f0000000000000ull, 0x4330000000000000ull, 0x4330000000000001ull,
    0x47efffffe0000000ull, 0x47efffff00000000ull, 0x47effffff0000000ull,
    0x3810000000000000ull, 0x380fffffe0000000ull, 0x36a0000000000000ull,
    0x3690000000000000ull, 0x1ff0000000000000ull, 0x2000000000000001ull,
    0x5ff0000000000000ull, 0x40effe0000000000ull, 0x40efffe000000000ull,
};
static const uint16_t f16_edge[] = {
    0x0000, 0x8000, 0x0001, 0x03ff, 0x0400, 0x7bff, 0x7c00, 0xfc00, 0x7e00,
    0x7c01, 0x7dff, 0xfe01, 0x3c00, 0xbc00, 0x3555, 0x0200, 0x83ff,
};
#define NELEM(a) (int)(sizeof(a) / sizeof((a)[0]))

static uint32_t rand_f32(void)
{
    uint32_t s = (rnd() & 1) << 31, e;
    switch (rnd() % 10) {
    case 0: case 1: case 2:
        return f32_edge[rnd() % NELEM(f32_edge)] ^ (rnd() % 4 ? 0 : s);
    case 3: return s | (rnd() & 0x7fffff);                  /* denormal */
    case 4: return s | 0x7f800000 | (rnd() % 3 ? rnd() & 0x7fffff : 0);
    case 5: {                                               /* ties, ints */
        float f = (float)((int)(rnd() % 400) - 200) / (rnd() % 3 ? 2 : 1);
        uint32_t v;
        memcpy(&v, &f, 4);
        return v;
    }
    case 6:                                                 /* 2^k +- ulp */
        e = 127 + (rnd() % 80) - 30;
        return s | e << 23 | (rnd() % 2 ? (rnd() % 2 ? 0 : 0x7fffff) : rnd() % 4);
    case 7:                                                 /* under/overflow */
        e = rnd() % 2 ? rnd() % 4 + 1 : 250 + rnd() % 5;
        return s | e << 23 | (rnd() & 0x7fffff);
    case 8: return s | (uint32_t)(127 + rnd() % 32 - 8) << 23 | (rnd() & 0x7fffff);
    default: return rnd();
    }
}

static uint64_t rand_f64(void)
{
    uint64_t s = (uint64_t)(rnd() & 1) << 63, e, m = (uint64_t)rnd() << 32 | rnd();
    m &= 0xfffffffffffffull;
    switch (rnd() % 10) {
    case 0: case 1: case 2:
        return f64_edge[rnd() % NELEM(f64_edge)] ^ (rnd() % 4 ? 0 : s);
    case 3: return s | m;
    case 4: return s | 0x7ff0000000000000ull | (rnd() % 3 ? m : 0);
    case 5: {
        double f = (double)((int)(rnd() % 400) - 200) / (rnd() % 3 ? 2 : 1);
        uint64_t v;
        memcpy(&v, &f, 8);
        return v;
    }
    case 6:
        e = 1023 + (rnd() % 80) - 30;
        return s | e << 52 | (rnd() % 2 ? (rnd() % 2 ? 0 : 0xfffffffffffffull) : rnd() % 4);
    case 7:
        e = rnd() % 2 ? rnd() % 4 + 1 : 2042 + rnd() % 5;
        return s | e << 52 | m;
    case 8: {                                               /* a single, widened */
        uint32_t f = rand_f32();
        e = f >> 23 & 0xff;
        if (e == 0 || e == 0xff)
            return (uint64_t)f << 32 | (rnd() % 2 ? rnd() : 0);
        return (uint64_t)(f >> 31) << 63 | (e - 127 + 1023) << 52 |
               (uint64_t)(f & 0x7fffff) << 29 | (rnd() % 2 ? rnd() % 0x20000000 : 0);
    }
    default: return (uint64_t)rnd() << 32 | rnd();
    }
}

static uint64_t rand_lane(int esize)
{
    uint64_t mask = esize == 64 ? ~0ull : (1ull << esize) - 1;
    uint64_t top = 1ull << (esize - 1);
    switch (rnd() % 12) {
    case 0: return 0;
    case 1: return 1;
    case 2: return mask;                    /* -1 */
    case 3: return top - 1;                 /* max */
    case 4: return top;                     /* min */
    case 5: return (top + 1) & mask;
    case 6: return (top - 2) & mask;
    case 7: return ((uint64_t)(rnd() % 70) - 35) & mask;   /* small, also shift counts */
    case 8: return (uint64_t)1 << rnd() % esize;
    case 9: return top >> (rnd() % 3 + 1);
    default: return ((uint64_t)rnd() << 32 | rnd()) & mask;
    }
}

static uint64_t rand_dreg(int flavor)
{
    if (flavor == FL_MIX || rnd() % 4 == 0)
        flavor = rnd() % 5;
    switch (flavor) {
    case FL_S: return (uint64_t)rand_f32() << 32 | rand_f32();
    case FL_D: return rand_f64();
    case FL_I: {
        int esize = 8 << rnd() % 4;
        uint64_t v = 0;
        for (int i = 0; i < 64; i += esize)
            v |= rand_lane(esize) << i;
        return v;
    }
    case FL_H: {
        uint64_t v = 0;
        for (int i = 0; i < 64; i += 16)
            v |= (uint64_t)(rnd() % 3 ? f16_edge[rnd() % NELEM(f16_edge)] : rnd() & 0xffff) << i;
        return rnd() % 3 ? v : (uint64_t)rand_f32() << 32 | (v & 0xffffffff);
    }
    default: return (uint64_t)rnd() << 32 | rnd();
    }
}

/* FPSCR: any rounding mode, FZ, DN and AHP, random NZCV, QC and cumulative
 * flags; never LEN/STRIDE (armlet raises SIGILL there as Linux does) and
 * no trap enables. */
static uint32_t rand_fpscr(void)
{
    uint32_t v = rnd() & 0xf0000000;
    if (rnd() % 4 == 0) v |= 1u << 27;                  /* QC */
    if (rnd() % 3 == 0) v |= 1u << 24;                  /* FZ */
    if (rnd() % 3 == 0) v |= 1u << 25;                  /* DN */
    if (rnd() % 5 == 0) v |= 1u << 26;                  /* AHP */
    if (rnd() % 5 < 3) v |= (rnd() % 3 + 1) << 22;      /* RMode */
    if (rnd() % 3 == 0) v |= rnd() & 0x9f;              /* cumulative flags */
    return v;
}

static int fp_flavor(const Draw *d, const char *cons)
{
    const char *v = strstr(cons, "V:");
    if (!v)
        return FL_MIX;
    switch (v[2]) {
    case 's': return FL_S;
    case 'd': return FL_D;
    case 'i': return FL_I;
    case 'h': return FL_H;
    case 'z': return fieldv(d, 'z', 0) ? FL_D : FL_S;
    }
    return FL_MIX;
}

/* The T32 form of an A32 VFP or NEON word. */
static uint32_t fp_t32(uint32_t w)
{
    if ((w >> 28) != 15)                        /* VFP, transfers: cond -> 1110 */
        return (w & 0x0fffffff) | 0xe0000000;
    if ((w >> 24) == 0xf4)                      /* element/structure load/store */
        return (w & 0x00ffffff) | 0xf9000000;
    return (w & 0x00ffffff) | 0xef000000 | (w >> 24 & 1) << 28;
}

/* Memory placement of a VFP/NEON load/store: returns info bits (the
 * register holding a scratch-relative address, 15 = none); *pre is set for
 * VPUSH (sp moves to the end of the scratch buffer first). */
static uint32_t place_fp_memory(const Draw *d, const char *cons, uint32_t *regs,
                                int *pre)
{
    int n = fieldv(d, 'n', 15);
    *pre = 0;
    if (strstr(cons, "M=sp") || strstr(cons, "M=pop"))
        return 15u << 4;
    if (strstr(cons, "M=push")) {
        *pre = 1;
        return 15u << 4;
    }
    if (strstr(cons, "M=vr")) {
        if (n == 15)
            return 15u << 4;                    /* literal */
        int sz = fieldv(d, 'z', 0) ? 8 : 4, off = fieldv(d, 'i', 0) * 4;
        uint32_t a = rnd() % ((SCRATCH - sz) / 4 + 1) * 4;
        regs[n] = fieldv(d, 'u', 0) ? a - off : a + off;
        return (uint32_t)n << 4;
    }
    if (strstr(cons, "M=vl")) {
        int bytes = fieldv(d, 'i', 0) * 4;
        uint32_t a = rnd() % ((SCRATCH - bytes) / 4 + 1) * 4;
        regs[n] = fieldv(d, 'p', 0) ? a + bytes : a;
        return (uint32_t)n << 4;
    }
    /* M=vn: NEON element/structure access */
    int bytes, al;
    neon_ldst(d->insn, &bytes, &al);
    uint32_t a;
    if (al)
        a = rnd() % ((SCRATCH - bytes) / 32 + 1) * 32;
    else if (rnd() % 3)
        a = rnd() % ((SCRATCH - bytes) / 8 + 1) * 8;
    else
        a = rnd() % (SCRATCH - bytes + 1);
    regs[n] = a;
    return (uint32_t)n << 4;
}

/* One VFP or NEON case: random D registers and FPSCR, one instruction
 * (A32: cond mostly AL; T32: VFP sometimes inside an IT block). */
static void gen_fp_case(FILE *fs, FILE *fi, FILE *fm, long c, int thumb, int fam)
{
    const Pat *pats = fam == FAM_VFP ? vfp_pats : neon_pats;
    int npats = fam == FAM_VFP ? NVFP : NNEON;
    uint32_t regs[16], in[REC_FP];
    Meta meta;
    Draw d;
    int pre = 0, it = 0;

    memset(&meta, 0, sizeof meta);
    memset(in, 0, sizeof in);
    for (int r = 0; r < 16; r++)
        regs[r] = rand_value();
    uint32_t apsr = rnd() & 0xf80f0000;
    uint32_t info = 15u << 4 | 2;
    int pi = pick_pattern(pats, npats);
    const char *only = getenv("DIFFTEST_ONLY");
    if (only && *only) {
        /* only patterns whose "class:name" contains the string (debugging) */
        int k = 0;
        while (!strstr(pats[pi].name, only) && k++ < 100000)
            pi = rnd() % npats;
    }
    const Pat *pat = &pats[pi];
    draw(&d, pat, 0);
    uint32_t w = d.insn;
    if ((w >> 28) != 15 && rnd() % 4)
        w = (w & 0x0fffffff) | 0xe0000000;      /* mostly unconditional */
    if (strstr(pat->cons, "ivmsr")) {
        uint32_t v = rand_fpscr();
        if (rnd() % 4 == 0)
            v |= rnd() & 0x0008ff60;            /* reserved bits, trap enables */
        regs[fieldv(&d, 't', 0)] = v;
    }
    if (is_mem(pat)) {
        info = place_fp_memory(&d, pat->cons, regs, &pre) | 3;
        if ((info >> 4 & 15) == 14)             /* lr is word 13 of the record */
            info = (info & ~0xf0u) | 13u << 4;
    }
    info |= (rnd() | 1) << 8;
    if (thumb) {
        w = fp_t32(w);
        if ((d.insn >> 28) != 15 && rnd() % 4 == 0) {
            /* VFP instruction alone in an IT block */
            it = 1;
            meta.ins[0] = 0xbf08 | (rnd() % 15) << 4;
        }
        meta.wide = 1u << it;
    }
    meta.ins[it] = w;
    meta.pat = pi;
    memcpy(in, regs, 13 * 4);
    in[13] = regs[14];
    in[14] = apsr;
    in[15] = info;
    int flavor = fp_flavor(&d, pat->cons);
    for (int r = 0; r < 32; r++) {
        uint64_t v = rand_dreg(flavor);
        in[16 + 2 * r] = (uint32_t)v;
        in[17 + 2 * r] = (uint32_t)(v >> 32);
    }
    in[80] = rand_fpscr();
    fwrite(in, 4, REC_FP, fi);
    meta.isa_info = thumb | (1 + it) << 8 | (info & 1) << 16 | 1 << 17 |
                    (uint32_t)fam << 24;
    fwrite(&meta, sizeof meta, 1, fm);
    fprintf(fs, ".Lcase%ld:\n\tbl dt_pre\n%s\tldm r0, {r0-r12, lr}\n", c,
            pre ? "\tadd sp, sp, #128\n" : "");
    for (int i = 0; i <= it; i++)
        emit_ins(fs, thumb, (meta.wide >> i & 1) || !thumb ? 32 : 16, meta.ins[i]);
    fprintf(fs, "\tstmdb sp, {r0-r12, lr}\n\tbl dt_post\n");
}

/* UNDEF probe: a random word of the VFP or NEON encoding space; the only
 * output is whether it raised SIGILL. Words that could write PC or SP, reach
 * outside the scratch buffer (all core registers point at its middle) or
 * set FPSCR.LEN/STRIDE are redrawn; cond is AL. */
static const char *const undef_names[] = {
    "undef:NEON data processing", "undef:NEON load/store", "undef:VFP data/transfer",
    "undef:VFP load/store",
};

static void gen_undef_case(FILE *fs, FILE *fi, FILE *fm, long c, int thumb)
{
    uint32_t in[REC_FP], w;
    Meta meta;
    int kind = rnd() % 4;

    memset(&meta, 0, sizeof meta);
    memset(in, 0, sizeof in);
    for (;;) {
        uint32_t r = rnd();
        switch (kind) {
        case 0: w = 0xf2000000 | (r & 0x01ffffff); break;
        case 1:
            w = 0xf4000000 | (r & 0x00efffff);
            if ((w >> 16 & 15) >= 13)
                w &= ~0x000f0000u;
            {
                int bytes, al;
                if (!neon_ldst(w, &bytes, &al) && ldst_range)
                    continue;                   /* past D31: UNPREDICTABLE */
            }
            break;
        case 2:
            w = 0xee000a00 | (r & 0x00fff1ff);
            if ((w & 0x0ff00f10) == 0x0ee00a10)
                continue;                       /* VMSR */
            if ((w & 0x0fbf0e50) == 0x0eb50a40)
                w &= ~0x2fu;                    /* VCMP #0: SBZ bits */
            if ((w & 0x0fba0e50) == 0x0eba0a40 && !(w & 0x80) &&
                ((w & 15) << 1 | (w >> 5 & 1)) > 16)
                continue;                       /* VCVT fixed, frac_bits < 0 */
            if (w & 0x10) {
                /* transfers: keep should-be-zero bits zero (UNPREDICTABLE,
                 * where qemu UNDEFs and armlet need not) */
                w &= ~0xfu;
                if (!(w & 0x100) && ((w >> 21 & 7) == 0 || (w >> 21 & 7) == 7))
                    w &= ~(w >> 21 & 7 ? 0xe0u : 0x60u);
            }
            if ((w & 0x10) && (w >> 12 & 15) >= 13 &&
                !((w & 0x0fff0f10) == 0x0ef10a10 && (w >> 12 & 15) == 15))
                w &= ~0x0000f000u;              /* Rt = 0 (VMRS APSR_nzcv stays) */
            break;
        default:
            w = 0xec000a00 | (r & 0x01fff10f);  /* imm8 < 16 */
            if ((w >> 16 & 15) == 13 ||
                ((w >> 16 & 15) == 15 && (!(w >> 20 & 1) || (w & 0x01200000) != 0x01000000)))
                w &= ~0x000f0000u;              /* no SP; PC only for VLDR */
            if ((w & 0x0fe00000) == 0x0c400000 && (w >> 12 & 15) >= 13)
                w &= ~0x0000f000u;              /* 64-bit transfer: Rt = 0 */
            if ((w & 0x0fe00000) == 0x0c400000 && (w >> 16 & 15) >= 13)
                w &= ~0x000f0000u;
            break;
        }
        break;
    }
    for (int r = 0; r < 32; r++) {
        uint64_t v = rand_dreg(FL_MIX);
        in[16 + 2 * r] = (uint32_t)v;
        in[17 + 2 * r] = (uint32_t)(v >> 32);
    }
    in[14] = rnd() & 0xf80f0000;
    in[15] = 15u << 4 | 4 | 2;
    in[80] = rand_fpscr();
    fwrite(in, 4, REC_FP, fi);
    meta.ins[0] = thumb ? fp_t32(w) : w;
    meta.wide = thumb;
    meta.pat = kind;
    meta.isa_info = thumb | 1 << 8 | 1 << 18 | (uint32_t)FAM_UNDEF << 24;
    fwrite(&meta, sizeof meta, 1, fm);
    fprintf(fs, ".Lcase%ld:\n\tbl dt_pre\n\tldm r0, {r0-r12, lr}\n", c);
    emit_ins(fs, thumb, 32, meta.ins[0]);
    fprintf(fs, "\tstmdb sp, {r0-r12, lr}\n\tbl dt_post\n");
}

static int cmd_gen(int argc, char **argv)
{
    if (argc < 6) {
        fprintf(stderr, "usage: difftest gen a32|t32 SEED COUNT DIR [int|vfp|neon]\n");
        return 2;
    }
    int thumb = !strcmp(argv[2], "t32");
    uint64_t seed = strtoull(argv[3], NULL, 0);
    long count = atol(argv[4]);
    const char *dir = argv[5];
    const char *fname = argc > 6 ? argv[6] : "int";
    int fam = !strcmp(fname, "vfp") ? FAM_VFP : !strcmp(fname, "neon") ? FAM_NEON :
              !strcmp(fname, "undef") ? FAM_UNDEF : FAM_INT;

    const Pat *pats = thumb ? t32_pats : a32_pats;
    int npats = thumb ? NT32 : NA32;
    char path[4096];

    rng_state = seed * 0x2545f4914f6cdd1dull + (thumb ? 77 : 0) + fam * 1000003;
    snprintf(path, sizeof path, "%s/cases.S", dir);
    FILE *fs = fopen(path, "w");
    snprintf(path, sizeof path, "%s/inputs.bin", dir);
    FILE *fi = fopen(path, "wb");
    snprintf(path, sizeof path, "%s/meta.bin", dir);
    FILE *fm = fopen(path, "wb");
    if (!fs || !fi || !fm) {
        perror("difftest: open output");
        return 1;
    }
    fprintf(fs, "@ generated by difftest gen %s %s %ld %s\n\t.syntax unified\n",
            argv[2], argv[3], count, fname);
    fprintf(fs, "\t.data\n\t.global dt_recsize\ndt_recsize:\n\t.word %d\n",
            4 * (fam == FAM_INT ? 16 : REC_FP));
    fprintf(fs, "\t.global dt_probe\ndt_probe:\n\t.word %d\n", fam == FAM_UNDEF);
    fprintf(fs, "\t.global dt_case_addr\ndt_case_addr:\n");
    for (long c = 0; c <= count; c++)
        fprintf(fs, "\t.word .Lcase%ld + %d\n", c, thumb);
    fprintf(fs, "\t.align 6\n\t.global dt_inputs\ndt_inputs:\n"
                "\t.incbin \"%s/inputs.bin\"\n", dir);
    fprintf(fs, "\t.text\n\t%s\n", thumb ? ".thumb" : ".arm");
    /* literal loads reach up to 4 KiB either side: pad with random words */
    for (int i = 0; i < 1100; i++)
        fprintf(fs, "\t.word 0x%08x\n", rnd());
    fprintf(fs, "\t.global cases\n\t.type cases, %%function\ncases:\n");

    long ninsns = 0;
    for (long c = 0; c < count && fam != FAM_INT; c++) {
        if (fam == FAM_UNDEF)
            gen_undef_case(fs, fi, fm, c, thumb);
        else
            gen_fp_case(fs, fi, fm, c, thumb, fam);
        ninsns++;
    }
    for (long c = 0; c < count && fam == FAM_INT; c++) {
        uint32_t regs[16], in[16];
        Meta meta;
        Draw d[MAXINS];
        int npi[MAXINS];
        int nins = 1, it = 0;

        memset(&meta, 0, sizeof meta);
        for (int r = 0; r < 16; r++)
            regs[r] = rand_value();
        uint32_t apsr = rnd() & 0xf80f0000;
        uint32_t info = 15u << 4;

        if (rnd() % 40 == 0) {
            int n = gen_expair(thumb, &meta, regs);
            info = (uint32_t)(n == 14 ? 13 : n) << 4 | 1;
            info |= (rnd() | 1) << 8;
            memcpy(in, regs, 13 * 4);
            in[13] = regs[14];
            in[14] = apsr;
            in[15] = info;
            fwrite(in, 4, 16, fi);
            meta.isa_info = thumb | 2 << 8 | 1 << 16;
            fwrite(&meta, sizeof meta, 1, fm);
            fprintf(fs, ".Lcase%ld:\n\tbl dt_pre\n\tldm r0, {r0-r12, lr}\n", c);
            for (int i = 0; i < 2; i++)
                emit_ins(fs, thumb, 32, meta.ins[i]);
            fprintf(fs, "\tstmdb sp, {r0-r12, lr}\n\tbl dt_post\n");
            ninsns += 2;
            continue;
        }
        if (thumb && rnd() % 8 == 0) {
            /* IT block: IT + 1..4 instructions (memory ones only alone) */
            it = 1;
            nins = 1 + rnd() % 4;
            int fc = rnd() % 15;
            uint32_t mask = 0;
            for (int i = 1; i < nins; i++) {
                int x = fc == 14 ? 0 : rnd() & 1;
                mask |= (uint32_t)x << (4 - i);
            }
            mask |= 1u << (4 - nins);
            meta.ins[0] = 0xbf00 | fc << 4 | mask;
            meta.pat = PAT_IT;
        }
        for (int i = 0; i < nins; i++) {
            int pi;
            do
                pi = pick_pattern(pats, npats);
            while (it && nins > 1 && is_mem(&pats[pi]));
            draw(&d[i], &pats[pi], it);
            npi[i] = pi;
            meta.ins[it + i] = d[i].insn;
            if (d[i].nbits == 32)
                meta.wide |= 1u << (it + i);
        }
        if (!it)
            meta.pat = npi[0];
        if (is_mem(&pats[npi[0]])) {
            info = place_memory(&d[0], &pats[npi[0]], regs, apsr) | 1;
            if ((info >> 4 & 15) == 14)     /* lr is word 13 of the record */
                info = (info & ~0xf0u) | 13u << 4;
        }
        info |= (rnd() | 1) << 8;
        memcpy(in, regs, 13 * 4);
        in[13] = regs[14];
        in[14] = apsr;
        in[15] = info;
        fwrite(in, 4, 16, fi);
        meta.isa_info = thumb | (nins + it) << 8 | (info & 1) << 16;
        fwrite(&meta, sizeof meta, 1, fm);

        fprintf(fs, ".Lcase%ld:\n\tbl dt_pre\n\tldm r0, {r0-r12, lr}\n", c);
        for (int i = 0; i < nins + it; i++)
            emit_ins(fs, thumb, (meta.wide >> i & 1) ? 32 : 16, meta.ins[i]);
        fprintf(fs, "\tstmdb sp, {r0-r12, lr}\n\tbl dt_post\n");
        ninsns += nins;
    }
    fprintf(fs, ".Lcase%ld:\n\tbl dt_finish\n", count);
    for (int i = 0; i < 1100; i++)
        fprintf(fs, "\t.word 0x%08x\n", rnd());
    fclose(fs);
    fclose(fi);
    fclose(fm);
    printf("%ld\n", ninsns);
    return 0;
}

/* ------------------------------------------------------------ cmp */

static uint32_t *slurp(const char *path, size_t *nwords)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        *nwords = 0;
        return NULL;
    }
    size_t cap = 1 << 16, n = 0;
    uint32_t *buf = malloc(cap * 4);
    size_t got;
    while ((got = fread(buf + n, 4, cap - n, f)) > 0) {
        n += got;
        if (n == cap)
            buf = realloc(buf, (cap *= 2) * 4);
    }
    fclose(f);
    *nwords = n;
    return buf;
}

static void disasm(const Meta *m, char *out, size_t outsz)
{
    char tmp[] = "/tmp/difftest-XXXXXX";
    int fd = mkstemp(tmp);
    FILE *f = fdopen(fd, "wb");
    int n = m->isa_info >> 8 & 0xff;
    int thumb = m->isa_info & 1;
    for (int i = 0; i < n; i++) {
        uint32_t w = m->ins[i];
        if (!thumb) {
            fwrite(&w, 4, 1, f);
        } else if (m->wide >> i & 1) {
            uint16_t h[2] = {(uint16_t)(w >> 16), (uint16_t)w};
            fwrite(h, 2, 2, f);
        } else {
            uint16_t h = (uint16_t)w;
            fwrite(&h, 2, 1, f);
        }
    }
    fclose(f);
    char cmd[512];
    snprintf(cmd, sizeof cmd,
             "arm-linux-gnueabihf-objdump -D -b binary -marm %s %s 2>/dev/null"
             " | grep -E '^ +[0-9a-f]+:' | cut -f3- | tr '\\t' ' '",
             thumb ? "-M force-thumb" : "", tmp);
    FILE *p = popen(cmd, "r");
    size_t len = 0;
    out[0] = 0;
    if (p) {
        char line[256];
        while (fgets(line, sizeof line, p) && len + strlen(line) + 4 < outsz) {
            line[strcspn(line, "\n")] = 0;
            len += snprintf(out + len, outsz - len, "%s%s", len ? " ; " : "", line);
        }
        pclose(p);
    }
    unlink(tmp);
}

static const char *pat_name(const Meta *m)
{
    if (m->pat == PAT_IT)
        return "it:IT block";
    if (m->pat == PAT_EXPAIR)
        return "ex:LDREX+STREX pair";
    switch (m->isa_info >> 24 & 3) {
    case FAM_VFP: return vfp_pats[m->pat].name;
    case FAM_NEON: return neon_pats[m->pat].name;
    case FAM_UNDEF: return undef_names[m->pat];
    }
    return (m->isa_info & 1) ? t32_pats[m->pat].name : a32_pats[m->pat].name;
}

static const char *regname(int r)
{
    static const char *names[] = {"r0", "r1", "r2", "r3", "r4", "r5", "r6",
        "r7", "r8", "r9", "r10", "r11", "r12", "sp", "lr", "apsr"};
    return names[r];
}

static void show_case(long c, const Meta *m, const uint32_t *in,
                      const uint32_t *ref, const uint32_t *tst, int mem,
                      uint32_t scratch)
{
    char dis[1024];
    const char *name = pat_name(m);
    int fp = m->isa_info >> 17 & 1;
    disasm(m, dis, sizeof dis);
    printf("#BLOCK %s/%.*s\n", (m->isa_info & 1) ? "t32" : "a32",
           (int)strcspn(name, ":"), name);
    printf("  case %ld [%s]:", c, name);
    int n = m->isa_info >> 8 & 0xff;
    for (int i = 0; i < n; i++)
        printf((m->isa_info & 1) && !(m->wide >> i & 1) ? " %04x" : " %08x", m->ins[i]);
    printf("  %s\n", dis);
    if (m->isa_info >> 18 & 1) {
        printf("    qemu: %s, test: %s\n", ref[0] ? "SIGILL" : "executed",
               !tst ? "no output" : tst[0] ? "SIGILL" : "executed");
        return;
    }
    printf("    in :");
    for (int r = 0; r < 14; r++) {
        uint32_t v = in[r];
        if (((in[15] >> 4) & 15) == (uint32_t)r && (in[15] & 1))
            v += scratch;
        if (r == 13)
            printf(" sp=%08x", scratch);
        printf(" %s=%08x", regname(r < 13 ? r : 14), v);
    }
    printf(" apsr=%08x\n", in[14]);
    if (fp) {
        printf("    in : fpscr=%08x", in[80]);
        for (int r = 0; r < 32; r++)
            printf("%s d%d=%016llx", r % 6 ? "" : "\n        ", r,
                   (unsigned long long)in[17 + 2 * r] << 32 | in[16 + 2 * r]);
        printf("\n");
    }
    printf("    %-6s", "qemu:");
    for (int r = 0; r < REC_WORDS; r++)
        printf(" %s=%08x", regname(r), ref[r]);
    if (fp) {
        printf("\n          fpscr=%08x", ref[REC_WORDS + 64]);
        for (int r = 0; r < 32; r++)
            if (ref[REC_WORDS + 2 * r] != in[16 + 2 * r] ||
                ref[REC_WORDS + 2 * r + 1] != in[17 + 2 * r])
                printf(" d%d=%016llx", r, (unsigned long long)ref[REC_WORDS + 2 * r + 1] << 32 |
                       ref[REC_WORDS + 2 * r]);
        printf("  (D registers that changed)");
    }
    if (!tst) {
        printf("\n    test: no output for this case\n");
        return;
    }
    printf("\n    %-6s", "test:");
    for (int r = 0; r < REC_WORDS; r++)
        if (ref[r] != tst[r])
            printf(" %s=%08x", regname(r), tst[r]);
    if (fp) {
        if (ref[REC_WORDS + 64] != tst[REC_WORDS + 64])
            printf(" fpscr=%08x", tst[REC_WORDS + 64]);
        for (int r = 0; r < 32; r++)
            if (ref[REC_WORDS + 2 * r] != tst[REC_WORDS + 2 * r] ||
                ref[REC_WORDS + 2 * r + 1] != tst[REC_WORDS + 2 * r + 1])
                printf(" d%d=%016llx", r, (unsigned long long)tst[REC_WORDS + 2 * r + 1] << 32 |
                       tst[REC_WORDS + 2 * r]);
    }
    printf("  (only differing registers)\n");
    if (fp) {
        ref += FP_WORDS;
        tst += FP_WORDS;
    }
    if (mem) {
        /* rebuild the scratch contents before the instruction */
        uint32_t s = (in[15] >> 8) | 1, before[SCRATCH / 4];
        for (int i = 0; i < SCRATCH / 4; i++) {
            s ^= s << 13;
            s ^= s >> 17;
            s ^= s << 5;
            before[i] = s;
        }
        for (int i = 0; i < SCRATCH / 4; i++)
            if (ref[REC_WORDS + i] != tst[REC_WORDS + i] || ref[REC_WORDS + i] != before[i])
                printf("    mem[%08x]: before=%08x qemu=%08x test=%08x%s\n",
                       scratch + 4 * i, before[i], ref[REC_WORDS + i],
                       tst[REC_WORDS + i],
                       ref[REC_WORDS + i] != tst[REC_WORDS + i] ? "  <--" : "");
    }
}

#define MAXCLS 64

typedef struct {
    char name[48];
    long total, bad;
} Cls;

static int cls_index(Cls *cls, int *ncls, const char *full)
{
    char name[48];
    size_t len = strcspn(full, ":");
    snprintf(name, sizeof name, "%.*s", (int)len, full);
    for (int i = 0; i < *ncls; i++)
        if (!strcmp(cls[i].name, name))
            return i;
    if (*ncls == MAXCLS)
        return MAXCLS - 1;
    snprintf(cls[*ncls].name, sizeof cls[0].name, "%s", name);
    cls[*ncls].total = cls[*ncls].bad = 0;
    return (*ncls)++;
}

static int cmd_cmp(int argc, char **argv)
{
    if (argc < 6) {
        fprintf(stderr, "usage: difftest cmp DIR REF TEST STATS [MAXSHOW]\n");
        return 2;
    }
    char path[4096];
    size_t nin, nmeta, nref, ntst;
    snprintf(path, sizeof path, "%s/inputs.bin", argv[2]);
    uint32_t *in = slurp(path, &nin);
    snprintf(path, sizeof path, "%s/meta.bin", argv[2]);
    Meta *meta = (Meta *)slurp(path, &nmeta);
    uint32_t *ref = slurp(argv[3], &nref);
    uint32_t *tst = slurp(argv[4], &ntst);
    int maxshow = argc > 6 ? atoi(argv[6]) : 5;
    long first = argc > 7 ? atol(argv[7]) : 0;
    long ncase = (long)(nmeta * 4 / sizeof(Meta));
    int recw = ncase && (meta[0].isa_info >> 17 & 3) ? REC_FP : 16;
    int isa = ncase ? (int)(meta[0].isa_info & 1) : 0;
    Cls cls[MAXCLS];
    int ncls = 0, shown = 0;
    long bad = 0, truncated_at = -1;

    if (!in || !meta || ncase == 0 || nmeta * 4 != ncase * sizeof(Meta) ||
        nin != (size_t)(ncase * recw)) {
        fprintf(stderr, "difftest cmp: missing or inconsistent inputs in %s\n", argv[2]);
        return 2;
    }
    if (nref < 4 || ref[0] != 0x44494654) {
        fprintf(stderr, "difftest cmp: reference output %s is bad\n", argv[3]);
        return 2;
    }
    uint32_t scratch = ref[1];
    size_t ro = 4, to = 4;
    if (ntst >= 4 && memcmp(ref, tst, 16) != 0) {
        printf("  test output header differs: %08x %08x %08x %08x\n",
               tst[0], tst[1], tst[2], tst[3]);
        ntst = 0;
    }
    for (long c = 0; c < ncase; c++) {
        const Meta *m = &meta[c];
        int mem = m->isa_info >> 16 & 1;
        size_t len = REC_WORDS + (mem ? SCRATCH / 4 : 0) +
                     (m->isa_info >> 17 & 1 ? FP_WORDS : 0);
        if (m->isa_info >> 18 & 1)
            len = 1;                    /* UNDEF probe: the verdict only */
        if (c < first) {
            ro += len;
            continue;
        }
        int ci = cls_index(cls, &ncls, pat_name(m));
        cls[ci].total++;
        if (ro + len > nref) {
            fprintf(stderr, "difftest cmp: reference output truncated at case %ld\n", c);
            return 2;
        }
        int differs;
        if (to + len > ntst) {
            /* the test run stopped here (crash, hang, early exit): the
             * first missing case is charged, later ones are not run */
            truncated_at = c;
            bad++;
            cls[ci].bad++;
            show_case(c, m, in + recw * c, ref + ro, NULL, mem, scratch);
            printf("    test output ends here (crash or early exit)\n#CRASH %ld\n", c);
            break;
        } else {
            differs = memcmp(ref + ro, tst + to, len * 4) != 0;
        }
        if (differs) {
            bad++;
            cls[ci].bad++;
            if (shown < maxshow) {
                show_case(c, m, in + recw * c, ref + ro, tst + to, mem, scratch);
                shown++;
            }
        }
        ro += len;
        to += len;
    }
    FILE *fs = fopen(argv[5], "a");
    if (fs) {
        for (int i = 0; i < ncls; i++)
            fprintf(fs, "%s %s %ld %ld\n", isa ? "t32" : "a32", cls[i].name,
                    cls[i].total, cls[i].bad);
        fclose(fs);
    }
    return truncated_at >= 0 ? 3 : bad ? 1 : 0;
}

/* ------------------------------------------------------------ report */

/* Print up to max detail blocks of one class from the cmp outputs. */
static void print_blocks(const char *path, const char *isa, const char *cls,
                         int max)
{
    FILE *f = fopen(path, "r");
    char line[4096], want[256];
    int on = 0, n = 0;
    if (!f)
        return;
    snprintf(want, sizeof want, "#BLOCK %.16s/%.100s\n", isa, cls);
    while (fgets(line, sizeof line, f)) {
        if (!strncmp(line, "#BLOCK ", 7)) {
            on = !strcmp(line, want) && n < max;
            n += on;
            continue;
        }
        if (on && line[0] != '#')
            fputs(line, stdout);
    }
    fclose(f);
}

static int cmd_report(int argc, char **argv)
{
    if (argc < 3)
        return 2;
    FILE *f = fopen(argv[2], "r");
    if (!f) {
        printf("0 passed, 1 failed\n");
        return 1;
    }
    struct { char isa[8], name[48]; long total, bad; } agg[2 * MAXCLS];
    int n = 0;
    char isa[8], name[48];
    long total, bad;
    while (fscanf(f, "%7s %47s %ld %ld", isa, name, &total, &bad) == 4) {
        int i;
        for (i = 0; i < n; i++)
            if (!strcmp(agg[i].isa, isa) && !strcmp(agg[i].name, name))
                break;
        if (i == n) {
            if (n == 2 * MAXCLS)
                continue;
            snprintf(agg[n].isa, sizeof agg[n].isa, "%s", isa);
            snprintf(agg[n].name, sizeof agg[n].name, "%s", name);
            agg[n].total = agg[n].bad = 0;
            n++;
        }
        agg[i].total += total;
        agg[i].bad += bad;
    }
    fclose(f);
    int pass = 0, fail = 0;
    long cases[2][4] = {{0}};
    for (int i = 0; i < n; i++) {
        if (agg[i].bad) {
            if (!strcmp(agg[i].name, "setup"))
                printf("FAIL diff/%s/setup (%ld chunks could not be built or run)\n",
                       agg[i].isa, agg[i].bad);
            else
                printf("FAIL diff/%s/%s (%ld of %ld cases differ from qemu-arm)\n",
                       agg[i].isa, agg[i].name, agg[i].bad, agg[i].total);
            if (argc > 3)
                print_blocks(argv[3], agg[i].isa, agg[i].name,
                             argc > 4 ? atoi(argv[4]) : 5);
            fail++;
        } else {
            printf("ok diff/%s/%s (%ld cases)\n", agg[i].isa, agg[i].name, agg[i].total);
            pass++;
        }
        int fam = !strncmp(agg[i].name, "vfp-", 4) ? 1 : !strncmp(agg[i].name, "neon-", 5) ? 2 :
                  !strcmp(agg[i].name, "undef") ? 3 : 0;
        if (strcmp(agg[i].name, "setup"))
            cases[strcmp(agg[i].isa, "t32") == 0][fam] += agg[i].total;
    }
    printf("cases compared: a32 %ld integer, %ld vfp, %ld neon, %ld undef probes;"
           " t32 %ld integer, %ld vfp, %ld neon, %ld undef probes\n",
           cases[0][0], cases[0][1], cases[0][2], cases[0][3],
           cases[1][0], cases[1][1], cases[1][2], cases[1][3]);
    printf("%d passed, %d failed\n", pass, fail);
    return fail ? 1 : 0;
}

static void check_tables(void)
{
    for (int i = 0; i < NVFP + NNEON; i++) {
        const Pat *p = i < NVFP ? &vfp_pats[i] : &neon_pats[i - NVFP];
        if (pat_len(p->bits) != 32) {
            fprintf(stderr, "difftest: pattern %s has %d bits\n", p->name, pat_len(p->bits));
            exit(2);
        }
    }
    for (int isa = 0; isa < 2; isa++) {
        const Pat *t = isa ? t32_pats : a32_pats;
        int n = isa ? NT32 : NA32;
        for (int i = 0; i < n; i++) {
            int len = pat_len(t[i].bits);
            if (len != 32 && !(isa && len == 16)) {
                fprintf(stderr, "difftest: pattern %s has %d bits\n", t[i].name, len);
                exit(2);
            }
        }
    }
}

int main(int argc, char **argv)
{
    check_tables();
    if (argc >= 2 && !strcmp(argv[1], "gen"))
        return cmd_gen(argc, argv);
    if (argc >= 2 && !strcmp(argv[1], "cmp"))
        return cmd_cmp(argc, argv);
    if (argc >= 2 && !strcmp(argv[1], "report"))
        return cmd_report(argc, argv);
    fprintf(stderr, "usage: difftest gen|cmp|report ...\n");
    return 2;
}
