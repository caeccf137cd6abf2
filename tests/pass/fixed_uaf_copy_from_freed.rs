// Fixed twin of tests/fail/uaf_copy_from_freed.rs: copies before freeing.
fn main() {
    let p = Box::into_raw(Box::new(3u16));
    let mut out = 0u16;
    unsafe { std::ptr::copy_nonoverlapping(p, &mut out, 1) };
    unsafe { drop(Box::from_raw(p)) };
    println!("{out}");
}
