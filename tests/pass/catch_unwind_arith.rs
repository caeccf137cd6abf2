// Covers: overflow panics (add, sub, mul, neg, shl), division by zero, index out of bounds, slice range panics, all caught with catch_unwind.
use std::hint::black_box;
use std::panic::catch_unwind;

fn report<T: std::fmt::Debug>(what: &str, r: std::thread::Result<T>) {
    match r {
        Ok(v) => println!("{}: ok {:?}", what, v),
        Err(e) => {
            let msg = e.downcast_ref::<String>().cloned().or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string())).unwrap_or_default();
            println!("{}: panicked: {}", what, msg);
        }
    }
}

fn main() {
    let big = black_box(i32::MAX);
    let small = black_box(u8::MIN);
    let zero = black_box(0i32);
    let v = black_box(vec![10, 20, 30]);
    report("add", catch_unwind(|| big + 1));
    report("sub", catch_unwind(|| small - 1));
    report("mul", catch_unwind(|| black_box(1i64 << 40) * black_box(1i64 << 40)));
    report("neg", catch_unwind(|| -black_box(i16::MIN)));
    report("shl", catch_unwind(|| black_box(1u32) << black_box(40u32)));
    report("div0", catch_unwind(|| 10 / zero));
    report("rem0", catch_unwind(|| 10 % zero));
    report("div overflow", catch_unwind(|| black_box(i32::MIN) / black_box(-1)));
    report("index", catch_unwind(|| v[black_box(7)]));
    report("slice range", catch_unwind(|| v[black_box(2)..black_box(5)].len()));
    report("slice order", catch_unwind(|| v[black_box(2)..black_box(1)].len()));
    report("str boundary", catch_unwind(|| &black_box("héllo")[0..2] == "h"));
    report("ok add", catch_unwind(|| big - 1));
    report("cast ok", catch_unwind(|| black_box(300i32) as u8));
    println!("all done");
}
