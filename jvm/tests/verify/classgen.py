"""classgen.py — a tiny class-file assembler for the verifier tests.

Builds one class with hand-written bytecode, an exception table and,
optionally, a StackMapTable given as explicit frames (each encoded as a
full_frame, so the test states exactly what the frame holds).  Used by
cases.py (hand-built invalid methods) — the truth for every case is what
HotSpot (/usr/bin/java) does with the resulting file, never this module.
"""
import struct


class Cls:
    def __init__(self, name, sup="java/lang/Object", version=61, access=0x21):
        self.name, self.sup, self.version, self.access = name, sup, version, access
        self.cp = [None]            # index 0 unused
        self.index = {}
        self.methods = []
        self.fields = []
        self.this_i = self.klass(name)
        self.super_i = self.klass(sup)

    # ---- constant pool -------------------------------------------------
    def _add(self, key, data, wide=False):
        if key in self.index:
            return self.index[key]
        i = len(self.cp)
        self.cp.append(data)
        if wide:
            self.cp.append(None)
        self.index[key] = i
        return i

    def utf8(self, s):
        b = s.encode()
        return self._add(("u", s), b"\x01" + struct.pack(">H", len(b)) + b)

    def klass(self, n):
        return self._add(("c", n), b"\x07" + struct.pack(">H", self.utf8(n)))

    def string(self, s):
        return self._add(("s", s), b"\x08" + struct.pack(">H", self.utf8(s)))

    def integer(self, v):
        return self._add(("i", v), b"\x03" + struct.pack(">i", v))

    def long(self, v):
        return self._add(("j", v), b"\x05" + struct.pack(">q", v), wide=True)

    def nat(self, n, d):
        return self._add(("nt", n, d), b"\x0c" + struct.pack(">HH", self.utf8(n), self.utf8(d)))

    def field(self, c, n, d):
        return self._add(("f", c, n, d), b"\x09" + struct.pack(">HH", self.klass(c), self.nat(n, d)))

    def method_ref(self, c, n, d, iface=False):
        tag = 11 if iface else 10
        return self._add(("m", c, n, d, iface), bytes([tag]) + struct.pack(">HH", self.klass(c), self.nat(n, d)))

    # ---- members ---------------------------------------------------------
    def add_field(self, access, n, d):
        self.fields.append((access, self.utf8(n), self.utf8(d)))

    def add_method(self, access, n, d, code, max_stack, max_locals, handlers=(), frames=None):
        """code: bytes; handlers: (start, end, handler, catch class name or None);
        frames: list of (offset, locals, stack) with verification types
        'top' 'int' 'float' 'long' 'double' 'null' 'this0' ('uninit', off), a class
        name, or ('cp', index) for an Object entry naming any pool index."""
        self.methods.append((access, n, d, bytes(code), max_stack, max_locals, handlers, frames))

    def _vtype(self, t):
        simple = {"top": 0, "int": 1, "float": 2, "double": 3, "long": 4, "null": 5, "this0": 6}
        if isinstance(t, tuple):    # ("uninit", offset) or ("cp", raw Object index)
            return bytes([8 if t[0] == "uninit" else 7]) + struct.pack(">H", t[1])
        if t in simple:
            return bytes([simple[t]])
        return bytes([7]) + struct.pack(">H", self.klass(t))

    def _stackmap(self, frames):
        out = b""
        prev = -1
        for off, locs, stk in frames:
            delta = off if prev < 0 else off - prev - 1
            prev = off
            out += bytes([255]) + struct.pack(">HH", delta, len(locs))
            out += b"".join(self._vtype(t) for t in locs)
            out += struct.pack(">H", len(stk)) + b"".join(self._vtype(t) for t in stk)
        return struct.pack(">H", len(frames)) + out

    def _method_bytes(self, m):
        access, n, d, code, ms, ml, handlers, frames = m
        attrs = b""
        nattr = 0
        if frames is not None:
            body = self._stackmap(frames)
            attrs += struct.pack(">HI", self.utf8("StackMapTable"), len(body)) + body
            nattr += 1
        ex = struct.pack(">H", len(handlers))
        for s, e, h, c in handlers:
            ex += struct.pack(">HHHH", s, e, h, self.klass(c) if c else 0)
        body = struct.pack(">HHI", ms, ml, len(code)) + code + ex + struct.pack(">H", nattr) + attrs
        return (struct.pack(">HHHH", access, self.utf8(n), self.utf8(d), 1)
                + struct.pack(">HI", self.utf8("Code"), len(body)) + body)

    def bytes(self):
        methods = b"".join(self._method_bytes(m) for m in self.methods)   # fills the pool
        fields = b"".join(struct.pack(">HHHH", a, n, d, 0) for a, n, d in self.fields)
        cp = b"".join(e for e in self.cp[1:] if e is not None)
        return (struct.pack(">IHHH", 0xCAFEBABE, 0, self.version, len(self.cp)) + cp
                + struct.pack(">HHHH", self.access, self.this_i, self.super_i, 0)
                + struct.pack(">H", len(self.fields)) + fields
                + struct.pack(">H", len(self.methods)) + methods + b"\x00\x00")
