// Fixed twin of tests/fail/sb_two_mut_from_raw.rs: finishes with the first &mut before creating the second.
fn main() {
    let mut a = 0;
    let p = &mut a as *mut i32;
    let m1 = unsafe { &mut *p };
    *m1 = 1;
    let m2 = unsafe { &mut *p };
    *m2 = 2;
    println!("{a}");
}
