// reads a u32 from a byte buffer at an address that happens to be 4-aligned: only the symbolic check (alignment of the allocation and offset) sees it.
// error-pattern: but alignment 4 is required
// miriflags: -Zmiri-symbolic-alignment-check
fn main() {
    let buf = [7u8; 16];
    let base = buf.as_ptr();
    let skip = (4 - base as usize % 4) % 4;
    let p = base.wrapping_add(skip) as *const u32;
    let v = unsafe { p.read() };
    println!("{v:#x}");
}
