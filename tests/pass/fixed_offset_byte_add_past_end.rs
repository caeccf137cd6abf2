// Fixed twin of tests/fail/offset_byte_add_past_end.rs: stops at one past the end.
fn main() {
    let a = [0u32; 3];
    let p = a.as_ptr();
    let q = unsafe { p.byte_add(12) };
    println!("{}", q == p.wrapping_add(3));
}
