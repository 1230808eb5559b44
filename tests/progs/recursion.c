// reference: native
/* recursion.c: deep and branchy recursion: Ackermann, Fibonacci, Towers of
 * Hanoi, N-queens, permutations, flood fill; stresses calls, returns and the
 * stack (one million frames deep at -O0 is avoided; depth stays < 100k). */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static unsigned ack(unsigned m, unsigned n)
{
    if (m == 0) return n + 1;
    if (n == 0) return ack(m - 1, 1);
    return ack(m - 1, ack(m, n - 1));
}

static uint32_t fib(int n) { return n < 2 ? (uint32_t)n : fib(n - 1) + fib(n - 2); }

static unsigned moves;
static void hanoi(int n, int from, int to, int via)
{
    if (!n) return;
    hanoi(n - 1, from, via, to);
    moves++;
    hanoi(n - 1, via, to, from);
}

static int queens(int n, int row, uint32_t cols, uint32_t d1, uint32_t d2)
{
    int c, count = 0;
    if (row == n) return 1;
    for (c = 0; c < n; c++) {
        if ((cols >> c & 1) || (d1 >> (row + c) & 1) || (d2 >> (row - c + n) & 1))
            continue;
        count += queens(n, row + 1, cols | 1u << c, d1 | 1u << (row + c), d2 | 1u << (row - c + n));
    }
    return count;
}

static int perms;
static uint32_t permhash;
static void permute(char *s, int k, int n)
{
    int i;
    char t;
    if (k == n) {
        perms++;
        for (i = 0; i < n; i++) permhash = permhash * 31 + (unsigned char)s[i];
        return;
    }
    for (i = k; i < n; i++) {
        t = s[k]; s[k] = s[i]; s[i] = t;
        permute(s, k + 1, n);
        t = s[k]; s[k] = s[i]; s[i] = t;
    }
}

#define W 120
#define H 60
static char grid[H][W];
static int fill(int y, int x)
{
    if (y < 0 || y >= H || x < 0 || x >= W || grid[y][x] != '.') return 0;
    grid[y][x] = '#';
    return 1 + fill(y + 1, x) + fill(y - 1, x) + fill(y, x + 1) + fill(y, x - 1);
}

static long sumdown(long n) { return n ? n + sumdown(n - 1) : 0; }

int main(void)
{
    int y, x;
    char s[] = "abcdefgh";
    printf("ack(2,3)=%u ack(3,5)=%u\n", ack(2, 3), ack(3, 5));
    printf("fib(27)=%u\n", fib(27));
    hanoi(18, 1, 3, 2);
    printf("hanoi moves %u\n", moves);
    for (y = 4; y <= 9; y++)
        printf("queens(%d)=%d\n", y, queens(y, 0, 0, 0, 0));
    permute(s, 0, 8);
    printf("perms %d hash %08x\n", perms, permhash);
    memset(grid, '.', sizeof grid);
    for (y = 0; y < H; y++)
        for (x = 0; x < W; x++)
            if ((x * 7 + y * 13) % 11 == 0 || x == 60) grid[y][x] = '|';
    printf("filled %d\n", fill(30, 10));
    printf("filled %d\n", fill(5, 100));
    printf("sumdown %ld\n", sumdown(50000));
    return 0;
}
