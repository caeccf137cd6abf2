// Fixed twin of tests/fail/uaf_vec_push.rs: takes the pointer after the last push.
fn main() {
    let mut v = Vec::with_capacity(1);
    v.push(1i32);
    v.push(2);
    let first = &v[0] as *const i32;
    let x = unsafe { *first };
    println!("{x} {:?}", v);
}
