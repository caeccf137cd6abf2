// Fixed twin of tests/fail/offset_from_oob_pointer.rs: keeps using wrapping arithmetic.
fn main() {
    let a = [0u32; 3];
    let p = a.as_ptr().wrapping_add(10);
    let q = p.wrapping_add(1);
    println!("{}", q == p);
}
