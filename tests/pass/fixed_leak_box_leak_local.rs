// Fixed twin of tests/fail/leak_box_leak_local.rs: turns the leaked reference back into a Box and drops it.
fn main() {
    let r: &mut [u8; 16] = Box::leak(Box::new([0u8; 16]));
    r[0] = 1;
    println!("{}", r[0]);
    let b = unsafe { Box::from_raw(r as *mut [u8; 16]) };
    drop(b);
}
