// Fixed twin of tests/fail/align_slice_from_raw_parts.rs: starts the slice at an element boundary.
fn main() {
    let buf = [1u32, 2, 3, 4];
    let p = (buf.as_ptr() as *const u8).wrapping_add(4) as *const u32;
    let s: &[u32] = unsafe { std::slice::from_raw_parts(p, 2) };
    println!("{:?}", s);
}
