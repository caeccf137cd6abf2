// writes into a boxed array after freeing it via Box::from_raw.
// error-pattern: has been freed
fn main() {
    let p = Box::into_raw(Box::new([0u8; 8]));
    unsafe { drop(Box::from_raw(p)) };
    unsafe { (*p)[0] = 1 };
    println!("done");
}
