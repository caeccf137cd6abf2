// creates a &mut u16 at an odd address.
// error-pattern: encountered an unaligned reference
fn main() {
    let mut buf = [0u16; 4];
    let base = buf.as_mut_ptr() as *mut u8;
    let p = base.wrapping_add(3) as *mut u16;
    let r: &mut u16 = unsafe { &mut *p };
    *r = 5;
    println!("{:?}", buf);
}
