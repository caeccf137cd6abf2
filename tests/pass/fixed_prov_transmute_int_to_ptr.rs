// Fixed twin of tests/fail/prov_transmute_int_to_ptr.rs: uses expose_provenance and with_exposed_provenance.
fn main() {
    let x = 77u16;
    let addr = (&x as *const u16).expose_provenance();
    let p: *const u16 = std::ptr::with_exposed_provenance(addr);
    let v = unsafe { *p };
    println!("{v}");
}
