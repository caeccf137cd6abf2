// Fixed twin of tests/fail/prov_with_exposed_strict.rs: keeps the original pointer and only changes its address with with_addr.
fn main() {
    let x = 7u64;
    let p = &x as *const u64;
    let addr = p.addr();
    let v = unsafe { *p.with_addr(addr) };
    println!("{v}");
}
