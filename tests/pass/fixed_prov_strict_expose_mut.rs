// Fixed twin of tests/fail/prov_strict_expose_mut.rs: keeps using the pointer itself.
fn main() {
    let mut x = 1u64;
    let p = &mut x as *mut u64;
    unsafe { *p += 1 };
    println!("{x}");
}
