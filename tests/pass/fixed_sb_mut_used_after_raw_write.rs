// Fixed twin of tests/fail/sb_mut_used_after_raw_write.rs: creates the &mut after the raw write.
fn main() {
    let mut data = [1u32, 2];
    let base = data.as_mut_ptr();
    unsafe { *base = 10 };
    let first: &mut u32 = unsafe { &mut *base };
    *first += 1;
    println!("{:?}", data);
}
