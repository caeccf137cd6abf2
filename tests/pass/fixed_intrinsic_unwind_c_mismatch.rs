// Fixed twin of tests/fail/intrinsic_unwind_c_mismatch.rs: calls it through a C-unwind pointer and catches the panic.
extern "C-unwind" fn boom() {
    panic!("boom");
}

fn main() {
    std::panic::set_hook(Box::new(|_| {}));
    let f: extern "C-unwind" fn() = boom;
    let r = std::panic::catch_unwind(|| f());
    println!("caught: {}", r.is_err());
}
