// offset_from between pointers into two different arrays.
// error-pattern: not both derived from the same allocation
fn main() {
    let a = [1u8; 4];
    let b = [2u8; 4];
    let d = unsafe { b.as_ptr().offset_from(a.as_ptr()) };
    println!("{d}");
}
