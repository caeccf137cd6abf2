// Fixed twin of tests/fail/oob_read_wider_type.rs: reads the i64 from an 8-byte array of two i32s.
fn main() {
    let x = [5i32, 0];
    let p = &x as *const [i32; 2] as *const i64;
    let y = unsafe { p.read_unaligned() };
    println!("{y}");
}
