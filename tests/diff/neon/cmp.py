#!/usr/bin/env python3
"""Compares two NEON difftest outputs (264-byte records: word + D0-D31)."""
import struct, sys
a = open(sys.argv[1], 'rb').read()
b = open(sys.argv[2], 'rb').read()
bad = 0
for k in range(max(len(a), len(b)) // 264):
    ra, rb = a[264*k:264*k+264], b[264*k:264*k+264]
    if ra == rb:
        continue
    bad += 1
    if bad > 8:
        continue
    if len(ra) < 264 or len(rb) < 264:
        print("case %d: missing output (ref %d bytes, test %d)" % (k, len(ra), len(rb)))
        continue
    w = struct.unpack('<I', ra[:4])[0]
    da = struct.unpack('<I32Q', ra[4:]); db = struct.unpack('<I32Q', rb[4:])
    diffs = ["fpscr qemu=%08x test=%08x" % (da[0], db[0])] if da[0] != db[0] else []
    diffs += ["d%d qemu=%016x test=%016x" % (i - 1, da[i], db[i]) for i in range(1, 33) if da[i] != db[i]]
    print("case %d: %08x: %s" % (k, w, "; ".join(diffs)))
if bad:
    print("%d cases differ" % bad)
sys.exit(1 if bad else 0)
