// assigning a small variant to an enum makes the bytes only the large variant uses
// uninitialised (padding of the small one), even though they held data before.
// error-pattern: but memory is uninitialized at
#[allow(dead_code)]
enum Value {
    Small(u8),
    Big(u64),
}

fn main() {
    let mut v = Value::Big(u64::MAX);
    v = Value::Small(1);
    let p = &v as *const Value as *const u8;
    let high = unsafe { *p.add(8) };
    println!("{}", high);
    if let Value::Small(s) = v {
        println!("{}", s);
    }
}
