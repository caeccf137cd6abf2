// Fixed twin of tests/fail/report_oob_stack.rs: the loop stops at the array's length.
fn main() {
    let a = [1u16, 2, 3, 4];
    let p = a.as_ptr();
    let mut total = 0u16;
    for i in 0..a.len() {
        total += unsafe { *p.add(i) };
    }
    println!("{total}");
}
