// makes two &mut slices over one array from the same raw pointer and writes through the first.
// error-pattern: but that tag does not exist in the borrow stack for this location
fn main() {
    let mut arr = [0u8; 4];
    let p = arr.as_mut_ptr();
    let s1 = unsafe { std::slice::from_raw_parts_mut(p, 4) };
    let s2 = unsafe { std::slice::from_raw_parts_mut(p, 4) };
    s1[0] = 1;
    s2[0] = 2;
    println!("{:?}", arr);
}
