// Fixed twin of tests/fail/oob_vec_raw_read.rs: reads the last element, not one past it.
fn main() {
    let v = vec![10u32, 20, 30];
    let p = v.as_ptr();
    let x = unsafe { *p.add(v.len() - 1) };
    println!("last = {x}");
}
