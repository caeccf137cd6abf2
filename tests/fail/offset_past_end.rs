// ptr::add that moves a pointer beyond one past the end (no access).
// error-pattern: in-bounds pointer arithmetic failed
fn main() {
    let a = [0u32; 3];
    let p = a.as_ptr();
    let q = unsafe { p.add(4) };
    println!("{}", q == p);
}
