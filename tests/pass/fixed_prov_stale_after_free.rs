// Fixed twin of tests/fail/prov_stale_after_free.rs: reads through a pointer derived from the new Box.
fn main() {
    let p = Box::into_raw(Box::new(1u32));
    unsafe { drop(Box::from_raw(p)) };
    let b2 = Box::new(2u32);
    let q = &*b2 as *const u32;
    let v = unsafe { *q };
    println!("{v}");
}
