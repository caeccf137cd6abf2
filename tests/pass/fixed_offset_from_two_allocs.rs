// Fixed twin of tests/fail/offset_from_two_allocs.rs: measures within one array and compares plain addresses otherwise.
fn main() {
    let a = [1u8; 4];
    let b = [2u8; 4];
    let d = unsafe { a.as_ptr().add(3).offset_from(a.as_ptr()) };
    let e = b.as_ptr().addr().wrapping_sub(a.as_ptr().addr());
    println!("{d} {}", e != 0);
}
