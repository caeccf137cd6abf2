// Covers: function pointers (fn types) vs closures, passing methods as fn items (str::len, i32::pow), higher-order functions, currying, closures returning closures, fn pointer tables.
fn apply_twice(f: fn(i32) -> i32, x: i32) -> i32 {
    f(f(x))
}

fn inc(x: i32) -> i32 {
    x + 1
}

fn curry(a: i32) -> impl Fn(i32) -> Box<dyn Fn(i32) -> i32> {
    move |b| Box::new(move |c| a * 100 + b * 10 + c)
}

fn pipeline(fs: &[&dyn Fn(f64) -> f64], x: f64) -> f64 {
    fs.iter().fold(x, |acc, f| f(acc))
}

fn memoize(f: fn(u64) -> u64) -> impl FnMut(u64) -> (u64, bool) {
    let mut cache = std::collections::BTreeMap::new();
    move |n| {
        if let Some(&v) = cache.get(&n) {
            (v, true)
        } else {
            let v = f(n);
            cache.insert(n, v);
            (v, false)
        }
    }
}

fn slow_square(n: u64) -> u64 {
    (0..n).map(|_| n).sum()
}

fn main() {
    println!("apply_twice inc {}", apply_twice(inc, 5));
    println!("apply_twice closure {}", apply_twice(|x| x * 3, 5));
    let table: [(&str, fn(f64) -> f64); 4] = [("sqrt", f64::sqrt), ("abs", f64::abs), ("neg", |x| -x), ("half", |x| x / 2.0)];
    for (name, f) in table.iter() {
        println!("{}(-16 or 16) = {}", name, f(if *name == "sqrt" { 16.0 } else { -16.0 }));
    }
    let lens: Vec<usize> = ["a", "bcd", "ef"].iter().copied().map(str::len).collect();
    println!("str::len {:?}", lens);
    let pows: Vec<i32> = (1..5).map(|e| i32::pow(2, e)).collect();
    println!("pow {:?}", pows);
    let strs: Vec<String> = [1, 2, 3].iter().map(i32::to_string).collect();
    println!("to_string {:?}", strs);
    let f = curry(1);
    let g = f(2);
    println!("curry {} {}", g(3), curry(4)(5)(6));
    let double = |x: f64| x * 2.0;
    let add3 = |x: f64| x + 3.0;
    println!("pipeline {}", pipeline(&[&double, &add3, &f64::sqrt], 11.0));
    let mut m = memoize(slow_square);
    for n in [10, 20, 10, 20, 30] {
        println!("memo {:?}", m(n));
    }
    let fp: fn(i32) -> i32 = inc;
    println!("fn pointer call {}", fp(41));
    let ops: Vec<(char, fn(i64, i64) -> i64)> = vec![('+', |a, b| a + b), ('*', |a, b| a * b), ('-', |a, b| a - b)];
    for (c, op) in &ops {
        println!("7 {} 6 = {}", c, op(7, 6));
    }
}
