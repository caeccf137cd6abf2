// Fixed twin of tests/fail/sb_raw_write_after_mut.rs: finishes with the raw pointer before creating the &mut.
fn main() {
    let mut x = 10;
    let raw = &mut x as *mut i32;
    unsafe { *raw = 20 };
    let r = &mut x;
    *r += 1;
    println!("{x}");
}
