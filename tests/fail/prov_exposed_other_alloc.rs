// exposes one variable and reads another through with_exposed_provenance.
// error-pattern: which is a dangling pointer (it has no provenance)
fn main() {
    let a = 1u32;
    let b = 2u32;
    let _ = (&a as *const u32).expose_provenance();
    let addr_b = (&b as *const u32).addr();
    let p = std::ptr::with_exposed_provenance::<u32>(addr_b);
    let v = unsafe { *p };
    println!("{a} {v}");
}
