// ptr::offset whose byte offset overflows isize.
// error-pattern: overflowing pointer arithmetic
fn main() {
    let x = [0u32; 2];
    let p = x.as_ptr();
    let q = unsafe { p.offset(isize::MAX) };
    println!("{}", q == p);
}
