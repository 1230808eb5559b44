/* fpmath: double-precision floating point (VFP): a Mandelbrot set escape
 * count and a small n-body integration. Needs VFP in the emulator; bench.h's
 * nolibc mode (no FP registers) skips it. */
#include "bench.h"

#ifndef SIZE
#define SIZE 160
#endif
#ifndef STEPS
#define STEPS 20000
#endif

struct body {
    double x, y, z, vx, vy, vz, m;
};

static double my_sqrt(double v) {
    /* Newton's method: keeps the benchmark free of libm. */
    double r = v > 1 ? v : 1;
    for (int i = 0; i < 30; i++) r = 0.5 * (r + v / r);
    return r;
}

int main(void) {
    uint32_t inside = 0, iters = 0;
    for (int py = 0; py < SIZE; py++)
        for (int px = 0; px < SIZE; px++) {
            double cr = -2.0 + 2.5 * px / SIZE, ci = -1.25 + 2.5 * py / SIZE;
            double zr = 0, zi = 0;
            int k = 0;
            while (k < 100 && zr * zr + zi * zi < 4.0) {
                double t = zr * zr - zi * zi + cr;
                zi = 2 * zr * zi + ci;
                zr = t;
                k++;
            }
            iters += (uint32_t)k;
            inside += k == 100;
        }
    struct body b[5];
    for (int i = 0; i < 5; i++) {
        b[i].x = i;
        b[i].y = 0.5 * i;
        b[i].z = -0.25 * i;
        b[i].vx = 0.01 * i;
        b[i].vy = 0.02;
        b[i].vz = -0.01 * i;
        b[i].m = 1.0 + 0.1 * i;
    }
    const double dt = 0.001;
    for (int s = 0; s < STEPS; s++) {
        for (int i = 0; i < 5; i++)
            for (int j = i + 1; j < 5; j++) {
                double dx = b[i].x - b[j].x, dy = b[i].y - b[j].y, dz = b[i].z - b[j].z;
                double d2 = dx * dx + dy * dy + dz * dz + 0.01;
                double mag = dt / (d2 * my_sqrt(d2));
                b[i].vx -= dx * b[j].m * mag;
                b[i].vy -= dy * b[j].m * mag;
                b[i].vz -= dz * b[j].m * mag;
                b[j].vx += dx * b[i].m * mag;
                b[j].vy += dy * b[i].m * mag;
                b[j].vz += dz * b[i].m * mag;
            }
        for (int i = 0; i < 5; i++) {
            b[i].x += dt * b[i].vx;
            b[i].y += dt * b[i].vy;
            b[i].z += dt * b[i].vz;
        }
    }
    double e = 0;
    for (int i = 0; i < 5; i++) e += b[i].m * (b[i].vx * b[i].vx + b[i].vy * b[i].vy + b[i].vz * b[i].vz);
    out_kv("inside", inside);
    out_kv("iters", iters);
    /* Rounded so that the last bits of the sum need not agree exactly. */
    out_kv("energy", (uint32_t)(e * 1e6 + 0.5));
    return 0;
}
