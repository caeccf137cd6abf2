// Fixed twin of tests/fail/null_copy_from.rs: copies from a real variable.
fn main() {
    let v = 7u32;
    let src: *const u32 = std::hint::black_box(&v);
    let mut dst = 0u32;
    unsafe { std::ptr::copy_nonoverlapping(src, &mut dst, 1) };
    println!("{dst}");
}
