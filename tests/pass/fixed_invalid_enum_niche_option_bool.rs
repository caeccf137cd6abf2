// Fixed twin of tests/fail/invalid_enum_niche_option_bool.rs: transmutes 2 (None) and 1 (Some(true)), which are valid encodings.
fn main() {
    let o: Option<bool> = unsafe { std::mem::transmute(2u8) };
    let p: Option<bool> = unsafe { std::mem::transmute(1u8) };
    println!("{:?} {:?}", o, p);
}
