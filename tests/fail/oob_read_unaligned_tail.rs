// reads a u32 (unaligned) starting two bytes before the end of a 4-byte box.
// error-pattern: is only 2 bytes from the end of the allocation
fn main() {
    let b = Box::new([1u8, 2, 3, 4]);
    let p = unsafe { b.as_ptr().add(2) } as *const u32;
    let x = unsafe { p.read_unaligned() };
    println!("{x}");
}
