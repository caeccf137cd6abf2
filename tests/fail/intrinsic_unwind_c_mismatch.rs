// unwinds out of an extern "C-unwind" fn called through an extern "C" fn pointer.
// error-pattern: unwinding past a stack frame that does not allow unwinding
extern "C-unwind" fn boom() {
    panic!("boom");
}

fn main() {
    let f: extern "C" fn() = unsafe { std::mem::transmute(boom as extern "C-unwind" fn()) };
    f();
}
