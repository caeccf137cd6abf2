// copy_nonoverlapping from a freed Box.
// error-pattern: has been freed
fn main() {
    let p = Box::into_raw(Box::new(3u16));
    unsafe { drop(Box::from_raw(p)) };
    let mut out = 0u16;
    unsafe { std::ptr::copy_nonoverlapping(p, &mut out, 1) };
    println!("{out}");
}
