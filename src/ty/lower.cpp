#include "ty/lower.h"

#include "items/join.h"
#include "mir/printer.h"
#include "ty/coroutine.h" // complete CoroutineInfo for the constructor
#include "ty/unify.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace mirage::ty {

using items::Item;
using items::ItemKind;
using items::kNone;
using mir::TyKind;
using mir::TyNode;

namespace {

bool is_adt_kind(ItemKind k) {
    return k == ItemKind::Struct || k == ItemKind::Enum || k == ItemKind::Union;
}

// Parses an integer literal as rustc/rustdoc print it: `5`, `-3`, `5_usize`, `0x1F`, `1_000`.
bool parse_int_literal(std::string_view text, u128& out) {
    bool neg = false;
    if (!text.empty() && text[0] == '-') {
        neg = true;
        text.remove_prefix(1);
    }
    unsigned base = 10;
    if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'b' || text[1] == 'o')) {
        base = text[1] == 'x' ? 16 : text[1] == 'b' ? 2 : 8;
        text.remove_prefix(2);
    }
    u128 v = 0;
    size_t digits = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '_') {
            // `5_usize`: a type suffix follows the underscore.
            if (i + 1 < text.size() && (text[i + 1] == 'u' || text[i + 1] == 'i')) break;
            continue;
        }
        unsigned d;
        if (c >= '0' && c <= '9') d = unsigned(c - '0');
        else if (base == 16 && c >= 'a' && c <= 'f') d = unsigned(c - 'a' + 10);
        else if (base == 16 && c >= 'A' && c <= 'F') d = unsigned(c - 'A' + 10);
        else if (c == 'u' || c == 'i') break; // suffix without underscore
        else return false;
        if (d >= base) return false;
        v = v * base + d;
        ++digits;
    }
    if (!digits) return false;
    out = neg ? u128(0) - v : v;
    return true;
}

u128 truncate_bits(u128 v, uint32_t bytes) {
    if (bytes >= 16) return v;
    return v & ((u128(1) << (bytes * 8)) - 1);
}

} // namespace

Lowerer::Lowerer(TyCtx& cx, const items::Resolver& resolver) : m_cx(cx), m_resolver(resolver) {}

const std::vector<GenericParamInfo>& Lowerer::generics_of(ItemId id) {
    auto found = m_generics.find(id);
    if (found != m_generics.end()) return found->second;
    std::vector<GenericParamInfo> out;
    const auto& db = m_cx.db();
    if (id != kNone && id < db.items.size()) {
        const Item& it = db.item(id);
        ItemId parent = kNone;
        switch (it.kind) {
        case ItemKind::Function:
        case ItemKind::AssocConst:
        case ItemKind::AssocType:
        case ItemKind::Const:
            if (it.parent != kNone) {
                ItemKind pk = db.item(it.parent).kind;
                if (pk == ItemKind::Impl || pk == ItemKind::Trait) parent = it.parent;
            }
            break;
        case ItemKind::Variant:
        case ItemKind::Field:
            parent = it.parent; // the ADT (or the variant, whose parent is the enum)
            break;
        case ItemKind::Closure:
        case ItemKind::AnonConst: parent = it.parent; break;
        default: break;
        }
        if (parent != kNone) out = generics_of(parent);
        if (it.kind == ItemKind::Trait) {
            GenericParamInfo self;
            self.name = m_cx.interner().intern("Self");
            self.owner = id;
            self.is_self = true;
            out.push_back(self);
        }
        if ((it.flags & items::kRecovered) && db.params_of(it).empty() &&
            (it.kind == ItemKind::Impl || it.kind == ItemKind::Function))
            infer_recovered_generics(id, out);
        if (it.kind != ItemKind::Variant && it.kind != ItemKind::Field &&
            it.kind != ItemKind::Closure && it.kind != ItemKind::AnonConst) {
            for (const items::GenericParam& p : db.params_of(it)) {
                if (p.kind == items::ParamKind::Lifetime) continue;
                GenericParamInfo info;
                info.name = p.name;
                info.is_const = p.kind == items::ParamKind::Const;
                info.owner = id;
                info.decl = &p;
                out.push_back(info);
            }
        }
    }
    return m_generics.emplace(id, std::move(out)).first->second;
}

// Impls and fns the join rebuilt from MIR (rustdoc omitted them) carry no generics. Their
// parameters are the names their printed types use that resolve to nothing: the self type's for
// an impl (`Simd<i8, N>`), the body's signature and locals for a fn, in order of appearance.
void Lowerer::infer_recovered_generics(ItemId id, std::vector<GenericParamInfo>& out) {
    const auto& db = m_cx.db();
    const Item& it = db.item(id);
    mir::Interner& in = m_cx.interner();
    std::vector<mir::Sym> names;
    auto consider = [&](mir::Sym name) {
        std::string_view n = in.str(name);
        if (n.empty() || n == "Self" || !(n[0] >= 'A' && n[0] <= 'Z')) return;
        for (const GenericParamInfo& g : out)
            if (g.name == name) return;
        for (mir::Sym seen : names)
            if (seen == name) return;
        mir::Sym one[] = {name};
        if (m_resolver.resolve_printed(it.crate, one, items::Namespace::Type) != kNone) return;
        names.push_back(name);
    };
    std::vector<mir::TyId> stack;
    auto walk = [&](mir::TyId root) {
        stack.assign(1, root);
        while (!stack.empty()) {
            mir::TyId t = stack.back();
            stack.pop_back();
            if (!t) continue;
            const TyNode& n = in.ty(t);
            if (n.kind == TyKind::Path && n.child_count == 1) {
                const TyNode& seg = in.ty(in.child(t, 0));
                if (seg.kind == TyKind::Segment && seg.child_count == 0) consider(seg.sym);
            } else if (n.kind == TyKind::ConstArg) {
                consider(n.sym);
            }
            auto kids = in.children(t);
            for (size_t i = kids.size(); i-- > 0;) stack.push_back(kids[i]);
        }
    };
    if (it.kind == ItemKind::Impl) {
        walk(it.ty);
    } else if (body_provider && it.body != kNone) {
        if (const mir::Body* body = body_provider(it.body)) {
            for (uint32_t a = 1; a <= body->arg_count && a < body->locals.size(); ++a)
                walk(body->locals[a].ty);
            for (const mir::LocalDecl& l : body->locals) walk(l.ty);
            // Params used only in calls (`TypeId::of::<T>()` in `<dyn Any>::is`): the generic
            // args and qualified self types of the paths constants name (not the paths
            // themselves, which may be single-segment items).
            for (const mir::ConstNode& c : body->consts) {
                if (!c.ty) continue;
                const TyNode& n = in.ty(c.ty);
                if (n.kind != TyKind::Path && n.kind != TyKind::QPath) continue;
                std::vector<mir::TyId> kids(in.children(c.ty).begin(), in.children(c.ty).end());
                for (mir::TyId k : kids) {
                    if (!k) continue;
                    if (in.ty(k).kind == TyKind::Segment) {
                        std::vector<mir::TyId> args(in.children(k).begin(), in.children(k).end());
                        for (mir::TyId a : args) walk(a);
                    } else {
                        walk(k);
                    }
                }
            }
        }
    }
    for (mir::Sym name : names) {
        GenericParamInfo info;
        info.name = name;
        info.owner = id;
        out.push_back(info);
    }
}

const std::vector<ItemId>& Lowerer::local_children(ItemId parent) {
    const auto& db = m_cx.db();
    if (m_local_index_size != db.items.size()) {
        m_local_children.clear();
        for (ItemId id = 0; id < db.items.size(); ++id)
            if ((db.items[id].flags & items::kLocal) && db.items[id].parent != kNone)
                m_local_children[db.items[id].parent].push_back(id);
        m_local_index_size = db.items.size();
    }
    static const std::vector<ItemId> kEmpty;
    auto it = m_local_children.find(parent);
    return it == m_local_children.end() ? kEmpty : it->second;
}

Ty Lowerer::with_self(Ty ty, Ty self) {
    if (ty->kind == Kind::Param) return ty->index == kSelfPlaceholder ? self : ty;
    if (!ty->nargs) return ty;
    std::vector<Ty> args;
    bool changed = false;
    for (Ty a : ty->arg_span()) {
        args.push_back(with_self(a, self));
        changed |= args.back() != a;
    }
    if (!changed) return ty;
    TyS shape = *ty;
    return m_cx.intern(shape, args);
}

std::vector<Ty> Lowerer::identity_args(ItemId item) {
    const auto& gens = generics_of(item);
    std::vector<Ty> args;
    args.reserve(gens.size());
    for (uint32_t i = 0; i < gens.size(); ++i) args.push_back(m_cx.mk_param(i, gens[i].name));
    return args;
}

namespace {

// Shared by both lowerings: what differs is how a path is turned into a type.
class LowerCtx {
  public:
    LowerCtx(Lowerer& lw, ItemId owner, bool mir, items::CrateId crate,
             const items::Resolver& resolver)
        : m_lw(lw), m_cx(lw.cx()), m_in(lw.cx().interner()), m_db(lw.cx().db()), m_owner(owner),
          m_mir(mir), m_crate(crate), m_resolver(resolver) {}

    Ty lower(mir::TyId id) {
        if (id == 0) return m_cx.mk_error("missing type");
        // Copies: lowering a fn item's path may intern new syntax nodes, which can move the
        // interner's node and child pools under references into them.
        const TyNode n = m_in.ty(id);
        const std::vector<mir::TyId> kids(m_in.children(id).begin(), m_in.children(id).end());
        switch (n.kind) {
        case TyKind::Bool: return m_cx.mk_bool();
        case TyKind::Char: return m_cx.mk_char();
        case TyKind::Str: return m_cx.mk_str();
        case TyKind::Never: return m_cx.mk_never();
        case TyKind::Int:
        case TyKind::Uint: {
            IntTy t;
            if (!parse_int_ty(m_in.str(n.sym), t)) return m_cx.mk_error("bad int type");
            return m_cx.mk_int(t);
        }
        case TyKind::Float: {
            FloatTy t;
            if (!parse_float_ty(m_in.str(n.sym), t)) return m_cx.mk_error("bad float type");
            return m_cx.mk_float(t);
        }
        case TyKind::Tuple: {
            std::vector<Ty> elems;
            for (mir::TyId k : kids) elems.push_back(lower(k));
            return m_cx.mk_tuple(elems);
        }
        case TyKind::Array: {
            Ty elem = lower(kids[0]);
            Ty len = lower_const(kids[1], m_cx.mk_int(IntTy::Usize));
            Ty args[] = {elem, len};
            return m_cx.mk(Kind::Array, 0, args);
        }
        case TyKind::Slice: return m_cx.mk_slice(lower(kids[0]));
        case TyKind::Ref: return m_cx.mk_ref(lower(kids[1]), n.flags & mir::kMut);
        case TyKind::RawPtr: return m_cx.mk_ptr(lower(kids[0]), n.flags & mir::kMut);
        case TyKind::FnPtr: {
            std::vector<Ty> inputs;
            for (size_t i = 1; i < kids.size(); ++i) inputs.push_back(lower(kids[i]));
            uint8_t flags = (n.flags & mir::kUnsafe ? kUnsafeFn : 0) |
                            (n.flags & mir::kVariadic ? kVariadic : 0);
            Ty ret = kids[0] ? lower(kids[0]) : m_cx.mk_unit(); // `fn(A)` returns ()
            return m_cx.mk_fn_ptr(ret, inputs, flags, n.sym);
        }
        case TyKind::Binder: return lower(kids[0]);
        case TyKind::Param: {
            Ty p = param_named(n.sym);
            return p ? p : m_cx.mk_error("unknown generic parameter `" + std::string(m_in.str(n.sym)) + "`");
        }
        case TyKind::Resolved: return resolved(n.sym, kids);
        case TyKind::Path: return path_type(id);
        case TyKind::QPath: return qpath(id);
        case TyKind::Dyn: return dyn(kids);
        case TyKind::Pattern: return pattern(lower(kids[0]), m_in.str(n.sym));
        case TyKind::FnDef: return fn_def(kids[1]);
        case TyKind::Braced: return braced(n.sym);
        case TyKind::Infer: return m_cx.mk_error("inferred type `_`");
        case TyKind::Impl: {
            // Argument-position `impl Trait` is a synthetic generic param named by its text.
            std::string text = mir::type_to_string(m_in, id);
            if (Ty p = param_named(m_in.intern(text))) return p;
            // rustdoc and HIR print the bounds a little differently (`[const]`, `+ 'a`):
            // match on the first bound's trait name among the synthetic params in scope.
            if (Ty p = synthetic_param_like(id)) return p;
            return m_cx.mk_error("`impl Trait` type");
        }
        default: break;
        }
        return m_cx.mk_error("unexpected type syntax");
    }

  private:
    Ty param_named(mir::Sym name) {
        const auto& gens = m_lw.generics_of(m_owner);
        for (size_t i = gens.size(); i-- > 0;)
            if (gens[i].name == name) return m_cx.mk_param(uint32_t(i), name);
        if (m_in.str(name) == "Self") return self_ty();
        return nullptr;
    }

    // The synthetic (`impl Trait`) param in scope whose name mentions the same first trait as
    // `impl_node`; the only one when there is exactly one.
    Ty synthetic_param_like(mir::TyId impl_node) {
        const auto& gens = m_lw.generics_of(m_owner);
        std::vector<size_t> synthetic;
        for (size_t i = 0; i < gens.size(); ++i)
            if (gens[i].decl && gens[i].decl->synthetic) synthetic.push_back(i);
        if (synthetic.empty()) return nullptr;
        // The same text but for spacing and lifetime bounds (`impl FnMut(Acc,T)->R+'a`).
        std::string want = Lowerer::canonical_impl_text(mir::type_to_string(m_in, impl_node));
        for (size_t i : synthetic)
            if (Lowerer::canonical_impl_text(m_in.str(gens[i].name)) == want) return m_cx.mk_param(uint32_t(i), gens[i].name);
        std::string trait;
        auto bounds = m_in.children(impl_node);
        if (!bounds.empty()) {
            mir::TyId b = bounds[0];
            while (m_in.ty(b).kind == TyKind::Binder) b = m_in.child(b, 0);
            if (m_in.ty(b).kind == TyKind::Path && m_in.ty(b).child_count)
                trait = std::string(m_in.str(m_in.ty(m_in.children(b).back()).sym));
        }
        std::vector<size_t> matching;
        for (size_t i : synthetic)
            if (!trait.empty() && m_in.str(gens[i].name).find(trait) != std::string_view::npos)
                matching.push_back(i);
        if (matching.size() == 1 || (matching.empty() && synthetic.size() == 1)) {
            size_t i = matching.empty() ? synthetic[0] : matching[0];
            return m_cx.mk_param(uint32_t(i), gens[i].name);
        }
        return nullptr;
    }

    // `Self` inside an impl is its self type; inside a trait it is Param 0.
    Ty self_ty() {
        for (ItemId it = m_owner; it != kNone && it < m_db.items.size(); it = m_db.item(it).parent) {
            const Item& item = m_db.item(it);
            if (item.kind == ItemKind::Impl) return m_lw.lower_item_ty(item.ty, it);
            if (item.kind == ItemKind::Trait) return m_cx.mk_param(0, m_in.intern("Self"));
            if (is_adt_kind(item.kind)) return m_cx.mk_adt(it, m_lw.identity_args(it));
            if (item.kind == ItemKind::Module) break;
        }
        return m_cx.mk_error("`Self` outside an impl or trait");
    }

    Ty lower_const(mir::TyId id, Ty type) {
        const TyNode& n = m_in.ty(id);
        if (n.kind == TyKind::ConstArg) {
            std::string_view text = m_in.str(n.sym);
            u128 v;
            if (text == "true") return m_cx.mk_const(m_cx.mk_bool(), 1);
            if (text == "false") return m_cx.mk_const(m_cx.mk_bool(), 0);
            if (parse_int_literal(text, v)) return m_cx.mk_const(type, v);
            if (Ty p = param_named(m_in.intern(text))) return p;
            if (!m_mir && m_lw.const_evaluator)
                if (Ty c = m_lw.const_evaluator(text, m_owner, type)) return c;
            return m_cx.mk_error("unevaluated const `" + std::string(text) + "`");
        }
        if (n.kind == TyKind::Path || n.kind == TyKind::Param) {
            mir::Sym name = n.kind == TyKind::Param ? n.sym : 0;
            if (n.kind == TyKind::Path && n.child_count == 1) name = m_in.ty(m_in.child(id, 0)).sym;
            if (name)
                if (Ty p = param_named(name)) return p;
            if (n.kind == TyKind::Path) {
                // A unit enum variant as a const argument (`AtomicOrdering::SeqCst`): its
                // discriminant, typed by the enum.
                std::vector<mir::Sym> names;
                for (mir::TyId s : m_in.children(id)) names.push_back(m_in.ty(s).sym);
                ItemId v = m_mir ? m_resolver.resolve_printed(m_crate, names, items::Namespace::Value)
                                 : kNone;
                if (v != kNone && m_db.item(v).kind == ItemKind::Variant) {
                    ItemId e = m_db.item(v).parent;
                    for (const VariantInfo& vi : m_lw.adt(e).variants)
                        if (vi.item == v) return m_cx.mk_const(m_cx.mk_adt(e, {}), vi.discr);
                }
            }
        }
        return lower(id);
    }

    // Generic args of a use of `def`, lifetimes dropped, defaults filled in. AssocEq args go to
    // `assoc` when given.
    std::vector<Ty> args_for(ItemId def, std::span<const mir::TyId> kids,
                             std::vector<std::pair<mir::Sym, Ty>>* assoc = nullptr) {
        const auto& gens = m_lw.generics_of(def);
        // The own params of `def` follow its parent's; a use site only gives the own ones
        // (and for traits: not Self).
        size_t first_own = 0;
        while (first_own < gens.size() && gens[first_own].owner != def) ++first_own;
        if (first_own < gens.size() && gens[first_own].is_self) ++first_own;
        std::vector<Ty> out;
        for (mir::TyId k : kids) {
            const TyNode& kn = m_in.ty(k);
            if (kn.kind == TyKind::Lifetime) continue;
            if (kn.kind == TyKind::AssocEq) {
                if (assoc) assoc->emplace_back(kn.sym, lower(m_in.child(k, 0)));
                continue;
            }
            size_t pos = first_own + out.size();
            bool is_const = pos < gens.size() && gens[pos].is_const;
            if (is_const) {
                Ty ct = m_cx.mk_int(IntTy::Usize);
                if (gens[pos].decl && gens[pos].decl->const_ty)
                    ct = m_lw.lower_item_ty(gens[pos].decl->const_ty, def);
                out.push_back(lower_const(k, ct));
            } else {
                out.push_back(kn.kind == TyKind::ConstArg ? lower_const(k, m_cx.mk_int(IntTy::Usize))
                                                          : lower(k));
            }
        }
        // Defaults for the trailing params rustc did not print.
        for (size_t pos = first_own + out.size(); pos < gens.size(); ++pos) {
            const items::GenericParam* decl = gens[pos].decl;
            if (!decl || !decl->default_ty) break;
            Ty d = m_lw.lower_item_ty(decl->default_ty, def);
            // Defaults may mention earlier params of the same item.
            std::vector<Ty> so_far(first_own, nullptr);
            for (size_t i = 0; i < first_own; ++i) so_far[i] = m_cx.mk_param(uint32_t(i), gens[i].name);
            // A trait's Self is not known here (resolve fix: `PartialEq` = `PartialEq<Self>`).
            if (first_own > 0 && gens[first_own - 1].is_self && gens[first_own - 1].owner == def)
                so_far[first_own - 1] = m_cx.mk_param(Lowerer::kSelfPlaceholder, gens[first_own - 1].name);
            so_far.insert(so_far.end(), out.begin(), out.end());
            out.push_back(m_cx.subst(d, so_far));
        }
        return out;
    }

  public:
    std::vector<Ty> own_args(ItemId def, std::span<const mir::TyId> kids) { return args_for(def, kids); }

  private:
    Ty resolved(ItemId def, std::span<const mir::TyId> kids) {
        if (def >= m_db.items.size()) return m_cx.mk_error("dangling item id");
        const Item& it = m_db.item(def);
        switch (it.kind) {
        case ItemKind::Struct:
        case ItemKind::Enum:
        case ItemKind::Union: return m_cx.mk_adt(def, args_for(def, kids));
        case ItemKind::ForeignType: return m_cx.mk(Kind::Foreign, def, {});
        case ItemKind::TypeAlias: {
            auto args = args_for(def, kids);
            Ty aliased = m_lw.lower_item_ty(it.ty, def);
            return m_cx.subst(aliased, args);
        }
        case ItemKind::Trait: {
            std::vector<std::pair<mir::Sym, Ty>> assoc;
            auto args = args_for(def, kids, &assoc);
            return trait_ref(def, args, assoc);
        }
        case ItemKind::Primitive: return primitive_named(m_in.str(it.name));
        case ItemKind::Use:
            if (it.target != kNone) return resolved(it.target, kids);
            break;
        default: break;
        }
        return m_cx.mk_error("path to a non-type item");
    }

    Ty primitive_named(std::string_view name) {
        IntTy it;
        FloatTy ft;
        if (parse_int_ty(name, it)) return m_cx.mk_int(it);
        if (parse_float_ty(name, ft)) return m_cx.mk_float(ft);
        if (name == "bool") return m_cx.mk_bool();
        if (name == "char") return m_cx.mk_char();
        if (name == "str") return m_cx.mk_str();
        if (name == "never") return m_cx.mk_never();
        return m_cx.mk_error("unknown primitive");
    }

    // A TraitRef (without Self) plus ProjEq constraints, as the parts of a Dynamic type.
    Ty trait_ref(ItemId trait, std::span<const Ty> args,
                 const std::vector<std::pair<mir::Sym, Ty>>& assoc) {
        Ty tr = m_cx.mk(Kind::TraitRef, trait, args);
        if (assoc.empty()) return tr;
        // Callers that want the projections ask dyn() directly; here keep the trait only.
        m_pending_proj.clear();
        for (auto& [name, value] : assoc) {
            ItemId assoc_item = find_assoc_type(trait, name);
            std::vector<Ty> pargs(args.begin(), args.end());
            pargs.push_back(value);
            m_pending_proj.push_back(m_cx.mk(Kind::ProjEq, assoc_item, pargs));
        }
        return tr;
    }

    ItemId find_assoc_type(ItemId trait, mir::Sym name, int depth = 0) {
        if (depth > 16) return kNone;
        const Item& t = m_db.item(trait);
        for (ItemId c : m_db.children(t))
            if (m_db.item(c).kind == ItemKind::AssocType && m_db.item(c).name == name) return c;
        for (const items::Bound& b : m_db.bounds_in(t.bounds)) {
            const TyNode& bn = m_in.ty(b.trait_ref);
            if (bn.kind == TyKind::Resolved && bn.sym < m_db.items.size() &&
                m_db.item(bn.sym).kind == ItemKind::Trait) {
                ItemId found = find_assoc_type(bn.sym, name, depth + 1);
                if (found != kNone) return found;
            }
        }
        return kNone;
    }

    Ty dyn(std::span<const mir::TyId> kids) {
        std::vector<Ty> principal, projections, autos;
        for (mir::TyId k : kids) {
            mir::TyId b = k;
            while (m_in.ty(b).kind == TyKind::Binder) b = m_in.child(b, 0);
            if (m_in.ty(b).kind == TyKind::Lifetime) continue;
            m_pending_proj.clear();
            Ty t = m_mir ? path_type(b, /*as_trait=*/true) : lower(b);
            if (t->kind != Kind::TraitRef) return m_cx.mk_error("`dyn` bound is not a trait");
            if (m_db.item(t->def).flags & items::kAuto) autos.push_back(t);
            else principal.push_back(t);
            projections.insert(projections.end(), m_pending_proj.begin(), m_pending_proj.end());
        }
        std::sort(autos.begin(), autos.end(), [](Ty a, Ty b) { return a->def < b->def; });
        std::sort(projections.begin(), projections.end(), [](Ty a, Ty b) { return a->def < b->def; });
        std::vector<Ty> all;
        all.insert(all.end(), principal.begin(), principal.end());
        all.insert(all.end(), projections.begin(), projections.end());
        all.insert(all.end(), autos.begin(), autos.end());
        return m_cx.mk(Kind::Dynamic, 0, all);
    }

    // `a::b::C<args>` as printed in MIR (or a single-segment generic parameter).
    Ty path_type(mir::TyId id, bool as_trait = false) {
        auto segs = m_in.children(id);
        if (segs.size() == 1) {
            const TyNode& s = m_in.ty(segs[0]);
            if (s.kind == TyKind::Segment && s.child_count == 0)
                if (Ty p = param_named(s.sym)) return p;
        }
        ItemId def = resolve_segments(segs, items::Namespace::Type);
        if (def == kNone && !m_mir && m_owner != kNone) {
            // A path HIR recovery left as written (an item inside a fn body): resolve it where
            // the item is written.
            std::vector<mir::Sym> names;
            for (mir::TyId s : segs) names.push_back(m_in.ty(s).sym);
            def = m_resolver.resolve_written(m_owner, names, items::Namespace::Type);
        }
        if (def == kNone)
            return m_cx.mk_error("unresolved path `" + mir::type_to_string(m_in, id) + "`");
        mir::TyId last = segs.back();
        auto kids = m_in.children(last);
        const TyNode& ln = m_in.ty(last);
        if (ln.flags & mir::kParenSugar) {
            // `Fn(A, B) -> R`: args (A, B), Output = R.
            Ty inputs = lower(kids[0]);
            Ty tr = m_cx.mk(Kind::TraitRef, def, {&inputs, 1});
            m_pending_proj.clear();
            ItemId output = find_assoc_type(def, m_in.intern("Output"));
            Ty out = kids.size() > 1 && kids[1] ? lower(kids[1]) : m_cx.mk_unit();
            Ty pargs[] = {inputs, out};
            m_pending_proj.push_back(m_cx.mk(Kind::ProjEq, output, pargs));
            return tr;
        }
        (void)as_trait;
        return resolved(def, kids);
    }

  public:
    // A printed path to an item. Segments may pass through impls (`<impl at SPAN>`, `<impl T>`)
    // and fns (items defined inside bodies: `LazyCell<T, F>::force_mut::really_init_mut::Guard`).
    ItemId resolve_segments(std::span<const mir::TyId> segs, items::Namespace ns) {
        ItemId def = resolve_segments_from_root(segs, ns);
        return m_mir ? m_resolver.through_own_namesake(def, m_owner) : def;
    }

  private:
    ItemId resolve_segments_from_root(std::span<const mir::TyId> segs, items::Namespace ns) {
        std::vector<mir::Sym> names;
        bool plain = true;
        for (mir::TyId s : segs) {
            const TyNode& sn = m_in.ty(s);
            if (sn.kind != TyKind::Segment) plain = false;
            names.push_back(sn.sym);
        }
        if (plain) {
            ItemId def = m_resolver.resolve_printed(m_crate, names, ns);
            if (def != kNone) return def;
        }
        // Walk: the longest plain prefix that resolves, then child by child.
        size_t k = 0;
        while (k < segs.size() && m_in.ty(segs[k]).kind == TyKind::Segment) ++k;
        ItemId cur = kNone;
        size_t i = k;
        for (; i > 0; --i) {
            std::span<const mir::Sym> prefix(names.data(), i);
            cur = m_resolver.resolve_printed(m_crate, prefix, items::Namespace::Type);
            if (cur == kNone) cur = m_resolver.resolve_printed(m_crate, prefix, items::Namespace::Value);
            if (cur != kNone) break;
        }
        // `<impl Tr for T>::f`: an impl at the crate's root.
        if (cur == kNone && k == 0 && m_crate < m_db.crates.size()) cur = m_db.crates[m_crate].root;
        if (cur == kNone) return kNone;
        for (; i < segs.size(); ++i) {
            const TyNode& sn = m_in.ty(segs[i]);
            if (sn.kind == TyKind::ImplSegment) {
                cur = impl_in(segs[i], i + 1 < segs.size() ? m_in.ty(segs[i + 1]).sym : 0);
            } else {
                bool last = i + 1 == segs.size();
                ItemId next = m_resolver.child_named(cur, sn.sym, last ? ns : items::Namespace::Value);
                if (next == kNone) next = m_resolver.child_named(cur, sn.sym, items::Namespace::Type);
                if (next == kNone) next = local_child(cur, sn.sym);
                if (next == kNone && is_adt_kind(m_db.item(cur).kind))
                    next = m_resolver.assoc_named(cur, sn.sym, items::Namespace::Value);
                cur = next;
            }
            if (cur == kNone) return kNone;
        }
        return cur;
    }

  private:
    // Items whose parent is `parent` (items recovered from HIR hang off their fn).
    ItemId local_child(ItemId parent, mir::Sym name) {
        for (ItemId c : m_db.children(m_db.item(parent)))
            if (m_db.item(c).name == name) return c;
        for (ItemId c : m_lw.local_children(parent))
            if (m_db.item(c).name == name) return c;
        return kNone;
    }

    // The impl an `<impl ...>` segment names; `next` is the name that follows it (the impl
    // must have it).
    ItemId impl_in(mir::TyId seg, mir::Sym next) {
        const TyNode& sn = m_in.ty(seg);
        if (sn.sym) {
            mir::Span span;
            if (!items::parse_span(m_in.str(sn.sym), m_in, span)) return kNone;
            for (ItemId impl : m_resolver.impls_at(m_crate, span))
                if (!next || m_resolver.child_named(impl, next, items::Namespace::Value) != kNone)
                    return impl;
            return kNone;
        }
        if (sn.child_count == 0) return kNone;
        if (sn.child_count == 2) return trait_impl_in(seg, next);
        Ty self = lower(m_in.child(seg, 0));
        ItemId self_def = self->kind == Kind::Adt || self->kind == Kind::Foreign
                              ? self->def
                              : m_resolver.primitive_of(m_in.child(seg, 0));
        if (self_def == kNone) return kNone;
        for (ItemId impl : m_resolver.inherent_impls_of(self_def)) {
            Ty impl_self = m_lw.lower_item_ty(m_db.item(impl).ty, impl);
            std::vector<Ty> vars(m_lw.generics_of(impl).size(), nullptr);
            if (!match_ty(impl_self, self, vars)) continue;
            if (!next || m_resolver.child_named(impl, next, items::Namespace::Value) != kNone) return impl;
        }
        return kNone;
    }

    // `<impl Trait<..> for T>`: the impl of the trait whose header is the printed one. The
    // printed header is written with the impl's own params, so an impl whose params bind to
    // themselves wins over a blanket impl that merely unifies (`impl<E: Error> From<E> for
    // Box<dyn Error>` vs `impl From<String> for Box<dyn Error>`).
    ItemId trait_impl_in(mir::TyId seg, mir::Sym next) {
        Ty tr = lower(m_in.child(seg, 0));
        if (tr->kind != Kind::TraitRef) return kNone;
        Ty self = lower(m_in.child(seg, 1));
        std::vector<Ty> goal_args{self};
        for (Ty a : tr->arg_span()) goal_args.push_back(m_lw.with_self(a, self));
        Ty goal = m_cx.mk(Kind::TraitRef, tr->def, goal_args);
        ItemId unifying = kNone;
        // A copy: lowering headers may index more impls.
        std::vector<ItemId> impls(m_resolver.impls_of_trait(tr->def).begin(), m_resolver.impls_of_trait(tr->def).end());
        for (ItemId impl : impls) {
            if (next && m_resolver.child_named(impl, next, items::Namespace::Value) == kNone) continue;
            const Item& ii = m_db.item(impl);
            Ty header_tr = m_lw.lower_item_ty(ii.trait_ref, impl);
            if (header_tr->kind != Kind::TraitRef) continue;
            Ty header_self = m_lw.lower_item_ty(ii.ty, impl);
            std::vector<Ty> hargs{header_self};
            for (Ty a : header_tr->arg_span()) hargs.push_back(m_lw.with_self(a, header_self));
            const auto& gens = m_lw.generics_of(impl);
            std::vector<Ty> vars(gens.size(), nullptr);
            if (!match_ty(m_cx.mk(Kind::TraitRef, tr->def, hargs), goal, vars)) continue;
            bool exact = true;
            for (size_t i = 0; i < vars.size(); ++i)
                if (vars[i] && !(vars[i]->kind == Kind::Param && vars[i]->sym == gens[i].name)) exact = false;
            if (exact) return impl;
            if (unifying == kNone) unifying = impl;
        }
        return unifying;
    }

    // `<T as Trait>::Assoc` → Alias(assoc item, [T, trait args..]).
    Ty qpath(mir::TyId id) {
        auto kids = m_in.children(id);
        if (kids.size() > 3 && kids[1]) return qpath_local_item(id);
        Ty self = lower(kids[0]);
        if (!kids[1] || kids.size() != 3) return m_cx.mk_error("unsupported qualified path");
        Ty tr = lower(kids[1]);
        if (tr->kind == Kind::Error) return tr;
        if (tr->kind != Kind::TraitRef) return m_cx.mk_error("qualified path without a trait");
        mir::Sym name = m_in.ty(kids[2]).sym;
        ItemId assoc = find_assoc_type(tr->def, name);
        if (assoc == kNone) return m_cx.mk_error("unknown associated type");
        std::vector<Ty> args{self};
        for (Ty a : tr->arg_span()) args.push_back(m_lw.with_self(a, self));
        // A generic associated type's own args follow the trait's (`Member<i32>`).
        for (Ty a : args_for(assoc, m_in.children(kids[2]))) args.push_back(a);
        return m_lw.normalize(m_cx.mk(Kind::Alias, assoc, args));
    }

    // `<Self as Trait>::method::Local<args>`: an item defined inside a trait method's body (the
    // impl's override when the impl has one, else the trait's default body).
    Ty qpath_local_item(mir::TyId id) {
        ItemId owner = qpath_local_def(id);
        if (owner == kNone) return m_cx.mk_error("unresolved item inside a trait method");
        return resolved(owner, m_in.children(m_in.children(id).back()));
    }

  public:
    // The item `<Self as Trait>::method::Local` names (see qpath_local_item); kNone if none.
    ItemId qpath_local_def(mir::TyId id) {
        // Copies: lowering may grow the interner's child pool.
        const std::vector<mir::TyId> kids(m_in.children(id).begin(), m_in.children(id).end());
        if (kids.size() < 4 || !kids[1]) return kNone;
        Ty self = lower(kids[0]);
        Ty tr = lower(kids[1]);
        if (tr->kind != Kind::TraitRef) return kNone;
        mir::Sym method = m_in.ty(kids[2]).sym;
        std::vector<Ty> goal_args{self};
        goal_args.insert(goal_args.end(), tr->arg_span().begin(), tr->arg_span().end());
        Ty goal = m_cx.mk(Kind::TraitRef, tr->def, goal_args);
        // The methods of the impls whose header unifies (the impl the body we are in belongs
        // to first: a generic Self may unify with several, specializing, impls), then the
        // trait's default body; the first that has the nested item.
        std::vector<ItemId> methods;
        const std::span<const ItemId> impl_span = m_resolver.impls_of_trait(tr->def);
        const std::vector<ItemId> impls(impl_span.begin(), impl_span.end());
        for (ItemId impl : impls) {
            ItemId fn = m_resolver.child_named(impl, method, items::Namespace::Value);
            if (fn == kNone) continue;
            const Item& ii = m_db.item(impl);
            Ty header_self = m_lw.lower_item_ty(ii.ty, impl);
            Ty header_tr = m_lw.lower_item_ty(ii.trait_ref, impl);
            if (header_tr->kind != Kind::TraitRef) continue;
            std::vector<Ty> hargs{header_self};
            hargs.insert(hargs.end(), header_tr->arg_span().begin(), header_tr->arg_span().end());
            std::vector<Ty> vars(m_lw.generics_of(impl).size(), nullptr);
            if (!match_ty(m_cx.mk(Kind::TraitRef, tr->def, hargs), goal, vars)) continue;
            bool encloses_owner = false;
            for (ItemId p = m_owner; p != kNone && !encloses_owner; p = m_db.item(p).parent) encloses_owner = p == impl;
            if (encloses_owner) methods.insert(methods.begin(), fn);
            else methods.push_back(fn);
        }
        if (ItemId def = m_resolver.child_named(tr->def, method, items::Namespace::Value); def != kNone)
            methods.push_back(def);
        for (ItemId owner : methods) {
            for (size_t i = 3; i < kids.size() && owner != kNone; ++i) owner = local_child(owner, m_in.ty(kids[i]).sym);
            if (owner != kNone) return owner;
        }
        return kNone;
    }

  private:
    // Pattern types: `(u32) is 1..`, `(i8) is (i8::MIN..=-1 | 1..)`, `(char) is '\u{1}'..`.
    Ty pattern(Ty base, std::string_view text) {
        uint32_t bytes = base->kind == Kind::Int ? int_size(IntTy(base->small), m_cx.pointer_size())
                         : base->kind == Kind::Char ? 4
                                                    : 0;
        if (!bytes) return m_cx.mk_error("pattern type over a non-integer");
        bool is_signed_base = base->kind == Kind::Int && is_signed(IntTy(base->small));
        u128 max = truncate_bits(~u128(0), bytes);
        auto value = [&](std::string_view v, u128& out) -> bool {
            while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
            while (!v.empty() && v.back() == ' ') v.remove_suffix(1);
            if (v.ends_with("::MIN")) {
                out = is_signed_base ? (u128(1) << (bytes * 8 - 1)) : 0;
                return true;
            }
            if (v.ends_with("::MAX")) {
                out = is_signed_base ? (u128(1) << (bytes * 8 - 1)) - 1 : max;
                return true;
            }
            if (v.size() >= 3 && v.front() == '\'') {
                // '\u{1}' or 'a'
                if (v.substr(1, 3) == "\\u{") {
                    uint32_t cp = 0;
                    std::from_chars(v.data() + 4, v.data() + v.size(), cp, 16);
                    out = cp;
                    return true;
                }
                out = static_cast<unsigned char>(v[1]);
                return true;
            }
            if (!parse_int_literal(v, out) && !named_const(v, out)) return false;
            out = truncate_bits(out, bytes);
            return true;
        };
        // One range `a..=b` / `a..` / `..=b`, or two joined by `|` that wrap around.
        auto range = [&](std::string_view r, u128& lo, u128& hi) -> bool {
            size_t dots = r.find("..");
            if (dots == std::string_view::npos) return false;
            std::string_view a = r.substr(0, dots), b = r.substr(dots + 2);
            bool inclusive = !b.empty() && b.front() == '=';
            if (inclusive) b.remove_prefix(1);
            lo = is_signed_base ? (u128(1) << (bytes * 8 - 1)) : 0;
            hi = is_signed_base ? (u128(1) << (bytes * 8 - 1)) - 1 : max;
            auto trimmed = [](std::string_view s) {
                while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
                while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
                return s;
            };
            if (!trimmed(a).empty() && !value(a, lo)) return false;
            if (!trimmed(b).empty()) {
                if (!value(b, hi)) return false;
                if (!inclusive) hi = truncate_bits(hi - 1, bytes);
            }
            return true;
        };
        if (!text.empty() && text.front() == '(' && text.back() == ')')
            text = text.substr(1, text.size() - 2);
        u128 start, end;
        size_t bar = text.find('|');
        if (bar == std::string_view::npos) {
            if (!range(text, start, end)) return m_cx.mk_error("unsupported pattern");
        } else {
            // `MIN..=k | m..`: valid from m wrapping around to k.
            u128 lo1, hi1, lo2, hi2;
            if (!range(text.substr(0, bar), lo1, hi1) || !range(text.substr(bar + 1), lo2, hi2))
                return m_cx.mk_error("unsupported pattern");
            start = lo2;
            end = hi1;
            // rustdoc prints `..0 | 1..` as `(..=0 | 1..=)`: the exclusive end of the first
            // range lost its `- 1`. Two ranges that meet would allow every value, which no
            // pattern type does: the first end was exclusive.
            if (truncate_bits(end + 1, bytes) == start) end = truncate_bits(end - 1, bytes);
        }
        TyS s{};
        s.kind = Kind::Pat;
        s.value = start;
        s.value2 = end;
        s.sym = m_in.intern(text);
        return m_cx.intern(s, {&base, 1});
    }

    // A pattern bound that names a constant (`0..=HALF_USIZE`): the value rustdoc printed for
    // a const item of that name (std's pattern types use private consts of their module).
    bool named_const(std::string_view name, u128& out) {
        if (name.empty() || !(isalpha(static_cast<unsigned char>(name[0])) || name[0] == '_'))
            return false;
        if (size_t colons = name.rfind("::"); colons != std::string_view::npos)
            name = name.substr(colons + 2);
        mir::Sym sym = m_in.intern(name);
        for (const items::Item& it : m_db.items) {
            if (it.kind != ItemKind::Const || it.name != sym || !it.text) continue;
            if (m_owner != kNone && it.crate != m_db.item(m_owner).crate) continue;
            std::string_view text = m_in.str(it.text);
            if (parse_int_literal(text, out)) return true;
        }
        return false;
    }

    // `fn(A) -> R {path}`: the fn item's type.
    Ty fn_def(mir::TyId path) {
        if (!m_lw.fn_path_lowerer) return m_cx.mk_error("fn item type without a resolver");
        auto ref = m_lw.fn_path_lowerer(path, m_crate, m_owner);
        if (!ref) return m_cx.mk_error("unresolved fn item `" + mir::type_to_string(m_in, path) + "`");
        return m_cx.mk_fn_def(ref->first, ref->second);
    }

    Ty braced(mir::Sym text) {
        // Not by text: `{async fn body of f<u8>()}` names the instance (coroutine.cpp).
        if (m_in.str(text).starts_with("async fn body of "))
            return m_lw.async_fn_body_ty(m_in.str(text), m_crate, m_owner);
        if (m_lw.closure_lookup) {
            ItemId closure = m_lw.closure_lookup(m_crate, text, m_owner);
            if (closure != kNone) {
                std::string_view t = m_in.str(text);
                Kind k = t.starts_with("closure@") ? Kind::Closure : Kind::Coroutine;
                if (m_owner == kNone || m_lw.generics_of(closure).empty() ||
                    m_lw.generic_root(closure) == m_lw.generic_root(m_owner))
                    return m_cx.mk(k, closure, m_lw.identity_args(m_owner));
                // A closure of another fn, returned as `impl Trait`: its args are that fn's.
                if (auto args = m_lw.foreign_closure_args(m_owner, closure)) return m_cx.mk(k, closure, *args);
                // While inferring those args: a placeholder without args (foreign_closure_args).
                if (m_lw.inferring_closure_args()) return m_cx.mk(k, closure, {});
                return m_cx.mk_error("cannot infer the generic args of `{" + std::string(t) + "}`");
            }
        }
        return m_cx.mk_error("unknown closure or coroutine `{" + std::string(m_in.str(text)) + "}`");
    }

    Lowerer& m_lw;
    TyCtx& m_cx;
    mir::Interner& m_in;
    const items::ItemDb& m_db;
    ItemId m_owner;
    bool m_mir;
    items::CrateId m_crate;
    const items::Resolver& m_resolver;
    std::vector<Ty> m_pending_proj; // projection constraints of the last trait path lowered
};

} // namespace

Ty Lowerer::lower_item_ty(mir::TyId syntax, ItemId owner) {
    // Items the join rebuilt from MIR (kRecovered) carry types as printed there: paths from
    // their crate's root.
    items::CrateId crate = 0;
    if (owner != kNone && (m_cx.db().item(owner).flags & items::kRecovered)) crate = m_cx.db().item(owner).crate;
    return LowerCtx(*this, owner, false, crate, m_resolver).lower(syntax);
}

Ty Lowerer::lower_mir_ty(mir::TyId syntax, items::CrateId crate, ItemId owner) {
    return LowerCtx(*this, owner, true, crate, m_resolver).lower(syntax);
}

ItemId Lowerer::resolve_mir_path(mir::TyId path, items::CrateId crate, ItemId owner,
                                 items::Namespace ns) {
    if (m_cx.interner().ty(path).kind == TyKind::QPath)
        return LowerCtx(*this, owner, true, crate, m_resolver).qpath_local_def(path);
    if (m_cx.interner().ty(path).kind != TyKind::Path) return kNone;
    return LowerCtx(*this, owner, true, crate, m_resolver)
        .resolve_segments(m_cx.interner().children(path), ns);
}

std::vector<Ty> Lowerer::lower_mir_args(ItemId def, std::span<const mir::TyId> kids,
                                        items::CrateId crate, ItemId owner) {
    return LowerCtx(*this, owner, true, crate, m_resolver).own_args(def, kids);
}

const AdtInfo& Lowerer::adt(ItemId def) {
    auto found = m_adts.find(def);
    if (found != m_adts.end()) return found->second;
    const auto& db = m_cx.db();
    AdtInfo info;
    info.def = def;
    const Item& it = db.item(def);
    info.kind = it.kind;
    info.repr = it.repr;
    info.non_exhaustive = it.flags & items::kNonExhaustive;
    auto fields_of = [&](const Item& owner) {
        std::vector<ItemId> fields;
        for (ItemId c : db.children(owner))
            if (db.item(c).kind == ItemKind::Field) fields.push_back(c);
        return fields;
    };
    if (it.kind == ItemKind::Enum) {
        u128 next = 0;
        for (ItemId v : db.children(it)) {
            const Item& var = db.item(v);
            if (var.kind != ItemKind::Variant) continue;
            VariantInfo vi;
            vi.item = v;
            vi.name = var.name;
            vi.fields = fields_of(var);
            u128 d;
            if (var.text && parse_int_literal(m_cx.interner().str(var.text), d)) {
                vi.discr = d;
                vi.explicit_discr = true;
            } else {
                vi.discr = next;
            }
            next = vi.discr + 1;
            info.variants.push_back(std::move(vi));
        }
    } else {
        VariantInfo vi;
        vi.item = def;
        vi.name = it.name;
        vi.fields = fields_of(it);
        info.variants.push_back(std::move(vi));
    }
    return m_adts.emplace(def, std::move(info)).first->second;
}

const ClosureInfo* Lowerer::closure_info(ItemId closure) {
    auto found = m_closures.find(closure);
    if (found != m_closures.end()) return found->second.get();
    std::unique_ptr<ClosureInfo> info;
    const auto& db = m_cx.db();
    const Item& it = db.item(closure);
    const mir::Body* body = body_provider && it.body != kNone ? body_provider(it.body) : nullptr;
    if (body && body->locals.size() > 1) {
        info = std::make_unique<ClosureInfo>();
        items::CrateId crate = it.crate;
        Ty self = lower_mir_ty(body->locals[1].ty, crate, closure);
        bool by_ref = self->kind == Kind::Ref;
        info->kind = !by_ref ? ClosureInfo::CallKind::FnOnce
                     : (self->flags & kMutable) ? ClosureInfo::CallKind::FnMut
                                                : ClosureInfo::CallKind::Fn;
        for (uint32_t a = 2; a <= body->arg_count && a < body->locals.size(); ++a)
            info->inputs.push_back(lower_mir_ty(body->locals[a].ty, crate, closure));
        info->output = lower_mir_ty(body->locals[0].ty, crate, closure);
        // Captures are the fields of `self` the body projects: `(*_1).N: T` or `_1.N: T`.
        auto visit = [&](const mir::Place& place) {
            if (place.local != 1 || place.proj.count == 0) return;
            uint32_t i = place.proj.begin;
            uint32_t end = place.proj.begin + place.proj.count;
            if (by_ref) {
                if (body->projections[i].kind != mir::ProjKind::Deref) return;
                ++i;
            }
            if (i >= end || body->projections[i].kind != mir::ProjKind::Field) return;
            const mir::Projection& f = body->projections[i];
            if (info->upvars.size() <= f.a) info->upvars.resize(f.a + 1, nullptr);
            if (!info->upvars[f.a]) info->upvars[f.a] = lower_mir_ty(f.ty, crate, closure);
        };
        for (const mir::Statement& st : body->statements) {
            visit(st.place);
            visit(st.rvalue.place);
        }
        for (const mir::Operand& op : body->operands)
            if (op.kind == mir::OperandKind::Copy || op.kind == mir::OperandKind::Move) visit(op.place);
        for (const mir::BasicBlock& bb : body->blocks) {
            visit(bb.terminator.place);
            visit(bb.terminator.func.place);
        }
        for (const mir::DebugVar& dv : body->debug_vars)
            if (!dv.is_const) visit(dv.place);
        for (Ty& u : info->upvars)
            if (!u) u = m_cx.mk_error("capture never used in the closure body");
    }
    return m_closures.emplace(closure, std::move(info)).first->second.get();
}

// The same text but for spacing and lifetime bounds (`impl FnMut(Acc,T)->R+'a`).
std::string Lowerer::canonical_impl_text(std::string_view t) {
    std::string out;
    for (size_t i = 0; i < t.size(); ++i) {
        if (t[i] == ' ') continue;
        if (t[i] == '+' || t[i] == '\'') {
            size_t j = i + 1;
            while (j < t.size() && t[j] == ' ') ++j;
            if (t[i] == '+' && j < t.size() && t[j] == '\'') i = j;
            if (t[i] == '\'') {
                while (i + 1 < t.size() && (std::isalnum(static_cast<unsigned char>(t[i + 1])) || t[i + 1] == '_')) ++i;
                continue;
            }
        }
        out += t[i];
    }
    return out;
}

ItemId Lowerer::generic_root(ItemId item) {
    const auto& db = m_cx.db();
    while (item != kNone) {
        const Item& it = db.item(item);
        if ((it.kind != ItemKind::Closure && it.kind != ItemKind::AnonConst) || it.parent == kNone) break;
        item = it.parent;
    }
    return item;
}

namespace {

// A closure type lowered while its args are being inferred (no args though its scope has some).
bool is_closure_placeholder(Lowerer& lw, Ty t) {
    return (t->kind == Kind::Closure || t->kind == Kind::Coroutine) && t->nargs == 0 &&
           !lw.generics_of(t->def).empty();
}

bool has_closure_placeholder(Lowerer& lw, Ty t) {
    if (is_closure_placeholder(lw, t)) return true;
    for (Ty a : t->arg_span())
        if (has_closure_placeholder(lw, a)) return true;
    return false;
}

// Binds the placeholders in `pattern` to the closure args at the same spot of `actual`.
bool bind_closure_placeholders(Lowerer& lw, Ty pattern, Ty actual, std::unordered_map<ItemId, std::vector<Ty>>& out) {
    if (pattern->kind != actual->kind || pattern->def != actual->def) return false;
    if (is_closure_placeholder(lw, pattern)) {
        if (actual->nargs == 0 || has_closure_placeholder(lw, actual) || out.count(pattern->def)) return false;
        out.emplace(pattern->def, std::vector<Ty>(actual->arg_span().begin(), actual->arg_span().end()));
        return true;
    }
    if (pattern->nargs != actual->nargs) return false;
    bool bound = false;
    for (uint32_t i = 0; i < pattern->nargs; ++i)
        bound |= bind_closure_placeholders(lw, pattern->arg(i), actual->arg(i), out);
    return bound;
}

void collect_placeholders(Lowerer& lw, Ty t, std::vector<ItemId>& out) {
    if (is_closure_placeholder(lw, t)) out.push_back(t->def);
    for (Ty a : t->arg_span()) collect_placeholders(lw, a, out);
}

// A call of a fn defined inside another fn's body (`<Filter<I, P> as Iterator>::count::to_usize
// ::<T, P>`), which paths lowered outside the engine cannot name: when it is the fn that defines
// a closure the destination's type holds, that fn with the args of the path's last segment (a
// nested fn has only its own generics).
std::optional<std::pair<ItemId, std::vector<Ty>>> nested_fn_callee(Lowerer& lw, mir::TyId path, Ty dest,
                                                                    items::CrateId crate, ItemId owner) {
    mir::Interner& in = lw.cx().interner();
    const auto& db = lw.cx().db();
    auto kids = in.children(path);
    if (kids.empty()) return std::nullopt;
    mir::TyId last = kids.back();
    std::vector<ItemId> closures;
    collect_placeholders(lw, dest, closures);
    for (ItemId c : closures) {
        ItemId def = lw.generic_root(c);
        const Item& d = db.item(def);
        if (d.kind != ItemKind::Function || d.name != in.ty(last).sym || d.parent == kNone ||
            db.item(d.parent).kind != ItemKind::Function)
            continue;
        std::vector<mir::TyId> seg(in.children(last).begin(), in.children(last).end());
        return std::make_pair(def, lw.lower_mir_args(def, seg, crate, owner));
    }
    return std::nullopt;
}

} // namespace

// The return type of a call of `def` with `args` (in the caller's scope), as the callee's MIR
// reveals it; nullptr when unknown.
Ty Lowerer::callee_return_ty(ItemId def, const std::vector<Ty>& args) {
    const auto& db = m_cx.db();
    const Item& fn = db.item(def);
    // `<{closure} as Fn*<..>>::call*`: the closure body's return type.
    if (fn.parent != kNone && db.item(fn.parent).kind == ItemKind::Trait && db.item(fn.parent).lang) {
        std::string_view lang = m_cx.interner().str(db.item(fn.parent).lang);
        if ((lang == "Fn" || lang == "FnMut" || lang == "FnOnce") && !args.empty() &&
            args[0]->kind == Kind::Closure && !is_closure_placeholder(*this, args[0])) {
            const ClosureInfo* info = closure_info(args[0]->def);
            return info && info->output ? m_cx.subst(info->output, args[0]->arg_span()) : nullptr;
        }
    }
    if (fn.body == kNone || !body_provider) return nullptr;
    const mir::Body* body = body_provider(fn.body);
    if (!body || body->locals.empty()) return nullptr;
    return m_cx.subst(lower_mir_ty(body->locals[0].ty, fn.crate, def), args);
}

void Lowerer::infer_foreign_closures(ItemId owner, ForeignClosures& out) {
    const auto& db = m_cx.db();
    const Item& it = db.item(owner);
    const mir::Body* body = it.body != kNone && body_provider ? body_provider(it.body) : nullptr;
    if (!body || !fn_path_lowerer) return;
    ++m_inferring_closures;
    // A call's result may be the argument of a later call that returns another closure: repeat
    // until nothing new is learned.
    for (int pass = 0; pass < 4; ++pass) {
        bool learned = false;
        for (const mir::BasicBlock& bb : body->blocks) {
            const mir::Terminator& t = bb.terminator;
            if (t.kind != mir::TerminatorKind::Call || t.place.proj.count || t.func.kind != mir::OperandKind::Constant)
                continue;
            const mir::ConstNode& cn = body->consts[t.func.constant];
            if (cn.kind != mir::ConstKind::Path || !cn.ty || t.place.local >= body->locals.size()) continue;
            Ty dest = lower_mir_ty(body->locals[t.place.local].ty, it.crate, owner);
            if (!has_closure_placeholder(*this, dest)) continue;
            auto callee = fn_path_lowerer(cn.ty, it.crate, owner);
            if (!callee) callee = nested_fn_callee(*this, cn.ty, dest, it.crate, owner);
            if (!callee) continue;
            Ty ret = callee_return_ty(callee->first, callee->second);
            if (ret && bind_closure_placeholders(*this, dest, ret, out.args)) learned = true;
        }
        if (!learned) break;
    }
    --m_inferring_closures;
}

std::optional<std::vector<Ty>> Lowerer::foreign_closure_args(ItemId owner, ItemId closure) {
    ForeignClosures& st = m_foreign_closures[owner];
    if (!st.done) {
        st.done = true; // also while running: a recursive query sees what is known so far
        ForeignClosures found;
        infer_foreign_closures(owner, found);
        m_foreign_closures[owner].args = std::move(found.args);
    }
    const ForeignClosures& now = m_foreign_closures[owner];
    auto it = now.args.find(closure);
    if (it != now.args.end()) return it->second;
    // A closure's body prints the types of its captures: its enclosing body made them.
    const Item& o = m_cx.db().item(owner);
    if ((o.kind == ItemKind::Closure || o.kind == ItemKind::AnonConst) && o.parent != kNone)
        return foreign_closure_args(o.parent, closure);
    return std::nullopt;
}

std::vector<Ty> Lowerer::closure_upvars(Ty closure) {
    const ClosureInfo* info = closure_info(closure->def);
    std::vector<Ty> out;
    if (!info) return out;
    for (Ty u : info->upvars) out.push_back(normalize(m_cx.subst(u, closure->arg_span())));
    return out;
}

Ty Lowerer::field_ty(Ty adt_ty, uint32_t variant, uint32_t field) {
    const AdtInfo& info = adt(adt_ty->def);
    ItemId f = info.variants.at(variant).fields.at(field);
    Ty generic = lower_item_ty(m_cx.db().item(f).ty, adt_ty->def);
    return normalize(m_cx.subst(generic, adt_ty->arg_span()));
}

} // namespace mirage::ty
