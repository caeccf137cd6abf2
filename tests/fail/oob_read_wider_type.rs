// reads an i64 (unaligned) through a pointer to an i32 local.
// error-pattern: is only 4 bytes from the end of the allocation
fn main() {
    let x = 5i32;
    let p = &x as *const i32 as *const i64;
    let y = unsafe { p.read_unaligned() };
    println!("{y}");
}
