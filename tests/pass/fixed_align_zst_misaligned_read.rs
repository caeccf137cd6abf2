// twin of fail/align_zst_misaligned_read: zero-sized accesses through aligned pointers are fine
// anywhere: one past the end, dangling, into freed memory.
fn main() {
    let words = [0u32; 2];
    let p = words.as_ptr() as *const [u32; 0];
    let v = unsafe { *p };
    let end = words.as_ptr().wrapping_add(2) as *const [u32; 0];
    let w = unsafe { *end };
    let dangling = std::ptr::NonNull::<[u64; 0]>::dangling().as_ptr();
    let x = unsafe { dangling.read() };
    let b = Box::new([0u16; 0]);
    let freed = &*b as *const [u16; 0];
    drop(b);
    let y = unsafe { *freed };
    println!("{} {} {} {}", v.len(), w.len(), x.len(), y.len());
}
