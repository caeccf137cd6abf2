// Fixed twin of tests/fail/align_ref_u64_arg.rs: copies the value out unaligned and passes a reference to the copy.
fn show(x: &u64) {
    println!("{x}");
}

fn main() {
    let buf = [3u64; 2];
    let p = (buf.as_ptr() as *const u8).wrapping_add(4) as *const u64;
    let copy = unsafe { p.read_unaligned() };
    show(&copy);
}
