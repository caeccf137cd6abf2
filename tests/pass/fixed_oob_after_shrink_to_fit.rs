// Fixed twin of tests/fail/oob_after_shrink_to_fit.rs: reads the last element after shrink_to_fit.
fn main() {
    let mut v: Vec<u8> = Vec::with_capacity(8);
    v.push(1);
    v.push(2);
    v.shrink_to_fit();
    let p = v.as_ptr();
    let x = unsafe { *p.add(1) };
    println!("{x} {} {}", v.len(), v.capacity());
}
