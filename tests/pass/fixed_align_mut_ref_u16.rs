// Fixed twin of tests/fail/align_mut_ref_u16.rs: uses an even offset.
fn main() {
    let mut buf = [0u16; 4];
    let base = buf.as_mut_ptr() as *mut u8;
    let p = base.wrapping_add(2) as *mut u16;
    let r: &mut u16 = unsafe { &mut *p };
    *r = 5;
    println!("{:?}", buf);
}
