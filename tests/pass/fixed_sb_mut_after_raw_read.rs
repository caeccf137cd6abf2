// Fixed twin of tests/fail/sb_mut_after_raw_read.rs: reads through the raw pointer before creating the &mut.
fn main() {
    let mut a = 1;
    let raw = &mut a as *mut i32;
    let v = unsafe { *raw };
    let m: &mut i32 = unsafe { &mut *raw };
    *m = v + 1;
    println!("{a}");
}
