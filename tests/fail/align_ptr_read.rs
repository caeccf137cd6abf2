// std::ptr::read of a u32 at an address that is only 2-aligned.
// error-pattern: but alignment 4 is required
fn main() {
    let buf = [1u32, 2, 3, 4];
    let p = (buf.as_ptr() as *const u8).wrapping_add(2) as *const u32;
    let v = unsafe { std::ptr::read(p) };
    println!("{v}");
}
