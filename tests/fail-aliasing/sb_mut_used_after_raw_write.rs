// uses a &mut after a write through the raw pointer it was derived from.
// error-pattern: but that tag does not exist in the borrow stack for this location
fn main() {
    let mut data = [1u32, 2];
    let base = data.as_mut_ptr();
    let first: &mut u32 = unsafe { &mut *base };
    unsafe { *base = 10 };
    *first += 1;
    println!("{:?}", data);
}
