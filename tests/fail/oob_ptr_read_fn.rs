// std::ptr::read of the element one past the end of a Vec.
// error-pattern: is at or beyond the end of the allocation
fn main() {
    let v = vec![1u64, 2];
    let p = v.as_ptr();
    let x = unsafe { std::ptr::read(p.add(2)) };
    println!("{x}");
}
