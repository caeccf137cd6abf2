// creates a &[u16] whose length makes it larger than isize::MAX bytes.
// error-pattern: slice is bigger than largest supported object
fn main() {
    let v = vec![1u16, 2, 3];
    let s: &[u16] = unsafe { &*std::ptr::slice_from_raw_parts(v.as_ptr(), usize::MAX / 2) };
    println!("{}", s.len());
}
