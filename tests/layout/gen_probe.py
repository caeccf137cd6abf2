#!/usr/bin/env python3
"""Generates the layout oracle's probe program.

  gen_probe.py OUT_DIR

writes OUT_DIR/probe.rs (compiled natively, it prints one line per type: size, alignment,
offset_of! of every field it can name, and the bytes of one value of each enum variant; compiled
with -Zprint-type-sizes for a target, rustc reports its layouts without running anything) and
OUT_DIR/probe.types (`ID std|user RUST_TEXT` per type) and OUT_DIR/probe.fields (field names of
user ADTs, to find them in -Zprint-type-sizes). Each probed type also gets a `fn probe_tN(_: TN)`:
`mirage layout-probe` computes the layout of its argument's type from Mirage's program database.

Line format of the native probe: `ID size=S align=A [fV.I=OFF]... [bK=HEX]...` where fV.I is the
offset of field I of variant V (source order) and bK the bytes of a value of variant K.
"""
import os
import sys

# ---------------------------------------------------------------------------------------------
# A type: its Rust text and a value expression (None: not constructible here).


class T:
    def __init__(self, rs, val=None, variants=None, offs=None, std=False, adt=None):
        self.rs = rs
        self.val = val
        self.variants = variants or []  # (variant index, expr)
        self.offs = offs or []          # (label, offset_of path)
        self.std = std
        self.adt = adt                  # the Adt instance this is, for user types


def prim(name, val):
    return T(name, val)


U8, U16, U32, U64, U128 = (prim("u8", "7u8"), prim("u16", "7u16"), prim("u32", "7u32"),
                           prim("u64", "7u64"), prim("u128", "7u128"))
I8, I16, I32, I64, I128 = (prim("i8", "-7i8"), prim("i16", "-7i16"), prim("i32", "-7i32"),
                           prim("i64", "-7i64"), prim("i128", "-7i128"))
USIZE, ISIZE = prim("usize", "7usize"), prim("isize", "-7isize")
F32, F64 = prim("f32", "1.5f32"), prim("f64", "1.5f64")
BOOL, CHAR = prim("bool", "true"), prim("char", "'x'")
UNIT = T("()", "()")
INTS = [U8, U16, U32, U64, U128, I8, I16, I32, I64, I128, USIZE, ISIZE]


def tup(*ts):
    rs = "(" + "".join(t.rs + ", " for t in ts) + ")"
    val = None if any(t.val is None for t in ts) else "(" + "".join(t.val + ", " for t in ts) + ")"
    offs = [("f0.%d" % i, str(i)) for i in range(len(ts))]
    return T(rs, val, offs=offs)


def arr(t, n):
    val = None if t.val is None else "std::array::from_fn::<_, %d, _>(|_| %s)" % (n, t.val)
    return T("[%s; %d]" % (t.rs, n), val)


def ref(t):
    val = None if t.val is None else "&*Box::leak(Box::new(%s))" % t.val
    return T("&'static " + t.rs, val)


def mref(t):
    val = None if t.val is None else "Box::leak(Box::new(%s))" % t.val
    return T("&'static mut " + t.rs, val)


def ptr(t):
    return T("*const " + t.rs, "std::ptr::null::<%s>()" % t.rs)


SLICE_U16 = T("&'static [u16]", "&[1u16, 2][..]")
SLICE_BOOL = T("&'static [bool]", "&[true][..]")
STR_REF = T("&'static str", '"ab"')
DYN_REF = T("&'static dyn std::fmt::Debug", "&0u8 as &dyn std::fmt::Debug")
DYN_PTR = T("*const dyn std::fmt::Debug", "&0u8 as &dyn std::fmt::Debug as *const dyn std::fmt::Debug")
SLICE_PTR = T("*const [u32]", "std::ptr::slice_from_raw_parts(std::ptr::null::<u32>(), 0)")
FN_PTR = T("fn(u8) -> u8", "((|x| x) as fn(u8) -> u8)")


def std(rs, val=None, variants=None):
    return T(rs, val, variants=variants, std=True)


# ---------------------------------------------------------------------------------------------
# User-defined ADTs.


class Adt:
    def __init__(self, kind, name, variants, repr=None, params=(), local=False, extra_attrs="",
                 derives=(), impls="", before=""):
        self.kind = kind          # struct | enum | union
        self.name = name
        self.variants = variants  # [(name, discr or None, [(field name, field type or param name)])]
        self.repr = repr or []    # Rust repr items, e.g. ["C", "u8"], ["packed(2)"]
        self.params = params      # [(name, maybe_unsized)]
        self.local = local        # defined inside main()
        self.extra_attrs = extra_attrs
        self.derives = derives    # #[derive(..)]
        self.impls = impls        # Rust items after the definition (impls)
        self.before = before      # Rust items before it
        self.tuple_like = [all(f[0].isdigit() for f in fs) and fs != [] for (_, _, fs) in variants]

    def rust_def(self):
        out = [self.before] if self.before else []
        if self.repr:
            out.append("#[repr(%s)]" % ", ".join(self.repr))
        if self.derives:
            out.append("#[derive(%s)]" % ", ".join(self.derives))
        if self.extra_attrs:
            out.append(self.extra_attrs)
        ps = ""
        if self.params:
            ps = "<" + ", ".join(("%s: ?Sized" % p) if u else p for p, u in self.params) + ">"
        phantom = ""

        def fty(f):
            return f if isinstance(f, str) else f.rs
        if self.kind == "struct":
            (_, _, fs) = self.variants[0]
            if self.tuple_like[0]:
                out.append("struct %s%s(%s);" % (self.name, ps, ", ".join(fty(t) for _, t in fs)))
            elif not fs:
                out.append("struct %s%s {}" % (self.name, ps))
            else:
                out.append("struct %s%s { %s }" % (self.name, ps, ", ".join("%s: %s" % (n, fty(t)) for n, t in fs)))
        elif self.kind == "union":
            (_, _, fs) = self.variants[0]
            out.append("union %s%s { %s }" % (self.name, ps, ", ".join("%s: %s" % (n, fty(t)) for n, t in fs)))
        else:
            vs = []
            for k, (vn, d, fs) in enumerate(self.variants):
                s = vn
                if fs and self.tuple_like[k]:
                    s += "(" + ", ".join(fty(t) for _, t in fs) + ")"
                elif fs:
                    s += " { " + ", ".join("%s: %s" % (n, fty(t)) for n, t in fs) + " }"
                if d is not None:
                    s += " = %d" % d
                vs.append(s)
            out.append("enum %s%s { %s }" % (self.name, ps, ", ".join(vs)))
        del phantom
        if self.impls:
            out.append(self.impls)
        return "\n".join(out)

    def inst(self, *args):
        """The type Name<args>, with values for its variants."""
        env = {p: a for (p, _), a in zip(self.params, args)}

        def sub(t):
            return env[t] if isinstance(t, str) else t
        targs = ("<" + ", ".join(a.rs for a in args) + ">") if args else ""
        rs = self.name + targs
        turbofish = ("::" + targs) if args else ""
        variants = []
        offs = []
        for k, (vn, _, fs) in enumerate(self.variants):
            ftys = [sub(t) for (_, t) in fs]
            for i, (fname, _) in enumerate(fs):
                path = fname if self.kind != "enum" else "%s.%s" % (vn, fname)
                offs.append(("f%d.%d" % (k if self.kind == "enum" else 0, i), path))
            if any(t.val is None for t in ftys):
                continue
            if self.kind == "union":
                continue
            head = self.name + turbofish + ("::" + vn if self.kind == "enum" else "")
            if not fs:
                expr = head if self.kind == "enum" else head + " {}"
            elif self.tuple_like[k]:
                expr = head + "(" + ", ".join(t.val for t in ftys) + ")"
            else:
                expr = head + " { " + ", ".join("%s: %s" % (n, t.val) for (n, _), t in zip(fs, ftys)) + " }"
            variants.append((k, expr))
        val = variants[0][1] if variants else None
        if self.kind == "union":
            (_, _, fs) = self.variants[0]
            f0 = sub(fs[0][1])
            if f0.val is not None:
                val = "%s%s { %s: %s }" % (self.name, turbofish, fs[0][0], f0.val)
        if self.kind != "enum":
            variants = []
        return T(rs, val, variants=variants, offs=offs, adt=self)


ADTS = []


def adt(*a, **k):
    d = Adt(*a, **k)
    ADTS.append(d)
    return d


def struct(name, fields, **k):
    return adt("struct", name, [(name, None, fields)], **k)


def tstruct(name, tys, **k):
    return adt("struct", name, [(name, None, [(str(i), t) for i, t in enumerate(tys)])], **k)


def enum(name, variants, **k):
    vs = []
    for v in variants:
        if isinstance(v, str):
            vs.append((v, None, []))
        else:
            vn, d, tys = v
            fs = tys if (tys and isinstance(tys[0], tuple)) else [(str(i), t) for i, t in enumerate(tys)]
            vs.append((vn, d, fs))
    return adt("enum", name, vs, **k)


def union(name, fields, **k):
    return adt("union", name, [(name, None, fields)], **k)


def std_option(t):
    vs = [(0, "Option::<%s>::None" % t.rs)]
    if t.val is not None:
        vs.append((1, "Some::<%s>(%s)" % (t.rs, t.val)))
    return T("Option<%s>" % t.rs, vs[-1][1], variants=vs, std=True)


def std_result(t, e):
    vs = []
    if t.val is not None:
        vs.append((0, "Result::<%s, %s>::Ok(%s)" % (t.rs, e.rs, t.val)))
    if e.val is not None:
        vs.append((1, "Result::<%s, %s>::Err(%s)" % (t.rs, e.rs, e.val)))
    return T("Result<%s, %s>" % (t.rs, e.rs), vs[0][1] if vs else None, variants=vs, std=True)


def nonzero(n):
    return std("std::num::NonZero<%s>" % n, "std::num::NonZero::<%s>::new(5).unwrap()" % n)


def std_box(t):
    return std("Box<%s>" % t.rs, None if t.val is None else "Box::new(%s)" % t.val)


def std_vec(t):
    return std("Vec<%s>" % t.rs, "Vec::<%s>::new()" % t.rs)


def wrap(name, t, mk, _unused=None):
    """A std wrapper type."""
    return std("%s<%s>" % (name, t.rs), None if t.val is None else mk % t.val)


STRING = std("String", "String::new()")
VOID_ADT = enum("Void", [])
VOID = T("Void", None)
INFALLIBLE = std("std::convert::Infallible", None)

# ---------------------------------------------------------------------------------------------
# The user shapes.

PROBES = []  # T


def probe(t):
    PROBES.append(t)
    return t


def P(adt_, *args):
    return probe(adt_.inst(*args))


def user_types():
    # Structs: field reordering, niches, ZSTs, arrays grouped by pseudo-alignment.
    P(struct("S1", [("a", U8), ("b", U32), ("c", U16)]))
    P(struct("S2", [("a", U32), ("b", BOOL), ("c", U32)]))
    P(struct("S3", [("a", U8), ("b", U64), ("c", U8), ("d", U16), ("e", U32)]))
    P(struct("S4", [("a", arr(U8, 3)), ("b", U32), ("c", U8)]))
    P(struct("S5", [("a", arr(U8, 6)), ("b", U16), ("c", U64)]))
    P(struct("S6", [("a", BOOL), ("b", arr(U8, 16))]))
    P(struct("S7", [("a", U8), ("b", arr(U8, 16))]))
    P(struct("S8", [("a", U16), ("b", CHAR), ("c", BOOL), ("d", U8)]))
    P(struct("S9", [("a", UNIT), ("b", U32), ("c", UNIT), ("d", U8)]))
    P(struct("S10", [("a", ref(U8)), ("b", U8)]))
    P(struct("S11", [("a", U8), ("b", ref(U8))]))
    P(struct("S12", [("a", U128), ("b", U8)]))
    P(struct("S13", [("a", U8), ("b", I128), ("c", U16)]))
    P(struct("S14", [("a", F64), ("b", F32), ("c", U8)]))
    P(struct("S15", [("a", tup(U8, BOOL, U8)), ("b", tup(U8, U8, BOOL)), ("c", U32)]))
    P(struct("S16", [("a", U32), ("b", tup(BOOL, U8)), ("c", U16)]))
    P(struct("S17", []))
    P(tstruct("S18", [U8, U16, U8, U32, U8]))
    P(tstruct("S19", [STR_REF, U8]))
    P(tstruct("S20", [DYN_REF, BOOL]))
    P(tstruct("S21", [SLICE_U16, U32, U8]))
    P(tstruct("S22", [FN_PTR, U8]))
    P(tstruct("S23", [ptr(U8), BOOL, CHAR]))
    P(tstruct("S24", [BOOL, BOOL, U64]))
    P(tstruct("S25", [CHAR, U8, U8, U8, U8]))
    P(tstruct("S26", [U8]))
    P(tstruct("S27", [U16, U8]))
    P(tstruct("S28", [U8, U16, CHAR, BOOL, U64, U8, ref(U32)]))
    # repr(C), packed, align, transparent.
    P(struct("C1", [("a", U8), ("b", U32), ("c", U16)], repr=["C"]))
    P(struct("C2", [("a", U8), ("b", U64), ("c", U8)], repr=["C"]))
    P(struct("C3", [("a", U16), ("b", arr(U8, 3))], repr=["C"]))
    P(tstruct("C4", [U32], repr=["C"]))
    P(tstruct("C5", [U32, U32], repr=["C"]))
    P(struct("C6", [("a", BOOL), ("b", U8)], repr=["C"]))
    P(struct("K1", [("a", U8), ("b", U32), ("c", U16)], repr=["packed"]))
    P(struct("K2", [("a", U8), ("b", U64), ("c", U16)], repr=["packed(2)"]))
    P(struct("K3", [("a", U8), ("b", U64)], repr=["C", "packed(4)"]))
    P(struct("K4", [("a", U8), ("b", BOOL), ("c", U32)], repr=["packed"]))
    P(struct("K5", [("a", U64), ("b", U8)], repr=["packed(16)"]))
    P(struct("A1", [("a", U8)], repr=["align(16)"]))
    P(struct("A2", [("a", U8), ("b", U32)], repr=["C", "align(8)"]))
    P(struct("A3", [("a", U64), ("b", U8)], repr=["align(4)"]))
    P(struct("A4", [], repr=["align(32)"]))
    P(tstruct("A5", [BOOL], repr=["align(2)"]))
    P(struct("Tr1", [("a", U64)], repr=["transparent"]))
    P(tstruct("Tr2", [ref(U8), UNIT], repr=["transparent"]))
    P(tstruct("Tr3", [CHAR], repr=["transparent"]))
    P(tstruct("Tr4", [tup(U32, U8)], repr=["transparent"]))
    # Generic structs, instantiated several ways; an unsizable tail stays last.
    g1 = struct("G1", [("a", U8), ("t", "T"), ("b", U16)], params=[("T", False)])
    for t in [U8, U32, U64, BOOL, CHAR, ref(U8), tup(U8, U8), arr(U16, 3), UNIT, U128, STR_REF]:
        P(g1, t)
    g2 = struct("G2", [("a", U8), ("b", U32), ("t", "T")], params=[("T", True)])
    for t in [U8, U64, BOOL, tup(U16, U8), arr(U8, 5), UNIT]:
        P(g2, t)
    g3 = struct("G3", [("t", "T"), ("u", "U")], params=[("T", False), ("U", False)])
    for a, b in [(U8, U64), (U64, U8), (BOOL, U32), (ref(U8), BOOL), (CHAR, U16), (UNIT, U8)]:
        P(g3, a, b)
    # Unions.
    P(union("Un1", [("a", U32), ("b", F32)]))
    P(union("Un2", [("a", U8), ("b", U64)]))
    P(union("Un3", [("a", U32), ("b", U32)]))
    P(union("Un4", [("a", U32), ("b", UNIT)], repr=["C"]))
    P(union("Un5", [("a", U8), ("b", U64)], repr=["packed"]))
    P(union("Un6", [("a", U8)], repr=["align(8)"]))
    P(union("Un7", [("a", tup(U32, U32)), ("b", U64)]))
    P(union("Un8", [("a", BOOL), ("b", U8)]))
    P(union("Un9", [("a", ref(U8)), ("b", USIZE)]))
    P(union("Un10", [("a", arr(U8, 3)), ("b", U16)]))
    # C-like enums: implicit, explicit, negative and large discriminants, int reprs.
    P(enum("E1", ["A", "B", "C"]))
    P(enum("E2", [("A", 10, []), ("B", 20, [])]))
    P(enum("E3", [("A", -1, []), ("B", 0, []), ("C", 1, [])]))
    P(enum("E4", [("A", 0, []), ("B", 256, [])]))
    P(enum("E5", [("A", -129, []), ("B", 0, [])]))
    P(enum("E6", [("A", 0x10000, []), ("B", 0, [])]))
    P(enum("E7", [("A", 255, []), ("B", 0, [])]))
    P(enum("E8", [("A", -128, []), ("B", 127, [])]))
    P(enum("E9", ["A", "B"], repr=["u32"]))
    P(enum("E10", [("A", -300, []), ("B", 300, [])], repr=["i16"]))
    P(enum("E11", ["A", "B", "C"], repr=["C"]))
    P(enum("E12", [("A", -5, []), ("B", 5, [])], repr=["C"]))
    P(enum("E13", ["A"], repr=["u64"]))
    P(enum("E14", ["A"]))
    P(enum("E15", [("A", 0x1_0000_0000, []), ("B", 1, [])]))
    P(enum("E16", ["A", "B"], repr=["isize"]))
    P(enum("E17", ["A", "B"], repr=["u8"]))
    P(enum("E18", [("A", 3, []), "B", ("C", 1, []), "D"]))
    e19 = enum("E19", ["V%d" % i for i in range(300)])
    P(e19)
    P(enum("E20", ["A", "B"], repr=["i128"]))
    P(enum("E21", [("A", 0xffff, []), ("B", 0, [])], repr=["u16"]))
    # Data enums: niche filling, tagged, the choice between them.
    P(enum("D1", ["N", ("S", None, [BOOL])]))
    P(enum("D2", ["N", ("S", None, [ref(U8)])]))
    P(enum("D3", ["A", "B", "C", ("D", None, [BOOL])]))
    P(enum("D4", [("A", None, [U32, BOOL]), ("B", None, [U8])]))
    P(enum("D5", [("A", None, [BOOL, U32]), ("B", None, [U16]), "C"]))
    P(enum("D6", [("A", None, [U32]), ("B", None, [U64])]))
    P(enum("D7", [("A", None, [U32]), ("B", None, [I32])]))
    P(enum("D8", [("A", None, [U64]), ("B", None, [ptr(U8)])]))
    P(enum("D9", [("A", None, [CHAR]), "B", "C", "D", "E"]))
    P(enum("D10", [("A", None, [U8]), ("B", None, [U16]), ("C", None, [U32]), ("D", None, [U64])]))
    P(enum("D11", [("A", None, [tup(U8, BOOL, U16)]), ("B", None, [U8])]))
    P(enum("D12", [("A", None, [ref(U8), ref(U8)]), "B"]))
    P(enum("D13", [("A", None, [STR_REF]), "B", ("C", None, [U8])]))
    P(enum("D14", [("A", None, [BOOL]), ("B", None, [BOOL])]))
    P(enum("D15", [("A", None, [arr(U8, 8), BOOL]), ("B", None, [U32])]))
    P(enum("D16", [("A", None, [U16, BOOL, U8]), ("B", None, [U8, U8])]))
    P(enum("D17", [("A", None, [U8, CHAR]), ("B", None, [U16]), ("C", None, [U8])]))
    P(enum("D18", [("A", None, [e19.inst()]), "B"]))
    P(enum("D19", [("A", None, [U128]), "B"]))
    P(enum("D20", [("A", None, [F64]), ("B", None, [U64])]))
    P(enum("D21", [("A", None, [UNIT]), ("B", None, [U8]), "C"]))
    P(enum("D22", [("A", None, [DYN_REF]), "B"]))
    P(enum("D23", [("A", None, [FN_PTR]), "B"]))
    P(enum("D24", [("A", None, [BOOL, BOOL, BOOL]), "B", "C"]))
    P(enum("D25", [("A", None, [U32]), ("B", None, [tup(U8, U8)])]))
    P(enum("D26", [("A", None, [U64, BOOL]), ("B", None, [U32, U16]), ("C", None, [U8])]))
    P(enum("D27", [("A", None, [ref(U8)]), ("B", None, [U8]), ("C", None, [U16]), "D"]))
    # Uninhabited variants, single-variant and empty enums.
    P(VOID_ADT)
    P(enum("U1", [("A", None, [U32]), ("B", None, [VOID])]))
    P(enum("U2", [("A", None, [U32]), ("B", None, [VOID, U8])]))
    P(enum("U3", [("A", None, [VOID]), ("B", None, [VOID])]))
    P(enum("U4", [("A", None, [VOID]), "B", ("C", None, [BOOL])]))
    P(enum("U5", [("A", None, [U16, VOID]), ("B", None, [U8]), "C"]))
    P(enum("U6", ["A", ("B", None, [VOID])], repr=["u8"]))
    P(enum("O1", [("A", None, [U32, U8])]))
    P(enum("O2", [("A", None, [BOOL])]))
    P(enum("O3", [("A", None, [ref(U8)]), ("B", None, [VOID])]))
    # Enum reprs with data.
    P(enum("R1", [("A", None, [U32]), ("B", None, [U8]), "C"], repr=["u8"]))
    P(enum("R2", [("A", None, [U32]), ("B", None, [U8]), "C"], repr=["C"]))
    P(enum("R3", [("A", None, [U32]), ("B", None, [U8]), "C"], repr=["C", "u8"]))
    P(enum("R4", [("A", None, [U64]), ("B", None, [U8])], repr=["C", "u16"]))
    P(enum("R5", [("A", None, [ref(U8)]), "B"], repr=["u8"]))
    P(enum("R6", [("A", None, [ref(U8)]), "B"], repr=["C"]))
    P(enum("R7", [("A", -1, [U16]), ("B", 7, [])], repr=["i32"]))
    P(enum("R8", [("A", None, [U8, U32]), "B"], repr=["align(16)"]))
    P(enum("R9", [("A", None, [U128]), ("B", None, [U8])], repr=["C"]))
    # Struct-like variants.
    P(enum("V1", [("A", None, [("x", U8), ("y", U32)]), ("B", None, [("z", U16)])]))
    # Generic enums.
    ge = enum("GE", [("A", None, ["T"]), ("B", None, ["U"]), "C"], params=[("T", False), ("U", False)])
    for a, b in [(U8, U8), (BOOL, U32), (ref(U8), UNIT), (U64, BOOL), (CHAR, CHAR), (UNIT, UNIT),
                 (VOID, U8), (tup(U32, BOOL), U16)]:
        P(ge, a, b)
    om = enum("MyOpt", ["N", ("S", None, ["T"])], params=[("T", False)])
    for a in [U8, BOOL, CHAR, ref(U32), UNIT, VOID, tup(BOOL, BOOL), U64, F32, FN_PTR, STR_REF, SLICE_PTR]:
        P(om, a)
    # Nesting of user types.
    s2 = ADTS_BY_NAME("S2")
    d4 = ADTS_BY_NAME("D4")
    P(om, om.inst(BOOL))
    P(om, om.inst(om.inst(BOOL)))
    P(om, s2.inst())
    P(om, d4.inst())
    P(ge, d4.inst(), ADTS_BY_NAME("E1").inst())
    # Types defined inside a fn.
    P(struct("L1", [("a", U8), ("b", U32)], local=True))
    P(enum("L2", [("A", None, [BOOL]), "B", "C"], local=True))
    P(enum("L3", [("A", -2, []), ("B", 2, [])], local=True, repr=["i8"]))
    P(struct("L4", [("a", U8), ("b", U64), ("c", U16)], local=True, repr=["C"]))
    l5 = enum("L5", [("A", 3, [U32]), ("B", 7, []), ("C", 200, [U16, U8])], local=True, repr=["u8"])
    P(l5)
    probe(std_option(l5.inst()))
    l6 = enum("L6", [("A", 10, []), ("B", 20, []), ("C", 30, [])], local=True, repr=["u8"])
    P(l6)
    probe(std_option(l6.inst()))
    guard = struct("Guard", [("n", U32), ("armed", BOOL), ("tag", U8)], local=True,
                   impls="impl Drop for Guard { fn drop(&mut self) { self.armed = false; } }")
    P(guard)
    probe(std_option(guard.inst()))
    probe(tup(guard.inst(), U8))
    derived = struct("L7", [("a", U16), ("b", CHAR), ("c", U8)], local=True,
                     derives=["Clone", "Debug", "PartialEq"])
    P(derived)
    probe(std_option(derived.inst()))
    P(enum("L8", [("A", None, [U8, U32]), ("B", None, [CHAR]), "C"], local=True,
           derives=["Clone", "Copy", "Debug", "PartialEq", "Eq", "Hash", "PartialOrd", "Ord"]))
    # A local trait with an associated type, implemented locally, used through a generic struct:
    # the field type `<T as LocalTr>::Out` needs the local impls to normalize. (The trait comes
    # first: Mirage's HIR loader cannot resolve a local item declared after its use yet.)
    holder = struct("Holder", [("out", T("<T as LocalTr>::Out")), ("t", T("T")), ("k", U8)],
                    params=[("T: LocalTr", False)], local=True,
                    before="trait LocalTr { type Out; }",
                    impls="impl LocalTr for u8 { type Out = u64; }\n"
                          "impl LocalTr for bool { type Out = (bool, u16); }\n"
                          "impl LocalTr for L1 { type Out = Option<&'static L1>; }")
    P(holder, U8)
    P(holder, BOOL)
    P(holder, ADTS_BY_NAME("L1").inst())
    probe(std_option(holder.inst(BOOL)))
    # Tuples, arrays, pointers.
    for ts in [(U8, U32), (U32, U8), (U8, U16, U8), (BOOL, U64, U8), (UNIT, U8), (CHAR, BOOL),
               (U8, U8, U8), (U16, U64, U16, U8), (ref(U8), U8), (U8, ref(U8)), (F64, U8), (U128, BOOL),
               (STR_REF, BOOL), (U8, STR_REF), (I8, U16), (U8, arr(U8, 3), U16)]:
        probe(tup(*ts))
    for t in [arr(U8, 7), arr(U32, 3), arr(BOOL, 2), arr(tup(U8, U16), 3), arr(U8, 0), arr(CHAR, 1),
              arr(ref(U8), 2), ref(U8), mref(U64), ptr(U8), SLICE_U16, SLICE_BOOL, STR_REF, DYN_REF,
              DYN_PTR, SLICE_PTR, FN_PTR, UNIT, BOOL, CHAR, F32, F64] + INTS:
        probe(t)


def ADTS_BY_NAME(n):
    for a in ADTS:
        if a.name == n:
            return a
    raise KeyError(n)


def std_types():
    elems = [U8, U16, U32, U64, U128, I32, BOOL, CHAR, UNIT, F64, ref(U8), STR_REF, SLICE_U16, DYN_REF,
             tup(U8, BOOL), tup(U32, U8), arr(U8, 3), FN_PTR, ptr(U8), USIZE]
    for t in elems:
        probe(std_option(t))
    for t in [U8, BOOL, U32, UNIT, STR_REF, ref(U32), tup(U8, U16), CHAR, U64]:
        probe(std_result(t, UNIT))
        probe(std_result(t, U8))
    probe(std_result(U8, BOOL))
    probe(std_result(BOOL, BOOL))
    probe(std_result(U32, U64))
    probe(std_result(UNIT, UNIT))
    probe(std_result(ref(U8), ref(U16)))
    probe(std_result(U8, INFALLIBLE))
    probe(std_result(INFALLIBLE, U32))
    probe(std_option(std_option(BOOL)))
    probe(std_option(std_option(std_option(BOOL))))
    probe(std_option(std_option(U8)))
    probe(std_option(std_option(ref(U8))))
    probe(std_option(std_option(CHAR)))
    probe(std_option(std_result(BOOL, UNIT)))
    probe(std_option(tup(BOOL, BOOL)))
    probe(std_option(INFALLIBLE))
    for n in ["u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize"]:
        probe(nonzero(n))
        probe(std_option(nonzero(n)))
    probe(std_option(std_option(nonzero("u32"))))
    probe(std_result(nonzero("u8"), UNIT))
    for t in [U8, U32, U64, BOOL, UNIT, STRING, std_vec(U8), SLICE_U16]:
        probe(std_box(t))
        probe(std_option(std_box(t)))
    probe(std("Box<str>", 'Box::<str>::from("ab")'))
    probe(std("Box<[u32]>", "Box::<[u32]>::from(&[1u32][..])"))
    probe(std("Box<dyn std::fmt::Debug>", "Box::new(1u8) as Box<dyn std::fmt::Debug>"))
    probe(std("Option<Box<dyn std::fmt::Debug>>", "Some(Box::new(1u8) as Box<dyn std::fmt::Debug>)"))
    probe(std("Box<dyn Fn() -> u8>", "Box::new(|| 1u8) as Box<dyn Fn() -> u8>"))
    for t in [U8, U32, BOOL, STRING, U128, tup(U8, U16), UNIT]:
        probe(std_vec(t))
        probe(std_option(std_vec(t)))
    probe(STRING)
    probe(std_option(STRING))
    probe(std_result(STRING, UNIT))
    probe(std("Result<String, std::io::Error>", 'Ok::<String, std::io::Error>(String::new())',
              variants=[(0, 'Result::<String, std::io::Error>::Ok(String::new())'),
                        (1, 'Result::<String, std::io::Error>::Err(std::io::Error::other("x"))')]))
    probe(std("std::io::Error", 'std::io::Error::other("x")'))
    probe(std("Result<(), std::io::Error>", "Ok::<(), std::io::Error>(())",
              variants=[(0, "Result::<(), std::io::Error>::Ok(())"),
                        (1, 'Result::<(), std::io::Error>::Err(std::io::Error::other("x"))')]))
    probe(std("Result<usize, std::io::Error>", "Ok::<usize, std::io::Error>(3)",
              variants=[(0, "Result::<usize, std::io::Error>::Ok(3)"),
                        (1, "Result::<usize, std::io::Error>::Err(std::io::ErrorKind::NotFound.into())")]))
    probe(std("std::io::ErrorKind", "std::io::ErrorKind::NotFound"))
    for t in [U8, U32, BOOL, STRING, ref(U8), CHAR]:
        probe(wrap("std::cell::Cell", t, "std::cell::Cell::new(%s)", "Cell"))
        probe(std_option(wrap("std::cell::Cell", t, "std::cell::Cell::new(%s)", "Cell")))
        probe(wrap("std::cell::UnsafeCell", t, "std::cell::UnsafeCell::new(%s)", "UnsafeCell"))
        probe(wrap("std::cell::RefCell", t, "std::cell::RefCell::new(%s)"))
        probe(wrap("std::rc::Rc", t, "std::rc::Rc::new(%s)"))
        probe(wrap("std::sync::Arc", t, "std::sync::Arc::new(%s)"))
        probe(std_option(wrap("std::rc::Rc", t, "std::rc::Rc::new(%s)")))
        probe(wrap("std::mem::ManuallyDrop", t, "std::mem::ManuallyDrop::new(%s)", "ManuallyDrop"))
        probe(std_option(wrap("std::mem::ManuallyDrop", t, "std::mem::ManuallyDrop::new(%s)", "ManuallyDrop")))
        probe(wrap("std::mem::MaybeUninit", t, "std::mem::MaybeUninit::new(%s)", "MaybeUninit"))
        probe(std_option(wrap("std::mem::MaybeUninit", t, "std::mem::MaybeUninit::new(%s)", "MaybeUninit")))
        probe(wrap("std::ptr::NonNull", t, "std::ptr::NonNull::from(&*Box::leak(Box::new(%s)))", "NonNull"))
        probe(std_option(wrap("std::ptr::NonNull", t, "std::ptr::NonNull::from(&*Box::leak(Box::new(%s)))",
                              "NonNull")))
        probe(wrap("std::marker::PhantomData", t, "{ let _ = %s; std::marker::PhantomData }", "PhantomData"))
        probe(wrap("std::sync::Mutex", t, "std::sync::Mutex::new(%s)"))
        probe(wrap("std::sync::RwLock", t, "std::sync::RwLock::new(%s)"))
    probe(std("std::rc::Rc<str>", 'std::rc::Rc::<str>::from("ab")'))
    probe(std("std::sync::Arc<[u8]>", "std::sync::Arc::<[u8]>::from(&[1u8][..])"))
    probe(std("std::rc::Weak<u32>", "std::rc::Weak::<u32>::new()"))
    probe(std("std::ptr::NonNull<[u8]>", "std::ptr::NonNull::<[u8]>::from(&[1u8][..])"))
    probe(std("std::ptr::NonNull<dyn std::fmt::Debug>",
              "std::ptr::NonNull::<dyn std::fmt::Debug>::from(&1u8 as &dyn std::fmt::Debug)"))
    probe(std("std::cell::Cell<[u8; 3]>", "std::cell::Cell::new([1u8; 3])"))
    probe(std("Option<std::cell::UnsafeCell<bool>>", "Some(std::cell::UnsafeCell::new(true))",
              variants=[(0, "Option::<std::cell::UnsafeCell<bool>>::None"),
                        (1, "Some(std::cell::UnsafeCell::new(true))")]))
    for k, v in [(U32, U32), (STRING, U8), (U8, STRING), (U64, UNIT)]:
        probe(std("std::collections::HashMap<%s, %s>" % (k.rs, v.rs),
                  "std::collections::HashMap::<%s, %s>::new()" % (k.rs, v.rs)))
        probe(std("std::collections::BTreeMap<%s, %s>" % (k.rs, v.rs),
                  "std::collections::BTreeMap::<%s, %s>::new()" % (k.rs, v.rs)))
    for t in [U8, U32, STRING]:
        probe(std("std::collections::HashSet<%s>" % t.rs, "std::collections::HashSet::<%s>::new()" % t.rs))
        probe(std("std::collections::BTreeSet<%s>" % t.rs, "std::collections::BTreeSet::<%s>::new()" % t.rs))
        probe(std("std::collections::VecDeque<%s>" % t.rs, "std::collections::VecDeque::<%s>::new()" % t.rs))
        probe(std("std::collections::LinkedList<%s>" % t.rs,
                  "std::collections::LinkedList::<%s>::new()" % t.rs))
        probe(std("std::collections::BinaryHeap<%s>" % t.rs,
                  "std::collections::BinaryHeap::<%s>::new()" % t.rs))
        probe(std("std::vec::IntoIter<%s>" % t.rs, "Vec::<%s>::new().into_iter()" % t.rs))
    probe(std("std::time::Duration", "std::time::Duration::from_millis(1500)"))
    probe(std("Option<std::time::Duration>", "Some(std::time::Duration::from_millis(1500))",
              variants=[(0, "Option::<std::time::Duration>::None"),
                        (1, "Some(std::time::Duration::from_millis(1500))")]))
    probe(std("Option<Option<std::time::Duration>>", "Some(Some(std::time::Duration::from_millis(5)))",
              variants=[(0, "Option::<Option<std::time::Duration>>::None"),
                        (1, "Some(Option::<std::time::Duration>::None)")]))
    probe(std("std::time::Instant", "std::time::Instant::now()"))
    probe(std("std::time::SystemTime", "std::time::SystemTime::now()"))
    probe(std("std::fmt::Arguments<'static>"))
    probe(std("std::fmt::Error", "std::fmt::Error"))
    probe(std("std::cmp::Ordering", "std::cmp::Ordering::Less",
              variants=[(0, "std::cmp::Ordering::Less"), (1, "std::cmp::Ordering::Equal"),
                        (2, "std::cmp::Ordering::Greater")]))
    probe(std("Option<std::cmp::Ordering>", "Some(std::cmp::Ordering::Less)",
              variants=[(0, "Option::<std::cmp::Ordering>::None"), (1, "Some(std::cmp::Ordering::Less)")]))
    probe(std("std::ops::Range<usize>", "0..3usize"))
    probe(std("std::ops::RangeInclusive<u8>", "0..=3u8"))
    probe(std("std::ops::Bound<u32>", "std::ops::Bound::Included(3u32)",
              variants=[(0, "std::ops::Bound::Included(3u32)"), (1, "std::ops::Bound::Excluded(3u32)"),
                        (2, "std::ops::Bound::<u32>::Unbounded")]))
    probe(std("std::ops::ControlFlow<u8, bool>", "std::ops::ControlFlow::<u8, bool>::Continue(true)",
              variants=[(0, "std::ops::ControlFlow::<u8, bool>::Continue(true)"),
                        (1, "std::ops::ControlFlow::<u8, bool>::Break(1)")]))
    probe(std("std::borrow::Cow<'static, str>", 'std::borrow::Cow::Borrowed("ab")',
              variants=[(0, 'std::borrow::Cow::<str>::Borrowed("ab")'),
                        (1, 'std::borrow::Cow::<str>::Owned(String::new())')]))
    probe(std("std::borrow::Cow<'static, [u8]>", "std::borrow::Cow::Borrowed(&[1u8][..])"))
    probe(std("std::path::PathBuf", "std::path::PathBuf::new()"))
    probe(std("std::ffi::OsString", "std::ffi::OsString::new()"))
    probe(std("std::ffi::CString", 'std::ffi::CString::new("a").unwrap()'))
    probe(std("&'static std::path::Path", 'std::path::Path::new("a")'))
    probe(std("&'static std::ffi::CStr", 'std::ffi::CStr::from_bytes_with_nul(b"a\\0").unwrap()'))
    probe(std("std::thread::JoinHandle<()>"))
    probe(std("std::thread::Thread", "std::thread::current()"))
    probe(std("std::thread::ThreadId", "std::thread::current().id()"))
    probe(std("std::sync::mpsc::Sender<u8>", "std::sync::mpsc::channel::<u8>().0"))
    probe(std("std::sync::mpsc::Receiver<u8>", "std::sync::mpsc::channel::<u8>().1"))
    probe(std("std::sync::atomic::AtomicUsize", "std::sync::atomic::AtomicUsize::new(1)"))
    probe(std("std::sync::atomic::AtomicBool", "std::sync::atomic::AtomicBool::new(true)"))
    probe(std("std::sync::atomic::AtomicU64", "std::sync::atomic::AtomicU64::new(1)"))
    probe(std("std::sync::atomic::AtomicPtr<u8>", "std::sync::atomic::AtomicPtr::new(std::ptr::null_mut())"))
    probe(std("std::sync::Once", "std::sync::Once::new()"))
    probe(std("std::sync::OnceLock<String>", "std::sync::OnceLock::new()"))
    probe(std("std::cell::OnceCell<u32>", "std::cell::OnceCell::new()"))
    probe(std("std::sync::Condvar", "std::sync::Condvar::new()"))
    probe(std("std::fs::File"))
    probe(std("std::io::Stdout", "std::io::stdout()"))
    probe(std("std::net::Ipv4Addr", "std::net::Ipv4Addr::LOCALHOST"))
    probe(std("std::net::IpAddr", "std::net::IpAddr::V4(std::net::Ipv4Addr::LOCALHOST)",
              variants=[(0, "std::net::IpAddr::V4(std::net::Ipv4Addr::LOCALHOST)"),
                        (1, "std::net::IpAddr::V6(std::net::Ipv6Addr::LOCALHOST)")]))
    probe(std("std::net::SocketAddr", '"127.0.0.1:80".parse::<std::net::SocketAddr>().unwrap()'))
    probe(std("std::string::FromUtf8Error", "String::from_utf8(vec![255u8]).unwrap_err()"))
    probe(std("std::num::ParseIntError", '"x".parse::<u8>().unwrap_err()'))
    probe(std("std::num::IntErrorKind", "std::num::IntErrorKind::Empty"))
    probe(std("std::alloc::Layout", "std::alloc::Layout::new::<u64>()"))
    probe(std("std::any::TypeId", "std::any::TypeId::of::<u8>()"))
    probe(std("std::char::ToUppercase", "'a'.to_uppercase()"))
    probe(std("std::str::Chars<'static>", '"ab".chars()'))
    probe(std("std::slice::Iter<'static, u32>", "[1u32][..].iter()"))
    probe(std("std::iter::Peekable<std::str::Chars<'static>>", '"ab".chars().peekable()'))
    probe(std("std::ops::RangeFrom<i64>", "3i64.."))
    probe(std("std::num::Wrapping<u16>", "std::num::Wrapping(3u16)"))
    probe(std("std::num::FpCategory", "std::num::FpCategory::Nan"))
    probe(std("std::panic::Location<'static>"))
    probe(std("std::process::ExitCode", "std::process::ExitCode::SUCCESS"))
    probe(std("std::env::Args", "std::env::args()"))
    probe(std("std::os::fd::OwnedFd"))
    probe(std("Option<std::os::fd::OwnedFd>", "Option::<std::os::fd::OwnedFd>::None",
              variants=[(0, "Option::<std::os::fd::OwnedFd>::None")]))
    probe(std("std::os::fd::BorrowedFd<'static>", "unsafe { std::os::fd::BorrowedFd::borrow_raw(1) }"))
    probe(std("Option<std::os::fd::BorrowedFd<'static>>", "None::<std::os::fd::BorrowedFd<'static>>",
              variants=[(0, "None::<std::os::fd::BorrowedFd<'static>>"),
                        (1, "Some(unsafe { std::os::fd::BorrowedFd::borrow_raw(1) })")]))
    probe(std("std::pin::Pin<Box<u8>>", "Box::pin(1u8)"))
    probe(std("Option<std::pin::Pin<Box<u8>>>", "Some(Box::pin(1u8))",
              variants=[(0, "Option::<std::pin::Pin<Box<u8>>>::None"), (1, "Some(Box::pin(1u8))")]))
    probe(std("std::task::Poll<u8>", "std::task::Poll::Ready(1u8)",
              variants=[(0, "std::task::Poll::Ready(1u8)"), (1, "std::task::Poll::<u8>::Pending")]))
    probe(std("std::task::Poll<Option<bool>>", "std::task::Poll::Ready(Some(true))",
              variants=[(0, "std::task::Poll::Ready(Some(true))"), (1, "std::task::Poll::<Option<bool>>::Pending")]))
    probe(std("Option<&'static dyn Fn()>", "None::<&'static dyn Fn()>",
              variants=[(0, "None::<&'static dyn Fn()>")]))
    probe(std("Option<fn()>", "None::<fn()>", variants=[(0, "None::<fn()>")]))
    probe(std("Option<char>", "Some('x')", variants=[(0, "None::<char>"), (1, "Some('x')")]))
    probe(std("std::num::NonZero<u32>", "std::num::NonZero::<u32>::new(5).unwrap()"))


# ---------------------------------------------------------------------------------------------


def rust_source():
    out = ["// Generated by tests/layout/gen_probe.py: the layout oracle's probe.",
           "#![allow(dead_code, unused_variables, unused_imports, non_camel_case_types)]",
           "#![allow(unpredictable_function_pointer_comparisons, invalid_value, unused_unsafe)]",
           "#![allow(overflowing_literals, forgetting_copy_types, unused_mut)]",
           "#![feature(offset_of_enum)]",
           "use std::mem::{align_of, offset_of, size_of};",
           "",
           "fn dump<T>(v: &T) -> String {",
           "    let p = v as *const T as *const u8;",
           "    let mut s = String::new();",
           "    for i in 0..size_of::<T>() {",
           "        // Volatile: padding bytes are uninitialized; only tag bytes are compared.",
           "        s += &format!(\"{:02x}\", unsafe { std::ptr::read_volatile(p.add(i)) });",
           "    }",
           "    s",
           "}",
           ""]
    locals = [a for a in ADTS if a.local]
    for a in ADTS:
        if not a.local:
            out.append(a.rust_def())
    out.append("")
    out.append("fn main() {")
    for a in locals:
        out.append("    " + a.rust_def().replace("\n", "\n    "))
    for i, t in enumerate(PROBES):
        tid = "t%d" % i
        out.append("    {")
        out.append("        type %s = %s;" % (tid.upper(), t.rs))
        out.append("        struct W%d(%s);" % (i, tid.upper()))
        out.append("        const _: usize = size_of::<W%d>();" % i)
        out.append("        fn probe_t%d(_: %s) {}" % (i, tid.upper()))
        out.append('        let mut s = format!("%s size={} align={}", size_of::<%s>(), align_of::<%s>());'
                   % (tid, tid.upper(), tid.upper()))
        for (label, path) in t.offs:
            out.append('        s += &format!(" %s={}", offset_of!(%s, %s));' % (label, tid.upper(), path))
        for (k, expr) in t.variants:
            out.append("        { let v: %s = %s; s += &format!(\" b%d={}\", dump(&v)); std::mem::forget(v); }"
                       % (tid.upper(), expr, k))
        if not t.variants and t.val is not None:
            out.append("        { let v: %s = %s; std::mem::forget(v); }" % (tid.upper(), t.val))
        out.append('        println!("{s}");')
        out.append("    }")
    out.append("}")
    return "\n".join(out) + "\n"


def main():
    out_dir = sys.argv[1]
    user_types()
    std_types()
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "probe.rs"), "w") as f:
        f.write(rust_source())
    with open(os.path.join(out_dir, "probe.types"), "w") as f:
        for i, t in enumerate(PROBES):
            f.write("t%d %s %s\n" % (i, "std" if t.std else "user", t.rs))
    # Field names of user ADTs, for matching -Zprint-type-sizes' entries (by rustc's type name).
    with open(os.path.join(out_dir, "probe.fields"), "w") as f:
        for i, t in enumerate(PROBES):
            if t.adt is None:
                continue
            name = t.rs.replace("&'static ", "&")
            if t.adt.local:
                name = "main::" + name
            f.write("t%d name %s\n" % (i, name))
            for k, (vn, _, fs) in enumerate(t.adt.variants):
                for j, (fname, _) in enumerate(fs):
                    f.write("t%d field %d.%d %s %s\n" % (i, k if t.adt.kind == "enum" else 0, j, vn, fname))
    n_std = sum(1 for t in PROBES if t.std)
    print("probe: %d types (%d std, %d user)" % (len(PROBES), n_std, len(PROBES) - n_std))


if __name__ == "__main__":
    main()
