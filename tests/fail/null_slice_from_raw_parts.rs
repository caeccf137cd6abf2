// slice::from_raw_parts with a null pointer and length 0.
// error-pattern: encountered a null reference
fn main() {
    let p: *const u8 = std::hint::black_box(std::ptr::null());
    let s: &[u8] = unsafe { std::slice::from_raw_parts(p, 0) };
    println!("{}", s.len());
}
