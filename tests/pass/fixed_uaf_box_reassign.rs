// Fixed twin of tests/fail/uaf_box_reassign.rs: reads before the reassignment.
fn main() {
    let mut b = Box::new(1u32);
    let p = &*b as *const u32;
    let v = unsafe { *p };
    b = Box::new(2);
    println!("{v} {b}");
}
