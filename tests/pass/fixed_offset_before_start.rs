// Fixed twin of tests/fail/offset_before_start.rs: uses wrapping_sub.
fn main() {
    let v = vec![1u8, 2, 3];
    let p = v.as_ptr();
    let q = p.wrapping_sub(1);
    println!("{}", q == p);
}
