// slice::from_raw_parts of u32s starting at a 2-aligned address.
// error-pattern: encountered an unaligned reference
fn main() {
    let buf = [1u32, 2, 3, 4];
    let p = (buf.as_ptr() as *const u8).wrapping_add(2) as *const u32;
    let s: &[u32] = unsafe { std::slice::from_raw_parts(p, 2) };
    println!("{:?}", s);
}
