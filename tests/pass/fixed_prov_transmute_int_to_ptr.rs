// Fixed twin of tests/fail/prov_transmute_int_to_ptr.rs: attaches the address to the real pointer's provenance with with_addr.
fn main() {
    let x = 77u16;
    let real = &x as *const u16;
    let addr = real.addr();
    let p: *const u16 = real.with_addr(addr);
    let v = unsafe { *p };
    println!("{v}");
}
