// Fixed twin of tests/fail/report_uaf_box_drop.rs: reads through the pointer before the Box is dropped.
fn main() {
    let b = Box::new(41u32);
    let p = &*b as *const u32;
    let x = unsafe { *p };
    drop(b);
    println!("{}", x + 1);
}
