// Fixed twin of tests/fail/oob_write_bytes_overrun.rs: uses the buffer's length as the count.
fn main() {
    let mut buf = [0u8; 4];
    unsafe { std::ptr::write_bytes(buf.as_mut_ptr(), 0xff, buf.len()) };
    println!("{:?}", buf);
}
