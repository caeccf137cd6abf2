// Fixed twin of tests/fail/prov_int2ptr_strict.rs: rebuilds the pointer with with_addr, which keeps its provenance.
fn main() {
    let x = 5u32;
    let p = &x as *const u32;
    let addr = p.addr();
    let q = p.with_addr(addr);
    let v = unsafe { *q };
    println!("{v}");
}
