// reads a u16 at an odd address.
// error-pattern: but alignment 2 is required
fn main() {
    let buf = [0x0102u16; 4];
    let p = (buf.as_ptr() as *const u8).wrapping_add(1) as *const u16;
    let v = unsafe { *p };
    println!("{v}");
}
