// Fixed twin of tests/fail/prov_without_provenance_write.rs: writes through the real pointer.
fn main() {
    let mut x = 1u32;
    let p = &mut x as *mut u32;
    unsafe { p.write(5) };
    println!("{x}");
}
