// Fixed twin of tests/fail/offset_overflow_isize.rs: uses wrapping_offset.
fn main() {
    let x = [0u32; 2];
    let p = x.as_ptr();
    let q = p.wrapping_offset(isize::MAX);
    println!("{}", q == p);
}
