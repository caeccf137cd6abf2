// Covers: closures Fn/FnMut/FnOnce, capture by ref/mut/move, passing closures generically and as &dyn, returning impl Fn, Box<dyn Fn>.
fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn apply_mut<F: FnMut()>(mut f: F, times: usize) {
    for _ in 0..times {
        f();
    }
}

fn consume<F: FnOnce() -> String>(f: F) -> String {
    f()
}

fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn make_counter() -> impl FnMut() -> u32 {
    let mut c = 0;
    move || {
        c += 1;
        c
    }
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn call_dyn(f: &dyn Fn(&str) -> String, s: &str) -> String {
    f(s)
}

fn boxed_ops() -> Vec<(&'static str, Box<dyn Fn(f64, f64) -> f64>)> {
    vec![
        ("add", Box::new(|a, b| a + b)),
        ("sub", Box::new(|a, b| a - b)),
        ("mul", Box::new(|a, b| a * b)),
        ("pow", Box::new(f64::powf)),
    ]
}

fn main() {
    let factor = 3;
    let times3 = |x| x * factor;
    println!("apply {}", apply(times3, 14));
    println!("apply fn item {}", apply(i32::abs, -9));
    let mut total = 0;
    apply_mut(|| total += 5, 4);
    println!("total {}", total);
    let name = String::from("owned");
    let s = consume(move || name + " and consumed");
    println!("{}", s);
    let add5 = make_adder(5);
    println!("add5(10) = {}", add5(10));
    let mut c = make_counter();
    println!("counter {} {} {}", c(), c(), c());
    let f = compose(|x: i32| x + 1, |y: i32| y * 10);
    let g = compose(f, |z: i32| format!("<{}>", z));
    println!("composed {}", g(4));
    let prefix = String::from(">> ");
    println!("{}", call_dyn(&|s| format!("{}{}", prefix, s), "dyn call"));
    for (name, op) in boxed_ops() {
        println!("{} -> {}", name, op(2.0, 5.0));
    }
    let mut v = vec![3, 1, 2];
    let mut push = |x| v.push(x);
    push(10);
    push(20);
    println!("v after FnMut borrow: {:?}", v);
    let data = vec![1, 2, 3];
    let sum_it = move || data.iter().sum::<i32>();
    println!("moved data sum {} {}", sum_it(), sum_it());
    let fs: Vec<Box<dyn Fn() -> usize>> = (0..4usize).map(|i| Box::new(move || i * i) as Box<dyn Fn() -> usize>).collect();
    println!("closures in vec: {:?}", fs.iter().map(|f| f()).collect::<Vec<_>>());
    let mut fm: Box<dyn FnMut(i32) -> i32> = {
        let mut acc = 0;
        Box::new(move |x| { acc += x; acc })
    };
    println!("boxed FnMut {} {} {}", fm(1), fm(2), fm(3));
    let once: Box<dyn FnOnce() -> Vec<u8>> = Box::new(|| vec![1, 2, 3]);
    println!("boxed FnOnce {:?}", once());
    let recurse = |n: u64| -> u64 {
        fn fact(n: u64) -> u64 { if n == 0 { 1 } else { n * fact(n - 1) } }
        fact(n)
    };
    println!("fact via inner fn {}", recurse(10));
}
