#include "driver/resolve_calls.h"

#include "driver/instance_printer.h"
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

    auto temp = TempDir::create("mirage-resolve");
    if (!temp) return fail(temp.error().message);
    const std::string& out_dir = temp->path();

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
    InstancePrinter printer(solver, db, interner);

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
