// Fixed twin of tests/fail/oob_loop_off_by_one.rs: uses an exclusive range.
fn main() {
    let b: Box<[u16]> = vec![1u16, 2, 3].into_boxed_slice();
    let p = b.as_ptr();
    let mut sum = 0u32;
    for i in 0..b.len() {
        sum += u32::from(unsafe { *p.add(i) });
    }
    println!("{sum}");
}
