// Fixed twin of tests/fail/report_oob_heap.rs: the loop stops at the Vec's length.
fn main() {
    let v: Vec<i32> = Vec::from([10, 20, 30]);
    let p = v.as_ptr();
    let mut sum = 0;
    for i in 0..v.len() {
        sum += unsafe { p.add(i).read() };
    }
    println!("{sum}");
}
