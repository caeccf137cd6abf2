// Writes bodies back in rustc's MIR text format (the inverse of parser.cpp), so that
// parse -> print -> parse can be checked over the whole sysroot, and so that a body can be shown
// to a developer the way rustc shows it.
#include "mir/printer.h"

#include <cstdio>

namespace mirage::mir {

namespace {

const char* const kBinOpNames[] = {
    "Add", "AddUnchecked", "AddWithOverflow", "Sub", "SubUnchecked", "SubWithOverflow",
    "Mul", "MulUnchecked", "MulWithOverflow", "Div", "Rem", "BitXor", "BitAnd", "BitOr",
    "Shl", "ShlUnchecked", "Shr", "ShrUnchecked", "Eq", "Lt", "Le", "Ne", "Ge", "Gt", "Cmp",
    "Offset"};
const char* const kUnOpNames[] = {"Not", "Neg", "PtrMetadata"};

class Printer {
  public:
    Printer(const Interner& in, const Body& b, std::string& out) : m_in(in), m_b(b), m_out(out) {}

    void body();

  private:
    void str(std::string_view s) { m_out.append(s); }
    void sym(Sym s) { m_out.append(m_in.str(s)); }
    void num(uint64_t v) { m_out.append(std::to_string(v)); }
    void num128(u128 v) {
        char buf[48];
        int i = 47;
        buf[i] = 0;
        do {
            buf[--i] = static_cast<char>('0' + static_cast<int>(v % 10));
            v /= 10;
        } while (v);
        m_out.append(buf + i);
    }
    void span(const Span& s) {
        if (s.file == 0) {
            str("no-location");
            return;
        }
        sym(s.file);
        m_out += ':';
        num(s.lo_line);
        m_out += ':';
        num(s.lo_col);
        str(": ");
        num(s.hi_line);
        m_out += ':';
        num(s.hi_col);
    }
    // Pads the line to rustc's comment column (ALIGN = 40 in pretty.rs) before a comment.
    void pad_to_comment(size_t line_start) {
        size_t len = m_out.size() - line_start;
        if (len < 40) m_out.append(40 - len, ' ');
        str(" // ");
    }
    void ty(TyId t) { print_type(m_in, t, m_out); }
    void place(const Place& p);
    void operand(const Operand& o);
    void constant(uint32_t c);
    void rvalue(const Rvalue& rv);
    void statement(const Statement& st);
    void terminator(const Terminator& t);
    void notes(Range r);
    void scope(uint32_t index, int depth);
    void operands(Range r, const char* open, const char* close, bool one_comma = false);
    void allocation(const Allocation& a);

    const Interner& m_in;
    const Body& m_b;
    std::string& m_out;
};

void Printer::place(const Place& p) {
    for (uint32_t i = p.proj.count; i-- > 0;) {
        const Projection& pr = m_b.projections[p.proj.begin + i];
        switch (pr.kind) {
        case ProjKind::Deref: str("(*"); break;
        case ProjKind::Field:
        case ProjKind::Downcast:
        case ProjKind::OpaqueCast: str("("); break;
        case ProjKind::UnwrapUnsafeBinder: str("unwrap_binder!("); break;
        default: break;
        }
    }
    m_out += '_';
    num(p.local);
    for (uint32_t i = 0; i < p.proj.count; ++i) {
        const Projection& pr = m_b.projections[p.proj.begin + i];
        switch (pr.kind) {
        case ProjKind::Deref: str(")"); break;
        case ProjKind::Field:
            m_out += '.';
            num(pr.a);
            str(": ");
            ty(pr.ty);
            str(")");
            break;
        case ProjKind::Downcast:
            str(" as ");
            if (pr.sym) sym(pr.sym);
            else {
                str("variant#");
                num(pr.a);
            }
            str(")");
            break;
        case ProjKind::OpaqueCast:
            str(" as ");
            ty(pr.ty);
            str(")");
            break;
        case ProjKind::UnwrapUnsafeBinder:
            str("; ");
            ty(pr.ty);
            str(")");
            break;
        case ProjKind::Index:
            str("[_");
            num(pr.a);
            str("]");
            break;
        case ProjKind::ConstantIndex:
            str(pr.from_end ? "[-" : "[");
            num(pr.a);
            str(" of ");
            num(pr.b);
            str("]");
            break;
        case ProjKind::Subslice:
            if (!pr.from_end) {
                m_out += '[';
                num(pr.a);
                str("..");
                num(pr.b);
                m_out += ']';
            } else if (pr.b == 0) {
                m_out += '[';
                num(pr.a);
                str(":]");
            } else if (pr.a == 0) {
                str("[:-");
                num(pr.b);
                m_out += ']';
            } else {
                m_out += '[';
                num(pr.a);
                str(":-");
                num(pr.b);
                m_out += ']';
            }
            break;
        }
    }
}

void Printer::constant(uint32_t index) {
    const ConstNode& c = m_b.consts[index];
    auto children = [&](const char* open, const char* close, bool one_comma) {
        str(open);
        for (uint32_t i = 0; i < c.children.count; ++i) {
            if (i) str(", ");
            constant(m_b.const_children[c.children.begin + i]);
        }
        if (one_comma && c.children.count == 1) str(",");
        str(close);
    };
    switch (c.kind) {
    case ConstKind::Int:
    case ConstKind::Float:
    case ConstKind::Bool:
    case ConstKind::Char:
    case ConstKind::Str: sym(c.sym); break;
    case ConstKind::ByteStr:
        if (c.flags & 1) str("*");
        sym(c.sym);
        break;
    case ConstKind::Unit: str("()"); break;
    case ConstKind::Uninit: str("<uninit>"); break;
    case ConstKind::Path: ty(c.ty); break;
    case ConstKind::Typed:
        str("{");
        sym(c.sym);
        str(c.flags & 1 ? " as " : ": ");
        ty(c.ty);
        str("}");
        break;
    case ConstKind::Tuple: children("(", ")", true); break;
    case ConstKind::Array: children("[", "]", false); break;
    case ConstKind::AdtTuple:
        ty(c.ty);
        children("(", ")", false);
        break;
    case ConstKind::AdtStruct:
        ty(c.ty);
        str(" { ");
        for (uint32_t i = 0; i < c.children.count; ++i) {
            if (i) str(", ");
            constant(m_b.const_children[c.children.begin + i]);
        }
        str(" }");
        break;
    case ConstKind::Field:
        sym(c.sym);
        str(": ");
        constant(m_b.const_children[c.children.begin]);
        break;
    case ConstKind::Raw:
        sym(c.sym);
        if (c.ty) {
            str(": ");
            ty(c.ty);
        }
        break;
    }
}

void Printer::operand(const Operand& o) {
    switch (o.kind) {
    case OperandKind::Copy:
        str("copy ");
        place(o.place);
        break;
    case OperandKind::Move:
        str("move ");
        place(o.place);
        break;
    case OperandKind::Constant:
        // fn items print as their bare path
        if (!(m_b.consts[o.constant].flags & kBareConst)) str("const ");
        constant(o.constant);
        break;
    case OperandKind::RuntimeChecks:
        str(o.constant == 0 ? "UbChecks" : o.constant == 1 ? "ContractChecks" : "OverflowChecks");
        break;
    }
}

void Printer::operands(Range r, const char* open, const char* close, bool one_comma) {
    str(open);
    for (uint32_t i = 0; i < r.count; ++i) {
        if (i) str(", ");
        operand(m_b.operands[r.begin + i]);
    }
    if (one_comma && r.count == 1) str(",");
    str(close);
}

void Printer::rvalue(const Rvalue& rv) {
    switch (rv.kind) {
    case RvalueKind::Use: operand(m_b.operands[rv.ops.begin]); break;
    case RvalueKind::Repeat:
        str("[");
        operand(m_b.operands[rv.ops.begin]);
        str("; ");
        constant(rv.constant);
        str("]");
        break;
    case RvalueKind::Ref:
        switch ((BorrowKind)rv.op) {
        case BorrowKind::Shared: str("&"); break;
        case BorrowKind::Mut: str("&mut "); break;
        case BorrowKind::Fake: str("&fake "); break;
        case BorrowKind::FakeShallow: str("&fake shallow "); break;
        }
        place(rv.place);
        break;
    case RvalueKind::RawPtr:
        str(rv.op == 1 ? "&raw mut " : rv.op == 2 ? "&raw const (fake) " : "&raw const ");
        place(rv.place);
        break;
    case RvalueKind::ThreadLocalRef:
        str(rv.mut_ ? "&/*tls*/ mut " : "&/*tls*/ ");
        ty(rv.ty);
        break;
    case RvalueKind::Cast:
        operand(m_b.operands[rv.ops.begin]);
        str(" as ");
        ty(rv.ty);
        str(" (");
        sym(rv.sym);
        str(")");
        break;
    case RvalueKind::BinaryOp:
        str(kBinOpNames[rv.op]);
        operands(rv.ops, "(", ")");
        break;
    case RvalueKind::UnaryOp:
        str(kUnOpNames[rv.op]);
        operands(rv.ops, "(", ")");
        break;
    case RvalueKind::Discriminant:
        str("discriminant(");
        place(rv.place);
        str(")");
        break;
    case RvalueKind::CopyForDeref:
        str("deref_copy ");
        place(rv.place);
        break;
    case RvalueKind::WrapUnsafeBinder:
        str("wrap_binder!(");
        operand(m_b.operands[rv.ops.begin]);
        str("; ");
        ty(rv.ty);
        str(")");
        break;
    case RvalueKind::Aggregate:
        switch ((AggregateKind)rv.op) {
        case AggregateKind::Array: operands(rv.ops, "[", "]"); break;
        case AggregateKind::Tuple: operands(rv.ops, "(", ")", true); break;
        case AggregateKind::AdtUnit: ty(rv.ty); break;
        case AggregateKind::AdtTuple:
            ty(rv.ty);
            operands(rv.ops, "(", ")");
            break;
        case AggregateKind::AdtStruct:
        case AggregateKind::Closure:
        case AggregateKind::Coroutine:
            ty(rv.ty);
            if (rv.op == (uint8_t)AggregateKind::AdtStruct || rv.ops.count > 0) {
                // Debug's debug_struct: `Name { a: x, b: y }`, `Name` when empty
                if (rv.ops.count == 0) break;
                str(" { ");
                for (uint32_t i = 0; i < rv.ops.count; ++i) {
                    if (i) str(", ");
                    sym(m_b.syms[rv.names.begin + i]);
                    str(": ");
                    operand(m_b.operands[rv.ops.begin + i]);
                }
                str(" }");
            }
            break;
        case AggregateKind::RawPtr:
            str(rv.mut_ ? "*mut " : "*const ");
            ty(rv.ty);
            str(" from ");
            operands(rv.ops, "(", ")", true);
            break;
        }
        break;
    }
}

void Printer::statement(const Statement& st) {
    switch (st.kind) {
    case StatementKind::Assign:
        place(st.place);
        str(" = ");
        rvalue(st.rvalue);
        break;
    case StatementKind::StorageLive:
        str("StorageLive(");
        place(st.place);
        str(")");
        break;
    case StatementKind::StorageDead:
        str("StorageDead(");
        place(st.place);
        str(")");
        break;
    case StatementKind::Retag:
        str("Retag(");
        str(st.retag == 1 ? "[fn entry] " : st.retag == 2 ? "[2phase] " : st.retag == 3 ? "[raw] " : "");
        place(st.place);
        str(")");
        break;
    case StatementKind::SetDiscriminant:
        str("discriminant(");
        place(st.place);
        str(") = ");
        num(st.a);
        break;
    case StatementKind::PlaceMention:
        str("PlaceMention(");
        place(st.place);
        str(")");
        break;
    case StatementKind::BackwardIncompatibleDropHint:
        str("BackwardIncompatibleDropHint(");
        place(st.place);
        str(")");
        break;
    case StatementKind::FakeRead:
        str("FakeRead(");
        sym(st.sym);
        str(", ");
        place(st.place);
        str(")");
        break;
    case StatementKind::AscribeUserType:
        str("AscribeUserType(");
        sym(st.sym);
        break;
    case StatementKind::Coverage:
        str("Coverage::");
        sym(st.sym);
        break;
    case StatementKind::Assume:
        str("assume(");
        operand(m_b.operands[st.ops.begin]);
        str(")");
        break;
    case StatementKind::CopyNonOverlapping:
        str("copy_nonoverlapping(dst = ");
        operand(m_b.operands[st.ops.begin]);
        str(", src = ");
        operand(m_b.operands[st.ops.begin + 1]);
        str(", count = ");
        operand(m_b.operands[st.ops.begin + 2]);
        str(")");
        break;
    case StatementKind::ConstEvalCounter: str("ConstEvalCounter"); break;
    case StatementKind::Nop: str("nop"); break;
    }
}

void Printer::terminator(const Terminator& t) {
    switch (t.kind) {
    case TerminatorKind::Goto: str("goto"); break;
    case TerminatorKind::SwitchInt:
        str("switchInt(");
        operand(t.func);
        str(")");
        break;
    case TerminatorKind::Return: str("return"); break;
    case TerminatorKind::Unreachable: str("unreachable"); break;
    case TerminatorKind::UnwindResume: str("resume"); break;
    case TerminatorKind::CoroutineDrop: str("coroutine_drop"); break;
    case TerminatorKind::UnwindTerminate:
        str("terminate(");
        sym(t.unwind_reason);
        str(")");
        break;
    case TerminatorKind::Drop:
        str("drop(");
        place(t.place);
        str(")");
        break;
    case TerminatorKind::AsyncDrop:
        str("async drop(");
        place(t.place);
        str("; poll=");
        operand(m_b.operands[t.args.begin]);
        str(")");
        break;
    case TerminatorKind::Call:
        place(t.place);
        str(" = ");
        operand(t.func);
        operands(t.args, "(", ")");
        break;
    case TerminatorKind::TailCall:
        str("tailcall ");
        operand(t.func);
        operands(t.args, "(", ")");
        break;
    case TerminatorKind::Assert:
        str(t.expected ? "assert(" : "assert(!");
        operand(t.func);
        str(", ");
        sym(t.text);
        for (uint32_t i = 0; i < t.args.count; ++i) {
            str(", ");
            operand(m_b.operands[t.args.begin + i]);
        }
        str(")");
        break;
    case TerminatorKind::Yield:
        place(t.place);
        str(" = yield(");
        operand(m_b.operands[t.args.begin]);
        str(")");
        break;
    case TerminatorKind::FalseEdge: str("falseEdge"); break;
    case TerminatorKind::FalseUnwind: str("falseUnwind"); break;
    case TerminatorKind::InlineAsm: sym(t.text); break;
    }
    // Successors, as TerminatorKind's Debug impl prints them.
    bool show_unwind = t.unwind != UnwindKind::None && t.unwind != UnwindKind::Cleanup;
    auto print_unwind = [&] {
        str("unwind ");
        if (t.unwind == UnwindKind::Continue) str("continue");
        else if (t.unwind == UnwindKind::Unreachable) str("unreachable");
        else {
            str("terminate(");
            sym(t.unwind_reason);
            str(")");
        }
    };
    if (t.edges.count == 0) {
        if (show_unwind) {
            str(" -> ");
            print_unwind();
        }
        return;
    }
    if (t.edges.count == 1 && !show_unwind && m_b.edges[t.edges.begin].label == EdgeLabel::Plain) {
        str(" -> bb");
        num(m_b.edges[t.edges.begin].block);
        return;
    }
    str(" -> [");
    for (uint32_t i = 0; i < t.edges.count; ++i) {
        const Edge& e = m_b.edges[t.edges.begin + i];
        if (i) str(", ");
        static const char* const labels[] = {"",       "return", "unwind", "success",
                                             "otherwise", "",     "resume", "drop",
                                             "real",   "imaginary", "label"};
        if (e.label == EdgeLabel::Value) num128(e.value);
        else str(labels[(int)e.label]);
        str(": bb");
        num(e.block);
    }
    if (show_unwind) {
        str(", ");
        print_unwind();
    }
    str("]");
}

void Printer::notes(Range r) {
    for (uint32_t i = 0; i < r.count; ++i) {
        const Note& n = m_b.notes[r.begin + i];
        auto line = [&](std::string_view text) {
            m_out.append(41, ' ');
            str("// ");
            str(text);
        };
        switch (n.kind) {
        case NoteKind::Const: line("mir::ConstOperand\n"); break;
        case NoteKind::Closure: line("closure\n"); break;
        case NoteKind::Coroutine: line("coroutine\n"); break;
        case NoteKind::Adt: line("adt\n"); break;
        }
        if (n.kind == NoteKind::Const) {
            line("+ span: ");
            span(n.span);
            str("\n");
        }
        if (n.user_ty) {
            line("+ user_ty: ");
            sym(n.user_ty);
            str("\n");
        }
        if (n.kind == NoteKind::Const) {
            line("+ const_: Const { ty: ");
            ty(n.ty);
            str(", val: ");
            sym(n.val);
            str(" }\n");
        }
        if (n.kind == NoteKind::Closure || n.kind == NoteKind::Coroutine) {
            line("+ def_id: ");
            sym(n.def_id);
            str("\n");
            std::string_view args = m_in.str(n.args);
            if (args.empty()) {
                line("+ args: []\n");
            } else {
                line("+ args: [\n");
                size_t pos = 0;
                while (pos <= args.size()) {
                    size_t nl = args.find('\n', pos);
                    if (nl == std::string_view::npos) nl = args.size();
                    line("    ");
                    str(args.substr(pos, nl - pos));
                    str("\n");
                    pos = nl + 1;
                }
                line("]\n");
            }
            if (n.kind == NoteKind::Coroutine) {
                line("+ kind: ");
                sym(n.coroutine_kind);
                str("\n");
            }
        }
    }
}

void Printer::scope(uint32_t index, int depth) {
    std::string indent(static_cast<size_t>(depth) * 4, ' ');
    for (const DebugVar& v : m_b.debug_vars) {
        if (v.scope != index) continue;
        size_t start = m_out.size();
        str(indent);
        str("debug ");
        sym(v.name);
        str(" => ");
        if (v.is_const) {
            str("const ");
            constant(v.constant);
        } else {
            place(v.place);
        }
        str(";");
        size_t len = m_out.size() - start;
        if (len < 40) m_out.append(40 - len, ' ');
        str(" // in scope ");
        num(v.scope);
        str(" at ");
        span(v.span);
        str("\n");
    }
    for (uint32_t i = 0; i < m_b.locals.size(); ++i) {
        const LocalDecl& d = m_b.locals[i];
        if (d.is_arg || d.scope != index) continue;
        size_t start = m_out.size();
        str(indent);
        str(d.mut_ ? "let mut _" : "let _");
        num(i);
        str(": ");
        ty(d.ty);
        if (d.user_ty) {
            str(" as ");
            sym(d.user_ty);
        }
        str(";");
        size_t len = m_out.size() - start;
        if (len < 40) m_out.append(40 - len, ' ');
        str(i == 0 ? " // return place in scope " : " // in scope ");
        num(d.scope);
        str(" at ");
        span(d.span);
        str("\n");
    }
    for (uint32_t c = 1; c < m_b.scopes.size(); ++c) {
        if (m_b.scopes[c].parent != index) continue;
        str(indent);
        str("scope ");
        num(c);
        str(" {\n");
        scope(c, depth + 1);
        str(indent);
        str("}\n");
    }
}

void Printer::allocation(const Allocation& a) {
    str("\nalloc");
    num(a.id);
    str(" (");
    switch (a.kind) {
    case AllocKind::Memory: break;
    case AllocKind::Static:
        str("static: ");
        sym(a.what);
        if (a.has_contents) str(", ");
        break;
    case AllocKind::ExternStatic: str("extern static: "); sym(a.what); break;
    case AllocKind::Fn: str("fn: "); sym(a.what); break;
    case AllocKind::VTable: str("vtable: "); sym(a.what); break;
    case AllocKind::TypeId: str("typeid for "); sym(a.what); break;
    case AllocKind::Deallocated: str("deallocated"); sym(a.what); break;
    }
    if (!a.has_contents) {
        str(")\n");
        return;
    }
    str("size: ");
    num(a.size);
    str(", align: ");
    num(a.align);
    str(") {");
    if (a.size == 0) {
        str("}\n");
        return;
    }
    str("\n");
    // One line per 16 bytes; pointers are kept whole on one line (the parser accepts both this
    // and rustc's split form).
    size_t reloc = 0;
    uint64_t off = 0;
    char buf[32];
    while (off < a.size) {
        str("    ");
        std::snprintf(buf, sizeof buf, "0x%02llx", static_cast<unsigned long long>(off));
        str(buf);
        str(" │ ");
        uint64_t line_end = off + 16;
        bool first = true;
        while (off < a.size && off < line_end) {
            if (!first) str(" ");
            first = false;
            if (reloc < a.relocations.size() && a.relocations[reloc].offset == off) {
                str("╾");
                sym(a.relocations[reloc].target);
                str("╼");
                off += a.relocations[reloc].size;
                ++reloc;
                continue;
            }
            if (!a.init[off]) str("__");
            else {
                std::snprintf(buf, sizeof buf, "%02x", a.bytes[off]);
                str(buf);
            }
            ++off;
        }
        str(" │ .\n");
    }
    str("}\n");
}

void Printer::body() {
    size_t line_start = m_out.size();
    if (m_b.ctfe) str("// MIR FOR CTFE\n");
    line_start = m_out.size();
    switch (m_b.kind) {
    case BodyKind::Fn: str("fn "); break;
    case BodyKind::Const:
    case BodyKind::Promoted: str("const "); break;
    case BodyKind::Static: str("static "); break;
    case BodyKind::StaticMut: str("static mut "); break;
    case BodyKind::AnonConst: break;
    }
    ty(m_b.name);
    if (m_b.kind == BodyKind::Fn) {
        str("(");
        for (uint32_t i = 1; i <= m_b.arg_count; ++i) {
            if (i > 1) str(", ");
            str("_");
            num(i);
            str(": ");
            ty(m_b.locals[i].ty);
        }
        str(") -> ");
        ty(m_b.locals[0].ty);
    } else {
        str(": ");
        ty(m_b.locals[0].ty);
        str(" =");
    }
    if (m_b.yield_ty) {
        str("\nyields ");
        ty(m_b.yield_ty);
        str("\n");
    }
    if (!m_b.blocks.empty() && m_b.blocks[0].terminator.expected == 2) {
        str(" const ");
        constant(m_b.blocks[0].terminator.func.constant);
        str(";\n");
        return;
    }
    str(" {\n");
    scope(0, 1);
    str("\n");
    for (uint32_t i = 0; i < m_b.blocks.size(); ++i) {
        const BasicBlock& bb = m_b.blocks[i];
        if (i) str("\n");
        str("    bb");
        num(i);
        str(bb.cleanup ? " (cleanup): {\n" : ": {\n");
        for (uint32_t s = 0; s < bb.statements.count; ++s) {
            const Statement& st = m_b.statements[bb.statements.begin + s];
            line_start = m_out.size();
            str("        ");
            statement(st);
            str(";");
            pad_to_comment(line_start);
            str("scope ");
            num(st.scope);
            str(" at ");
            span(st.span);
            str("\n");
            notes(st.notes);
        }
        line_start = m_out.size();
        str("        ");
        terminator(bb.terminator);
        str(";");
        pad_to_comment(line_start);
        str("scope ");
        num(bb.terminator.scope);
        str(" at ");
        span(bb.terminator.span);
        str("\n");
        notes(bb.terminator.notes);
        str("    }\n");
    }
    str("}\n");
    for (const Allocation& a : m_b.allocations) allocation(a);
}

void type_into(const Interner& in, TyId t, std::string& out);

void segments_into(const Interner& in, std::span<const TyId> segs, std::string& out, bool first_sep) {
    for (size_t i = 0; i < segs.size(); ++i) {
        if (i || first_sep) out += "::";
        type_into(in, segs[i], out);
    }
}

void list_into(const Interner& in, std::span<const TyId> kids, std::string& out) {
    for (size_t i = 0; i < kids.size(); ++i) {
        if (i) out += ", ";
        type_into(in, kids[i], out);
    }
}

void type_into(const Interner& in, TyId t, std::string& out) {
    const TyNode& n = in.ty(t);
    auto kids = in.children(t);
    switch (n.kind) {
    case TyKind::Bool: out += "bool"; break;
    case TyKind::Char: out += "char"; break;
    case TyKind::Str: out += "str"; break;
    case TyKind::Never: out += "!"; break;
    case TyKind::Int:
    case TyKind::Uint:
    case TyKind::Float:
    case TyKind::Lifetime:
    case TyKind::ConstArg: out += in.str(n.sym); break;
    case TyKind::Infer: out += "_"; break;
    case TyKind::Tuple:
        out += '(';
        list_into(in, kids, out);
        if (kids.size() == 1) out += ',';
        out += ')';
        break;
    case TyKind::Array:
        out += '[';
        type_into(in, kids[0], out);
        out += "; ";
        type_into(in, kids[1], out);
        out += ']';
        break;
    case TyKind::Slice:
        out += '[';
        type_into(in, kids[0], out);
        out += ']';
        break;
    case TyKind::Ref:
    case TyKind::RawPtr: {
        if (n.kind == TyKind::Ref) {
            out += '&';
            if (kids[0]) {
                type_into(in, kids[0], out);
                out += ' ';
            }
            if (n.flags & kMut) out += "mut ";
        } else {
            out += (n.flags & kMut) ? "*mut " : "*const ";
        }
        TyId pointee = kids.back();
        const TyNode& p = in.ty(pointee);
        // `&(dyn A + B)`: a multi-bound object type behind a pointer needs parentheses.
        bool paren = (p.kind == TyKind::Dyn || p.kind == TyKind::Impl) && p.child_count > 1;
        if (paren) out += '(';
        type_into(in, pointee, out);
        if (paren) out += ')';
        break;
    }
    case TyKind::FnPtr:
        if (n.flags & kTargetFeatures) out += "#[target_features] ";
        if (n.flags & kSafe) out += "safe ";
        if (n.flags & kUnsafe) out += "unsafe ";
        if (n.sym) {
            out += "extern ";
            out += in.str(n.sym);
            out += ' ';
        }
        out += "fn(";
        list_into(in, kids.subspan(1), out);
        if (n.flags & kVariadic) out += kids.size() > 1 ? ", ..." : "...";
        out += ')';
        if (kids[0]) {
            out += " -> ";
            type_into(in, kids[0], out);
        }
        break;
    case TyKind::FnDef:
        type_into(in, kids[0], out);
        out += " {";
        type_into(in, kids[1], out);
        out += '}';
        break;
    case TyKind::Binder:
        out += in.str(n.sym);
        if (in.str(n.sym) != "?") out += ' ';
        type_into(in, kids[0], out);
        break;
    case TyKind::Path: segments_into(in, kids, out, false); break;
    case TyKind::QPath:
        out += '<';
        type_into(in, kids[0], out);
        if (kids[1]) {
            out += " as ";
            type_into(in, kids[1], out);
        }
        out += '>';
        segments_into(in, kids.subspan(2), out, true);
        break;
    case TyKind::Segment:
        out += in.str(n.sym);
        if (n.flags & kParenSugar) {
            out += '(';
            list_into(in, in.children(kids[0]), out);
            out += ')';
            if (kids[1]) {
                out += " -> ";
                type_into(in, kids[1], out);
            }
        } else if (n.flags & kHasArgs) {
            out += (n.flags & kTurbofish) ? "::<" : "<";
            list_into(in, kids, out);
            out += '>';
        }
        break;
    case TyKind::ImplSegment:
        out += "<impl ";
        if (n.sym) {
            out += "at ";
            out += in.str(n.sym);
        } else {
            type_into(in, kids[0], out);
            if (kids.size() > 1) {
                out += " for ";
                type_into(in, kids[1], out);
            }
        }
        out += '>';
        break;
    case TyKind::Dyn:
    case TyKind::Impl:
        out += n.kind == TyKind::Dyn ? "dyn " : "impl ";
        for (size_t i = 0; i < kids.size(); ++i) {
            if (i) out += " + ";
            type_into(in, kids[i], out);
        }
        break;
    case TyKind::Braced:
        out += '{';
        out += in.str(n.sym);
        out += '}';
        break;
    case TyKind::AssocEq:
        out += in.str(n.sym);
        out += " = ";
        type_into(in, kids[0], out);
        break;
    case TyKind::Pattern:
        out += '(';
        type_into(in, kids[0], out);
        out += ") is ";
        out += in.str(n.sym);
        break;
    case TyKind::Resolved:
        out += "item#" + std::to_string(n.sym);
        if (!kids.empty()) {
            out += '<';
            list_into(in, kids, out);
            out += '>';
        }
        break;
    case TyKind::Param: out += in.str(n.sym); break;
    }
}

} // namespace

void print_type(const Interner& interner, TyId ty, std::string& out) {
    type_into(interner, ty, out);
}

std::string type_to_string(const Interner& interner, TyId ty) {
    std::string out;
    type_into(interner, ty, out);
    return out;
}

void print_body(const Interner& interner, const Body& body, std::string& out) {
    Printer(interner, body, out).body();
}

std::string body_to_string(const Interner& interner, const Body& body) {
    std::string out;
    print_body(interner, body, out);
    return out;
}

} // namespace mirage::mir
