// a raw-pointer write inside a function invalidates its protected &mut argument.
// error-pattern: which is strongly protected
fn f(x: &mut i32, y: *mut i32) -> i32 {
    unsafe { *y = 2 };
    *x
}

fn main() {
    let mut a = 0;
    let p = &mut a as *mut i32;
    let v = f(unsafe { &mut *p }, p);
    println!("{v}");
}
