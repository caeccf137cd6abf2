// ptr::with_exposed_provenance under strict provenance.
// error-pattern: which is a dangling pointer (it has no provenance)
// miriflags: -Zmiri-strict-provenance
fn main() {
    let x = 7u64;
    let addr = (&x as *const u64).expose_provenance();
    let p = std::ptr::with_exposed_provenance::<u64>(addr);
    let v = unsafe { *p };
    println!("{v}");
}
