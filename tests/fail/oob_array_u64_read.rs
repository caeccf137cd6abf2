// calls read() on a pointer one past the end of a [u64; 2].
// error-pattern: is at or beyond the end of the allocation
fn main() {
    let a = [5u64, 6];
    let p = &a as *const [u64; 2] as *const u64;
    let x = unsafe { p.add(2).read() };
    println!("{x}");
}
