# loop.py [SCALE]: pure-Python CPU work for the python3.11 row of bench/run.sh:
# integer arithmetic, a dict of word counts, string formatting and slicing,
# method calls on small objects and recursion. Imports nothing but sys; the
# output (checksums) is the same on every Python 3.7 or later.
import sys


def arith(n):
    s, x = 0, 12345
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        s += (x % 1000) ^ i
    return s


def words(n):
    syl = ["ka", "lo", "mi", "ne", "ru", "ta", "vo", "zi"]
    counts = {}
    x = 1
    for _ in range(n):
        x = (x * 69069 + 1) & 0xFFFFFFFF
        w = syl[x >> 29] + syl[(x >> 26) & 7] + syl[(x >> 23) & 7] + syl[(x >> 20) & 7]
        counts[w] = counts.get(w, 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    return len(counts), top


def strings(n):
    parts = []
    for i in range(n):
        s = "%d:%x" % (i, i * 7919)
        parts.append(s[::-1].upper())
    text = ",".join(parts)
    return len(text), text.count("A"), sum(map(ord, text[-100:])), text.find("F1F")


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def rot(self):
        return Vec(-self.y, self.x)


def objects(n):
    v, d, s = Vec(1, 0), Vec(3, 5), 0
    for i in range(n):
        v = v.add(d) if i % 3 else v.rot()
        if abs(v.x) > 1000:
            v = Vec(v.x % 1009, v.y % 1013)
        s += v.x ^ v.y
    return v.x, v.y, s


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


k = int(sys.argv[1]) if len(sys.argv) > 1 else 100
print("arith", arith(4000 * k))
print("words", *words(2000 * k))
print("strings", *strings(1000 * k))
print("objects", *objects(2000 * k))
print("fib", fib(12 + k.bit_length()))
