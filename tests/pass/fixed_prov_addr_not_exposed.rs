// Fixed twin of tests/fail/prov_addr_not_exposed.rs: rebuilds the pointer from the address with with_addr, which keeps the provenance.
fn main() {
    let x = 3u32;
    let p = &x as *const u32;
    let addr = p.addr();
    let q = p.with_addr(addr);
    let v = unsafe { *q };
    println!("{v}");
}
