// moves a pointer into a freed Box to the address of a new Box and reads.
// error-pattern: has been freed
fn main() {
    let p = Box::into_raw(Box::new(1u32));
    unsafe { drop(Box::from_raw(p)) };
    let b2 = Box::new(2u32);
    let q = p.with_addr((&*b2 as *const u32).addr());
    let v = unsafe { *q };
    println!("{v}");
}
