"""fuzz.py — fixed-seed mutation fuzzing of the verifier against HotSpot.

usage: fuzz.py <jvm binary> <work dir> <seed> <count>

Compiles the subjects (subjects/*.java), makes <count> mutants of the
version-61 subject Vq00000 and <count>/4 each of the old subject Vo00000
relabelled version 49 (type inference) and 50 (type checking with
fail-over), each a copy with one Code attribute damaged: a byte of the code,
an opcode replaced by another of the same length, an operand byte, a byte of
the StackMapTable, or max_stack/max_locals lowered.  Every mutant gets its own
class name (same length, so the constant pool stays well formed) and
VqDriver links them all, once under HotSpot and once under the VM under
test.  The truth is HotSpot: for version 61 the outcome line (ok, or the
error class and its whole message: headline, Location, Reason, frames,
bytecode and stack map dumps) must be identical; for 49/50, whose messages come from HotSpot's old verifier,
the outcome (ok or which error) must be.  Prints TAP lines; the VM must
never crash (exit status 0 and a line for every class).
"""
import os
import random
import struct
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# instruction lengths (0: variable) for opcodes 0..201
LEN = [1] * 202
for op in (0x10, 0x12, 0x15, 0x16, 0x17, 0x18, 0x19, 0x36, 0x37, 0x38, 0x39, 0x3a, 0xa9, 0xbc):
    LEN[op] = 2
for op in list(range(0x99, 0xa9)) + [0x11, 0x13, 0x14, 0x84, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8,
                                      0xbb, 0xbd, 0xc0, 0xc1, 0xc6, 0xc7]:
    LEN[op] = 3
LEN[0xc5] = 4
for op in (0xb9, 0xba, 0xc8, 0xc9):
    LEN[op] = 5
LEN[0xaa] = LEN[0xab] = LEN[0xc4] = 0
BY_LEN = {}
for op, n in enumerate(LEN):
    if n:
        BY_LEN.setdefault(n, []).append(op)


def insn_starts(code):
    out, i = [], 0
    while i < len(code):
        out.append(i)
        op = code[i]
        if op > 201:
            break
        if op == 0xc4:
            n = 6 if i + 1 < len(code) and code[i + 1] == 0x84 else 4
        elif op in (0xaa, 0xab):
            p = (i + 4) & ~3
            if p + 12 > len(code):
                break
            if op == 0xaa:
                lo, hi = struct.unpack(">ii", code[p + 4:p + 12])
                n = p - i + 12 + 4 * (hi - lo + 1)
            else:
                n = p - i + 8 + 8 * struct.unpack(">i", code[p + 4:p + 8])[0]
        else:
            n = LEN[op]
        i += n
    return out


class Method:
    pass


def parse(b):
    """Offsets of every Code attribute's parts in class file bytes b."""
    p = 10
    n = struct.unpack(">H", b[8:10])[0]
    utf8 = {}
    i = 1
    while i < n:
        tag = b[p]
        if tag == 1:
            ln = struct.unpack(">H", b[p + 1:p + 3])[0]
            utf8[i] = b[p + 3:p + 3 + ln].decode()
            p += 3 + ln
        elif tag in (5, 6):
            p += 9
            i += 1
        elif tag in (3, 4, 9, 10, 11, 12, 17, 18):
            p += 5
        elif tag == 15:
            p += 4
        else:       # 7, 8, 16, 19, 20
            p += 3
        i += 1
    p += 6
    nif = struct.unpack(">H", b[p:p + 2])[0]
    p += 2 + 2 * nif

    def skip_attrs(p):
        k = struct.unpack(">H", b[p:p + 2])[0]
        p += 2
        for _ in range(k):
            p += 6 + struct.unpack(">I", b[p + 2:p + 6])[0]
        return p
    nf = struct.unpack(">H", b[p:p + 2])[0]
    p += 2
    for _ in range(nf):
        p = skip_attrs(p + 6)
    nm = struct.unpack(">H", b[p:p + 2])[0]
    p += 2
    methods = []
    for _ in range(nm):
        name = utf8[struct.unpack(">H", b[p + 2:p + 4])[0]]
        k = struct.unpack(">H", b[p + 6:p + 8])[0]
        p += 8
        for _ in range(k):
            an = utf8[struct.unpack(">H", b[p:p + 2])[0]]
            alen = struct.unpack(">I", b[p + 2:p + 6])[0]
            if an == "Code":
                m = Method()
                m.name = name
                m.stack_at = p + 6
                m.locals_at = p + 8
                clen = struct.unpack(">I", b[p + 10:p + 14])[0]
                m.code_at, m.code_len = p + 14, clen
                q = p + 14 + clen
                q += 2 + 8 * struct.unpack(">H", b[q:q + 2])[0]
                m.smt_at = m.smt_len = 0
                na = struct.unpack(">H", b[q:q + 2])[0]
                q += 2
                for _ in range(na):
                    sn = utf8[struct.unpack(">H", b[q:q + 2])[0]]
                    sl = struct.unpack(">I", b[q + 2:q + 6])[0]
                    if sn == "StackMapTable":
                        m.smt_at, m.smt_len = q + 6, sl
                    q += 6 + sl
                methods.append(m)
            p += 6 + alen
    return methods


def mutate(rng, b, methods):
    b = bytearray(b)
    m = rng.choice(methods)
    code = bytes(b[m.code_at:m.code_at + m.code_len])
    starts = insn_starts(code)
    kind = rng.choice(["opcode", "opcode", "opcode", "byte", "operand", "operand", "smt", "stack", "locals"])
    if kind == "smt" and m.smt_len:
        b[m.smt_at + rng.randrange(m.smt_len)] = rng.randrange(256)
    elif kind == "stack":
        v = struct.unpack(">H", b[m.stack_at:m.stack_at + 2])[0]
        b[m.stack_at:m.stack_at + 2] = struct.pack(">H", max(0, v - rng.choice([1, 1, 2])))
    elif kind == "locals":
        v = struct.unpack(">H", b[m.locals_at:m.locals_at + 2])[0]
        b[m.locals_at:m.locals_at + 2] = struct.pack(">H", max(0, v - 1))
    elif kind == "opcode":
        at = rng.choice(starts)
        op = code[at]
        n = LEN[op] if op <= 201 else 0
        if n:
            b[m.code_at + at] = rng.choice(BY_LEN[n])
    elif kind == "operand":
        at = rng.choice(starts)
        op = code[at]
        n = LEN[op] if op <= 201 else 0
        if n and n > 1:
            off = at + 1 + rng.randrange(n - 1)
            b[m.code_at + off] = rng.choice([0, 1, 2, 3, 4, 5, 255, rng.randrange(256), code[off] ^ 1])
    else:
        b[m.code_at + rng.randrange(m.code_len)] = rng.randrange(256)
    return bytes(b)


def overrun(want, got):
    """The one known difference: for a StackMapTable whose frame count
    exceeds its bytes, HotSpot's "Stackmap Table:" dump goes on reading the
    class file after the attribute; ours stops at its end.  Everything
    before the dump must still be equal, and ours must be a prefix."""
    w, g = want.split("|  Stackmap Table:"), got.split("|  Stackmap Table:")
    return len(w) == 2 and len(g) == 2 and w[0] == g[0] and w[1].startswith(g[1])


def run(cmd, cwd):
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, errors="replace", timeout=600)
    return r.returncode, r.stdout, r.stderr


def main():
    jvm, work, seed, count = os.path.abspath(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    cls = os.path.join(work, "classes")
    os.makedirs(cls, exist_ok=True)
    subj = os.path.join(HERE, "subjects")
    new = [os.path.join(subj, f) for f in ("Vq00000.java", "VqBase.java", "VqIface.java", "VqDriver.java")]
    subprocess.run(["javac", "-XDstringConcat=inline", "-d", cls] + new, check=True)
    subprocess.run(["javac", "--release", "8", "-XDstringConcat=inline", "-nowarn", "-d", cls,
                    os.path.join(subj, "Vo00000.java")], check=True, capture_output=True)
    rng = random.Random(seed)
    groups = []     # (label, names, compare whole line)
    for base, major, n in (("Vq", 61, count), ("Vo", 49, count // 4), ("Vo", 50, count // 4)):
        orig = open(os.path.join(cls, base + "00000.class"), "rb").read()
        orig = orig[:6] + struct.pack(">H", major) + orig[8:]
        methods = parse(orig)
        names = []
        first = len(groups) and sum(len(g[1]) for g in groups if g[1][0][:2] == base) or 0
        for i in range(first + 1, first + n + 1):
            name = "%s%05d" % (base, i)
            data = mutate(rng, orig, methods).replace((base + "00000").encode(), name.encode())
            open(os.path.join(cls, name + ".class"), "wb").write(data)
            names.append(name)
        groups.append(("v%d" % major, names, major >= 51))
    allnames = [n for g in groups for n in g[1]]
    hs_rc, hs_out, hs_err = run(["java", "-Xshare:auto", "-cp", cls, "VqDriver"] + allnames, work)
    us_rc, us_out, us_err = run([jvm, "-cp", cls, "VqDriver"] + allnames, work)
    hs = dict(l.split(" ", 1) for l in hs_out.splitlines() if " " in l)
    us = dict(l.split(" ", 1) for l in us_out.splitlines() if " " in l)
    fails = 0
    if us_rc != 0 or len(us) != len(allnames):
        print("not ok - verify-fuzz seed %d: the VM failed (exit %d, %d of %d lines)" % (seed, us_rc, len(us), len(allnames)))
        print("\n".join("#   " + l for l in us_err.splitlines()[-15:]))
        fails += 1
    for label, names, whole in groups:
        bad = []
        stats = {}
        for n in names:
            want, got = hs.get(n, "(missing)"), us.get(n, "(missing)")
            verdict = want.split(":")[0]
            stats[verdict] = stats.get(verdict, 0) + 1
            if whole and want != got and overrun(want, got):
                want = got = want.split("|  Stackmap Table:")[0]
            same = want == got if whole else want.split(":")[0] == got.split(":")[0]
            if not same:
                bad.append((n, want, got))
        summary = ", ".join("%s %d" % kv for kv in sorted(stats.items()))
        if not whole:   # informational: how many of the old verifier's messages are also word for word
            summary += "; %d of %d messages identical" % (sum(hs.get(n) == us.get(n) for n in names), len(names))
        if bad:
            fails += 1
            print("not ok - verify-fuzz %s seed %d: %d of %d mutants differ from HotSpot (%s)" % (label, seed, len(bad), len(names), summary))
            for n, want, got in bad[:int(os.environ.get("FUZZ_SHOW", "8"))]:
                print("#   %s\n#     hotspot: %s\n#     ours:    %s" % (n, want, got))
        else:
            print("ok - verify-fuzz %s seed %d: %d mutants agree with HotSpot (%s)" % (label, seed, len(names), summary))
    sys.exit(1 if fails else 0)


main()
