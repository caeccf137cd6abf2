// Fixed twin of tests/fail/report_std_swap.rs: swaps with the Box's value before freeing it.
fn main() {
    let mut a = 1u32;
    let q = Box::into_raw(Box::new(2u32));
    unsafe { std::ptr::swap(&mut a, q) };
    let b = unsafe { Box::from_raw(q) };
    println!("{a} {b}");
}
