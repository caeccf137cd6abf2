// a raw-pointer read inside a function disables its protected &mut argument.
// error-pattern: which is strongly protected
fn f(x: &mut i32, y: *const i32) -> i32 {
    let v = unsafe { *y };
    *x += v;
    *x
}

fn main() {
    let mut a = 3;
    let p = &mut a as *mut i32;
    let v = f(unsafe { &mut *p }, p);
    println!("{v}");
}
