// Fixed twin of tests/fail/uninit_box_new_uninit.rs: writes the box's contents before assume_init.
fn main() {
    let mut b = Box::<u64>::new_uninit();
    b.write(64);
    let b = unsafe { b.assume_init() };
    let v = *b;
    println!("{v}");
}
