// reads a u32 through a pointer one byte into a 4-aligned buffer.
// error-pattern: but alignment 4 is required
fn main() {
    let buf = [0x11223344u32; 4];
    let base = buf.as_ptr() as *const u8;
    let p = base.wrapping_add(1) as *const u32;
    let v = unsafe { *p };
    println!("{v:#x}");
}
