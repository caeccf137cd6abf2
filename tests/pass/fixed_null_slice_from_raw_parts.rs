// Fixed twin of tests/fail/null_slice_from_raw_parts.rs: uses a dangling but non-null, aligned pointer, which is fine for an empty slice.
fn main() {
    let p: *const u8 = std::ptr::NonNull::<u8>::dangling().as_ptr();
    let s: &[u8] = unsafe { std::slice::from_raw_parts(p, 0) };
    println!("{}", s.len());
}
