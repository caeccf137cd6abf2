// twin of fail/uninit_padding_ptr_write: only the bytes the struct's fields cover are read back.
#[repr(C)]
struct Header {
    tag: u8,
    len: u32,
}

fn main() {
    let mut buf = [0u32; 2];
    unsafe { std::ptr::write(buf.as_mut_ptr() as *mut Header, Header { tag: 7, len: 42 }) };
    let bytes = buf.as_ptr() as *const u8;
    let tag = unsafe { *bytes };
    let len = unsafe { (bytes.add(4) as *const u32).read() };
    println!("{} {}", tag, len);
}
