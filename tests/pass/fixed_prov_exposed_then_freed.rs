// Fixed twin of tests/fail/prov_exposed_then_freed.rs: reads through a pointer with the Box's provenance, before dropping the Box.
fn main() {
    let b = Box::new(7u64);
    let real = &*b as *const u64;
    let p = real.with_addr(real.addr());
    let v = unsafe { *p };
    drop(b);
    println!("{v}");
}
