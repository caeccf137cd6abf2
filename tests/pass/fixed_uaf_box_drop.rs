// Fixed twin of tests/fail/uaf_box_drop.rs: reads before dropping the Box.
fn main() {
    let b = Box::new(5i32);
    let p = &*b as *const i32;
    let x = unsafe { *p };
    drop(b);
    println!("{x}");
}
