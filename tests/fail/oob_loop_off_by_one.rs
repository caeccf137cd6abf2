// sums a boxed slice through a raw pointer with an inclusive range, reading one element too many.
// error-pattern: is at or beyond the end of the allocation
fn main() {
    let b: Box<[u16]> = vec![1u16, 2, 3].into_boxed_slice();
    let p = b.as_ptr();
    let mut sum = 0u32;
    for i in 0..=b.len() {
        sum += u32::from(unsafe { *p.add(i) });
    }
    println!("{sum}");
}
