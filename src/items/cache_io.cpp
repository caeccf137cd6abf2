#include "items/cache_io.h"

#include "util/bytes.h"

#include <cstring>
#include <type_traits>

namespace mirage::items {

namespace {

constexpr uint32_t kVersion = 1;

using Out = ByteWriter;
using In = ByteReader;

struct LangEntry {
    Sym name;
    ItemId item;
};

bool range_ok(Range r, size_t size) { return uint64_t(r.begin) + r.count <= size; }

} // namespace

std::string serialize_items(const ItemDb& db) {
    Out out;
    out.pod(kVersion);
    out.pod<uint64_t>(db.crates.size());
    for (const CrateInfo& c : db.crates) {
        out.str(c.name);
        out.pod(c.root);
        out.pod(c.first_body);
        out.pod(c.body_count);
    }
    out.vec(db.items);
    out.vec(db.lists);
    out.vec(db.params);
    out.vec(db.bounds);
    out.vec(db.predicates);
    out.vec(db.body_links);
    std::vector<LangEntry> lang;
    for (auto [name, item] : db.lang_items) lang.push_back({name, item});
    out.vec(lang);
    out.vec(db.crate_aliases);
    return std::move(out.out);
}

Result<ItemDb> deserialize_items(std::string_view bytes, size_t interner_types) {
    auto damaged = [] { return make_error(ErrorKind::Cache, "the cached item table is damaged"); };
    In in(bytes);
    if (in.pod<uint32_t>() != kVersion) return damaged();
    ItemDb db;
    uint64_t ncrates = in.pod<uint64_t>();
    if (!in.ok() || ncrates > 100000) return damaged();
    for (uint64_t i = 0; i < ncrates && in.ok(); ++i) {
        CrateInfo c;
        c.name = in.str();
        c.root = in.pod<ItemId>();
        c.first_body = in.pod<uint32_t>();
        c.body_count = in.pod<uint32_t>();
        db.crates.push_back(std::move(c));
    }
    in.vec(db.items);
    in.vec(db.lists);
    in.vec(db.params);
    in.vec(db.bounds);
    in.vec(db.predicates);
    in.vec(db.body_links);
    std::vector<LangEntry> lang;
    in.vec(lang);
    in.vec(db.crate_aliases);
    if (!in.ok()) return damaged();
    // Every index must stay inside its table.
    size_t n = db.items.size();
    auto id_ok = [&](ItemId id) { return id == kNone || id < n; };
    auto ty_ok = [&](TyId t) { return t < interner_types; };
    for (const CrateInfo& c : db.crates)
        if (!id_ok(c.root)) return damaged();
    for (const Item& it : db.items) {
        if (!id_ok(it.parent) || !id_ok(it.target) || it.crate >= db.crates.size() ||
            !range_ok(it.children, db.lists.size()) || !range_ok(it.bounds, db.bounds.size()) ||
            !range_ok(it.generics.params, db.params.size()) ||
            !range_ok(it.generics.predicates, db.predicates.size()) || !ty_ok(it.ty) ||
            !ty_ok(it.trait_ref))
            return damaged();
    }
    for (ItemId id : db.lists)
        if (id >= n) return damaged();
    for (const BodyLink& l : db.body_links)
        if (!id_ok(l.item)) return damaged();
    for (const GenericParam& p : db.params)
        if (!range_ok(p.bounds, db.bounds.size()) || !ty_ok(p.default_ty) || !ty_ok(p.const_ty))
            return damaged();
    for (const Bound& b : db.bounds)
        if (!ty_ok(b.trait_ref)) return damaged();
    for (const Predicate& p : db.predicates)
        if (!range_ok(p.bounds, db.bounds.size()) || !ty_ok(p.ty) || !ty_ok(p.rhs))
            return damaged();
    for (const LangEntry& e : lang) {
        if (e.item >= n) return damaged();
        db.lang_items.emplace(e.name, e.item);
    }
    for (const ItemDb::CrateAlias& a : db.crate_aliases)
        if (a.in_crate >= db.crates.size() || a.target >= db.crates.size()) return damaged();
    for (ItemId i = 0; i < n; ++i)
        if (db.items[i].kind == ItemKind::Closure && db.items[i].ty != 0)
            db.closure_items.emplace(db.items[i].ty, i);
    return db;
}

Result<ItemDb> load_items(const mir::MirCache& cache) {
    auto bytes = cache.section(kItemsSection);
    if (!bytes) return make_error(ErrorKind::Cache, "the MIR cache has no item table");
    ItemDb db = MIRAGE_TRY(deserialize_items(*bytes, cache.interner_const().type_count()));
    if (db.body_links.size() != cache.body_count())
        return make_error(ErrorKind::Cache, "the cached item table does not match the bodies");
    return db;
}

} // namespace mirage::items
