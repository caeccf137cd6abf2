#include "driver/program.h"

#include "items/cache_io.h"
#include "items/hir_items.h"
#include "items/join.h"
#include "items/json_loader.h"
#include "mir/cache.h"
#include "mir/parser.h"
#include "util/file.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>

namespace mirage {

Result<void> Program::add_crate(const CrateInputs& in, uint32_t pointer_size) {
    auto file = MIRAGE_TRY(MappedFile::open(in.mir_path));
    mir::ParseOptions options;
    options.pointer_size = pointer_size;
    mir::ParsedCrate parsed = mir::parse_mir(interner, file.text(), options);
    LoadedCrate lc;
    lc.name = in.name;
    lc.first_body = static_cast<uint32_t>(bodies.size());
    lc.body_count = static_cast<uint32_t>(parsed.bodies.size());
    lc.parse_failures = static_cast<uint32_t>(parsed.failures.size());
    // Bodies that fail to parse are left out; MIRAGE_PARSE_FAILURES=1 lists them (debugging).
    if (std::getenv("MIRAGE_PARSE_FAILURES"))
        for (const mir::ParseFailure& f : parsed.failures)
            std::fprintf(stderr, "parse failure: %s\n", f.to_string(in.mir_path).c_str());
    for (mir::Body& b : parsed.bodies) bodies.push_back(std::move(b));
    std::span<const mir::Body> mine(bodies.data() + lc.first_body, lc.body_count);
    if (!in.json_path.empty() && std::filesystem::exists(in.json_path)) {
        lc.id = MIRAGE_TRY(items::load_crate_json(db, interner, *resolver, in.name, in.json_path));
    } else {
        // No item JSON (e.g. a crate rustdoc was not run on): bodies stay unmapped.
        crates.push_back(lc);
        return {};
    }
    if (!in.hir_path.empty() && std::filesystem::exists(in.hir_path))
        MIRAGE_TRY(items::load_local_items(db, interner, *resolver, lc.id, in.hir_path));
    items::JoinStats js = items::join_crate(db, interner, *resolver, lc.id, mine, lc.first_body);
    lc.unmapped = js.unmapped;
    lc.undefined =
        static_cast<uint32_t>(items::undefined_types(db, interner, *resolver, lc.id, mine).types.size());
    crates.push_back(lc);
    return {};
}

Result<std::unique_ptr<Program>> Program::load(const Sysroot& sysroot, uint32_t pointer_size,
                                               const std::vector<CrateInputs>& user) {
    auto p = std::make_unique<Program>();
    p->resolver = std::make_unique<items::Resolver>(p->db, p->interner);
    for (const SysrootCrate& c : sysroot.crates)
        MIRAGE_TRY_VOID(p->add_crate({c.name, c.mir_path, c.json_path, c.hir_path}, pointer_size));
    for (const CrateInputs& in : user) MIRAGE_TRY_VOID(p->add_crate(in, pointer_size));
    p->finish(pointer_size);
    return p;
}

Result<std::unique_ptr<Program>> Program::load_cached(const Sysroot& sysroot,
                                                      const std::string& cache_path,
                                                      const std::string& cache_key,
                                                      uint32_t pointer_size,
                                                      const std::vector<CrateInputs>& user) {
    auto p = load_cached_sysroot(cache_path, cache_key);
    if (!p) return load(sysroot, pointer_size, user);
    return add_user_crates(std::move(p), pointer_size, user);
}

std::unique_ptr<Program> Program::load_cached_sysroot(const std::string& cache_path, const std::string& cache_key) {
    auto cache = mir::MirCache::load(cache_path, cache_key);
    if (!cache) return nullptr;
    auto db = items::load_items(*cache);
    if (!db || db->crates.size() != cache->crates().size()) return nullptr;
    auto p = std::make_unique<Program>();
    p->interner = std::move(cache->interner());
    p->db = std::move(*db);
    p->resolver = std::make_unique<items::Resolver>(p->db, p->interner);
    p->bodies.reserve(cache->body_count());
    for (size_t i = 0; i < cache->body_count(); ++i) {
        auto body = cache->body(i);
        if (!body) return nullptr;
        p->bodies.push_back(std::move(*body));
    }
    for (size_t c = 0; c < cache->crates().size(); ++c) {
        const mir::CachedCrate& cc = cache->crates()[c];
        LoadedCrate lc;
        lc.id = static_cast<items::CrateId>(c);
        lc.name = cc.name;
        lc.first_body = cc.first_body;
        lc.body_count = cc.body_count;
        lc.parse_failures = cc.failed;
        for (uint32_t b = cc.first_body; b < cc.first_body + cc.body_count; ++b)
            lc.unmapped += p->db.body_links[b].item == items::kNone;
        p->crates.push_back(lc);
    }
    return p;
}

Result<std::unique_ptr<Program>> Program::add_user_crates(std::unique_ptr<Program> p, uint32_t pointer_size,
                                                          const std::vector<CrateInputs>& user) {
    for (const CrateInputs& in : user) MIRAGE_TRY_VOID(p->add_crate(in, pointer_size));
    p->finish(pointer_size);
    return p;
}

void Program::finish(uint32_t pointer_size) {
    Program* p = this;
    p->cx = std::make_unique<ty::TyCtx>(p->interner, p->db, pointer_size);
    p->lowerer = std::make_unique<ty::Lowerer>(*p->cx, *p->resolver);
    Program* raw = this;
    p->lowerer->body_provider = [raw](uint32_t body) -> const mir::Body* {
        return body < raw->bodies.size() ? &raw->bodies[body] : nullptr;
    };
    p->lowerer->closure_lookup = [raw](items::CrateId, mir::Sym text, items::ItemId owner) -> items::ItemId {
        mir::TyId braced = raw->interner.intern_ty(mir::TyKind::Braced, 0, text, {});
        auto it = raw->db.closure_items.find(braced);
        if (it == raw->db.closure_items.end()) return items::kNone;
        if (raw->m_closures_by_text.empty())
            for (items::ItemId id = 0; id < raw->db.items.size(); ++id)
                if (raw->db.items[id].kind == items::ItemKind::Closure && raw->db.items[id].ty)
                    raw->m_closures_by_text[raw->db.items[id].ty].push_back(id);
        auto all = raw->m_closures_by_text.find(braced);
        if (all == raw->m_closures_by_text.end() || all->second.size() < 2 || owner == items::kNone) return it->second;
        // The closure whose enclosing items include `owner` (or that is `owner` itself).
        for (items::ItemId c : all->second)
            for (items::ItemId p = c; p != items::kNone; p = raw->db.items[p].parent)
                if (p == owner) return c;
        return it->second;
    };
    p->solver = std::make_unique<ty::TraitSolver>(*p->lowerer, *p->resolver);
}

const LoadedCrate* Program::crate_named(std::string_view name) const {
    for (const LoadedCrate& c : crates)
        if (c.name == name) return &c;
    return nullptr;
}

uint32_t target_pointer_size(const std::string& target) {
    for (const char* p : {"i686-", "i586-", "arm-", "armv7", "thumb", "wasm32", "mips-", "powerpc-"})
        if (target.rfind(p, 0) == 0) return 4;
    return 8;
}

std::string sysroot_cache_key(const Toolchain& tc, const std::string& target) {
    // Version 2: the item table (src/items) is part of the cache. "i3": items recovered from
    // the HIR's module level (private imports, `const _`, impls on primitives). "i4": impls of
    // one macro told apart by the trait their header names. "i5": impls inside `const _`,
    // type aliases in signatures, HIR impls matched in their own module first, impls tied
    // on signature told apart by the trait their body names.
    // "i6"/"i7": fn flags track_caller / rustc_intrinsic / rustc_nounwind and link names. "i8":
    // paths inside impl methods resolve through the impl's module. "i9": `T: Trait<Assoc:
    // Bound>` constraints kept as `<T as Trait>::Assoc: Bound` where-clauses; impls a MIR impl
    // segment names are no candidates for another's; bodies linked by order alone follow
    // their neighbours of the same impl segment.
    return "mirage-mir-2|i9|" + tc.release + "|" + tc.commit_hash + "|" + target;
}

// The format version is in the name too, so binaries of different cache formats can share one
// sysroot directory without rebuilding each other's cache.
std::string sysroot_cache_path(const Sysroot& sysroot) { return sysroot.dir + "/mir2.cache"; }

Result<std::unique_ptr<Program>> load_user_program(const Toolchain& tc, const Sysroot& sysroot,
                                                   const std::string& file,
                                                   const std::string& out_dir,
                                                   CompiledCrate* compiled_out) {
    CompiledCrate compiled = MIRAGE_TRY(compile_file(tc, sysroot, file, out_dir));
    if (compiled_out) *compiled_out = compiled;
    return Program::load_cached(sysroot, sysroot_cache_path(sysroot),
                                sysroot_cache_key(tc, sysroot.target),
                                target_pointer_size(sysroot.target), {inputs_of(compiled)});
}

CrateInputs inputs_of(const CompiledCrate& compiled) {
    CrateInputs in;
    in.name = compiled.crate_name;
    in.mir_path = compiled.mir_path;
    in.json_path = compiled.json_path;
    in.hir_path = compiled.hir_path;
    return in;
}

} // namespace mirage
