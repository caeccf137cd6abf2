// Fixed twin of tests/fail/align_symbolic_byte_buffer.rs: reads with read_unaligned, which holds under any alignment check (also -Zmiri-symbolic-alignment-check).
fn main() {
    let buf = [7u8; 16];
    let base = buf.as_ptr();
    let skip = (4 - base as usize % 4) % 4;
    let p = base.wrapping_add(skip) as *const u32;
    let v = unsafe { p.read_unaligned() };
    println!("{v:#x}");
}
