// `ptr::write` of a struct into a zeroed buffer leaves the buffer's bytes under the struct's
// padding uninitialised; reading one of them is UB.
// error-pattern: but memory is uninitialized at
#[repr(C)]
struct Header {
    tag: u8,
    len: u32,
}

fn main() {
    let mut buf = [0u32; 2];
    unsafe { std::ptr::write(buf.as_mut_ptr() as *mut Header, Header { tag: 7, len: 42 }) };
    let bytes = buf.as_ptr() as *const u8;
    let second = unsafe { *bytes.add(1) };
    println!("{}", second);
}
