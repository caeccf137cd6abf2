// writes one element past the end of a full Vec's buffer.
// error-pattern: is at or beyond the end of the allocation
fn main() {
    let mut v: Vec<u16> = Vec::with_capacity(2);
    v.push(1);
    v.push(2);
    let p = v.as_mut_ptr();
    unsafe { *p.add(2) = 3 };
    println!("{:?}", v);
}
