// Fixed twin of tests/fail/sb_protector_read.rs: reads through the &mut argument itself.
fn f(x: &mut i32) -> i32 {
    let v = *x;
    *x += v;
    *x
}

fn main() {
    let mut a = 3;
    let p = &mut a as *mut i32;
    let v = f(unsafe { &mut *p });
    println!("{v}");
}
