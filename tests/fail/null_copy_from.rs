// copy_nonoverlapping from a null source.
// error-pattern: but got null pointer
fn main() {
    let src: *const u32 = std::hint::black_box(std::ptr::null());
    let mut dst = 0u32;
    unsafe { std::ptr::copy_nonoverlapping(src, &mut dst, 1) };
    println!("{dst}");
}
