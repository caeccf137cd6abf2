// Fixed twin of tests/fail/sb_box_move_invalidates.rs: derives the pointer from the Box's final owner.
fn main() {
    let b = Box::new(5);
    let b2 = b;
    let p = &*b2 as *const i32;
    let v = unsafe { *p };
    println!("{v} {b2}");
}
