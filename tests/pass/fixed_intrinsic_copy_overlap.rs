// Fixed twin of tests/fail/intrinsic_copy_overlap.rs: uses ptr::copy, which allows overlap.
fn main() {
    let mut a = [1u32, 2, 3, 4];
    let p = a.as_mut_ptr();
    unsafe { std::ptr::copy(p, p.add(1), 2) };
    println!("{:?}", a);
}
