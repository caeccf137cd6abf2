// Fixed twin of tests/fail/null_ref_from_raw.rs: uses as_ref, which checks for null.
fn main() {
    let p: *const u8 = std::hint::black_box(std::ptr::null());
    match unsafe { p.as_ref() } {
        Some(r) => println!("{r}"),
        None => println!("null"),
    }
}
