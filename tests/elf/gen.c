/* Writes the malformed-ELF test files into the directory given as argv[1].
 * Each starts from one small valid static ARM program (it exits with status
 * 42) and breaks one thing. tests/elf/run.sh lists what armlet must say
 * about each. Built with the host compiler: needs only <elf.h>. */
#include <elf.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BASE 0x10000u
#define CODE_OFF 0x100u

struct file {
    uint8_t b[0x2000];
    size_t len;
};

static Elf32_Ehdr *eh(struct file *f) { return (Elf32_Ehdr *)f->b; }
static Elf32_Phdr *ph(struct file *f, int i) {
    return (Elf32_Phdr *)(f->b + sizeof(Elf32_Ehdr) + i * sizeof(Elf32_Phdr));
}

/* The valid program: one PT_LOAD (R+X) covering the whole file, plus
 * PT_GNU_STACK. Its code, in A32:
 *   mov r0, #42      e3a0002a
 *   mov r7, #1       e3a07001   @ exit
 *   svc #0           ef000000                                           */
static void base(struct file *f) {
    memset(f, 0, sizeof *f);
    Elf32_Ehdr *e = eh(f);
    memcpy(e->e_ident, ELFMAG, SELFMAG);
    e->e_ident[EI_CLASS] = ELFCLASS32;
    e->e_ident[EI_DATA] = ELFDATA2LSB;
    e->e_ident[EI_VERSION] = EV_CURRENT;
    e->e_type = ET_EXEC;
    e->e_machine = EM_ARM;
    e->e_version = EV_CURRENT;
    e->e_entry = BASE + CODE_OFF;
    e->e_phoff = sizeof(Elf32_Ehdr);
    e->e_flags = EF_ARM_EABI_VER5 | 0x400; /* EABI5, hard float */
    e->e_ehsize = sizeof(Elf32_Ehdr);
    e->e_phentsize = sizeof(Elf32_Phdr);
    e->e_phnum = 2;
    e->e_shentsize = sizeof(Elf32_Shdr);
    f->len = 0x200;
    *ph(f, 0) = (Elf32_Phdr){.p_type = PT_LOAD,
                             .p_offset = 0,
                             .p_vaddr = BASE,
                             .p_paddr = BASE,
                             .p_filesz = (uint32_t)f->len,
                             .p_memsz = (uint32_t)f->len,
                             .p_flags = PF_R | PF_X,
                             .p_align = 0x1000};
    *ph(f, 1) = (Elf32_Phdr){.p_type = PT_GNU_STACK, .p_flags = PF_R | PF_W, .p_align = 16};
    static const uint32_t code[] = {0xe3a0002a, 0xe3a07001, 0xef000000};
    memcpy(f->b + CODE_OFF, code, sizeof code);
}

/* A second PT_LOAD (RW data with bss) in place of PT_GNU_STACK. */
static void add_data(struct file *f, uint32_t vaddr, uint32_t memsz) {
    f->len = 0x1100;
    *ph(f, 1) = (Elf32_Phdr){.p_type = PT_LOAD,
                             .p_offset = 0x1000,
                             .p_vaddr = vaddr,
                             .p_paddr = vaddr,
                             .p_filesz = 0x100,
                             .p_memsz = memsz,
                             .p_flags = PF_R | PF_W,
                             .p_align = 0x1000};
}

static const char *dir;

static void put(const char *name, struct file *f) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *o = fopen(path, "wb");
    if (!o || fwrite(f->b, 1, f->len, o) != f->len || fclose(o)) {
        perror(path);
        exit(1);
    }
}

static void put_bytes(const char *name, const char *bytes, size_t len) {
    struct file f;
    memset(&f, 0, sizeof f);
    memcpy(f.b, bytes, len);
    f.len = len;
    put(name, &f);
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: gen DIR\n");
        return 1;
    }
    dir = argv[1];
    struct file f;

    base(&f), put("valid", &f);
    base(&f), add_data(&f, BASE + 0x11000, 0x2000), put("valid2", &f);

    put_bytes("empty", "", 0);
    put_bytes("text", "hello, world\n", 13);
    put_bytes("short-magic", "\177EL", 3);
    base(&f), f.len = 40, put("truncated", &f);

    /* Other machines and classes: only the ident and e_machine matter. */
    base(&f), eh(&f)->e_machine = EM_386, put("i386", &f);
    base(&f), eh(&f)->e_ident[EI_CLASS] = ELFCLASS64, f.b[18] = 183, f.b[19] = 0, f.len = 64,
              put("aarch64", &f);
    base(&f), eh(&f)->e_ident[EI_DATA] = ELFDATA2MSB, f.b[18] = 0, f.b[19] = EM_ARM,
              put("armbe", &f);
    base(&f), eh(&f)->e_flags |= 0x00800000, put("armbe8", &f);
    base(&f), eh(&f)->e_ident[EI_CLASS] = 7, put("badclass", &f);
    base(&f), eh(&f)->e_version = 2, put("badversion", &f);
    base(&f), eh(&f)->e_flags = 0, put("oabi", &f);
    base(&f), eh(&f)->e_type = ET_REL, put("relocatable", &f);
    base(&f), eh(&f)->e_type = ET_CORE, put("core", &f);

    /* Program header table. */
    base(&f), eh(&f)->e_phoff = 0x1f0, put("phdrs-beyond-eof", &f);
    base(&f), eh(&f)->e_phoff = 0xfffffff0, put("phoff-wraps", &f);
    base(&f), eh(&f)->e_phnum = 0xffff, put("phnum-huge", &f);
    base(&f), eh(&f)->e_phnum = 0, put("phnum-zero", &f);
    base(&f), eh(&f)->e_phentsize = 56, put("phentsize", &f);
    base(&f), ph(&f, 0)->p_type = PT_NOTE, put("no-load", &f);

    /* Segments. */
    base(&f), add_data(&f, BASE, 0x2000), put("overlap", &f);
    base(&f), add_data(&f, BASE - 0x8000 + 0x1000, 0x100), put("descending", &f);
    base(&f), add_data(&f, 0xc0000000, 0x1000), put("kernel-space", &f);
    base(&f), add_data(&f, 0xbeff0000, 0x20000), put("crosses-task-size", &f);
    base(&f), add_data(&f, BASE + 0x11000, 0xffffffff), put("memsz-huge", &f);
    base(&f), add_data(&f, 0xbef00000, 0x1000), put("stack-overlap", &f);
    base(&f), ph(&f, 0)->p_filesz = 0x300, put("filesz-gt-memsz", &f);
    base(&f), ph(&f, 0)->p_filesz = ph(&f, 0)->p_memsz = 0x5000, put("segment-beyond-eof", &f);
    base(&f), ph(&f, 0)->p_offset = 0xfffff000, put("offset-wraps", &f);
    base(&f), ph(&f, 0)->p_align = 0x3000, put("align-not-pow2", &f);
    base(&f), ph(&f, 0)->p_vaddr += 0x10, put("misaligned", &f);
    base(&f), ph(&f, 0)->p_vaddr = 0, eh(&f)->e_entry = CODE_OFF, put("page-zero", &f);
    base(&f), eh(&f)->e_entry = 0xffff0fe0, put("entry-kernel", &f);

    /* Dynamic linking. */
    static const char interp[] = "/lib/ld-linux-armhf.so.3";
    base(&f);
    *ph(&f, 1) = (Elf32_Phdr){.p_type = PT_INTERP,
                              .p_offset = 0x180,
                              .p_filesz = sizeof interp,
                              .p_memsz = sizeof interp,
                              .p_align = 1};
    memcpy(f.b + 0x180, interp, sizeof interp);
    put("dynamic", &f);
    ph(&f, 1)->p_filesz = ph(&f, 1)->p_memsz = 4, put("interp-unterminated", &f);
    /* An interpreter that no sysroot has, not even the default one. */
    static const char absent[] = "/lib/ld-armlet-absent.so.1";
    ph(&f, 1)->p_filesz = ph(&f, 1)->p_memsz = sizeof absent;
    memcpy(f.b + 0x180, absent, sizeof absent);
    put("dynamic-absent", &f);
    /* The default sysroot follows the float ABI: a soft-float program is
     * looked up under the armel one only, one that says neither under both. */
    eh(&f)->e_flags = EF_ARM_EABI_VER5 | 0x200, put("dynamic-absent-soft", &f);
    eh(&f)->e_flags = EF_ARM_EABI_VER5, put("dynamic-absent-noabi", &f);
    /* armel's interpreter for a hard-float program: never the armel libc. */
    static const char el_interp[] = "/lib/ld-linux.so.3";
    ph(&f, 1)->p_filesz = ph(&f, 1)->p_memsz = sizeof el_interp;
    memcpy(f.b + 0x180, el_interp, sizeof el_interp);
    eh(&f)->e_flags = EF_ARM_EABI_VER5 | 0x400, put("dynamic-hard-armel-interp", &f);

    /* Scripts. */
    static const char script[] = "#!/nonexistent/interpreter -x\necho hi\n";
    put_bytes("script-missing-interp", script, sizeof script - 1);
    return 0;
}
