// Fixed twin of tests/fail/offset_past_end.rs: uses wrapping_add for the out-of-bounds pointer and add only up to one past the end.
fn main() {
    let a = [0u32; 3];
    let p = a.as_ptr();
    let q = p.wrapping_add(4);
    let end = unsafe { p.add(3) };
    println!("{} {}", q == p, end == p.wrapping_add(3));
}
