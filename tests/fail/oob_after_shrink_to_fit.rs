// reads past the end of a Vec's buffer after shrink_to_fit made it exactly as long as the Vec.
// error-pattern: is at or beyond the end of the allocation
fn main() {
    let mut v: Vec<u8> = Vec::with_capacity(8);
    v.push(1);
    v.push(2);
    v.shrink_to_fit();
    let p = v.as_ptr();
    let x = unsafe { *p.add(2) };
    println!("{x} {}", v.len());
}
