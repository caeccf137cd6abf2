// The engine's side of threads (src/concurrency holds the table and the scheduler): each
// thread's first frame (which calls its start routine and then its TLS destructors), spawning,
// blocking foreign calls, switches (the machine's stack is the running thread's) and the
// scheduling loop.
#include "engine/machine.h"

namespace mirage::engine {

using concurrency::ThreadId;
using diag::throw_ub;
using diag::throw_unsupported;

// The bottom frame of every thread: calls the thread's start (lang_start for the main thread,
// the start routine of pthread_create for the others), then the TLS destructors — those
// registered by __cxa_thread_atexit_impl, last first, then (not for the main thread, as glibc
// runs them only when a thread exits) the pthread keys', up to 4 rounds
// (PTHREAD_DESTRUCTOR_ITERATIONS) — and ends the thread: the main thread's end is the process
// exit with main's status.
struct ThreadRootFrame final : NativeFrame {
    std::function<void(Machine&)> start; // pushes the thread's first call; its result goes to `result`
    PlaceRef result;
    bool is_main = false;
    enum class State : uint8_t { Start, AtexitDtors, KeyDtors, Done } state = State::Start;
    size_t next_key = 0;
    uint32_t key_round = 0;
    bool key_dtor_called = false;

    std::string name() const override { return "thread start"; }


    void step(Machine& m) override {
        MachineThread& t = m.current_thread();
        switch (state) {
        case State::Start:
            state = State::AtexitDtors;
            start(m);
            return;
        case State::AtexitDtors:
            if (!t.tls_dtors.empty()) {
                auto [dtor, data] = t.tls_dtors.back();
                t.tls_dtors.pop_back();
                m.call_fn_pointer(dtor, {m.pointer_temp(data)}, m.unit_place(), ReturnTo{0, UnwindAction::Continue, 0});
                return;
            }
            state = is_main ? State::Done : State::KeyDtors;
            return;
        case State::KeyDtors:
            while (next_key < m.tls_keys.size()) {
                size_t k = next_key++;
                const Machine::TlsKey& key = m.tls_keys[k];
                if (!key.live || key.dtor.addr == 0 || k >= t.key_values.size() || t.key_values[k].bits == 0) continue;
                Pointer value{static_cast<uint64_t>(t.key_values[k].bits), t.key_values[k].prov};
                t.key_values[k] = {};
                key_dtor_called = true;
                m.call_fn_pointer(key.dtor, {m.pointer_temp(value)}, m.unit_place(), ReturnTo{0, UnwindAction::Continue, 0});
                return;
            }
            if (key_dtor_called && ++key_round < 4) {
                next_key = 0;
                key_dtor_called = false;
                return;
            }
            state = State::Done;
            return;
        case State::Done: m.end_thread(*this); return;
        }
    }
};

void Machine::end_thread(ThreadRootFrame& root) {
    if (root.is_main) {
        // The exit code is the low byte of main's isize, as the OS sees it.
        int status = static_cast<int>(static_cast<int64_t>(read_scalar(root.result).bits)) & 0xff;
        if (!m_opts.ignore_leaks) check_leaks();
        exit(status);
    }
    MachineThread& t = current_thread();
    t.retval = read_pointer(root.result);
    // Its thread-locals die with it (a later access through a pointer is a use after free).
    for (auto& [body, place] : t.tls_statics)
        if (m_mem.get(place.ptr.prov)) m_mem.deallocate(place.ptr.prov);
    t.tls_statics.clear();
    m_threads.terminate_current();
    pop_native();
}

void Machine::start_main_thread(std::function<void(Machine&)> start, const PlaceRef& result) {
    auto t = std::make_unique<MachineThread>();
    t->os_tid = 1000; // the process id: the main thread's tid
    ThreadId id = m_threads.add(std::move(t));
    m_threads.set_current(id);
    auto root = std::make_unique<ThreadRootFrame>();
    root->start = std::move(start);
    root->result = result;
    root->is_main = true;
    push_native(std::move(root), unit_place(), ReturnTo{0, UnwindAction::Continue, 0});
}

ThreadId Machine::spawn_thread(Pointer start, Pointer arg) {
    auto t = std::make_unique<MachineThread>();
    t->os_tid = 1000 + m_threads.count();
    MachineThread* raw = t.get();
    ThreadId id = m_threads.add(std::move(t));
    // Its start routine's `*mut c_void` result, kept until the thread ends.
    PlaceRef result = temp(mk_u8_ptr());
    auto root = std::make_unique<ThreadRootFrame>();
    root->result = result;
    root->start = [start, arg](Machine& m) {
        auto* self = static_cast<ThreadRootFrame*>(m.current_frame().native.get());
        m.call_fn_pointer(start, {m.pointer_temp(arg)}, self->result, ReturnTo{0, UnwindAction::Continue, 0});
    };
    Frame fr;
    fr.native = std::move(root);
    fr.dest = unit_place();
    fr.ret = ReturnTo{0, UnwindAction::Continue, 0};
    fr.temps.push_back(result.ptr.prov);
    raw->stack.push_back(std::move(fr));
    return id;
}

void Machine::block_thread(concurrency::Blocker b) {
    if (m_nested) throw_unsupported("blocking (on a lock, a thread, a sleep) while evaluating a constant or a static's initializer");
    current_thread().resume = m_call_ret;
    m_threads.block_current(std::move(b));
    m_diverted = true; // the call completes when the thread is woken
}

void Machine::switch_to(ThreadId next) {
    ThreadId cur = m_threads.current_id();
    if (next != cur) {
        std::swap(m_stack, thread(cur).stack);
        std::swap(m_stack, thread(next).stack);
        m_threads.set_current(next);
        m_mem.active_thread = next;
    }
}

void Machine::run_threads() {
    for (;;) {
        run_loop_until(0, true);
        // The running thread blocked, yielded, was preempted or ended.
        auto next = m_threads.pick_next(now_ns(), [this](uint64_t ns) { advance_clock_to(ns); },
                                        m_opts.fixed_schedule ? nullptr : &rng);
        if (!next) {
            // Report where the main thread (or else the first blocked one) got stuck.
            auto blocked = [&](ThreadId i) { return thread(i).state == concurrency::ThreadState::Blocked; };
            ThreadId stuck = concurrency::kMainThread;
            for (ThreadId i = 0; i < m_threads.count() && !blocked(stuck); ++i) stuck = i;
            switch_to(stuck);
            throw_ub("deadlock: the evaluated program deadlocked");
        }
        switch_to(*next);
        MachineThread& t = current_thread();
        if (t.resume) {
            // Its blocking call completed: continue after it.
            ReturnTo r = *t.resume;
            t.resume.reset();
            continue_after_native_call(r);
        }
    }
}

} // namespace mirage::engine
