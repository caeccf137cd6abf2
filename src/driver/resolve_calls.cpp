#include "driver/resolve_calls.h"

#include "driver/program.h"

#include "frontend/compile.h"
#include "frontend/process.h"
#include "frontend/sysroot.h"
#include "frontend/toolchain.h"
#include "items/json_loader.h"
#include "items/resolve.h"
#include "mir/parser.h"
#include "mir/printer.h"
#include "ty/traits.h"
#include "util/file.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <unistd.h>
#include <unordered_map>
#include <unordered_set>

namespace mirage {

namespace fs = std::filesystem;
using items::Item;
using items::ItemId;
using items::ItemKind;
using items::kNone;
using mir::TyKind;
using ty::Kind;
using ty::Ty;

namespace {

// ---- fn_span recovery ------------------------------------------------------------------------

// Byte offsets of the starts of lines (0-based line index).
struct SourceText {
    std::string text;
    std::vector<size_t> line_starts;

    void index() {
        line_starts = {0};
        for (size_t i = 0; i < text.size(); ++i)
            if (text[i] == '\n') line_starts.push_back(i + 1);
    }
    // 1-based line and char column -> byte offset (npos when out of range).
    size_t offset(uint32_t line, uint32_t col) const {
        if (line == 0 || line > line_starts.size() || col == 0) return std::string::npos;
        size_t p = line_starts[line - 1];
        for (uint32_t c = 1; c < col; ++c) {
            if (p >= text.size() || text[p] == '\n') return std::string::npos;
            ++p;
            while (p < text.size() && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) ++p;
        }
        return p;
    }
    uint32_t column_of(size_t off) const {
        auto it = std::upper_bound(line_starts.begin(), line_starts.end(), off);
        size_t p = *(it - 1);
        uint32_t col = 1;
        for (; p < off; ++p)
            if ((static_cast<unsigned char>(text[p]) & 0xC0) != 0x80) ++col;
        return col;
    }
};

bool is_ident_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// rustc codegens a call's debug location from the terminator's fn_span: for a method call
// `recv.name::<T>(args)` that is the span from `name` to the closing parenthesis; for every
// other call it is the whole expression. MIR text prints only the expression's span, so the
// method name is found in the source: the last `.ident [::<..>] (` at nesting depth 0 of the
// span whose parenthesis closes where the span ends, provided it names the callee (`v.iter()`
// also calls `Deref::deref` on `v`, with the whole expression as fn_span). Returns the column
// to report.
uint32_t call_column(const SourceText& src, const mir::Span& span, std::string_view callee) {
    size_t lo = src.offset(span.lo_line, span.lo_col);
    size_t hi = src.offset(span.hi_line, span.hi_col);
    if (lo == std::string::npos || hi == std::string::npos || hi <= lo || hi > src.text.size() ||
        src.text[hi - 1] != ')')
        return span.lo_col;
    const std::string& t = src.text;
    int depth = 0;
    size_t pending = std::string::npos;        // `.ident[::<..>]` just read at depth 0
    size_t open_of_method = std::string::npos; // its `(` is open
    size_t result = std::string::npos;
    for (size_t p = lo; p < hi; ++p) {
        char c = t[p];
        size_t method = pending;
        pending = std::string::npos;
        if (c == '"') { // string literal (raw strings are rare in calls: good enough)
            for (++p; p < hi && t[p] != '"'; ++p)
                if (t[p] == '\\') ++p;
            continue;
        }
        if (c == '\'' && p + 2 < hi && (t[p + 2] == '\'' || t[p + 1] == '\\')) { // char literal
            for (++p; p < hi && t[p] != '\''; ++p)
                if (t[p] == '\\') ++p;
            continue;
        }
        if (c == '/' && p + 1 < hi && t[p + 1] == '/') { // line comment
            while (p < hi && t[p] != '\n') ++p;
            continue;
        }
        if (c == '(' || c == '[' || c == '{') {
            if (depth == 0 && c == '(') open_of_method = method;
            ++depth;
            continue;
        }
        if (c == ')' || c == ']' || c == '}') {
            if (--depth < 0) return span.lo_col;
            if (depth == 0 && c == ')') {
                if (p == hi - 1 && open_of_method != std::string::npos) result = open_of_method;
                open_of_method = std::string::npos;
            }
            continue;
        }
        if (depth != 0 || c != '.' || p + 1 >= hi || t[p + 1] == '.' || (p > lo && t[p - 1] == '.'))
            continue;
        size_t q = p + 1;
        while (q < hi && (t[q] == ' ' || t[q] == '\n' || t[q] == '\t' || t[q] == '\r')) ++q;
        if (q >= hi || !is_ident_char(t[q]) || (t[q] >= '0' && t[q] <= '9')) continue;
        size_t r = q;
        while (r < hi && is_ident_char(t[r])) ++r;
        if (r + 2 < hi && t.compare(r, 3, "::<") == 0) { // a turbofish
            int angle = 0;
            for (r += 2; r < hi; ++r) {
                if (t[r] == '<') ++angle;
                else if (t[r] == '>' && t[r - 1] != '-' && --angle == 0) break;
            }
            ++r;
        }
        while (r < hi && (t[r] == ' ' || t[r] == '\n' || t[r] == '\t' || t[r] == '\r')) ++r;
        pending = q;
        p = r - 1;
    }
    if (result == std::string::npos || callee.empty() ||
        src.text.compare(result, callee.size(), callee) != 0 ||
        (result + callee.size() < src.text.size() && is_ident_char(src.text[result + callee.size()])))
        return span.lo_col;
    return src.column_of(result);
}

// ---- printing instances like demangled v0 symbols ---------------------------------------------

class Printer {
  public:
    Printer(ty::TraitSolver& solver, const items::ItemDb& db, mir::Interner& in)
        : m_solver(solver), m_lw(solver.lowerer()), m_cx(m_lw.cx()), m_db(db), m_in(in) {}

    std::unordered_map<ItemId, std::string> closure_paths; // Closure item -> printed path

    std::string item_path(ItemId id) {
        if (id == kNone || id >= m_db.items.size()) return "?";
        auto cp = closure_paths.find(id);
        if (cp != closure_paths.end()) return cp->second;
        const Item& it = m_db.item(id);
        if (it.parent == kNone)
            return m_db.crates[it.crate].name;
        const Item& parent = m_db.item(it.parent);
        std::string name(m_in.str(it.name));
        if (parent.kind == ItemKind::Impl) {
            std::vector<Ty> ids = m_lw.identity_args(it.parent);
            return impl_prefix(it.parent, ids) + "::" + name;
        }
        if (parent.kind == ItemKind::Module && parent.parent == kNone)
            return m_db.crates[it.crate].name + "::" + name;
        return item_path(it.parent) + "::" + name;
    }

    // `<Self as Trait<..>>` or `<Self>` for an impl with its args substituted.
    std::string impl_prefix(ItemId impl, ty::Args args) {
        const Item& it = m_db.item(impl);
        Ty self = m_cx.subst(m_lw.lower_item_ty(it.ty, impl), args);
        std::string out = "<" + ty(m_solver.normalize(self));
        if (it.trait_ref) {
            Ty tr = m_cx.subst(m_lw.lower_item_ty(it.trait_ref, impl), args);
            if (tr->kind == Kind::TraitRef) {
                std::vector<Ty> with{self};
                for (Ty a : tr->arg_span()) with.push_back(m_lw.with_self(a, self));
                tr = m_cx.mk(Kind::TraitRef, tr->def, with);
            }
            out += " as " + trait_ref(tr, 1);
        }
        return out + ">";
    }

    // `Trait<args>`; `tr` carries Self first when `skip` is 1. Like v0, trailing args equal
    // to their defaults are left out (`PartialEq` for `PartialEq<Self>`).
    std::string trait_ref(Ty tr, size_t skip) {
        if (tr->kind != Kind::TraitRef) return ty(tr);
        std::string out = item_path(tr->def);
        std::vector<Ty> full(tr->arg_span().begin(), tr->arg_span().end());
        const auto& gens = m_lw.generics_of(tr->def);
        if (skip == 1 && full.size() == gens.size()) {
            while (full.size() > 1) {
                const auto& g = gens[full.size() - 1];
                if (!g.decl || !g.decl->default_ty) break;
                std::vector<Ty> before(full.begin(), full.end() - 1);
                Ty def = m_lw.with_self(m_cx.subst(m_lw.lower_item_ty(g.decl->default_ty, tr->def), before),
                                        full[0]);
                if (m_solver.normalize(def) != full.back()) break;
                full.pop_back();
            }
        }
        std::vector<Ty> args(full.begin() + std::min<size_t>(skip, full.size()), full.end());
        return out + generic_list(args);
    }

    std::string generic_list(std::span<const Ty> args) {
        if (args.empty()) return "";
        std::string out = "<";
        for (size_t i = 0; i < args.size(); ++i) {
            if (i) out += ", ";
            out += ty(args[i]);
        }
        return out + ">";
    }

    std::string ty(Ty t) {
        switch (t->kind) {
        case Kind::Adt:
        case Kind::Foreign: {
            // v0 leaves out trailing arguments equal to their defaults (Vec<T, Global>).
            std::vector<Ty> args(t->arg_span().begin(), t->arg_span().end());
            const auto& gens = m_lw.generics_of(t->def);
            while (!args.empty() && args.size() <= gens.size()) {
                const auto& g = gens[args.size() - 1];
                if (!g.decl || !g.decl->default_ty) break;
                Ty def = m_cx.subst(m_lw.lower_item_ty(g.decl->default_ty, g.owner), args);
                if (m_solver.normalize(def) != args.back()) break;
                args.pop_back();
            }
            return item_path(t->def) + generic_list(args);
        }
        case Kind::Closure:
        case Kind::Coroutine: return item_path(t->def);
        case Kind::Array: return "[" + ty(t->arg(0)) + "; " + ty(t->arg(1)) + "]";
        case Kind::Slice: return "[" + ty(t->arg(0)) + "]";
        case Kind::Ref: return std::string(t->flags & ty::kMutable ? "&mut " : "&") + ty(t->arg(0));
        case Kind::RawPtr:
            return std::string(t->flags & ty::kMutable ? "*mut " : "*const ") + ty(t->arg(0));
        case Kind::Tuple: {
            std::string out = "(";
            for (size_t i = 0; i < t->nargs; ++i) {
                if (i) out += ", ";
                out += ty(t->arg(uint32_t(i)));
            }
            if (t->nargs == 1) out += ",";
            return out + ")";
        }
        case Kind::FnPtr: {
            std::string out;
            if (t->flags & ty::kUnsafeFn) out += "unsafe ";
            std::string_view abi = t->sym ? m_in.str(t->sym) : std::string_view();
            if (!abi.empty() && abi != "Rust") out += "extern \"" + std::string(abi) + "\" ";
            out += "fn(";
            for (size_t i = 1; i < t->nargs; ++i) {
                if (i > 1) out += ", ";
                out += ty(t->arg(uint32_t(i)));
            }
            out += ")";
            if (!(t->arg(0)->kind == Kind::Tuple && t->arg(0)->nargs == 0)) out += " -> " + ty(t->arg(0));
            return out;
        }
        case Kind::Dynamic: {
            std::string out = "dyn ";
            bool first = true;
            std::string principal;
            std::vector<std::string> projs;
            for (Ty p : t->arg_span()) {
                if (p->kind == Kind::ProjEq) {
                    projs.push_back(std::string(m_in.str(m_db.item(p->def).name)) + " = " +
                                    ty(p->arg(p->nargs - 1)));
                }
            }
            for (Ty p : t->arg_span()) {
                if (p->kind != Kind::TraitRef) continue;
                if (!first) out += " + ";
                std::string tr = item_path(p->def);
                std::vector<std::string> parts;
                for (Ty a : p->arg_span()) parts.push_back(ty(a));
                if (first) parts.insert(parts.end(), projs.begin(), projs.end());
                if (!parts.empty()) {
                    tr += "<";
                    for (size_t i = 0; i < parts.size(); ++i) tr += (i ? ", " : "") + parts[i];
                    tr += ">";
                }
                out += tr;
                first = false;
            }
            return out;
        }
        case Kind::FnDef: return item_path(t->def) + generic_list({t->args, t->nargs});
        default: return m_cx.to_string(t);
        }
    }

    std::string instance(const ty::Instance& inst) {
        switch (inst.kind) {
        case ty::InstanceKind::Virtual: return "indirect";
        case ty::InstanceKind::CloneShim:
            return "<" + (inst.args.empty() ? std::string("?") : ty(inst.args[0])) +
                   " as core::clone::Clone>::clone";
        default: break;
        }
        const Item& fn = m_db.item(inst.def);
        if (fn.kind == ItemKind::Closure) {
            std::string out = item_path(inst.def);
            if (inst.kind == ty::InstanceKind::ClosureOnceShim) out += " {FnOnce shim}";
            return out;
        }
        std::string name(m_in.str(fn.name));
        size_t nparent = 0;
        std::string prefix;
        if (fn.parent != kNone && m_db.item(fn.parent).kind == ItemKind::Impl) {
            nparent = m_lw.generics_of(fn.parent).size();
            std::vector<Ty> pargs(inst.args.begin(), inst.args.begin() + std::min(nparent, inst.args.size()));
            prefix = impl_prefix(fn.parent, pargs) + "::" + name;
        } else if (fn.parent != kNone && m_db.item(fn.parent).kind == ItemKind::Trait) {
            nparent = m_lw.generics_of(fn.parent).size();
            if (inst.args.empty()) return "?";
            Ty tr = m_cx.mk(Kind::TraitRef, fn.parent,
                            std::span<const Ty>(inst.args.data(), std::min(nparent, inst.args.size())));
            prefix = "<" + ty(inst.args[0]) + " as " + trait_ref(tr, 1) + ">::" + name;
        } else {
            prefix = item_path(inst.def);
        }
        std::string out = prefix;
        if (inst.args.size() > nparent) {
            std::span<const Ty> own(inst.args.data() + nparent, inst.args.size() - nparent);
            out += "::" + generic_list(own);
        }
        if (inst.kind == ty::InstanceKind::FnPtrShim) out += " {fn-ptr shim}";
        if (inst.kind == ty::InstanceKind::DropGlue) out += " {drop glue}";
        return out;
    }

  private:
    ty::TraitSolver& m_solver;
    ty::Lowerer& m_lw;
    ty::TyCtx& m_cx;
    const items::ItemDb& m_db;
    mir::Interner& m_in;
};

bool has_error(Ty t) {
    if (t->kind == Kind::Error || t->kind == Kind::Param || t->kind == Kind::Alias) return true;
    for (Ty a : t->arg_span())
        if (has_error(a)) return true;
    return false;
}

std::string first_error(const ty::TyCtx& cx, Ty t) {
    if (t->kind == Kind::Error || t->kind == Kind::Param || t->kind == Kind::Alias)
        return cx.to_string(t);
    for (Ty a : t->arg_span()) {
        std::string e = first_error(cx, a);
        if (!e.empty()) return e;
    }
    return "";
}

int fail(const std::string& message) {
    std::fprintf(stderr, "error: %s\n", message.c_str());
    return 1;
}

} // namespace

int cmd_resolve_calls(const ResolveCallsOptions& o) {
    if (o.file.empty()) return fail("`mirage resolve-calls` needs a FILE.rs");
    auto tc = find_toolchain();
    if (!tc) return fail(tc.error().message);
    std::string target = o.target.empty() ? tc->host : o.target;
    auto sysroot = find_sysroot(*tc, target);
    if (!sysroot) return fail(sysroot.error().message);

    std::string tmpl = (fs::temp_directory_path() / "mirage-resolve-XXXXXX").string();
    std::vector<char> buf(tmpl.begin(), tmpl.end());
    buf.push_back('\0');
    if (!mkdtemp(buf.data())) return fail("cannot create a temporary directory");
    std::string out_dir = buf.data();
    struct Cleanup {
        std::string dir;
        ~Cleanup() {
            std::error_code ec;
            fs::remove_all(dir, ec);
        }
    } cleanup{out_dir};

    CompiledCrate compiled;
    auto program = load_user_program(*tc, *sysroot, o.file, out_dir, &compiled);
    if (!program) return fail(program.error().message);
    Program& prog = **program;
    const LoadedCrate* user = prog.crate_named(compiled.crate_name);
    if (!user || user->id == kNone) return fail("the program's crate was not loaded");
    items::CrateId crate = user->id;
    mir::Interner& interner = prog.interner;
    const items::ItemDb& db = prog.db;
    ty::TyCtx& cx = *prog.cx;
    ty::Lowerer& lw = *prog.lowerer;
    ty::TraitSolver& solver = *prog.solver;
    std::span<const mir::Body> bodies(prog.bodies.data() + user->first_body, user->body_count);

    SourceText src;
    {
        auto f = MappedFile::open(o.file);
        if (!f) return fail(f.error().message);
        src.text = std::string(f->text());
        src.index();
    }
    std::string base = fs::path(o.file).filename().string();
    Printer printer(solver, db, interner);

    // Closures print by their body's path (`basics::run::{closure#0}`), as v0 symbols do.
    std::string crate_prefix = compiled.crate_name + "::";
    auto body_name = [&](const mir::Body& b) {
        std::string out;
        for (mir::TyId s : interner.children(b.name)) {
            if (!out.empty()) out += "::";
            const mir::TyNode& n = interner.ty(s);
            out += n.kind == TyKind::ImplSegment ? "<impl>" : std::string(interner.str(n.sym));
        }
        return out;
    };
    for (uint32_t i = 0; i < bodies.size(); ++i) {
        ItemId item = prog.item_of_body(user->first_body + i);
        if (item != kNone && db.item(item).kind == ItemKind::Closure && bodies[i].promoted == kNone)
            printer.closure_paths.emplace(item, crate_prefix + body_name(bodies[i]));
    }
    auto body_owner = [&](const mir::Body& b) -> ItemId {
        return prog.item_of_body(user->first_body + uint32_t(&b - bodies.data()));
    };

    struct Site {
        uint32_t line, col;
        std::string what;
    };
    std::vector<Site> sites;
    size_t resolved = 0, unresolved = 0, skipped_bodies = 0;
    for (const mir::Body& b : bodies) {
        if (b.kind != mir::BodyKind::Fn) continue;
        ItemId owner = body_owner(b);
        // Non-generic bodies only: their call sites are monomorphic.
        if (owner != kNone && !lw.generics_of(owner).empty()) {
            ++skipped_bodies;
            continue;
        }
        if (owner == kNone) {
            ++skipped_bodies;
            std::fprintf(stderr, "note: no item for body `%s`\n", body_name(b).c_str());
            continue;
        }
        for (const mir::BasicBlock& bb : b.blocks) {
            const mir::Terminator& term = bb.terminator;
            if (term.kind != mir::TerminatorKind::Call) continue;
            const mir::Span& sp = term.span;
            if (!sp.file || fs::path(std::string(interner.str(sp.file))).filename() != base) continue;
            Site site{sp.lo_line, sp.lo_col, ""};
            if (term.func.kind != mir::OperandKind::Constant) {
                site.what = "indirect";
                sites.push_back(site);
                ++resolved;
                continue;
            }
            const mir::ConstNode& cn = b.consts[term.func.constant];
            mir::TyId path = cn.ty;
            if (path) {
                auto kids = interner.children(path);
                if (!kids.empty()) {
                    mir::TyId last = kids.back();
                    site.col = call_column(src, sp, interner.str(interner.ty(last).sym));
                }
            }
            if (cn.kind != mir::ConstKind::Path || !path) {
                site.what = "unresolved: callee is not a fn item path";
                sites.push_back(site);
                ++unresolved;
                continue;
            }
            auto ref = solver.lower_fn_path(path, crate, owner);
            if (!ref) {
                site.what = "unresolved: lower_fn_path failed on `" + mir::type_to_string(interner, path) + "`";
                sites.push_back(site);
                ++unresolved;
                continue;
            }
            std::vector<Ty> args;
            std::string err;
            for (Ty a : ref->args) {
                Ty n = solver.normalize(a);
                if (err.empty() && has_error(n)) err = first_error(cx, n);
                args.push_back(n);
            }
            if (!err.empty()) {
                site.what = "unresolved: args: " + err;
                sites.push_back(site);
                ++unresolved;
                continue;
            }
            // DropGlue for an explicit drop_in_place: rustc's oracle leaves drop glue out.
            auto inst = solver.resolve(ref->def, args);
            if (!inst) {
                site.what = "unresolved: resolve failed for " + printer.instance({ty::InstanceKind::Item, ref->def, args, 0});
                sites.push_back(site);
                ++unresolved;
                continue;
            }
            if (inst->kind == ty::InstanceKind::DropGlue) continue;
            site.what = printer.instance(*inst);
            sites.push_back(site);
            ++resolved;
        }
    }
    std::stable_sort(sites.begin(), sites.end(), [](const Site& a, const Site& b) {
        return a.line != b.line ? a.line < b.line : a.col < b.col;
    });
    for (const Site& s : sites) std::printf("%u:%u\t%s\n", s.line, s.col, s.what.c_str());
    std::fprintf(stderr, "mirage: %zu call sites, %zu resolved, %zu unresolved (%zu generic or unknown bodies skipped)\n",
                 sites.size(), resolved, unresolved, skipped_bodies);
    return 0;
}

} // namespace mirage
