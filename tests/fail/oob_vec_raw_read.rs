// reads one element past the end of a Vec's buffer through a raw pointer.
// error-pattern: is at or beyond the end of the allocation
fn main() {
    let v = vec![10u32, 20, 30];
    let p = v.as_ptr();
    let x = unsafe { *p.add(3) };
    println!("{x}");
}
