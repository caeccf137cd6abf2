// Fixed twin of tests/fail/null_ptr_read.rs: reads from a real variable.
fn main() {
    let v = 2u16;
    let p: *const u16 = std::hint::black_box(&v);
    let x = unsafe { std::ptr::read(p) };
    println!("{x}");
}
