// Fixed twin of tests/fail/invalid_char_ptr_read.rs: the u32 holds a valid code point.
fn main() {
    let raw = 0x263Au32;
    let c = unsafe { *(&raw as *const u32 as *const char) };
    println!("{}", c as u32);
}
