// Fixed twin of tests/fail/sb_read_shared_after_raw_write.rs: creates the shared reference after the write.
fn main() {
    let mut a = 1;
    let raw = &mut a as *mut i32;
    unsafe { *raw = 2 };
    let shared: &i32 = unsafe { &*raw };
    let v = *shared;
    println!("{v}");
}
