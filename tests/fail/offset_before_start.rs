// ptr::sub that moves a pointer before the start of its allocation.
// error-pattern: which is at the beginning of the allocation
fn main() {
    let v = vec![1u8, 2, 3];
    let p = v.as_ptr();
    let q = unsafe { p.sub(1) };
    println!("{}", q == p);
}
