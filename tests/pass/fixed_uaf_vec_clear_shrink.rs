// Fixed twin of tests/fail/uaf_vec_clear_shrink.rs: reads before the buffer is released.
fn main() {
    let mut v = vec![1u8, 2, 3];
    let p = v.as_ptr();
    let x = unsafe { *p };
    v.clear();
    v.shrink_to_fit();
    println!("{x} {}", v.capacity());
}
