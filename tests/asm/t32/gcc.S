/* Compiler-generated Thumb-2: integer kernels built by Debian's gcc with
 *   arm-linux-gnueabihf-gcc -O2 -fwrapv -march=armv7ve+fp -mthumb \
 *       -ffreestanding -fno-builtin -S kern.c
 * (the C source is at the end of this file). They exercise what real code
 * uses: IT blocks, TBB, CBZ, LDRD/STRD, LDM/STM, UMULL/UMLAL, SDIV/UDIV,
 * CLZ/RBIT/REV, UBFX/SXTB... The expected values are the output of the same
 * C code built natively for x86-64 (and checked under qemu-arm). */
#include "check.inc"
    .syntax unified
    .thumb

    .global test_main
    .type   test_main, %function
    .thumb_func
test_main:
    push    {r4-r11, lr}
    ldr     r0, =msg
    movs    r1, #54
    bl      k_crc32
    CHECK   r0, 0x5d415b65
    ldr     r0, =arr
    movs    r1, #37
    bl      k_sort
    CHECK   r0, 0x01573805
    movs    r0, #100
    bl      k_switch
    CHECK   r0, 0xd273b4af
    movw    r0, #777
    bl      k_switch
    CHECK   r0, 0xcf4efd19
    ldr     r0, =0x12345679
    bl      k_bits
    CHECK   r0, 0xf7883e61
    ldr     r0, =0x89abcdef             @ a = 0x0123456789abcdef
    ldr     r1, =0x01234567
    ldr     r2, =0x76543210             @ b = 0xfedcba9876543210
    ldr     r3, =0xfedcba98
    bl      k_wide
    CHECK   r0, 0x248516ee
    CHECK   r1, 0x5d6209a7
    ldr     r0, =123456789
    ldr     r1, =-98765
    bl      k_div
    CHECK   r0, 0xfff0d881
    ldr     r0, =pts_out
    ldr     r1, =pts_in
    movs    r2, #5
    bl      k_struct
    CHECK   r0, 0x0000012e
    ldr     r4, =pts_out
    ldr     r5, [r4, #16]
    CHECK   r5, 7
    ldr     r5, [r4, #60]
    CHECK   r5, 0x63
    ldr     r0, =bytes_out
    ldr     r1, =msg
    movs    r2, #54
    bl      k_bytes
    CHECK   r0, 0x77169e27
    ldr     r4, =bytes_out
    ldrb    r5, [r4]
    CHECK   r5, 0x54
    ldrb    r5, [r4, #4]
    CHECK   r5, 0x51
    ldrb    r5, [r4, #44]
    CHECK   r5, 0x39
    ldrb    r5, [r4, #53]
    CHECK   r5, 0x30
    mvn     r0, #6                      @ -7
    bl      k_sat
    CHECK   r0, 0x001baf83
    pop     {r4-r11, pc}
    .ltorg

    .data
    .balign 4
msg:    .ascii  "The quick brown fox jumps over the lazy dog 0123456789"
    .balign 4
arr:
    .word   0x08c6c553, 0xfe64e4f5, 0xfea7450d, 0x0189295a
    .word   0x03f1390a, 0x04d25845, 0x03d22a81, 0x03c2ee8f
    .word   0xfdf3116c, 0x06aa10d1, 0xfebcd282, 0x0a313161
    .word   0x033bed3b, 0x0a512659, 0x042ed9cf, 0xfc142f8f
    .word   0xff769736, 0x01c66c9c, 0x08ace928, 0x05d242d9
    .word   0x040fc61d, 0x0082335c, 0xfd3d754c, 0x0b3da0fe
    .word   0x0068dcaf, 0xff920658, 0x03b97efd, 0x08761bc0
    .word   0x0a76a9ae, 0x07b06d50, 0x076952fa, 0xff26e0de
    .word   0x028c27d9, 0x0518ac03, 0x02ad4a03, 0x09e03a18
    .word   0x09113df0
pts_in:
    .word   1, 5, -3, 200,  9, 2, 7, -500,  -4, -4, 0, 50
    .word   100, -100, -9, 99,  0, 1, 2, 3
pts_out: .space 80
bytes_out: .space 64

/* ---- gcc output ---- */
	.arch armv7-a
	.arch_extension virt
	.arch_extension idiv
	.arch_extension sec
	.arch_extension mp
	.fpu vfpv4-d16
	.eabi_attribute 28, 1
	.eabi_attribute 20, 1
	.eabi_attribute 21, 1
	.eabi_attribute 23, 3
	.eabi_attribute 24, 1
	.eabi_attribute 25, 1
	.eabi_attribute 26, 2
	.eabi_attribute 30, 2
	.eabi_attribute 34, 1
	.eabi_attribute 18, 4
	.text
	.align	1
	.p2align 2,,3
	.global	k_crc32
	.syntax unified
	.thumb
	.thumb_func
	.type	k_crc32, %function
k_crc32:
	@ args = 0, pretend = 0, frame = 0
	@ frame_needed = 0, uses_anonymous_args = 0
	cbz	r1, .L6
	push	{lr}
	movw	ip, #33568
	movt	ip, 60856
	add	lr, r0, r1
	mov	r3, #-1
.L5:
	ldrb	r1, [r0], #1	@ zero_extendqisi2
	movs	r2, #8
	eors	r3, r3, r1
.L4:
	and	r1, r3, #1
	lsrs	r3, r3, #1
	cbz	r1, .L3
	eor	r3, r3, ip
.L3:
	subs	r2, r2, #1
	bne	.L4
	cmp	r0, lr
	bne	.L5
	mvns	r0, r3
	ldr	pc, [sp], #4
.L6:
	mov	r0, r1
	bx	lr
	.size	k_crc32, .-k_crc32
	.align	1
	.p2align 2,,3
	.global	k_sort
	.syntax unified
	.thumb
	.thumb_func
	.type	k_sort, %function
k_sort:
	@ args = 0, pretend = 0, frame = 0
	@ frame_needed = 0, uses_anonymous_args = 0
	cmp	r1, #1
	push	{r4, r5, r6, lr}
	mov	r6, r1
	mov	lr, r0
	itt	hi
	movhi	r5, r0
	movhi	r4, #1
	bls	.L32
.L24:
	ldr	r0, [r5, #4]!
	mov	r2, r4
	mov	r3, r5
	b	.L21
.L23:
	str	r1, [r3]
	subs	r2, r2, #1
	sub	r3, ip, #4
	beq	.L26
.L21:
	ldr	r1, [r3, #-4]
	mov	ip, r3
	cmp	r1, r0
	bgt	.L23
	adds	r4, r4, #1
	str	r0, [ip]
	cmp	r6, r4
	bne	.L24
.L19:
	mov	r3, lr
	movs	r0, #0
	add	r6, lr, r6, lsl #2
.L25:
	ldr	r2, [r3], #4
	rsb	r0, r0, r0, lsl #5
	add	r0, r0, r2
	cmp	r6, r3
	bne	.L25
	pop	{r4, r5, r6, pc}
.L26:
	mov	ip, lr
	adds	r4, r4, #1
	cmp	r6, r4
	str	r0, [ip]
	bne	.L24
	b	.L19
.L32:
	mov	r0, r1
	cmp	r1, #0
	bne	.L19
	pop	{r4, r5, r6, pc}
	.size	k_sort, .-k_sort
	.align	1
	.p2align 2,,3
	.global	k_switch
	.syntax unified
	.thumb
	.thumb_func
	.type	k_switch, %function
k_switch:
	@ args = 0, pretend = 0, frame = 0
	@ frame_needed = 0, uses_anonymous_args = 0
	push	{r4, r5, r6, lr}
	mov	lr, r0
	cbz	r0, .L33
	mov	ip, #0
	mov	r2, r0
	movw	r4, #43691
	movt	r4, 43690
	mov	r1, ip
	mov	r0, ip
	movs	r5, #12
.L49:
	umull	r6, r3, r4, r2
	lsrs	r3, r3, #3
	mls	r3, r5, r3, r2
	cmp	r3, #10
	bhi	.L35
	tbb	[pc, r3]
.L37:
	.byte	(.L47-.L37)/2
	.byte	(.L46-.L37)/2
	.byte	(.L45-.L37)/2
	.byte	(.L44-.L37)/2
	.byte	(.L43-.L37)/2
	.byte	(.L42-.L37)/2
	.byte	(.L41-.L37)/2
	.byte	(.L40-.L37)/2
	.byte	(.L39-.L37)/2
	.byte	(.L38-.L37)/2
	.byte	(.L36-.L37)/2
	.p2align 1
.L36:
	mul	r0, r0, r0
.L48:
	adds	r1, r1, #1
	adds	r2, r2, #7
	add	ip, ip, #3
	cmp	lr, r1
	bne	.L49
.L33:
	pop	{r4, r5, r6, pc}
.L38:
	add	r0, r0, r0, lsr #4
	b	.L48
.L39:
	bic	r0, r0, #524288
	b	.L48
.L40:
	orr	r0, r0, #4096
	b	.L48
.L41:
	mvns	r0, r0
	b	.L48
.L42:
	add	r0, r0, r1
	b	.L48
.L43:
	ror	r0, r0, #29
	b	.L48
.L44:
	subs	r0, r0, #7
	b	.L48
.L45:
	add	r3, r0, r0, lsl #2
	adds	r0, r3, #1
	b	.L48
.L47:
	adds	r0, r0, #3
	b	.L48
.L46:
	eor	r0, r0, #85
	b	.L48
.L35:
	sub	r0, r0, ip
	b	.L48
	.size	k_switch, .-k_switch
	.align	1
	.p2align 2,,3
	.global	k_bits
	.syntax unified
	.thumb
	.thumb_func
	.type	k_bits, %function
k_bits:
	@ args = 0, pretend = 0, frame = 0
	@ frame_needed = 0, uses_anonymous_args = 0
	push	{r4, r5, r6, lr}
	mov	r4, r0
	movs	r5, #0
	movw	r6, #31161
	movt	r6, 40503
	mov	r0, r5
	add	r6, r6, r4
.L57:
	and	r1, r5, #7
	orr	r2, r4, #1
	rev	ip, r4
	orr	r3, r4, #-2147483648
	clz	r2, r2
	rbit	lr, r3
	adds	r5, r5, #1
	add	r0, r0, r2
	lsr	ip, ip, r1
	clz	lr, lr
	cbz	r4, .L54
	mov	r3, r4
	movs	r1, #0
.L55:
	subs	r2, r3, #1
	adds	r1, r1, #1
	ands	r3, r3, r2
	bne	.L55
	add	r1, r1, lr
	tst	r4, #65280
	add	r1, r1, r0
	ite	eq
	moveq	r0, #2
	movne	r0, #1
	eor	ip, r1, ip
.L56:
	add	r0, r0, ip
	add	r4, r4, r6
	cmp	r5, #32
	bne	.L57
	pop	{r4, r5, r6, pc}
.L54:
	add	r3, r0, lr
	movs	r0, #2
	eor	ip, r3, ip
	b	.L56
	.size	k_bits, .-k_bits
	.align	1
	.p2align 2,,3
	.global	k_wide
	.syntax unified
	.thumb
	.thumb_func
	.type	k_wide, %function
k_wide:
	@ args = 0, pretend = 0, frame = 0
	@ frame_needed = 0, uses_anonymous_args = 0
	push	{r4, r5, r6, r7, r8, r9, lr}
	mov	r4, r0
	movs	r0, #0
	mov	r5, r1
	movs	r6, #20
	mov	r1, r0
.L64:
	mul	ip, r4, r3
	lsr	r8, r4, #7
	umull	lr, r9, r4, r2
	orr	r8, r8, r5, lsl #25
	mla	ip, r2, r5, ip
	lsls	r7, r3, #3
	adds	lr, lr, r8
	lsl	r8, r2, #3
	add	ip, ip, r9
	orr	r7, r7, r2, lsr #29
	adc	ip, ip, r5, lsr #7
	subs	lr, lr, r8
	sbc	ip, ip, r7
	adds	lr, lr, r0
	adc	ip, r1, ip
	lsr	r0, lr, #13
	orr	r0, r0, ip, lsl #19
	asr	r1, ip, #31
	eors	r4, r4, r0
	eor	r5, r5, ip, lsr #13
	eor	r0, r1, lr
	eor	r1, r1, ip
	umull	ip, r7, r3, r4
	adds	ip, ip, r2
	adc	r3, r7, r3
	mov	r2, ip
	subs	r6, r6, #1
	bne	.L64
	pop	{r4, r5, r6, r7, r8, r9, pc}
	.size	k_wide, .-k_wide
	.align	1
	.p2align 2,,3
	.global	k_div
	.syntax unified
	.thumb
	.thumb_func
	.type	k_div, %function
k_div:
	@ args = 0, pretend = 0, frame = 0
	@ frame_needed = 0, uses_anonymous_args = 0
	mov	r3, r0
	push	{r4, r5, r6, r7, lr}
	mov	ip, #1
	mov	r4, r1
	movs	r0, #0
.L70:
	sdiv	r2, r4, ip
	tst	ip, #1
	ite	ne
	movne	r1, #3
	mvneq	r1, #4
	add	r6, ip, #7
	mov	r5, r3
	add	r7, r3, r3, lsl #1
	subs	r2, r2, r1
	add	r1, ip, #2
	add	ip, ip, #1
	it	ne
	sdivne	r5, r3, r2
	cmp	ip, #40
	udiv	r2, r3, r6
	sdiv	lr, r3, r1
	mls	r2, r6, r2, r3
	mls	lr, r1, lr, r3
	add	r3, r7, #1
	sub	r2, r2, lr
	add	r2, r2, r5
	add	r0, r0, r2
	bne	.L70
	pop	{r4, r5, r6, r7, pc}
	.size	k_div, .-k_div
	.align	1
	.p2align 2,,3
	.global	k_struct
	.syntax unified
	.thumb
	.thumb_func
	.type	k_struct, %function
k_struct:
	@ args = 0, pretend = 0, frame = 0
	@ frame_needed = 0, uses_anonymous_args = 0
	cbz	r2, .L80
	mov	r3, r0
	push	{r4, r5, r6, r7, lr}
	movs	r0, #0
	add	lr, r1, r2, lsl #4
	mvn	ip, #99
.L79:
	ldrd	r2, r4, [r1]
	ldrd	r5, r7, [r1, #8]
	cmp	r4, r2
	sub	r6, r4, r2
	it	lt
	sublt	r6, r2, r4
	cmp	r7, ip
	mov	r2, r7
	it	lt
	movlt	r2, ip
	adds	r1, r1, #16
	cmp	r2, #100
	strd	r6, r4, [r3]
	it	ge
	movge	r2, #100
	cmp	r5, #0
	it	lt
	rsblt	r5, r5, #0
	str	r2, [r3, #12]
	cmp	r0, r6
	ite	ge
	addge	r0, r2, r0
	addlt	r0, r2, r6
	str	r5, [r3, #8]
	cmp	lr, r1
	add	r3, r3, #16
	bne	.L79
	pop	{r4, r5, r6, r7, pc}
.L80:
	mov	r0, r2
	bx	lr
	.size	k_struct, .-k_struct
	.align	1
	.p2align 2,,3
	.global	k_bytes
	.syntax unified
	.thumb
	.thumb_func
	.type	k_bytes, %function
k_bytes:
	@ args = 0, pretend = 0, frame = 0
	@ frame_needed = 0, uses_anonymous_args = 0
	cbz	r2, .L91
	push	{r4, r5, r6, r7, r8, lr}
	adds	r6, r2, r1
	add	lr, r1, #-1
	subs	r6, r6, #1
	subs	r5, r0, #1
	movw	r0, #5381
.L90:
	mov	ip, lr
	ldrb	r3, [lr, #1]!	@ zero_extendqisi2
	sub	r4, r3, #97
	sub	r8, r3, #32
	cmp	r4, #25
	sub	r7, r3, #48
	it	ls
	uxtbls	r3, r8
	bls	.L89
	rsb	r4, r3, #105
	cmp	r7, #9
	it	ls
	uxtbls	r3, r4
.L89:
	add	ip, ip, #2
	strb	r3, [r5, #1]!
	sub	ip, ip, r1
	add	r0, r0, r0, lsl #5
	ldrsb	r7, [lr]
	eors	r3, r3, r0
	ldrb	r4, [lr]	@ zero_extendqisi2
	cmp	lr, r6
	udiv	r8, ip, r2
	add	r0, r7, r3
	mls	ip, r2, r8, ip
	ldrb	r3, [r1, ip]	@ zero_extendqisi2
	orr	r3, r4, r3, lsl #8
	sxth	r3, r3
	eor	r0, r0, r3
	bne	.L90
	pop	{r4, r5, r6, r7, r8, pc}
.L91:
	movw	r0, #5381
	bx	lr
	.size	k_bytes, .-k_bytes
	.align	1
	.p2align 2,,3
	.global	k_sat
	.syntax unified
	.thumb
	.thumb_func
	.type	k_sat, %function
k_sat:
	@ args = 0, pretend = 0, frame = 0
	@ frame_needed = 0, uses_anonymous_args = 0
	push	{r4, lr}
	mov	lr, #0
	mov	ip, r0
	mvn	r4, #127
	mov	r0, lr
.L98:
	mul	r3, lr, ip
	asr	r2, ip, #3
	eor	ip, r2, ip, lsl #1
	add	lr, lr, #1
	sub	r3, r3, #1000
	cmp	r3, r4
	mov	r2, r3
	usat	r1, #8, r3
	it	lt
	movlt	r2, r4
	cmp	r2, #127
	ite	le
	addle	r1, r1, r2
	addgt	r1, r1, #127
	asrs	r2, r3, #3
	add	r1, r1, r0
	and	r2, r2, #496
	sbfx	r0, r3, #4, #8
	eors	r2, r2, r1
	uxtah	r3, r0, r3
	cmp	lr, #50
	add	r0, r3, r2
	bne	.L98
	pop	{r4, pc}
	.size	k_sat, .-k_sat

/* ---- kern.c ----
/* Integer kernels compiled by gcc -O2 (Thumb-2) for the gcc.S test. * /
typedef unsigned int u32;
typedef unsigned long long u64;
typedef int s32;
typedef long long s64;

u32 k_crc32(const unsigned char *p, u32 n) {
    u32 c = 0xffffffffu;
    while (n--) {
        c ^= *p++;
        for (int k = 0; k < 8; k++) c = c & 1 ? (c >> 1) ^ 0xedb88320u : c >> 1;
    }
    return ~c;
}

u32 k_sort(s32 *a, u32 n) {
    for (u32 i = 1; i < n; i++) {
        s32 v = a[i];
        u32 j = i;
        while (j > 0 && a[j - 1] > v) { a[j] = a[j - 1]; j--; }
        a[j] = v;
    }
    u32 h = 0;
    for (u32 i = 0; i < n; i++) h = h * 31 + (u32)a[i];
    return h;
}

u32 k_switch(u32 x) {
    u32 acc = 0;
    for (u32 i = 0; i < x; i++) {
        switch ((i * 7 + x) % 12) {
        case 0: acc += 3; break;
        case 1: acc ^= 0x55; break;
        case 2: acc = acc * 5 + 1; break;
        case 3: acc -= 7; break;
        case 4: acc = (acc << 3) | (acc >> 29); break;
        case 5: acc += i; break;
        case 6: acc = ~acc; break;
        case 7: acc |= 0x1000; break;
        case 8: acc &= 0xfff7ffff; break;
        case 9: acc += acc >> 4; break;
        case 10: acc = acc * acc; break;
        default: acc -= i * 3; break;
        }
    }
    return acc;
}

static u32 pop(u32 v) { u32 n = 0; while (v) { v &= v - 1; n++; } return n; }

u32 k_bits(u32 x) {
    u32 r = 0;
    for (int i = 0; i < 32; i++) {
        u32 v = x * (u32)(i + 1) + 0x9e3779b9u * (u32)i;
        r += __builtin_clz(v | 1) + pop(v) + __builtin_ctz(v | 0x80000000u);
        r ^= __builtin_bswap32(v) >> (i & 7);
        r += (v & 0xff00) >> 8 ? 1 : 2;
    }
    return r;
}

u64 k_wide(u64 a, u64 b) {
    u64 s = 0;
    for (int i = 0; i < 20; i++) {
        s += a * b + (a >> 7) - (b << 3);
        a ^= s >> 13;
        b += (u64)(u32)a * (u32)(b >> 32);
        if ((s64)s < 0) s = ~s;
    }
    return s;
}

s32 k_div(s32 a, s32 b) {
    s32 r = 0;
    for (int i = 1; i < 40; i++) {
        s32 d = b / i - (i & 1 ? 3 : -5);
        if (d == 0) d = 1;
        r += a / d + (s32)((u32)a % (u32)(i + 7)) - a % (i + 2);
        a = a * 3 + 1;
    }
    return r;
}

struct pt { s32 x, y, z, w; };
s32 k_struct(struct pt *out, const struct pt *in, u32 n) {
    s32 m = 0;
    for (u32 i = 0; i < n; i++) {
        struct pt p = in[i];
        p.x = p.x > p.y ? p.x - p.y : p.y - p.x;
        p.z = p.z < 0 ? -p.z : p.z;
        p.w = p.w >= 100 ? 100 : p.w <= -100 ? -100 : p.w;
        out[i] = p;
        m = m > p.x ? m : p.x;
        m += p.w;
    }
    return m;
}

u32 k_bytes(unsigned char *dst, const unsigned char *src, u32 n) {
    u32 h = 5381;
    for (u32 i = 0; i < n; i++) {
        unsigned char c = src[i];
        if (c >= 'a' && c <= 'z') c -= 32;
        else if (c >= '0' && c <= '9') c = (unsigned char)('9' - (c - '0'));
        dst[i] = c;
        h = ((h << 5) + h) ^ c;
        signed char sc = (signed char)src[i];
        h += (u32)(s32)sc;
        unsigned short hw = (unsigned short)(src[i] | src[(i + 1) % n] << 8);
        h ^= (u32)(short)hw;
    }
    return h;
}

s32 k_sat(s32 x) {
    s32 r = 0;
    for (int i = 0; i < 50; i++) {
        s32 v = x * i - 1000;
        s32 q = v > 127 ? 127 : v < -128 ? -128 : v;
        u32 u = v > 255 ? 255 : v < 0 ? 0 : (u32)v;
        r += q + (s32)u;
        r ^= (v >> 3) & 0x1f0;
        unsigned short lo = (unsigned short)v;
        r += (s32)(signed char)(v >> 4) + lo;
        x = (x << 1) ^ (x >> 3);
    }
    return r;
}
*/
