// casts the exposed address of a freed Box back to a pointer and reads.
// error-pattern: which is a dangling pointer (it has no provenance)
fn main() {
    let b = Box::new(7u64);
    let addr = (&*b as *const u64).expose_provenance();
    drop(b);
    let p = std::ptr::with_exposed_provenance::<u64>(addr);
    let v = unsafe { *p };
    println!("{v}");
}
