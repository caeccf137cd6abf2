// Fixed twin of tests/fail/prov_exposed_other_alloc.rs: exposes b too.
fn main() {
    let a = 1u32;
    let b = 2u32;
    let _ = (&a as *const u32).expose_provenance();
    let addr_b = (&b as *const u32).expose_provenance();
    let p = std::ptr::with_exposed_provenance::<u32>(addr_b);
    let v = unsafe { *p };
    println!("{a} {v}");
}
