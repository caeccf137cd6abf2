// Fixed twin of tests/fail/oob_read_unaligned_tail.rs: the box has six bytes, so the four bytes at offset 2 are all inside it.
fn main() {
    let b = Box::new([1u8, 2, 3, 4, 5, 6]);
    let p = unsafe { b.as_ptr().add(2) } as *const u32;
    let x = unsafe { p.read_unaligned() };
    println!("{x:#x}");
}
