// Semantic types: what a type *is* (an ADT by its item, a generic parameter by its index), as
// opposed to how rustc printed it (mir::TyId syntax). Interned: one `Ty` pointer per distinct
// type, compared by pointer. Lifetimes are erased (MIR after borrowck carries none that matter).
//
// Generic parameters are numbered like rustc's: the parent's (impl or trait, Self first for
// traits) before the item's own, lifetimes skipped. A generic argument is a `Ty`; const
// arguments are `Kind::Const` types carrying their value.
#pragma once

#include "items/items.h"

#include <cstdint>
#include <deque>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace mirage::ty {

using items::ItemId;
using mir::u128;

enum class IntTy : uint8_t { I8, I16, I32, I64, I128, Isize, U8, U16, U32, U64, U128, Usize };
enum class FloatTy : uint8_t { F16, F32, F64, F128 };

enum class Kind : uint8_t {
    Bool, Char, Str, Never,
    Int,        // small: IntTy (signed and unsigned)
    Float,      // small: FloatTy
    Tuple,      // args: elements
    Array,      // args[0]: element, args[1]: length (a Const)
    Slice,      // args[0]
    Ref,        // flags & kMutable; args[0]: pointee
    RawPtr,     // flags & kMutable; args[0]: pointee
    Adt,        // def: struct/enum/union item; args
    Foreign,    // def: extern type item
    FnDef,      // def: fn item; args: its generic args (parent's first)
    FnPtr,      // args[0]: return, args[1..]: inputs; flags: kUnsafeFn, kVariadic; abi: ABI sym
    Closure,    // def: the Closure pseudo-item; args: parent args.., kind, sig (FnPtr), upvars (Tuple)
    Coroutine,  // def: the Closure pseudo-item; args: parent args.., resume, yield, return, upvars
    Dynamic,    // args: existential predicates (TraitRef first if any, then ProjEq, then auto traits)
    TraitRef,   // not a type: `Trait<args>` inside Dynamic and in trait selection; def: trait; args
                //   (for selection args[0] is Self; inside Dynamic there is no Self)
    ProjEq,     // not a type: `Assoc = T` inside Dynamic; def: assoc type item; args: trait args.., T
    Param,      // index: the parameter's index; sym: its name (for printing)
    Alias,      // projection `<Self as Trait>::Assoc`: def: assoc type item; args: Self, trait args
    Const,      // a const generic value: value (bits), args[0]: its type
    Pat,        // pattern type `T is a..=b`: args[0]: T; value/value2: the valid range
    Error,      // could not be resolved; carries a message in sym
};

enum TyFlags : uint8_t { kMutable = 1, kUnsafeFn = 2, kVariadic = 4 };

struct TyS {
    Kind kind;
    uint8_t flags;
    uint8_t small;     // IntTy / FloatTy
    uint8_t pad;
    uint32_t def;      // ItemId for Adt/Foreign/FnDef/Closure/Coroutine/TraitRef/ProjEq/Alias
    uint32_t index;    // Param index
    mir::Sym sym;      // Param name; FnPtr ABI ("" = Rust); Error message
    u128 value;        // Const bits; Pat range start
    u128 value2;       // Pat range end
    uint32_t nargs;
    const TyS* const* args;

    std::span<const TyS* const> arg_span() const { return {args, nargs}; }
    const TyS* arg(uint32_t i) const { return args[i]; }
};

using Ty = const TyS*;
using Args = std::span<const Ty>;

// Owns every interned type of one program. Not thread-safe.
class TyCtx {
  public:
    explicit TyCtx(mir::Interner& interner, const items::ItemDb& db, uint32_t pointer_size)
        : m_interner(interner), m_db(db), m_pointer_size(pointer_size) {}

    mir::Interner& interner() const { return m_interner; }
    const items::ItemDb& db() const { return m_db; }
    uint32_t pointer_size() const { return m_pointer_size; }

    Ty intern(const TyS& shape, Args args);

    Ty mk_bool() { return mk_simple(Kind::Bool); }
    Ty mk_char() { return mk_simple(Kind::Char); }
    Ty mk_str() { return mk_simple(Kind::Str); }
    Ty mk_never() { return mk_simple(Kind::Never); }
    Ty mk_int(IntTy t);
    Ty mk_float(FloatTy t);
    Ty mk_unit() { return mk_tuple({}); }
    Ty mk_tuple(Args elems);
    Ty mk_array(Ty elem, uint64_t len);
    Ty mk_slice(Ty elem);
    Ty mk_ref(Ty pointee, bool mut);
    Ty mk_ptr(Ty pointee, bool mut);
    Ty mk_adt(ItemId def, Args args);
    Ty mk_fn_def(ItemId def, Args args);
    Ty mk_fn_ptr(Ty ret, Args inputs, uint8_t flags, mir::Sym abi);
    Ty mk_param(uint32_t index, mir::Sym name);
    Ty mk_const(Ty type, u128 bits);
    Ty mk_usize_const(uint64_t v) { return mk_const(mk_int(IntTy::Usize), v); }
    Ty mk_error(std::string_view message);
    Ty mk(Kind kind, uint32_t def, Args args, uint8_t flags = 0);

    // Replaces every Param i by args[i]. Params beyond args.size() stay as they are.
    Ty subst(Ty ty, Args args);
    bool has_params(Ty ty) const;

    std::string to_string(Ty ty) const;

  private:
    Ty mk_simple(Kind kind);
    struct Key {
        TyS shape;
        bool operator==(const Key& o) const;
    };
    struct KeyHash {
        size_t operator()(const Key& k) const;
    };

    mir::Interner& m_interner;
    const items::ItemDb& m_db;
    uint32_t m_pointer_size;
    std::deque<TyS> m_nodes;
    std::deque<std::vector<Ty>> m_arg_store;
    std::unordered_map<Key, Ty, KeyHash> m_table;
};

inline bool is_signed(IntTy t) { return t <= IntTy::Isize; }
// Size in bytes of an integer type (pointer_size for isize/usize).
uint32_t int_size(IntTy t, uint32_t pointer_size);
const char* int_name(IntTy t);
const char* float_name(FloatTy t);
bool parse_int_ty(std::string_view name, IntTy& out);
bool parse_float_ty(std::string_view name, FloatTy& out);

} // namespace mirage::ty
