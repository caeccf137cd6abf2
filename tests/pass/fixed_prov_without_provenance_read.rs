// Fixed twin of tests/fail/prov_without_provenance_read.rs: uses with_addr on the real pointer.
fn main() {
    let x = 9u8;
    let real = &x as *const u8;
    let p = real.with_addr(real.addr());
    let v = unsafe { p.read() };
    println!("{v}");
}
