// Covers: closure capture modes: disjoint field capture (edition 2021), move of Copy vs non-Copy, closures mutating captured state, returning closures that capture closures.
#[derive(Debug)]
struct Config {
    name: String,
    level: u8,
    tags: Vec<String>,
}

fn twice<F>(f: F) -> impl Fn(i32) -> i32
where
    F: Fn(i32) -> i32,
{
    move |x| f(f(x))
}

fn main() {
    let mut cfg = Config { name: "base".into(), level: 1, tags: vec!["a".into()] };
    {
        let mut bump = || cfg.level += 1;
        bump();
        bump();
    }
    let read_name = || cfg.name.len();
    cfg.tags.push("b".into());
    println!("name len {} level {} tags {:?}", read_name(), cfg.level, cfg.tags);
    let take_tags = move || cfg.tags;
    let tags = take_tags();
    println!("moved tags {:?}", tags);
    let x = 10;
    let add_x = move |y: i32| x + y;
    println!("x still usable {} {}", x, add_x(5));
    let quad = twice(twice(|v| v + 1));
    println!("quad(0) = {}", quad(0));
    let mut log: Vec<String> = Vec::new();
    let mut record = |msg: &str| log.push(format!("{}: {}", log.len(), msg));
    record("start");
    record("middle");
    record("end");
    println!("{:#?}", log);
    let counters: Vec<Box<dyn FnMut() -> i32>> = (1..=3)
        .map(|step| {
            let mut val = 0;
            Box::new(move || { val += step; val }) as Box<dyn FnMut() -> i32>
        })
        .collect();
    let mut outs = Vec::new();
    for mut c in counters {
        outs.push((c(), c(), c()));
    }
    println!("{:?}", outs);
    let s = String::from("shared");
    let r1 = || s.len();
    let r2 = || s.to_uppercase();
    println!("{} {} {}", r1(), r2(), s);
    let v = vec![1, 2, 3];
    let contains = |n| v.contains(&n);
    println!("contains 2 {} 5 {}", contains(2), contains(5));
    drop(v);
    let fnptr: fn(&str) -> usize = str::len;
    println!("fn pointer {}", fnptr("abcd"));
}
