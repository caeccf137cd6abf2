// The whole program database of one run: the sysroot's crates and the user's, their MIR bodies,
// items (rustdoc JSON + local items from HIR), the body-to-item join, and the type system on
// top (TyCtx, Lowerer, TraitSolver). Every tool that needs types builds one of these.
#pragma once

#include "frontend/compile.h"
#include "frontend/sysroot.h"
#include "items/items.h"
#include "items/resolve.h"
#include "mir/interner.h"
#include "mir/mir.h"
#include "ty/traits.h"
#include "util/result.h"

#include <memory>
#include <unordered_map>
#include <string>
#include <vector>

namespace mirage {

// One crate's inputs: its MIR text, rustdoc JSON and HIR text (JSON and HIR may be empty).
struct CrateInputs {
    std::string name;
    std::string mir_path;
    std::string json_path;
    std::string hir_path;
};

struct LoadedCrate {
    items::CrateId id = items::kNone;
    std::string name;
    uint32_t first_body = 0;
    uint32_t body_count = 0;
    uint32_t parse_failures = 0;
    uint32_t unmapped = 0;
    uint32_t undefined = 0;
};

class Program {
  public:
    // Loads the sysroot's crates and then `user` (if given), in that order.
    static Result<std::unique_ptr<Program>> load(const Sysroot& sysroot, uint32_t pointer_size,
                                                 const std::vector<CrateInputs>& user);
    // The same, with the sysroot's bodies and items from its binary cache (written by
    // `mirage setup`) instead of parsing its MIR, JSON and HIR again: what start-up uses.
    // Falls back to load() when the cache is missing, stale or has no item table.
    static Result<std::unique_ptr<Program>> load_cached(const Sysroot& sysroot,
                                                        const std::string& cache_path,
                                                        const std::string& cache_key,
                                                        uint32_t pointer_size,
                                                        const std::vector<CrateInputs>& user);
    // The two halves of load_cached, so that the sysroot's part can run while rustc compiles
    // the user's crate: the sysroot from its cache (nullptr when the cache is missing or
    // stale: then use load_cached), then the user's crates on top.
    static std::unique_ptr<Program> load_cached_sysroot(const std::string& cache_path,
                                                        const std::string& cache_key);
    static Result<std::unique_ptr<Program>> add_user_crates(std::unique_ptr<Program> p, uint32_t pointer_size,
                                                            const std::vector<CrateInputs>& user);

    mir::Interner interner;
    items::ItemDb db;
    std::unique_ptr<items::Resolver> resolver;
    std::vector<mir::Body> bodies; // global body index space
    std::vector<LoadedCrate> crates;
    std::unique_ptr<ty::TyCtx> cx;
    std::unique_ptr<ty::Lowerer> lowerer;
    std::unique_ptr<ty::TraitSolver> solver;

    const LoadedCrate* crate_named(std::string_view name) const;
    // The item a body is joined to (kNone when unmapped).
    items::ItemId item_of_body(uint32_t body) const {
        return body < db.body_links.size() ? db.body_links[body].item : items::kNone;
    }

    // Closure pseudo-items by their printed type (several when a macro expanded one closure).
    std::unordered_map<mir::TyId, std::vector<items::ItemId>> m_closures_by_text;

  private:
    Result<void> add_crate(const CrateInputs& in, uint32_t pointer_size);
    void finish(uint32_t pointer_size);
};

// Bytes of a pointer on `target` (the MIR parser needs it for allocation dumps).
uint32_t target_pointer_size(const std::string& target);
// The sysroot's binary cache (bodies + items) and the key that pins its format and compiler.
std::string sysroot_cache_key(const Toolchain& tc, const std::string& target);
std::string sysroot_cache_path(const Sysroot& sysroot);

// Compiles FILE (MIR, rustdoc JSON, HIR into `out_dir`) and loads it on top of the sysroot's
// cache: what every command that looks at a user's program starts with.
Result<std::unique_ptr<Program>> load_user_program(const Toolchain& tc, const Sysroot& sysroot,
                                                   const std::string& file,
                                                   const std::string& out_dir,
                                                   CompiledCrate* compiled_out = nullptr);

// The inputs of a compiled user file: its MIR and, next to it, `<crate>.json` and `<crate>.hir`
// when the front end wrote them.
CrateInputs inputs_of(const CompiledCrate& compiled);

} // namespace mirage
