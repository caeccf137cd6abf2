#include "items/json_loader.h"

#include "items/resolve.h"

#include <simdjson.h>

#include <cstdio>
#include <cstdlib>

#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace mirage::items {

namespace {

namespace dom = simdjson::dom;
using mir::TyKind;

// A JSON null that outlives every document: what a missing key reads as (a default-constructed
// dom::element points nowhere).
dom::element missing() {
    static dom::parser parser;
    static const simdjson::padded_string text("null", 4);
    static dom::element null_element = parser.parse(text).value_unsafe();
    return null_element;
}

// Accessors that treat a missing key, a wrong type and null alike: rustdoc omits nothing we
// rely on, and a damaged file must give an error or a partial table, never a crash.
dom::element field(dom::element e, std::string_view key) {
    dom::element out;
    if (e.is_object() && !e[key].get(out)) return out;
    return missing();
}
bool has(dom::element e, std::string_view key) {
    dom::element out;
    return e.is_object() && !e[key].get(out) && !out.is_null();
}
std::string_view str(dom::element e) {
    std::string_view s;
    if (e.get(s)) return {};
    return s;
}
uint64_t num(dom::element e, uint64_t fallback = kNone) {
    uint64_t v;
    if (e.get(v)) return fallback;
    return v;
}
bool boolean(dom::element e) {
    bool b = false;
    if (e.get(b)) return false;
    return b;
}
dom::array array(dom::element e) {
    dom::array a;
    if (e.get(a)) {
        static dom::parser parser;
        static const simdjson::padded_string text("[]", 2);
        static dom::array empty = parser.parse(text).get_array().value_unsafe();
        return empty;
    }
    return a;
}
// The single key of an externally tagged enum value (`{"struct": {...}}`), or the string of a
// unit variant (`"extern_type"`).
std::string_view tag(dom::element e, dom::element* inner) {
    dom::object o;
    if (!e.get(o)) {
        for (auto [k, v] : o) {
            *inner = v;
            return k;
        }
        *inner = missing();
        return {};
    }
    *inner = missing();
    return str(e);
}

ItemKind kind_of(std::string_view t, bool* ok) {
    *ok = true;
    if (t == "module") return ItemKind::Module;
    if (t == "use") return ItemKind::Use;
    if (t == "extern_crate") return ItemKind::ExternCrate;
    if (t == "struct") return ItemKind::Struct;
    if (t == "enum") return ItemKind::Enum;
    if (t == "union") return ItemKind::Union;
    if (t == "variant") return ItemKind::Variant;
    if (t == "struct_field") return ItemKind::Field;
    if (t == "function") return ItemKind::Function;
    if (t == "trait") return ItemKind::Trait;
    if (t == "trait_alias") return ItemKind::TraitAlias;
    if (t == "impl") return ItemKind::Impl;
    if (t == "type_alias") return ItemKind::TypeAlias;
    if (t == "constant") return ItemKind::Const;
    if (t == "static") return ItemKind::Static;
    if (t == "extern_type") return ItemKind::ForeignType;
    if (t == "assoc_const") return ItemKind::AssocConst;
    if (t == "assoc_type") return ItemKind::AssocType;
    if (t == "primitive") return ItemKind::Primitive;
    if (t == "macro" || t == "proc_macro") return ItemKind::Macro;
    *ok = false;
    return ItemKind::Macro;
}

// The namespace a path summary's kind lives in (rustdoc-json-types ItemKind, snake_case).
Namespace namespace_of_summary(std::string_view kind) {
    if (kind == "function" || kind == "constant" || kind == "static" || kind == "assoc_const")
        return Namespace::Value;
    if (kind == "macro" || kind == "proc_attribute" || kind == "proc_derive")
        return Namespace::Macro;
    return Namespace::Type;
}

class Loader {
  public:
    Loader(ItemDb& db, mir::Interner& in, Resolver& resolver, JsonLoadStats& stats)
        : m_db(db), m_in(in), m_resolver(resolver), m_stats(stats) {}

    Result<CrateId> load(const std::string& crate_name, const std::string& path);

  private:
    Sym sym(std::string_view s) { return m_in.intern(s); }
    TyId node(TyKind k, uint8_t flags, Sym s, std::span<const TyId> kids) {
        return m_in.intern_ty(k, flags, s, kids);
    }
    ItemId id_of(uint64_t json_id);
    ItemId external(uint64_t json_id);
    mir::Span span(dom::element e);
    void attributes(dom::element attrs, Item& it);
    TyId type(dom::element t);
    TyId primitive(std::string_view name);
    TyId path_type(dom::element path);
    void generic_args(dom::element args, std::vector<TyId>& out);
    TyId fn_sig(dom::element sig, dom::element header);
    Generics generics(dom::element g);
    Range bounds(dom::element list);
    std::optional<Bound> bound(dom::element b);
    void assoc_bound_predicates(TyId self, dom::element bound_list, std::vector<Predicate>& out, int depth = 0);
    Range id_list(dom::element ids, ItemId parent);
    void shape_and_fields(dom::element kind, std::string_view fieldless, Item& it, ItemId self);
    Range id_list(const std::vector<ItemId>& ids);
    void fill(Item& it, dom::element inner);
    Item& fresh(ItemId id) { return m_fresh[id - m_base]; }

    ItemDb& m_db;
    mir::Interner& m_in;
    Resolver& m_resolver;
    JsonLoadStats& m_stats;
    CrateId m_crate = 0;
    ItemId m_base = 0;
    // This crate's items are built here and appended to db.items at the end, so the resolver
    // (which indexes db.items as it grows) never sees a half-built crate.
    std::vector<Item> m_fresh;
    std::unordered_map<uint32_t, ItemId> m_local;
    std::unordered_map<uint32_t, ItemId> m_external;
    dom::element m_paths;
    std::unordered_map<uint64_t, std::string> m_crate_names;
    std::vector<TyId> m_scratch;
};

ItemId Loader::id_of(uint64_t json_id) {
    if (json_id == kNone) return kNone;
    auto it = m_local.find(static_cast<uint32_t>(json_id));
    if (it != m_local.end()) return it->second;
    return external(json_id);
}

// An id that is not in this crate's index: an item of another crate, named by its defining
// path in `paths`. Resolved through that crate's module tree (its re-exports included).
ItemId Loader::external(uint64_t json_id) {
    auto cached = m_external.find(static_cast<uint32_t>(json_id));
    if (cached != m_external.end()) return cached->second;
    ItemId found = kNone;
    char key[24];
    int n = std::snprintf(key, sizeof key, "%llu", static_cast<unsigned long long>(json_id));
    dom::element summary = field(m_paths, std::string_view(key, static_cast<size_t>(n)));
    if (summary.is_object()) {
        uint64_t crate_id = num(field(summary, "crate_id"), 0);
        dom::array segs = array(field(summary, "path"));
        std::vector<Sym> names;
        for (dom::element s : segs) names.push_back(sym(str(s)));
        Namespace ns = namespace_of_summary(str(field(summary, "kind")));
        std::string_view kind = str(field(summary, "kind"));
        if (crate_id != 0 && !names.empty()) {
            // The defining crate: by its external_crates name, else the path's first segment.
            CrateId target = kNone;
            if (auto it = m_crate_names.find(crate_id); it != m_crate_names.end())
                target = m_db.crate_named(it->second);
            if (target == kNone) target = m_db.crate_named(m_in.str(names[0]));
            if (target != kNone) {
                std::span<const Sym> rest(names.data() + 1, names.size() - 1);
                if (kind == "primitive" && !rest.empty())
                    found = m_resolver.primitive_named(rest.back());
                else
                    found = m_resolver.resolve_in_crate(target, rest, ns);
                // Variants and fields: their parents are named in the path.
                if (found == kNone && rest.size() >= 2 && (kind == "variant" || kind == "struct_field")) {
                    ItemId parent =
                        m_resolver.resolve_in_crate(target, rest.first(rest.size() - 1), Namespace::Type);
                    if (parent != kNone) {
                        for (ItemId c : m_db.children(m_db.item(parent)))
                            if (m_db.item(c).name == rest.back()) found = c;
                    }
                }
            }
        }
    }
    if (found == kNone) {
        ++m_stats.unresolved_paths;
        if (std::getenv("MIRAGE_JSON_DEBUG"))
            std::fprintf(stderr, "unresolved rustdoc path %llu in %s\n",
                         static_cast<unsigned long long>(json_id),
                         simdjson::to_string(summary).c_str());
    }
    m_external.emplace(static_cast<uint32_t>(json_id), found);
    return found;
}

mir::Span Loader::span(dom::element e) {
    mir::Span s;
    if (!e.is_object()) return s;
    s.file = sym(str(field(e, "filename")));
    dom::array b = array(field(e, "begin")), en = array(field(e, "end"));
    if (b.size() == 2) {
        s.lo_line = static_cast<uint32_t>(num(b.at(0).value_unsafe(), 0));
        s.lo_col = static_cast<uint32_t>(num(b.at(1).value_unsafe(), 0));
    }
    if (en.size() == 2) {
        s.hi_line = static_cast<uint32_t>(num(en.at(0).value_unsafe(), 0));
        s.hi_col = static_cast<uint32_t>(num(en.at(1).value_unsafe(), 0));
    }
    return s;
}

// Parses the integer inside `#[attr = Name(N)]`.
bool attr_int(std::string_view text, std::string_view head, mir::u128& out) {
    if (!text.starts_with(head)) return false;
    text.remove_prefix(head.size());
    mir::u128 v = 0;
    bool any = false;
    for (char c : text) {
        if (c == '_') continue;
        if (c < '0' || c > '9') break;
        v = v * 10 + static_cast<unsigned>(c - '0');
        any = true;
    }
    out = v;
    return any;
}

void Loader::attributes(dom::element attrs, Item& it) {
    for (dom::element a : array(attrs)) {
        std::string_view plain = str(a);
        if (plain == "non_exhaustive") it.flags |= kNonExhaustive;
        if (plain == "automatically_derived") it.flags |= kDerived;
        if (plain == "no_mangle") it.flags |= kNoMangle;
        if (!a.is_object()) continue;
        dom::element repr = field(a, "repr");
        if (repr.is_object()) {
            std::string_view k = str(field(repr, "kind"));
            if (k == "c") it.repr.kind = ReprKind::C;
            else if (k == "transparent") it.repr.kind = ReprKind::Transparent;
            else if (k == "simd") it.repr.kind = ReprKind::Simd;
            it.repr.align = num(field(repr, "align"), 0);
            it.repr.packed = num(field(repr, "packed"), 0);
            std::string_view int_ty = str(field(repr, "int"));
            if (!int_ty.empty()) it.repr.int_ty = sym(int_ty);
            continue;
        }
        std::string_view other = str(field(a, "other"));
        if (other.empty()) continue;
        mir::u128 v;
        if (attr_int(other, "#[attr = RustcLayoutScalarValidRangeStart(", v)) {
            it.repr.has_valid_range_start = true;
            it.repr.valid_range_start = v;
        } else if (attr_int(other, "#[attr = RustcLayoutScalarValidRangeEnd(", v)) {
            it.repr.has_valid_range_end = true;
            it.repr.valid_range_end = v;
        } else if (other == "#[attr = TrackCaller]") {
            it.flags |= kTrackCaller;
        } else if (other == "#[attr = RustcIntrinsic]") {
            it.flags |= kIntrinsic;
        } else if (other.starts_with("#[attr = RustcNounwind")) {
            it.flags |= kNounwind;
        } else if (other.starts_with("#[attr = LinkName {name: \"")) {
            // The symbol a foreign fn links to (`#[link_name = "__xpg_strerror_r"]`).
            std::string_view name = other.substr(26);
            name = name.substr(0, name.find('"'));
            it.text = sym(name);
        } else if (other.starts_with("#[attr = Lang(")) {
            // rustc's LangItem variant name (`MaybeUninit`, `OwnedBox`, `DropInPlace`).
            std::string_view name = other.substr(14);
            name = name.substr(0, name.find(')'));
            it.lang = sym(name);
        }
    }
}

TyId Loader::primitive(std::string_view n) {
    // The same nodes the MIR parser makes for these names.
    if (TyId prim = m_in.primitive_type(sym(n))) return prim;
    if (n == "never" || n == "!") return node(TyKind::Never, 0, 0, {});
    if (n == "unit" || n == "()") return node(TyKind::Tuple, 0, 0, {});
    // Anything else is a name rustdoc made up; keep it as a one-segment path.
    TyId seg = node(TyKind::Segment, 0, sym(n), {});
    return node(TyKind::Path, 0, 0, {&seg, 1});
}

void Loader::generic_args(dom::element args, std::vector<TyId>& out) {
    if (!args.is_object()) return;
    dom::element angle = field(args, "angle_bracketed");
    if (angle.is_object()) {
        for (dom::element a : array(field(angle, "args"))) {
            dom::element inner;
            std::string_view t = tag(a, &inner);
            if (t == "type") out.push_back(type(inner));
            else if (t == "const") {
                std::string_view text = str(field(inner, "value"));
                if (text.empty()) text = str(field(inner, "expr"));
                out.push_back(node(TyKind::ConstArg, 0, sym(text), {}));
            } else if (t == "infer") out.push_back(node(TyKind::Infer, 0, 0, {}));
            // lifetimes are dropped
        }
        for (dom::element c : array(field(angle, "constraints"))) {
            dom::element binding = field(c, "binding");
            dom::element eq = field(binding, "equality");
            if (eq.is_object()) {
                TyId rhs;
                if (has(eq, "type")) rhs = type(field(eq, "type"));
                else {
                    dom::element k = field(eq, "constant");
                    std::string_view text = str(field(k, "value"));
                    if (text.empty()) text = str(field(k, "expr"));
                    rhs = node(TyKind::ConstArg, 0, sym(text), {});
                }
                out.push_back(node(TyKind::AssocEq, 0, sym(str(field(c, "name"))), {&rhs, 1}));
            }
            // `Assoc: Bound` constraints do not take part in type identity; dropped.
        }
        return;
    }
    dom::element paren = field(args, "parenthesized");
    if (paren.is_object()) {
        // `Fn(A, B) -> R` is `Fn<(A, B), Output = R>`.
        std::vector<TyId> inputs;
        for (dom::element t : array(field(paren, "inputs"))) inputs.push_back(type(t));
        out.push_back(node(TyKind::Tuple, 0, 0, inputs));
        TyId output = has(paren, "output") ? type(field(paren, "output"))
                                           : node(TyKind::Tuple, 0, 0, {});
        out.push_back(node(TyKind::AssocEq, 0, sym("Output"), {&output, 1}));
    }
}

TyId Loader::path_type(dom::element path) {
    ItemId target = id_of(num(field(path, "id")));
    std::vector<TyId> args;
    generic_args(field(path, "args"), args);
    if (target == kNone) {
        // Unresolvable (an item of a crate we do not have): keep the path as written.
        std::vector<TyId> segs;
        std::string_view p = str(field(path, "path"));
        size_t start = 0;
        while (start <= p.size()) {
            size_t end = p.find("::", start);
            if (end == std::string_view::npos) end = p.size();
            segs.push_back(node(TyKind::Segment, 0, sym(p.substr(start, end - start)), {}));
            start = end + 2;
        }
        if (!args.empty()) {
            TyId last = segs.back();
            segs.back() = node(TyKind::Segment, mir::kHasArgs, m_in.ty(last).sym, args);
        }
        return node(TyKind::Path, 0, 0, segs);
    }
    return node(TyKind::Resolved, 0, target, args);
}

std::string abi_text(dom::element abi) {
    std::string_view plain = str(abi);
    if (plain == "Rust") return {};
    dom::element inner;
    std::string_view t = tag(abi, &inner);
    if (t == "Other") return std::string(str(inner));
    bool unwind = boolean(field(inner, "unwind"));
    std::string name;
    if (t == "C") name = "C";
    else if (t == "Cdecl") name = "cdecl";
    else if (t == "Stdcall") name = "stdcall";
    else if (t == "Fastcall") name = "fastcall";
    else if (t == "Aapcs") name = "aapcs";
    else if (t == "Win64") name = "win64";
    else if (t == "SysV64") name = "sysv64";
    else if (t == "System") name = "system";
    else name = std::string(t);
    if (unwind) name += "-unwind";
    return "\"" + name + "\"";
}

// A fn signature as the MIR parser's FnPtr node: children ret (0 = unit), inputs...
TyId Loader::fn_sig(dom::element sig, dom::element header) {
    std::vector<TyId> kids{0};
    for (dom::element input : array(field(sig, "inputs"))) {
        dom::array pair = array(input);
        if (pair.size() == 2) kids.push_back(type(pair.at(1).value_unsafe()));
    }
    if (has(sig, "output")) kids[0] = type(field(sig, "output"));
    uint8_t flags = 0;
    if (boolean(field(sig, "is_c_variadic"))) flags |= mir::kVariadic;
    if (boolean(field(header, "is_unsafe"))) flags |= mir::kUnsafe;
    std::string abi = abi_text(field(header, "abi"));
    return node(TyKind::FnPtr, flags, abi.empty() ? 0 : sym(abi), kids);
}

TyId Loader::type(dom::element t) {
    dom::element inner = missing();
    std::string_view k = tag(t, &inner);
    if (k == "resolved_path") return path_type(inner);
    if (k == "generic") return node(TyKind::Param, 0, sym(str(inner)), {});
    if (k == "primitive") return primitive(str(inner));
    if (k == "tuple") {
        std::vector<TyId> elems;
        for (dom::element e : array(inner)) elems.push_back(type(e));
        return node(TyKind::Tuple, 0, 0, elems);
    }
    if (k == "slice") {
        TyId e = type(inner);
        return node(TyKind::Slice, 0, 0, {&e, 1});
    }
    if (k == "array") {
        TyId kids[2] = {type(field(inner, "type")),
                        node(TyKind::ConstArg, 0, sym(str(field(inner, "len"))), {})};
        return node(TyKind::Array, 0, 0, kids);
    }
    if (k == "borrowed_ref") {
        TyId kids[2] = {0, type(field(inner, "type"))};
        return node(TyKind::Ref, boolean(field(inner, "is_mutable")) ? mir::kMut : 0, 0, kids);
    }
    if (k == "raw_pointer") {
        TyId e = type(field(inner, "type"));
        return node(TyKind::RawPtr, boolean(field(inner, "is_mutable")) ? mir::kMut : 0, 0, {&e, 1});
    }
    if (k == "qualified_path") {
        std::vector<TyId> kids{type(field(inner, "self_type")), 0};
        dom::element trait = field(inner, "trait");
        if (trait.is_object()) kids[1] = path_type(trait);
        std::vector<TyId> args;
        generic_args(field(inner, "args"), args);
        kids.push_back(node(TyKind::Segment, args.empty() ? 0 : mir::kHasArgs,
                            sym(str(field(inner, "name"))), args));
        return node(TyKind::QPath, 0, 0, kids);
    }
    if (k == "dyn_trait") {
        std::vector<TyId> kids;
        for (dom::element pt : array(field(inner, "traits")))
            kids.push_back(path_type(field(pt, "trait")));
        return node(TyKind::Dyn, 0, 0, kids);
    }
    if (k == "impl_trait") {
        std::vector<TyId> kids;
        for (dom::element b : array(inner)) {
            dom::element tb = field(b, "trait_bound");
            if (tb.is_object()) kids.push_back(path_type(field(tb, "trait")));
        }
        return node(TyKind::Impl, 0, 0, kids);
    }
    if (k == "function_pointer") return fn_sig(field(inner, "sig"), field(inner, "header"));
    if (k == "pat") {
        TyId e = type(field(inner, "type"));
        return node(TyKind::Pattern, 0, sym(str(field(inner, "__pat_unstable_do_not_use"))),
                    {&e, 1});
    }
    return node(TyKind::Infer, 0, 0, {});
}

std::optional<Bound> Loader::bound(dom::element b) {
    dom::element tb = field(b, "trait_bound");
    if (!tb.is_object()) return std::nullopt;
    Bound out;
    out.trait_ref = path_type(field(tb, "trait"));
    std::string_view m = str(field(tb, "modifier"));
    if (m == "maybe") out.modifier = BoundModifier::Maybe;
    else if (m == "maybe_const") out.modifier = BoundModifier::MaybeConst;
    return out;
}

Range Loader::bounds(dom::element list) {
    std::vector<Bound> found;
    for (dom::element b : array(list))
        if (auto bd = bound(b)) found.push_back(*bd);
    Range r{static_cast<uint32_t>(m_db.bounds.size()), static_cast<uint32_t>(found.size())};
    m_db.bounds.insert(m_db.bounds.end(), found.begin(), found.end());
    return r;
}

// `T: Trait<Assoc: Bound>`: the `Assoc: Bound` constraint is the predicate
// `<T as Trait>::Assoc: Bound` (`impl<I, U> Iterator for Flatten<I> where I: Iterator<Item:
// IntoIterator<IntoIter = U>>` binds U through it).
void Loader::assoc_bound_predicates(TyId self, dom::element bound_list, std::vector<Predicate>& out, int depth) {
    if (depth > 4) return;
    for (dom::element b : array(bound_list)) {
        dom::element tb = field(b, "trait_bound");
        if (!tb.is_object()) continue;
        dom::element trait = field(tb, "trait");
        dom::element angle = field(field(trait, "args"), "angle_bracketed");
        if (!angle.is_object()) continue;
        TyId trait_ty = 0;
        for (dom::element c : array(field(angle, "constraints"))) {
            dom::element list = field(field(c, "binding"), "constraint");
            if (!list.is_array()) continue;
            if (!trait_ty) trait_ty = path_type(trait);
            TyId seg = node(TyKind::Segment, 0, sym(str(field(c, "name"))), {});
            TyId kids[3] = {self, trait_ty, seg};
            Predicate p;
            p.kind = PredicateKind::Bound;
            p.ty = node(TyKind::QPath, 0, 0, kids);
            p.bounds = bounds(list);
            out.push_back(p);
            assoc_bound_predicates(p.ty, list, out, depth + 1);
        }
    }
}

Generics Loader::generics(dom::element g) {
    Generics out;
    std::vector<GenericParam> params;
    std::vector<Predicate> param_assoc_preds; // from `T: Trait<Assoc: Bound>` on params
    for (dom::element p : array(field(g, "params"))) {
        GenericParam gp;
        gp.name = sym(str(field(p, "name")));
        dom::element inner;
        std::string_view k = tag(field(p, "kind"), &inner);
        if (k == "lifetime") gp.kind = ParamKind::Lifetime;
        else if (k == "type") {
            gp.kind = ParamKind::Type;
            gp.synthetic = boolean(field(inner, "is_synthetic"));
            if (has(inner, "default")) gp.default_ty = type(field(inner, "default"));
            gp.bounds = bounds(field(inner, "bounds"));
            assoc_bound_predicates(node(TyKind::Param, 0, gp.name, {}), field(inner, "bounds"), param_assoc_preds);
        } else if (k == "const") {
            gp.kind = ParamKind::Const;
            gp.const_ty = type(field(inner, "type"));
            std::string_view d = str(field(inner, "default"));
            if (!d.empty()) gp.const_default = sym(d);
        }
        params.push_back(gp);
    }
    out.params = {static_cast<uint32_t>(m_db.params.size()), static_cast<uint32_t>(params.size())};
    m_db.params.insert(m_db.params.end(), params.begin(), params.end());
    std::vector<Predicate> preds = std::move(param_assoc_preds);
    for (dom::element w : array(field(g, "where_predicates"))) {
        dom::element inner;
        std::string_view k = tag(w, &inner);
        Predicate p;
        if (k == "bound_predicate") {
            p.kind = PredicateKind::Bound;
            p.ty = type(field(inner, "type"));
            p.bounds = bounds(field(inner, "bounds"));
            preds.push_back(p);
            assoc_bound_predicates(p.ty, field(inner, "bounds"), preds);
            continue;
        } else if (k == "eq_predicate") {
            p.kind = PredicateKind::Eq;
            p.ty = type(field(inner, "lhs"));
            dom::element rhs = field(inner, "rhs");
            if (has(rhs, "type")) p.rhs = type(field(rhs, "type"));
            else p.rhs = node(TyKind::ConstArg, 0, sym(str(field(field(rhs, "constant"), "expr"))), {});
        } else {
            p.kind = PredicateKind::Lifetime;
        }
        preds.push_back(p);
    }
    out.predicates = {static_cast<uint32_t>(m_db.predicates.size()),
                      static_cast<uint32_t>(preds.size())};
    m_db.predicates.insert(m_db.predicates.end(), preds.begin(), preds.end());
    return out;
}

Range Loader::id_list(const std::vector<ItemId>& ids) {
    Range r{static_cast<uint32_t>(m_db.lists.size()), static_cast<uint32_t>(ids.size())};
    m_db.lists.insert(m_db.lists.end(), ids.begin(), ids.end());
    return r;
}

// A list of child ids of this crate; sets their parent (first container wins).
// A struct's or variant's `kind`: fieldless (rustdoc calls it "unit" for structs, "plain" for
// variants), `{"tuple": [ids]}` or `{"plain"/"struct": {"fields": [ids]}}`.
void Loader::shape_and_fields(dom::element kind, std::string_view fieldless, Item& it, ItemId self) {
    dom::element k;
    std::string_view shape = tag(kind, &k);
    if (shape == fieldless) {
        it.shape = VariantShape::Unit;
    } else if (shape == "tuple") {
        it.shape = VariantShape::Tuple;
        it.children = id_list(k, self);
    } else {
        it.shape = VariantShape::Struct;
        it.children = id_list(field(k, "fields"), self);
    }
}

Range Loader::id_list(dom::element ids, ItemId parent) {
    std::vector<ItemId> out;
    for (dom::element e : array(ids)) {
        uint64_t jid = num(e);
        auto it = m_local.find(static_cast<uint32_t>(jid));
        ItemId id = it != m_local.end() ? it->second : kNone;
        if (id == kNone) continue; // stripped, skipped or foreign: not a child we own
        Item& child = fresh(id);
        if (child.parent == kNone && id != parent) child.parent = parent;
        out.push_back(id);
    }
    return id_list(out);
}

void Loader::fill(Item& it, dom::element inner) {
    ItemId self = static_cast<ItemId>(&it - m_fresh.data()) + m_base;
    switch (it.kind) {
    case ItemKind::Module:
        it.children = id_list(field(inner, "items"), self);
        break;
    case ItemKind::Use: {
        it.name = sym(str(field(inner, "name")));
        it.text = sym(str(field(inner, "source")));
        if (boolean(field(inner, "is_glob"))) it.flags |= kGlob;
        it.target = id_of(num(field(inner, "id")));
        break;
    }
    case ItemKind::ExternCrate: {
        std::string_view name = str(field(inner, "name"));
        std::string_view rename = str(field(inner, "rename"));
        it.name = sym(rename.empty() ? name : rename);
        it.text = sym(name);
        CrateId c = m_db.crate_named(name);
        if (c != kNone) it.target = m_db.crates[c].root;
        break;
    }
    case ItemKind::Struct: {
        it.generics = generics(field(inner, "generics"));
        shape_and_fields(field(inner, "kind"), "unit", it, self);
        break;
    }
    case ItemKind::Union:
        it.generics = generics(field(inner, "generics"));
        it.shape = VariantShape::Struct;
        it.children = id_list(field(inner, "fields"), self);
        break;
    case ItemKind::Enum:
        it.generics = generics(field(inner, "generics"));
        it.children = id_list(field(inner, "variants"), self);
        break;
    case ItemKind::Variant: {
        shape_and_fields(field(inner, "kind"), "plain", it, self);
        dom::element d = field(inner, "discriminant");
        if (d.is_object()) it.text = sym(str(field(d, "value")));
        break;
    }
    case ItemKind::Field:
        it.ty = type(inner);
        break;
    case ItemKind::Function: {
        it.generics = generics(field(inner, "generics"));
        dom::element header = field(inner, "header");
        it.ty = fn_sig(field(inner, "sig"), header);
        if (boolean(field(inner, "has_body"))) it.flags |= kHasBody;
        if (boolean(field(header, "is_const"))) it.flags |= kConstFn;
        if (boolean(field(header, "is_unsafe"))) it.flags |= kUnsafe;
        break;
    }
    case ItemKind::Trait:
        it.generics = generics(field(inner, "generics"));
        it.children = id_list(field(inner, "items"), self);
        it.bounds = bounds(field(inner, "bounds"));
        if (boolean(field(inner, "is_auto"))) it.flags |= kAuto;
        if (boolean(field(inner, "is_unsafe"))) it.flags |= kUnsafe;
        if (boolean(field(inner, "is_dyn_compatible"))) it.flags |= kDynCompatible;
        break;
    case ItemKind::TraitAlias:
        it.generics = generics(field(inner, "generics"));
        it.bounds = bounds(field(inner, "params"));
        break;
    case ItemKind::Impl: {
        it.generics = generics(field(inner, "generics"));
        it.children = id_list(field(inner, "items"), self);
        it.ty = type(field(inner, "for"));
        dom::element trait = field(inner, "trait");
        if (trait.is_object()) {
            it.trait_ref = path_type(trait);
            it.target = id_of(num(field(trait, "id")));
        }
        if (boolean(field(inner, "is_negative"))) it.flags |= kNegative;
        if (boolean(field(inner, "is_unsafe"))) it.flags |= kUnsafe;
        break;
    }
    case ItemKind::TypeAlias:
        it.generics = generics(field(inner, "generics"));
        it.ty = type(field(inner, "type"));
        break;
    case ItemKind::Const: {
        it.ty = type(field(inner, "type"));
        dom::element c = field(inner, "const");
        std::string_view v = str(field(c, "value"));
        it.text = sym(v.empty() ? str(field(c, "expr")) : v);
        break;
    }
    case ItemKind::Static:
        it.ty = type(field(inner, "type"));
        if (boolean(field(inner, "is_mutable"))) it.flags |= kMutable;
        if (boolean(field(inner, "is_unsafe"))) it.flags |= kUnsafe;
        break;
    case ItemKind::AssocConst:
        it.ty = type(field(inner, "type"));
        it.text = sym(str(field(inner, "value")));
        break;
    case ItemKind::AssocType:
        it.generics = generics(field(inner, "generics"));
        it.bounds = bounds(field(inner, "bounds"));
        if (has(inner, "type")) it.ty = type(field(inner, "type"));
        break;
    case ItemKind::Primitive: {
        it.name = sym(str(field(inner, "name")));
        std::vector<ItemId> impls;
        for (dom::element e : array(field(inner, "impls"))) {
            auto f = m_local.find(static_cast<uint32_t>(num(e)));
            if (f != m_local.end()) impls.push_back(f->second);
        }
        it.children = id_list(impls);
        break;
    }
    default:
        break;
    }
}

Result<CrateId> Loader::load(const std::string& crate_name, const std::string& path) {
    dom::parser parser;
    dom::element doc;
    if (auto err = parser.load(path).get(doc))
        return make_error(ErrorKind::Io, "cannot read rustdoc JSON `" + path +
                                             "`: " + simdjson::error_message(err));
    uint64_t version = num(field(doc, "format_version"), 0);
    if (version != 57)
        return make_error(ErrorKind::Toolchain, "rustdoc JSON `" + path + "` has format version " +
                                                    std::to_string(version) + ", expected 57");
    m_paths = field(doc, "paths");
    dom::object ext;
    if (!field(doc, "external_crates").get(ext))
        for (auto [k, v] : ext) {
            uint64_t n = 0;
            for (char c : k) n = n * 10 + static_cast<uint64_t>(c - '0');
            m_crate_names.emplace(n, std::string(str(field(v, "name"))));
        }
    dom::object index;
    if (field(doc, "index").get(index))
        return make_error(ErrorKind::Io, "rustdoc JSON `" + path + "` has no index");

    m_crate = static_cast<CrateId>(m_db.crates.size());
    m_db.crates.push_back(CrateInfo{crate_name, kNone, 0, 0});
    m_base = static_cast<ItemId>(m_db.items.size());

    // Pass 1: one item per loaded index entry, so ids can be mapped before anything refers to them.
    struct Pending {
        dom::element item;
        dom::element inner;
        std::string_view tag;
    };
    std::vector<Pending> pending;
    pending.reserve(index.size());
    for (auto [key, value] : index) {
        dom::element inner;
        std::string_view t = tag(field(value, "inner"), &inner);
        bool ok;
        ItemKind kind = kind_of(t, &ok);
        if (!ok) continue;
        if (kind == ItemKind::Impl &&
            (boolean(field(inner, "is_synthetic")) || has(inner, "blanket_impl"))) {
            ++m_stats.skipped_impls;
            continue;
        }
        uint64_t jid = num(field(value, "id"));
        if (jid == kNone) continue;
        if (num(field(value, "crate_id"), 0) != 0) continue; // inlined foreign items
        Item it;
        it.kind = kind;
        it.crate = m_crate;
        it.json_id = static_cast<uint32_t>(jid);
        std::string_view name = str(field(value, "name"));
        if (!name.empty() && kind != ItemKind::Impl) it.name = sym(name);
        it.span = span(field(value, "span"));
        if (str(field(value, "visibility")) == "public") it.flags |= kPublic;
        attributes(field(value, "attrs"), it);
        m_local.emplace(static_cast<uint32_t>(jid), m_base + static_cast<ItemId>(m_fresh.size()));
        m_fresh.push_back(it);
        pending.push_back({value, inner, t});
    }
    // Definition order of impls: trait lists first, then self types' lists.
    for (int pass = 0; pass < 2; ++pass)
        for (size_t i = 0; i < pending.size(); ++i) {
            ItemKind k = m_fresh[i].kind;
            dom::element list;
            if (pass == 0 && k == ItemKind::Trait) list = field(pending[i].inner, "implementations");
            else if (pass == 1 && (k == ItemKind::Struct || k == ItemKind::Enum ||
                                   k == ItemKind::Union || k == ItemKind::Primitive))
                list = field(pending[i].inner, "impls");
            else continue;
            uint32_t pos = 0;
            for (dom::element e : array(list)) {
                auto f = m_local.find(static_cast<uint32_t>(num(e)));
                if (f == m_local.end()) continue;
                Item& impl = fresh(f->second);
                if (impl.kind == ItemKind::Impl && impl.def_order == kNone) impl.def_order = pos;
                ++pos;
            }
        }
    // Pass 2: contents. Containers first set their children's parents.
    for (size_t i = 0; i < pending.size(); ++i) fill(m_fresh[i], pending[i].inner);

    auto root = m_local.find(static_cast<uint32_t>(num(field(doc, "root"))));
    if (root == m_local.end())
        return make_error(ErrorKind::Io, "rustdoc JSON `" + path + "` has no root module");
    m_db.crates[m_crate].root = root->second;
    for (ItemId i = 0; i < m_fresh.size(); ++i)
        if (m_fresh[i].lang != 0) m_db.lang_items.emplace(m_fresh[i].lang, m_base + i);
    // Crate aliases: `use alloc_crate::vec;` whose target lives in crate `alloc`.
    std::unordered_set<Sym> root_names;
    const Item& root_item = m_fresh[root->second - m_base];
    for (uint32_t k = 0; k < root_item.children.count; ++k) {
        ItemId c = m_db.lists[root_item.children.begin + k];
        if (c >= m_base) root_names.insert(m_fresh[c - m_base].name);
    }
    for (const Item& it : m_fresh) {
        if (it.kind != ItemKind::Use || it.target == kNone || it.target >= m_base) continue;
        std::string_view source = m_in.str(it.text);
        std::string_view head = source.substr(0, source.find("::"));
        if (head.empty() || head == source || head == "self" || head == "super" ||
            head == "crate")
            continue;
        Sym alias = sym(head);
        CrateId target = m_db.items[it.target].crate;
        if (root_names.contains(alias) || m_db.crate_named(head) != kNone) continue;
        bool known = false;
        for (const ItemDb::CrateAlias& a : m_db.crate_aliases)
            known |= a.in_crate == m_crate && a.alias == alias;
        if (!known) m_db.crate_aliases.push_back({m_crate, alias, target});
    }
    m_stats.items += static_cast<uint32_t>(m_fresh.size());
    m_db.items.insert(m_db.items.end(), m_fresh.begin(), m_fresh.end());
    return m_crate;
}

} // namespace

Result<CrateId> load_crate_json(ItemDb& db, mir::Interner& interner, Resolver& resolver,
                                const std::string& crate_name, const std::string& json_path,
                                JsonLoadStats* stats) {
    JsonLoadStats local;
    Loader loader(db, interner, resolver, stats ? *stats : local);
    return loader.load(crate_name, json_path);
}

} // namespace mirage::items
