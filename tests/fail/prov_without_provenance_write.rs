// writes through ptr::without_provenance_mut at the address of a live variable.
// error-pattern: which is a dangling pointer (it has no provenance)
fn main() {
    let mut x = 1u32;
    let addr = (&mut x as *mut u32).addr();
    let p = std::ptr::without_provenance_mut::<u32>(addr);
    unsafe { p.write(5) };
    println!("{x}");
}
