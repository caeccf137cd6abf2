// Fixed twin of tests/fail/oob_ptr_read_fn.rs: reads the last element.
fn main() {
    let v = vec![1u64, 2];
    let p = v.as_ptr();
    let x = unsafe { std::ptr::read(p.add(1)) };
    println!("{x}");
}
