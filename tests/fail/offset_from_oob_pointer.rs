// ptr::add on a pointer that wrapping_add already moved out of bounds.
// error-pattern: in-bounds pointer arithmetic failed
fn main() {
    let a = [0u32; 3];
    let p = a.as_ptr().wrapping_add(10);
    let q = unsafe { p.add(1) };
    println!("{}", q == p);
}
