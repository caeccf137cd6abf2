// The MIR data model: what rustc 1.96 prints with `--emit=mir -Zmir-include-spans=yes`,
// as structured data. The grammar is rustc's printer: compiler/rustc_middle/src/mir/pretty.rs
// and compiler/rustc_middle/src/ty/print/pretty.rs.
//
// Storage is flat and index-based so a whole crate can be written to and read from the binary
// cache as plain arrays: every body owns a few pools (statements, projections, operands, const
// nodes) and its parts refer to ranges of those pools. Strings are interned `Sym`s and types are
// interned `TyId`s in the crate-independent `Interner` (interner.h): two equal types have the
// same id.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace mirage::mir {

using Sym = uint32_t;  // interned string; 0 is the empty string
using TyId = uint32_t; // interned type node; 0 is "no type"
using u128 = unsigned __int128;

constexpr uint32_t kNone = UINT32_MAX;

// A range [begin, begin + count) in one of a body's pools.
struct Range {
    uint32_t begin = 0;
    uint32_t count = 0;
    bool operator==(const Range&) const = default;
};

// `FILE:L:C: L:C` as rustc's source map prints it. file == 0 when the span is missing.
struct Span {
    Sym file = 0;
    uint32_t lo_line = 0, lo_col = 0, hi_line = 0, hi_col = 0;
    bool operator==(const Span&) const = default;
};

// ---------------------------------------------------------------------------------------------
// Types (interned; see interner.h). Children live in the interner's child pool.

enum class TyKind : uint8_t {
    Bool, Char, Str, Never, Int, Uint, Float, // Int/Uint/Float: `sym` is the name ("i32")
    Tuple,        // children: element types
    Array,        // children: element type, length (a ConstArg node)
    Slice,        // children: element type
    Ref,          // flags: kMut; children: lifetime (Lifetime node or 0), pointee
    RawPtr,       // flags: kMut; children: pointee
    FnPtr,        // flags: kUnsafe, kVariadic; sym: ABI string ("" = Rust); children: ret, args...
    FnDef,        // `fn(A) -> R {path}`: children: the FnPtr signature, the path
    Binder,       // `for<'a, 'b> T`: sym: the lifetime list as written; children: T
    Path,         // children: Segment nodes
    QPath,        // `<T as Trait>::seg::seg`: children: self ty, trait (Path or 0), Segments...
    Segment,      // sym: name; flags: kTurbofish, kParenSugar, kHasArgs; children: generic args
    ImplSegment,  // `<impl at SPAN>`: sym: SPAN text; or `<impl T>` / `<impl Tr for T>`: children
    Dyn,          // `dyn A + B + 'a`: children: bounds (Path/Binder/Lifetime)
    Impl,         // `impl A + B`: children: bounds
    Braced,       // `{closure@SPAN}`, `{async fn body of f()}`, ...: sym: inner text
    Lifetime,     // sym: `'a`
    ConstArg,     // a const generic argument or array length: sym: text as printed
    AssocEq,      // `Item = T` inside generic args: sym: name; children: T (or a ConstArg)
    Infer,        // `_`
    Pattern,      // `T is PAT`: sym: pattern text; children: T
    // Only in types that come from rustdoc JSON (never printed by rustc):
    Resolved,     // a path rustdoc already resolved: sym: the global items::ItemId; children:
                  // generic args (types, ConstArg, AssocEq; lifetimes dropped)
    Param,        // a generic parameter by name: sym: the name (`T`, `Self`)
};

enum TyFlags : uint8_t {
    kMut = 1,
    kUnsafe = 2,
    kVariadic = 4,
    kTurbofish = 8,  // generic args printed as `::<..>` (value namespace)
    kParenSugar = 16,// `Fn(A) -> R`: children: inputs tuple, output
    kHasArgs = 32,   // segment printed with `<...>` even if empty
    kSafe = 64,      // `safe fn` (extern block items)
    kTargetFeatures = 128, // `#[target_features] fn(..)`
};

struct TyNode {
    TyKind kind;
    uint8_t flags;
    uint16_t pad = 0;
    Sym sym;
    uint32_t child_begin;
    uint32_t child_count;
    bool operator==(const TyNode&) const = default;
};

// ---------------------------------------------------------------------------------------------
// Places and operands

enum class ProjKind : uint8_t {
    Deref,             // (*P)
    Field,             // (P.a: ty)
    Index,             // P[local a]
    ConstantIndex,     // P[a of b] / P[-a of b] (flag from_end)
    Subslice,          // P[a:-b] / P[a..b] (from_end false)
    Downcast,          // (P as Name) (sym) / (P as variant#a) (sym == 0)
    OpaqueCast,        // (P as ty)
    UnwrapUnsafeBinder,// unwrap_binder!(P; ty)
};

struct Projection {
    ProjKind kind;
    uint8_t from_end = 0;
    uint16_t pad = 0;
    uint32_t a = 0, b = 0;
    Sym sym = 0;
    TyId ty = 0;
    bool operator==(const Projection&) const = default;
};

struct Place {
    uint32_t local = 0;
    Range proj; // into Body::projections, innermost first
    bool operator==(const Place&) const = default;
};

enum class OperandKind : uint8_t { Copy, Move, Constant, RuntimeChecks };

struct Operand {
    OperandKind kind;
    uint8_t pad[3] = {};
    Place place;            // Copy, Move
    uint32_t constant = 0;  // Constant: index into Body::consts; RuntimeChecks: a RuntimeCheck
    bool operator==(const Operand&) const = default;
};

enum class RuntimeCheck : uint8_t { UbChecks, ContractChecks, OverflowChecks };

// ---------------------------------------------------------------------------------------------
// Constants, as printed (ConstOperand Display, pretty_print_const_value). A constant is a small
// tree in Body::consts; composite nodes list their children in Body::const_children.

enum class ConstKind : uint8_t {
    Int,         // `5_i32`, `-3_i8`, `5_usize`, bare `5` (sym: text)
    Float,       // `1.5f64`, `NaN_f32` (sym: text)
    Bool,        // sym: "true"/"false"
    Char,        // sym: the literal with quotes
    Str,         // sym: the literal with quotes (Rust Debug escaping)
    ByteStr,     // sym: `b"..."`; flags & 1: printed behind `*`
    Unit,        // `()`
    Path,        // fn item, unevaluated const, unit variant, const param: ty = the path
    Typed,       // `{VALUE as TY}` / `{VALUE: TY}`: sym: VALUE text; flags & 1: "as"; ty
    Tuple,       // children
    Array,       // children
    AdtTuple,    // ty = variant path; children
    AdtStruct,   // ty = variant path; children are Field nodes
    Field,       // sym: field name; children: [value]
    Uninit,      // `<uninit>`
    Raw,         // the Debug fallback `Slice { .. }: T`: sym = value text verbatim, ty
};

// ConstNode::flags bit: a fn item operand, printed as its bare path (ConstOperand's Display
// writes `const ` for every other constant).
constexpr uint8_t kBareConst = 2;

struct ConstNode {
    ConstKind kind;
    uint8_t flags = 0;
    uint16_t pad = 0;
    Sym sym = 0;
    TyId ty = 0;
    Range children; // into Body::const_children
    bool operator==(const ConstNode&) const = default;
};

// The comment blocks rustc prints after a statement (ExtraComments in pretty.rs):
// * `// mir::ConstOperand` for every constant whose type is not a plain scalar: the constant's
//   full type (fn items with their generic arguments) and how rustc holds its value;
// * `// closure` / `// coroutine` for closure and coroutine aggregates: the closure's DefId and
//   its generic arguments (closure kind, signature, captures);
// * `// adt` for ADT aggregates with a user type annotation.
enum class NoteKind : uint8_t { Const, Closure, Coroutine, Adt };

struct Note {
    NoteKind kind = NoteKind::Const;
    Span span;
    Sym user_ty = 0;  // text after `+ user_ty: ` (0 = absent)
    TyId ty = 0;      // Const: `const_: Const { ty: TY, ...`
    Sym val = 0;      // Const: text after `val: `, e.g. `Value(..)`, `Unevaluated(..)`
    Sym def_id = 0;   // Closure/Coroutine: text after `+ def_id: `
    Sym args = 0;     // Closure/Coroutine: the `+ args: [..]` elements, one per line
    Sym coroutine_kind = 0; // Coroutine: text after `+ kind: `
    bool operator==(const Note&) const = default;
};

// ---------------------------------------------------------------------------------------------
// Rvalues and statements

enum class BinOp : uint8_t {
    Add, AddUnchecked, AddWithOverflow, Sub, SubUnchecked, SubWithOverflow, Mul, MulUnchecked,
    MulWithOverflow, Div, Rem, BitXor, BitAnd, BitOr, Shl, ShlUnchecked, Shr, ShrUnchecked,
    Eq, Lt, Le, Ne, Ge, Gt, Cmp, Offset,
    Count
};
enum class UnOp : uint8_t { Not, Neg, PtrMetadata, Count };

enum class BorrowKind : uint8_t { Shared, Mut, Fake, FakeShallow };

enum class RvalueKind : uint8_t {
    Use,             // ops[0]
    Repeat,          // [ops[0]; const] : constant = const node index
    Ref,             // &{kind} place
    RawPtr,          // &raw const|mut place (mut)
    ThreadLocalRef,  // &/*tls*/ [mut] path (ty = path)
    Cast,            // ops[0] as ty (cast kind sym)
    BinaryOp,        // op(ops[0], ops[1])
    UnaryOp,         // op(ops[0])
    Discriminant,    // discriminant(place)
    Aggregate,       // see AggregateKind
    CopyForDeref,    // deref_copy place
    WrapUnsafeBinder,// wrap_binder!(ops[0]; ty)
};

enum class AggregateKind : uint8_t {
    Array,     // [ops...]
    Tuple,     // (ops...)
    AdtUnit,   // path (ty)
    AdtTuple,  // path(ops...)
    AdtStruct, // path { names: ops... } (names in Body::syms at `names`)
    Closure,   // {closure@..} { names: ops... } (ty = Braced type)
    Coroutine, // {coroutine@..} { names: ops... }
    RawPtr,    // *const|mut ty from (ops...)
};

struct Rvalue {
    RvalueKind kind;
    uint8_t op = 0;   // BinOp, UnOp, BorrowKind, AggregateKind, or mutability (1 = mut)
    uint8_t mut_ = 0; // RawPtr aggregate / tls: 1 = mut
    uint8_t pad = 0;
    Place place;
    Range ops;        // into Body::operands
    TyId ty = 0;
    Sym sym = 0;      // cast kind
    uint32_t constant = kNone;
    Range names;      // field names, into Body::syms
    bool operator==(const Rvalue&) const = default;
};

enum class StatementKind : uint8_t {
    Assign,                       // place = rvalue
    StorageLive, StorageDead,     // (place)
    Retag,                        // Retag([kind] place); retag: 0 default 1 fn entry 2 2phase 3 raw
    SetDiscriminant,              // discriminant(place) = variant (a)
    PlaceMention,                 // PlaceMention(place)
    FakeRead,                     // FakeRead(CAUSE, place): sym = cause text
    AscribeUserType,              // raw text in sym
    Coverage,                     // raw text in sym
    Assume,                       // assume(op)
    CopyNonOverlapping,           // copy_nonoverlapping(dst = op, src = op, count = op)
    ConstEvalCounter,
    Nop,
    BackwardIncompatibleDropHint, // (place)
};

struct Statement {
    StatementKind kind;
    uint8_t retag = 0;
    uint16_t pad = 0;
    uint32_t a = 0;
    Sym sym = 0;
    Place place;
    Rvalue rvalue;
    Range ops;
    Span span;
    uint32_t scope = 0;
    Range notes; // into Body::notes
    bool operator==(const Statement&) const = default;
};

// ---------------------------------------------------------------------------------------------
// Terminators

enum class TerminatorKind : uint8_t {
    Goto, SwitchInt, Return, Unreachable, UnwindResume, UnwindTerminate, Drop, AsyncDrop,
    Call, TailCall, Assert, Yield, CoroutineDrop, FalseEdge, FalseUnwind, InlineAsm,
};

enum class UnwindKind : uint8_t { None, Continue, Unreachable, Terminate, Cleanup };

// Edge labels as printed in `-> [label: bbN, ...]`.
enum class EdgeLabel : uint8_t {
    Plain, Return, Unwind, Success, Otherwise, Value, Resume, Drop, Real, Imaginary, Label
};

struct Edge {
    EdgeLabel label;
    uint8_t pad[3] = {};
    uint32_t block = 0;
    u128 value = 0; // switchInt value
    bool operator==(const Edge&) const = default;
};

struct Terminator {
    TerminatorKind kind;
    UnwindKind unwind = UnwindKind::None;
    uint8_t expected = 1; // Assert
    uint8_t pad = 0;
    Sym unwind_reason = 0;// terminate(reason) / UnwindTerminate(reason)
    Place place;          // call destination, drop place, yield resume arg
    Operand func;         // call / tailcall callee, switchInt discriminant, assert condition
    Range args;           // call arguments, assert message arguments, yield value, drop poll
    Range edges;          // into Body::edges, in printed order (unwind cleanup included)
    Sym text = 0;         // assert message format; inline asm: whole `asm!(...)` head verbatim
    Span span;
    uint32_t scope = 0;
    Range notes;
    bool operator==(const Terminator&) const = default;
};

// ---------------------------------------------------------------------------------------------
// Bodies

struct BasicBlock {
    Range statements;
    Terminator terminator;
    bool cleanup = false;
    bool operator==(const BasicBlock&) const = default;
};

struct LocalDecl {
    TyId ty = 0;
    bool mut_ = false;
    bool is_arg = false;
    uint32_t scope = 0;
    Span span;
    Sym user_ty = 0; // ` as UserTypeProjection {..}` suffixes, verbatim
    bool operator==(const LocalDecl&) const = default;
};

struct DebugVar {
    Sym name = 0;
    uint32_t scope = 0;
    Span span;
    TyId composite_ty = 0;   // `(name: T)` fragment form, with projections
    Range composite_proj;    // into Body::projections
    bool is_const = false;
    Place place;             // value when !is_const
    uint32_t constant = kNone; // value when is_const
    bool operator==(const DebugVar&) const = default;
};

struct Scope {
    uint32_t parent = kNone;
    Sym inlined = 0;  // ` (inlined ...)` text, if any
    Span inlined_span;
    bool operator==(const Scope&) const = default;
};

enum class BodyKind : uint8_t { Fn, Const, Static, StaticMut, Promoted, AnonConst };

enum class AllocKind : uint8_t { Memory, Static, ExternStatic, Fn, VTable, TypeId, Deallocated };

struct Relocation {
    uint32_t offset = 0;   // byte offset of the pointer in the allocation
    uint32_t size = 0;     // bytes the pointer covers (the target's pointer size)
    Sym target = 0;        // pointer as printed: `alloc12`, `alloc12+0x8`, `alloc3<imm>`
    bool operator==(const Relocation&) const = default;
};

// An allocation dump printed after a body (`allocN (size: S, align: A) { bytes }`).
struct Allocation {
    uint32_t id = 0;
    AllocKind kind = AllocKind::Memory;
    Sym what = 0;           // static name, fn instance, vtable text...
    uint64_t size = 0;
    uint64_t align = 0;
    bool has_contents = false;
    std::vector<uint8_t> bytes;
    std::vector<uint8_t> init; // one flag per byte
    std::vector<Relocation> relocations;
    bool operator==(const Allocation&) const = default;
};

struct Body {
    BodyKind kind = BodyKind::Fn;
    bool ctfe = false;        // printed under `// MIR FOR CTFE`
    TyId name = 0;            // the item path (a Path type node)
    uint32_t promoted = kNone;// `::promoted[N]`
    uint32_t arg_count = 0;
    TyId yield_ty = 0;
    std::vector<LocalDecl> locals; // _0 is the return place
    std::vector<DebugVar> debug_vars;
    std::vector<Scope> scopes;
    std::vector<BasicBlock> blocks;
    std::vector<Statement> statements;
    std::vector<Projection> projections;
    std::vector<Operand> operands;
    std::vector<ConstNode> consts;
    std::vector<uint32_t> const_children;
    std::vector<Note> notes;
    std::vector<Edge> edges;
    std::vector<Sym> syms;
    std::vector<Allocation> allocations;
    // Where the body starts in its source text (1-based line), for error messages.
    uint32_t source_line = 0;

    bool operator==(const Body&) const = default;
};

} // namespace mirage::mir
