// Prints instances and types like demangled v0 symbols without crate hashes
// (`<alloc::vec::Vec<i32> as core::clone::Clone>::clone`): what rustc's symbols say, so the
// oracles in tests/resolve/ and tests/vtable/ can compare Mirage's resolution with rustc's.
#pragma once

#include "items/items.h"
#include "mir/interner.h"
#include "ty/traits.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace mirage {

class InstancePrinter {
    using Item = items::Item;
    using ItemId = items::ItemId;
    using ItemKind = items::ItemKind;
    using Kind = ty::Kind;
    using Ty = ty::Ty;
    static constexpr ItemId kNone = items::kNone;

  public:
    InstancePrinter(ty::TraitSolver& solver, const items::ItemDb& db, mir::Interner& in)
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

} // namespace mirage
