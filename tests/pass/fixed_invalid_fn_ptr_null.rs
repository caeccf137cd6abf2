// Fixed twin of tests/fail/invalid_fn_ptr_null.rs: 0 is a valid Option<fn()> (None); the call goes through a real function pointer.
fn hello() {
    println!("hello");
}

fn main() {
    let f: Option<fn()> = unsafe { std::mem::transmute(0usize) };
    println!("{}", f.is_none());
    let g: fn() = hello;
    g();
}
