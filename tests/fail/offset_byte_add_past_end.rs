// byte_add by 13 on a pointer to a 12-byte array.
// error-pattern: is only 12 bytes from the end of the allocation
fn main() {
    let a = [0u32; 3];
    let p = a.as_ptr();
    let q = unsafe { p.byte_add(13) };
    println!("{}", q == p);
}
