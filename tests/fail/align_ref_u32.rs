// creates a &u32 from a pointer one byte into a 4-aligned buffer.
// error-pattern: encountered an unaligned reference
fn main() {
    let buf = [7u32; 4];
    let base = buf.as_ptr() as *const u8;
    let p = base.wrapping_add(1) as *const u32;
    let r: &u32 = unsafe { &*p };
    println!("{r}");
}
