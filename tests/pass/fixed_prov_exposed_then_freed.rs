// Fixed twin of tests/fail/prov_exposed_then_freed.rs: reads before dropping the Box.
fn main() {
    let b = Box::new(7u64);
    let addr = (&*b as *const u64).expose_provenance();
    let p = std::ptr::with_exposed_provenance::<u64>(addr);
    let v = unsafe { *p };
    drop(b);
    println!("{v}");
}
