// Fixed twin of tests/fail/dangling_ref_after_free.rs: uses the reference before the Box is dropped.
fn main() {
    let b = Box::new(3i32);
    let p = &*b as *const i32;
    let r: &i32 = unsafe { &*p };
    println!("{r}");
    drop(b);
}
