// The abstract machine that runs MIR (ARCHITECTURE.md §1.4): instances lowered on first call,
// frames, places, the step loop, calls, drops and unwinding. Memory lives in src/memory;
// intrinsics (src/intrinsics) and foreign functions (src/shims) plug in through the registries
// declared at the end of this header and use the Machine's public API.
#pragma once

#include "checks/leaks.h"
#include "checks/provenance.h"
#include "concurrency/threads.h"
#include "diag/error.h"
#include "diag/render.h"
#include "diag/source.h"
#include "driver/program.h"
#include "memory/memory.h"
#include "ty/layout.h"
#include "ty/traits.h"
#include "ty/vtable.h"

#include <cstdlib>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace mirage::checks {
class Validity;
}

namespace mirage::engine {

using memory::AllocId;
using memory::Pointer;
using mir::u128;
using ty::Layout;
using ty::Ty;

struct Options {
    uint64_t seed = 0;
    std::vector<std::string> args;              // argv[1..] (argv[0] is the program's name)
    std::string program_name;
    std::vector<std::pair<std::string, std::string>> env; // the isolated environment
    bool check_alignment = true;
    bool symbolic_alignment = false; // -Zmiri-symbolic-alignment-check
    std::vector<uint64_t> track_alloc_ids; // -Zmiri-track-alloc-id=N,M: allocation serials
    bool validate = true;
    uint32_t max_stack_depth = 10000;
    bool ignore_leaks = false;
    checks::ProvenanceMode provenance = checks::ProvenanceMode::Default;
    double preemption_rate = 0.01; // -Zmiri-preemption-rate: a switch after a basic block
    // -Zmiri-fixed-schedule: the next thread is the next runnable one in order, not a random one.
    bool fixed_schedule = false;
    // -Zmiri-compare-exchange-weak-failure-rate: how often a `compare_exchange_weak` that would
    // succeed fails spuriously (Miri's default 0.8).
    double cmpxchg_weak_failure_rate = 0.8;
    // -Zmiri-disable-data-race-detector turns it off (src/concurrency/data_race.h).
    bool data_race_detector = true;
};

// A place in memory with its type. `meta` is the metadata of an unsized place (slice length or
// vtable pointer).
struct PlaceRef {
    Pointer ptr;
    Ty ty = nullptr;
    const Layout* layout = nullptr;
    uint64_t meta = 0;
    AllocId meta_prov = memory::kNoAlloc;
    bool has_meta = false;
    uint32_t variant = UINT32_MAX; // after a Downcast: which variant's fields follow
    // When below the type's: the alignment its accesses need (a field of a packed struct, as
    // rustc's restrict_for_offset makes it). 0: the type's.
    uint64_t align = 0;
};

// A scalar value (up to 16 bytes) with the provenance of its pointer bytes.
struct Scalar {
    u128 bits = 0;
    AllocId prov = memory::kNoAlloc;
};

// A constant as bytes: what writing it to a place copies.
struct ConstValue {
    Ty ty = nullptr;
    const Layout* layout = nullptr;
    std::vector<uint8_t> bytes;
    std::vector<std::pair<uint64_t, Pointer>> relocs; // pointer-sized chunks with provenance
    bool uninit = false;
};

struct LoweredProj {
    Ty ty = nullptr; // the type after this projection
    const Layout* layout = nullptr;
    uint32_t variant = UINT32_MAX; // Downcast: the variant index
};

struct InstanceBody;

struct CallTarget {
    bool ready = false;
    bool is_fn_item = false;
    bool via_fn_trait = false;  // called as Fn*::call*: a closure body takes the tuple spread
    items::ItemId called = items::kNone;
    ty::Instance instance;
    InstanceBody* body = nullptr; // the lowered callee once known (fn items with a MIR body)
};

// One monomorphic instance of a MIR body, lowered on first call.
// A correction to a lowered type: Param `from` is Param `to`, or (closure) the closure item
// `from` is the closure item `to`.
struct TySwap {
    bool closure = false;
    uint32_t from = 0, to = 0;
};
using TySwaps = std::vector<TySwap>;

struct InstanceBody {
    ty::Instance instance;
    const mir::Body* mir = nullptr;
    uint32_t body_index = 0;
    items::ItemId item = items::kNone;  // the body's item (generic scope for its types)
    items::CrateId crate = 0;
    std::vector<Ty> args;               // generic args of `item` (parents first)
    std::vector<Ty> local_tys;
    std::vector<const Layout*> local_layouts;
    std::vector<uint8_t> has_storage;   // locals with StorageLive/Dead statements
    // Locals whose address is never taken (no `&`/`&raw` of the local itself, not dropped in
    // place) share one allocation per frame, the arena: one allocation per call instead of one
    // per local. Nothing can point into it, so its locals need no bounds of their own.
    std::vector<uint64_t> arena_offset; // UINT64_MAX: a local with its own allocation
    uint64_t arena_size = 0, arena_align = 1;
    bool has_arena = false;
    std::vector<LoweredProj> projs;     // parallel to mir->projections, filled lazily
    std::vector<std::unique_ptr<ConstValue>> consts; // parallel to mir->consts, lazily
    std::vector<CallTarget> calls;      // per basic block, lazily
    std::unordered_map<mir::TyId, Ty> tys; // syntax type -> lowered type in this instance
    std::vector<mir::TyId> const_tys;   // per const node: the type from its ConstOperand note (0: none)
    std::unordered_map<const mir::Rvalue*, std::vector<uint32_t>> agg_cache; // [variant, fields..]
    // Per local: what its printed type means that the lowering cannot tell (params printed
    // alike, closures printed alike; see assign_synthetic_params, assign_closure_choices);
    // empty when the body has none.
    std::vector<TySwaps> ty_swaps;
    // Closure aggregates whose printed operands miss captures (see capture_operands).
    std::unordered_map<const mir::Rvalue*, std::vector<mir::Operand>> capture_ops;
    // Closures of other fns (what a callee's `impl Fn` return reveals) by item: their generic
    // args, which the printed `{closure@..}` type lacks, taken from the call that returned them.
    std::unordered_map<items::ItemId, std::vector<Ty>> foreign_closures;
    std::string name;
};

enum class UnwindAction : uint8_t { Continue, Cleanup, Terminate, Unreachable };

// What happens when the frame is popped: where the caller continues.
struct ReturnTo {
    uint32_t block = UINT32_MAX;       // UINT32_MAX: the callee must not return
    UnwindAction unwind = UnwindAction::Continue;
    uint32_t cleanup = 0;
    bool nested = false;               // a nested evaluation (a const's body): the caller is mid-statement
};

class Machine;

// A frame of native code (drop glue, shims that call back into MIR, catch_unwind): `step`
// runs until it calls into MIR (push a frame and return) or finishes (machine.pop_native).
struct NativeFrame {
    virtual ~NativeFrame() = default;
    virtual void step(Machine& m) = 0;
    // Unwinding reaches this frame. Return true when it stops the unwinding (catch_unwind).
    virtual bool on_unwind(Machine& m) {
        (void)m;
        return false;
    }
    virtual std::string name() const = 0;
};

struct Frame {
    InstanceBody* body = nullptr;           // nullptr for native frames
    std::unique_ptr<NativeFrame> native;
    std::vector<Pointer> locals;            // prov == 0: dead
    uint32_t block = 0, stmt = 0;
    PlaceRef dest;                          // where the return value goes (in the caller)
    ReturnTo ret;
    std::vector<AllocId> temps;             // freed when the frame is popped
    bool keep_locals = false;               // a const's body: its locals become global memory
    AllocId arena = memory::kNoAlloc;       // the locals that share one allocation
};

// A thread of the program: its frames (while another thread runs; the running thread's frames
// are the machine's stack), its #[thread_local] statics, and where a blocking call it made
// continues once the thread is woken.
struct MachineThread : concurrency::Thread {
    std::deque<Frame> stack;
    std::unordered_map<uint32_t, PlaceRef> tls_statics; // by the static's body
    std::optional<ReturnTo> resume;
};

// Resolved info of a foreign function / intrinsic call.
struct CallArgs {
    std::vector<PlaceRef> places; // each argument's place (a temporary copy)
};

class Machine;
struct ThreadRootFrame;
// An instance's lowered body by identity: its kind, item, body and generic args (interned).
struct BodyKey {
    uint8_t kind = 0;
    items::ItemId def = 0;
    uint32_t body = 0;
    std::vector<Ty> args;
    bool operator==(const BodyKey&) const = default;
};
struct BodyKeyHash {
    size_t operator()(const BodyKey& k) const;
};

using ShimFn = std::function<void(Machine& m, const ty::Instance& inst, std::vector<PlaceRef>& args,
                                  const PlaceRef& dest)>;

class Machine {
  public:
    Machine(Program& program, Options options);
    ~Machine();

    // Runs the user's crate from `std::rt::lang_start` to exit; returns the exit status. Every
    // stop (UB, unsupported, internal) is reported on stderr.
    int run_main(items::CrateId user_crate);
    items::CrateId m_user_crate = 0; // whose frames reports show (Miri: local crates)

    // ---- API for intrinsics and shims --------------------------------------------------------
    Program& program() { return m_p; }
    ty::TyCtx& cx() { return *m_p.cx; }
    ty::TraitSolver& solver() { return *m_p.solver; }
    memory::Memory& mem() { return m_mem; }
    const Options& options() const { return m_opts; }
    uint32_t ptr_size() const { return m_ptr_size; }
    const Layout* layout_of(Ty ty);
    std::string ty_name(Ty ty) { return m_p.cx->to_string(ty); }

    Scalar read_scalar(const PlaceRef& p);     // a scalar-typed place (int, float, thin ptr...)
    void write_scalar(const PlaceRef& p, Scalar v);
    u128 read_uint(const PlaceRef& p) { return read_scalar(p).bits; }
    Pointer read_pointer(const PlaceRef& p);   // thin pointer (the data part of a wide one)
    uint64_t read_meta(const PlaceRef& p);     // second half of a wide pointer
    void write_pointer(const PlaceRef& p, Pointer v);
    void write_wide(const PlaceRef& p, Pointer data, uint64_t meta, AllocId meta_prov);
    // The place a (possibly wide) pointer value points to, typed `pointee`.
    PlaceRef deref(const PlaceRef& ptr_place, Ty pointee);
    PlaceRef field(const PlaceRef& base, uint32_t index);
    PlaceRef temp(Ty ty);                      // a fresh stack allocation (freed with the frame)
    PlaceRef pointer_temp(Pointer p);          // a temp of the current frame holding `p` (a `*mut u8` argument)
    void copy_place(const PlaceRef& dst, const PlaceRef& src);
    // Size and alignment of the value at `p` (dynamic for unsized places).
    std::pair<uint64_t, uint64_t> size_and_align(const PlaceRef& p);
    std::pair<uint64_t, uint64_t> size_and_align_of(Ty ty, uint64_t meta);
    static uint64_t place_align(const PlaceRef& p) { return p.align ? p.align : p.layout->align; }

    // Allocation of fn pointers and vtables.
    Pointer fn_pointer(const ty::Instance& inst);
    const ty::Instance* fn_of_pointer(Pointer p);
    Pointer vtable_for(Ty concrete, Ty dyn_ty);
    // Whether `p` points to a vtable, with the type it was made for and its principal trait
    // (a TraitRef, or nullptr for a vtable of auto traits only).
    bool vtable_info(Pointer p, Ty* concrete, Ty* principal) const;

    // Typed copies (rustc's copy_op): the load of the value at `src` at its type (Scalar and
    // ScalarPair values must be initialised) and the validity of the value written at `dst`
    // (src/checks/validity.h; nothing with -Zmiri-disable-validation).
    void typed_load(const PlaceRef& src);
    void check_new_reference(const PlaceRef& p);
    [[noreturn]] void bad_fn_pointer(Pointer p);
    void validate(const PlaceRef& dst);

    // Calls `inst` with the given argument places (copied into the callee's locals); the
    // return value goes to `dest`; the current native frame resumes afterwards.
    void call_instance(const ty::Instance& inst, const std::vector<PlaceRef>& args,
                       const PlaceRef& dest, ReturnTo ret);
    void call_fn_pointer(Pointer fn, const std::vector<PlaceRef>& args, const PlaceRef& dest,
                         ReturnTo ret);
    // Drop glue for the value at `p` as a native frame (nothing when it needs no drop).
    void drop_in_place(const PlaceRef& p, ReturnTo ret);
    void push_native(std::unique_ptr<NativeFrame> f, const PlaceRef& dest, ReturnTo ret);
    // Pops the current native frame; execution continues where its ReturnTo says.
    void pop_native();

    // Unwinding: begins a panic unwind with `payload` (what catch_unwind's catch fn receives).
    void start_unwind(Pointer payload);
    Pointer unwind_payload() const { return m_unwind_payload; }

    // Exit (the `exit` foreign function, main's return).
    [[noreturn]] void exit(int status);
    [[noreturn]] void abort_process(const std::string& why);

    // Output streams of the program.
    void write_stdout(const uint8_t* data, size_t len);
    void write_stderr(const uint8_t* data, size_t len);

    Ty mk_u8_ptr();
    PlaceRef unit_place();
    Frame& current_frame();
    bool needs_drop(Ty t);
    std::optional<ty::Instance> drop_impl(Ty t);
    uint32_t read_discriminant_variant_pub(const PlaceRef& p);
    mir::Span current_span(const Frame& f) const;
    const std::deque<Frame>& stack() const { return m_stack; }
    // Set by anything that leaves the current call other than by returning (unwinding, exit).
    bool m_diverted = false;
    items::ItemId lang_item(std::string_view name) const { return m_p.solver->lang_item(name); }

    // How the call being dispatched continues (for handlers that call back into MIR).
    ReturnTo pending_return() const { return m_call_ret; }
    // Writes `&'static Location` of the innermost non-#[track_caller] call site to `dest`.
    void caller_location_into(const PlaceRef& dest);
    std::optional<std::pair<mir::Span, uint32_t>> macro_call_site(const Frame& site, const mir::Span& sp);
    void macro_site_column(const Frame& site, const mir::Span& sp, uint32_t& col);
    bool is_track_caller(items::ItemId fn);
    // Counters
    uint64_t steps() const { return m_steps; }

    // ---- UB checks (src/checks)
    // The backtrace of a heap allocation being made (leak reports); 0 when leaks are not checked.
    uint32_t alloc_backtrace() { return m_opts.ignore_leaks ? 0 : record_backtrace(); }
    // Where the user's code is now (Miri's current_span), as an id of the span table of
    // allocation notes: where a heap allocation is made or freed. 0 when no frame is the user's.
    uint32_t user_span_id();
    checks::LeakCheck& leak_check() { return m_leak_check; }

    // ---- threads (src/concurrency)
    concurrency::Threads& threads() { return m_threads; }
    MachineThread& thread(concurrency::ThreadId id) { return static_cast<MachineThread&>(m_threads.get(id)); }
    MachineThread& current_thread() { return thread(m_threads.current_id()); }
    // A new thread that will call `start(arg)` (a `extern "C" fn(*mut c_void) -> *mut c_void`).
    concurrency::ThreadId spawn_thread(Pointer start, Pointer arg);
    // Blocks the current thread in the foreign call being dispatched: the call completes (and
    // the thread continues after it) once the blocker's on_unblock ran.
    void block_thread(concurrency::Blocker b);
    // The virtual monotonic clock (isolation: no host time): it advances with execution.
    uint64_t now_ns() const { return virtual_clock_ns + m_steps * kNsPerStep; }
    void advance_clock_to(uint64_t ns) {
        if (ns > now_ns()) virtual_clock_ns += ns - now_ns();
    }
    static constexpr uint64_t kNsPerStep = 1000;

    // pthread keys (their values are per thread: concurrency::Thread::key_values).
    struct TlsKey {
        Pointer dtor;
        bool live = true;
    };
    std::vector<TlsKey> tls_keys;
    std::vector<AllocId> env_allocs;
    Pointer environ_ptr;
    uint64_t virtual_clock_ns = 0;
    // The seeded RNG of every non-deterministic choice but base addresses (which memory draws
    // from its own generator seeded alike): scheduling, entropy, spurious cmpxchg failures.
    std::mt19937_64 rng;
    // True with probability `p` (one draw of `rng`, none when `p` is 0 or 1).
    bool random_bool(double p) {
        if (p <= 0 || p >= 1) return p >= 1;
        return static_cast<double>(rng() >> 11) * 0x1.0p-53 < p;
    }

  private:

    // Lowering
    InstanceBody* lower(const ty::Instance& inst);
    InstanceBody* lower_body(const ty::Instance& inst, uint32_t body);
    uint32_t promoted_body(items::ItemId item, uint32_t promoted);
    items::ItemId item_by_body_name(items::CrateId crate, mir::TyId path);
    uint32_t body_by_name(items::CrateId crate, mir::TyId path);
    // `use`: the constant node naming the path, when it is a constant's (see nearest_namesake).
    std::optional<std::pair<items::ItemId, std::vector<Ty>>> resolve_nested_path(InstanceBody& b, mir::TyId path,
                                                                              uint32_t use = UINT32_MAX);
    void assign_synthetic_params(InstanceBody& b);
    void assign_closure_choices(InstanceBody& b);
    void propagate_swaps(InstanceBody& b);
    std::unordered_map<mir::TyId, std::vector<items::ItemId>> m_closures_by_text; // printed text -> closures
    Ty lower_ty_swapping(InstanceBody& b, mir::TyId syntax, const TySwaps& choice);
    Ty apply_swaps(Ty t, const TySwaps& choice);
    items::ItemId nearest_namesake(InstanceBody& b, mir::TyId path, const std::vector<items::ItemId>& consts,
                                   uint32_t use);
    std::unordered_map<items::ItemId, std::vector<items::ItemId>> m_anon_consts; // parent -> anon consts
    Pointer body_allocation(InstanceBody& b, uint32_t alloc_id);
    PlaceRef extern_static(items::ItemId item);
    // Runs `b` to completion on top of the current stack, its return value into `dest`.
    void run_nested(InstanceBody* b, const PlaceRef& dest);
    Ty lower_ty(InstanceBody& b, mir::TyId syntax);
    void infer_foreign_closures(InstanceBody& b);
    Ty with_foreign_closure_args(InstanceBody& b, Ty t);
    bool is_foreign_closure(const InstanceBody& b, Ty t) const;
    // `use`: the constant node of the call's fn operand (tells apart same-named local fns).
    std::optional<ty::Instance> resolve_callee_path(InstanceBody& b, mir::TyId path, items::ItemId* called,
                                                    const TySwaps* choice = nullptr, uint32_t use = UINT32_MAX);
    Ty local_ty(InstanceBody& b, uint32_t local) { return b.local_tys[local]; }
    uint32_t body_of(const ty::Instance& inst);
    uint32_t impl_item_body(items::ItemId item);
    std::unordered_map<std::string, uint32_t> m_impl_item_bodies; // crate:impl span:name -> body

    // Execution
    void run_loop_until(size_t depth, bool scheduling = false);
    void run_threads();
    void switch_to(concurrency::ThreadId next);
    friend struct ThreadRootFrame;
    void start_main_thread(std::function<void(Machine&)> start, const PlaceRef& result);
    void end_thread(ThreadRootFrame& root);
    void unwind_into(ReturnTo ret);
    void clone_shim(Ty self, const PlaceRef& self_ref, const PlaceRef& dest, ReturnTo ret);
    void call_once_shim(const ty::Instance& body, std::vector<PlaceRef>& args, const PlaceRef& dest, ReturnTo ret);
    void step_statement(Frame& f, const mir::Statement& s);
    void step_terminator(Frame& f, const mir::Terminator& t);
    void push_frame(InstanceBody* b, const std::vector<PlaceRef>& args, const PlaceRef& dest,
                    ReturnTo ret);
    void pop_frame_return();
    void unwind_step();
    void goto_block(Frame& f, uint32_t block);
    void free_locals(Frame& f);

    PlaceRef eval_place(Frame& f, const mir::Place& p);
    PlaceRef local_place(Frame& f, uint32_t local);
    PlaceRef project(Frame& f, const PlaceRef& base, const mir::Projection& proj, uint32_t index);
    void eval_rvalue_into(Frame& f, const mir::Rvalue& rv, const PlaceRef& dest);
    void write_operand(Frame& f, const mir::Operand& op, const PlaceRef& dest);
    Scalar eval_scalar(Frame& f, const mir::Operand& op, Ty* ty_out = nullptr);
    PlaceRef operand_place(Frame& f, const mir::Operand& op); // a place holding the operand's value
    Ty operand_ty(Frame& f, const mir::Operand& op);
    const ConstValue& const_value(Frame& f, uint32_t const_index);
    void materialize_const(InstanceBody& b, uint32_t node, const PlaceRef& dest);
    PlaceRef static_place(items::ItemId item, const std::vector<Ty>& args);
    bool is_freeze(Ty t, int depth = 0);
    PlaceRef eval_const_item(items::ItemId item, const std::vector<Ty>& args, uint32_t promoted);
    PlaceRef tls_place(items::ItemId item, uint32_t body);
    PlaceRef eval_const_body(InstanceBody* b, const std::string& key);
    InstanceBody* unlinked_anon_const(InstanceBody& b, mir::TyId path);
    items::ItemId static_of_def_id(std::string_view text);
    Ty eval_written_const(std::string_view expr, items::ItemId owner, Ty type);
    std::optional<u128> eval_written_int(std::string_view expr, items::ItemId scope);
    int m_written_depth = 0;
    void cast(Frame& f, const mir::Rvalue& rv, const PlaceRef& dest);
    void binary_op(Frame& f, mir::BinOp op, const mir::Operand& a, const mir::Operand& b,
                   const PlaceRef& dest);
    void unary_op(Frame& f, mir::UnOp op, const mir::Operand& a, const PlaceRef& dest);
    void aggregate(Frame& f, const mir::Rvalue& rv, const PlaceRef& dest);
    const std::vector<mir::Operand>& capture_operands(Frame& f, const mir::Rvalue& rv, size_t captures);
    void write_unprinted_captures(Frame& f, const PlaceRef& dest, uint32_t printed);
    uint32_t read_discriminant_variant(const PlaceRef& p);
    u128 read_discriminant(const PlaceRef& p);
    void write_discriminant(const PlaceRef& p, uint32_t variant);
    void unsize(const PlaceRef& src, Ty src_ty, const PlaceRef& dest);
    void do_call(Frame& f, const mir::Terminator& t);
    const ty::Instance& callee_of(Frame& f, const mir::Terminator& t, Pointer* fnptr);
    void dispatch_call(const ty::Instance& inst, std::vector<PlaceRef>& args, const PlaceRef& dest,
                       ReturnTo ret, bool untuple_for_closure);
    void call_intrinsic(const ty::Instance& inst, std::vector<PlaceRef>& args, const PlaceRef& dest,
                        ReturnTo ret);
    void call_foreign(const ty::Instance& inst, std::vector<PlaceRef>& args, const PlaceRef& dest,
                      ReturnTo ret);
    items::ItemId exported_symbol(const std::string& name);
    std::unordered_map<std::string, items::ItemId> m_exported;
    std::unordered_map<std::string, items::ItemId> m_no_mangle; // symbol -> #[no_mangle] fn
    bool m_no_mangle_indexed = false;
    void assert_failed(Frame& f, const mir::Terminator& t);
    void continue_after_native_call(ReturnTo ret);
    void report(const diag::MachineStop& stop);
    uint32_t record_backtrace();
    void check_leaks(); // check_reports.cpp
    void int2ptr_cast(); // check_reports.cpp
    // The fn pointer type a function was reified to (its own signature, with its ABI), by Fn
    // allocation payload; checked against the type of calls through the pointer.
    std::vector<Ty> m_fn_sigs;
    void note_fn_signature(Pointer fn, Ty sig);
    void check_fn_ptr_call(Ty caller_sig, const ty::Instance& callee, Pointer fn, const std::vector<PlaceRef>& args);
    checks::LeakCheck m_leak_check;
    checks::Int2PtrCasts m_int2ptr; // set from m_opts in the constructor
    checks::BacktraceTable m_backtraces;
    // ---- reports (report.cpp)
    struct ReportFrame {
        const InstanceBody* body = nullptr;
        mir::Span span;
    };
    std::string frame_name(const InstanceBody* b);
    std::string std_visible_path(std::string path);
    bool is_closure(const InstanceBody* b) const;
    mir::Span frame_span(const Frame& f);
    std::vector<ReportFrame> stack_frames();
    bool prune_frames(std::vector<ReportFrame>& frames);
    diag::Snippet snippet(const mir::Span& sp, std::string label);
    void add_backtrace(diag::Report& r, const std::vector<ReportFrame>& frames, const std::string& thread);
    std::string backtrace_thread();
    void emit(const diag::Report& r);
    void emit_pruned_note();
    void emit_abort_summary();
    void track_alloc_event(const memory::Allocation& a, bool freed);
    // The spans of allocation notes (Allocation::alloc_span/free_span), by id; 0 is none.
    struct SpanHash {
        size_t operator()(const mir::Span& s) const;
    };
    std::vector<mir::Span> m_spans;
    std::unordered_map<mir::Span, uint32_t, SpanHash> m_span_ids;
    uint32_t span_id(const mir::Span& sp);
    unsigned m_errors_emitted = 0, m_warnings_emitted = 0;

    Program& m_p;
    Options m_opts;
    uint32_t m_ptr_size;
    memory::Memory m_mem;
    std::unique_ptr<ty::LowererAdtSource> m_adts;
    std::unique_ptr<ty::LayoutCx> m_layouts;
    std::unique_ptr<ty::VtableBuilder> m_vtables;
    std::unique_ptr<ty::DropGlue> m_glue;
    // The running thread's frames. A deque: frames stay put while nested evaluation (consts)
    // pushes more, and while a thread switch swaps the stacks of two threads.
    std::deque<Frame> m_stack;
    concurrency::Threads m_threads;
    std::unordered_map<uint64_t, std::pair<items::ItemId, uint32_t>> m_tls_refs; // crate<<32|path -> (item, body)
    uint32_t m_nested = 0; // nested evaluations under way (no thread switch inside one)
    std::unordered_map<BodyKey, std::unique_ptr<InstanceBody>, BodyKeyHash> m_bodies;
    // field(): (aggregate type, variant << 32 | field) -> the field's type and layout.
    struct FieldKey {
        Ty ty;
        uint64_t index;
        bool operator==(const FieldKey&) const = default;
    };
    struct FieldKeyHash {
        size_t operator()(const FieldKey& k) const { return std::hash<const void*>()(k.ty) * 31 + k.index; }
    };
    std::unordered_map<FieldKey, std::pair<Ty, const Layout*>, FieldKeyHash> m_field_cache;
    std::vector<std::vector<Pointer>> m_locals_pool; // frames' locals vectors, reused
    std::unordered_map<uint64_t, uint32_t> m_promoted_bodies; // item<<32|promoted -> body
    std::unordered_map<std::string, uint32_t> m_body_names;   // anon consts: "crate:path" -> body
    std::unordered_map<std::string, Pointer> m_fn_ptrs;
    std::vector<ty::Instance> m_fn_instances;                 // payload of Fn allocations
    std::unordered_map<std::string, Pointer> m_vtable_ptrs;
    std::unordered_map<uint64_t, std::pair<Ty, Ty>> m_vtable_types; // vtable address -> (type, principal)
    std::unique_ptr<checks::Validity> m_validity;                   // null: validation is off
    std::unordered_map<std::string, PlaceRef> m_consts;         // consts, statics, TLS by key
    std::unordered_map<uint64_t, Pointer> m_body_allocs;        // body<<32|allocN -> memory
    std::unordered_map<std::string, Pointer> m_string_literals;
    std::unordered_map<Ty, std::optional<ty::Instance>> m_drop_impls;
    ReturnTo m_call_ret;                 // how the call being dispatched continues or unwinds
    std::vector<PlaceRef> m_empty_args;
    std::unordered_map<mir::Sym, std::unique_ptr<diag::SourceText>> m_sources;
    std::unordered_map<std::string, Pointer> m_locations; // Location statics by file:line:col
    const diag::SourceText* source_of(mir::Sym file);
    Pointer m_unwind_payload;
    uint64_t m_steps = 0;
    bool m_trace = std::getenv("MIRAGE_TRACE") != nullptr; // calls and returns on stderr (debugging)
    bool m_trace_steps = m_trace && std::string_view(std::getenv("MIRAGE_TRACE")) == "2"; // and assignments
    std::string m_stdout_buf;
    friend class MachineAccess;
};

// Intrinsics (src/intrinsics) and foreign functions (src/shims) by name. A handler reads its
// arguments from the places and writes its result to `dest`; returning normally continues
// after the call (the machine does that), unless the handler pushed a frame itself.
struct Handler {
    ShimFn fn;
    bool pushes_frames = false; // the handler calls back into MIR and returns by itself
};
// `i32::MIN`, `u8::MAX` as rustc prints its type's extreme integer values (const.cpp).
bool int_extreme_literal(const mir::Interner& in, const mir::ConstNode& c, ty::IntTy& it, bool& is_max);

const std::unordered_map<std::string, Handler>& intrinsic_table();
void catch_unwind_intrinsic(Machine& m, const ty::Instance& inst, std::vector<PlaceRef>& args, const PlaceRef& dest);
const std::unordered_map<std::string, Handler>& foreign_table();

} // namespace mirage::engine
