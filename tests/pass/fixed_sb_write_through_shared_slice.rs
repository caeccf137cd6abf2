// Fixed twin of tests/fail/sb_write_through_shared_slice.rs: takes the pointer from a mutable slice.
fn main() {
    let mut v = [1, 2, 3];
    let s: &mut [i32] = &mut v;
    let p = s.as_mut_ptr();
    unsafe { *p = 9 };
    println!("{:?}", v);
}
