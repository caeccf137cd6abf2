// Fixed twin of tests/fail/align_ref_u32.rs: offsets by a whole element, so the reference is aligned.
fn main() {
    let buf = [7u32; 4];
    let base = buf.as_ptr() as *const u8;
    let p = base.wrapping_add(4) as *const u32;
    let r: &u32 = unsafe { &*p };
    println!("{r}");
}
