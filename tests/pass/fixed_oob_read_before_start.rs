// Fixed twin of tests/fail/oob_read_before_start.rs: moves the out-of-bounds pointer back into the array before reading.
fn main() {
    let a = [1u32, 2, 3, 4];
    let p = a.as_ptr().wrapping_sub(1);
    let q = p.wrapping_add(1);
    let x = unsafe { *q };
    println!("first = {x}");
}
