// Fixed twin of tests/fail/sb_box_write_invalidates_raw.rs: derives the raw pointer after the last direct use of the Box.
fn main() {
    let mut b = Box::new(1);
    *b = 2;
    let p = &mut *b as *mut i32;
    unsafe { *p = 3 };
    println!("{b}");
}
