// ptr::with_exposed_provenance_mut under strict provenance.
// error-pattern: which is a dangling pointer (it has no provenance)
// miriflags: -Zmiri-strict-provenance
fn main() {
    let mut x = 1u64;
    let addr = (&mut x as *mut u64).expose_provenance();
    let p = std::ptr::with_exposed_provenance_mut::<u64>(addr);
    unsafe { *p += 1 };
    println!("{x}");
}
