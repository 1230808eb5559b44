/* gendata: deterministic inputs for the real-program rows of bench/run.sh.
 *
 *   gendata text BYTES   text for `xz -9`: lines of words drawn from a
 *                        vocabulary of made-up words with a skewed
 *                        distribution, numbers and punctuation; compresses
 *                        about 3-4 to 1 (not trivially)
 *   gendata sql ROWS     SQL for sqlite3: a table, ROWS single-row INSERTs
 *                        in one transaction, an index and a few queries
 *
 * The output depends only on the arguments (a fixed xorshift generator), so
 * every run and every machine gets the same bytes. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t state = 0x9e3779b97f4a7c15u;

static uint32_t rnd(void) { /* xorshift64* */
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    return (uint32_t)((state * 0x2545f4914f6cdd1du) >> 32);
}

#define NWORDS 4096
static char vocab[NWORDS][16];

static void make_vocab(void) {
    static const char *syl[] = {"ka", "lo", "mi", "ne", "ru", "ta", "vo", "zi", "an", "el",
                                "or", "us", "pre", "str", "qu", "ix", "th", "ch", "sh", "e"};
    for (int i = 0; i < NWORDS; i++) {
        int n = 1 + (int)(rnd() % 4);
        vocab[i][0] = 0;
        for (int k = 0; k < n; k++) strcat(vocab[i], syl[rnd() % 20]);
    }
}

/* A word index, skewed towards small indices (roughly Zipf-like). */
static int pick(void) {
    uint32_t r = rnd();
    int bits = 2 + (int)(r % 11); /* 2..12 bits */
    return (int)((r >> 8) & ((1u << bits) - 1));
}

static void text(long bytes) {
    long out = 0;
    char line[512];
    make_vocab();
    while (out < bytes) {
        int len = 0, nw = 4 + (int)(rnd() % 12);
        for (int k = 0; k < nw; k++) {
            uint32_t r = rnd();
            if (r % 16 == 0) len += sprintf(line + len, "%u", r >> 12);
            else len += sprintf(line + len, "%s", vocab[pick()]);
            line[len++] = r % 23 == 1 ? ',' : ' ';
        }
        line[len - 1] = rnd() % 5 ? '.' : ';';
        line[len++] = '\n';
        if (out + len > bytes) len = (int)(bytes - out);
        fwrite(line, 1, (size_t)len, stdout);
        out += len;
    }
}

static void sql(long rows) {
    make_vocab();
    printf("CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT, grp INTEGER, val INTEGER);\n");
    printf("BEGIN;\n");
    for (long i = 0; i < rows; i++)
        printf("INSERT INTO t(name, grp, val) VALUES('%s-%s', %u, %u);\n", vocab[pick()],
               vocab[rnd() % NWORDS], rnd() % 97, rnd() % 1000000);
    printf("COMMIT;\n");
    printf("CREATE INDEX t_grp ON t(grp);\n");
    printf("SELECT count(*), sum(val), min(name), max(name), count(DISTINCT name) FROM t;\n");
    printf("SELECT grp, count(*), sum(val) FROM t GROUP BY grp ORDER BY sum(val) DESC, grp LIMIT 5;\n");
    printf("SELECT count(*), sum(length(name)) FROM t WHERE name LIKE '%%ka%%' AND grp BETWEEN 10 AND 40;\n");
    printf("SELECT name, val FROM t WHERE grp = 42 ORDER BY val DESC, id LIMIT 3;\n");
}

int main(int argc, char **argv) {
    if (argc != 3 || atol(argv[2]) < 0) {
        fprintf(stderr, "usage: gendata text BYTES | gendata sql ROWS\n");
        return 2;
    }
    if (!strcmp(argv[1], "text")) text(atol(argv[2]));
    else if (!strcmp(argv[1], "sql")) sql(atol(argv[2]));
    else {
        fprintf(stderr, "gendata: unknown kind %s\n", argv[1]);
        return 2;
    }
    return fflush(stdout) ? 1 : 0;
}
