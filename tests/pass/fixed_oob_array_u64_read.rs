// Fixed twin of tests/fail/oob_array_u64_read.rs: reads the second element.
fn main() {
    let a = [5u64, 6];
    let p = &a as *const [u64; 2] as *const u64;
    let x = unsafe { p.add(1).read() };
    println!("{x}");
}
