// Fixed twin of tests/fail/uaf_box_write.rs: writes first and takes ownership back afterwards.
fn main() {
    let p = Box::into_raw(Box::new([0u8; 8]));
    unsafe { (*p)[3] = 1 };
    let b = unsafe { Box::from_raw(p) };
    println!("{:?}", b);
}
