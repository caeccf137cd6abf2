// ptr::write_bytes with a count one larger than the buffer.
// error-pattern: is only 4 bytes from the end of the allocation
fn main() {
    let mut buf = [0u8; 4];
    unsafe { std::ptr::write_bytes(buf.as_mut_ptr(), 0xff, 5) };
    println!("{:?}", buf);
}
