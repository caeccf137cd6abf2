// reads a u128 eight bytes into a 16-aligned buffer.
// error-pattern: but alignment 16 is required
fn main() {
    let buf = [1u128, 2];
    let p = (buf.as_ptr() as *const u8).wrapping_add(8) as *const u128;
    let v = unsafe { *p };
    println!("{v}");
}
