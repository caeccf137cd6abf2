// copy_nonoverlapping with overlapping source and destination.
// error-pattern: called on overlapping ranges
fn main() {
    let mut a = [1u32, 2, 3, 4];
    let p = a.as_mut_ptr();
    unsafe { std::ptr::copy_nonoverlapping(p, p.add(1), 2) };
    println!("{:?}", a);
}
