// Fixed twin of tests/fail/sb_read_raw_after_mut.rs: derives the raw pointer from the &mut.
fn main() {
    let mut a = 5;
    let m = &mut a;
    *m += 1;
    let r = m as *mut i32;
    let v = unsafe { *r };
    println!("{v} {a}");
}
