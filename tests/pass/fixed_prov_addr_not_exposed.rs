// Fixed twin of tests/fail/prov_addr_not_exposed.rs: exposes the provenance before casting back.
fn main() {
    let x = 3u32;
    let addr = (&x as *const u32).expose_provenance();
    let p = std::ptr::with_exposed_provenance::<u32>(addr);
    let v = unsafe { *p };
    println!("{v}");
}
