// Fixed twin of tests/fail/sb_protector_write.rs: writes through the &mut argument itself.
fn f(x: &mut i32) -> i32 {
    *x = 2;
    *x
}

fn main() {
    let mut a = 0;
    let p = &mut a as *mut i32;
    let v = f(unsafe { &mut *p });
    println!("{v} {a}");
}
