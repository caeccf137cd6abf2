// Fixed twin of tests/fail/sb_slice_alias.rs: splits the array into two disjoint halves.
fn main() {
    let mut arr = [0u8; 4];
    let p = arr.as_mut_ptr();
    let s1 = unsafe { std::slice::from_raw_parts_mut(p, 2) };
    let s2 = unsafe { std::slice::from_raw_parts_mut(p.add(2), 2) };
    s1[0] = 1;
    s2[0] = 2;
    println!("{:?}", arr);
}
