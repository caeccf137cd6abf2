// Covers: closures stored in structs (generic and boxed), callbacks registry, memoization with FnMut, sort_by closures capturing state.
use std::collections::BTreeMap;

struct Cacher<F: Fn(u64) -> u64> {
    calc: F,
    cache: BTreeMap<u64, u64>,
    calls: u32,
}

impl<F: Fn(u64) -> u64> Cacher<F> {
    fn new(calc: F) -> Self {
        Cacher { calc, cache: BTreeMap::new(), calls: 0 }
    }
    fn get(&mut self, n: u64) -> u64 {
        if let Some(v) = self.cache.get(&n) {
            return *v;
        }
        self.calls += 1;
        let v = (self.calc)(n);
        self.cache.insert(n, v);
        v
    }
}

struct EventBus {
    handlers: Vec<(String, Box<dyn Fn(&str) -> String>)>,
}

impl EventBus {
    fn on(&mut self, name: &str, f: impl Fn(&str) -> String + 'static) {
        self.handlers.push((name.to_string(), Box::new(f)));
    }
    fn emit(&self, payload: &str) {
        for (n, h) in &self.handlers {
            println!("[{}] {}", n, h(payload));
        }
    }
}

struct Button<'a> {
    label: &'a str,
    on_click: Option<Box<dyn FnMut() + 'a>>,
}

fn main() {
    let mut c = Cacher::new(|n| (1..=n).map(|k| k * k).sum());
    for n in [10, 20, 10, 5, 20] {
        println!("sumsq({}) = {}", n, c.get(n));
    }
    println!("calls {}", c.calls);
    let mut bus = EventBus { handlers: Vec::new() };
    let excl = "!".repeat(3);
    bus.on("upper", |s| s.to_uppercase());
    bus.on("len", |s| format!("{} chars", s.chars().count()));
    bus.on("shout", move |s| format!("{}{}", s, excl));
    bus.emit("héllo");
    let mut clicks = 0;
    {
        let mut b = Button { label: "OK", on_click: Some(Box::new(|| clicks += 1)) };
        for _ in 0..3 {
            if let Some(f) = b.on_click.as_mut() {
                f();
            }
        }
        println!("button {}", b.label);
        b.on_click = None;
    }
    println!("clicks {}", clicks);
    let weights = [("a", 3), ("b", 1), ("c", 2)];
    let mut keys = vec!["c", "a", "b", "a"];
    let mut comparisons = 0;
    keys.sort_by(|x, y| {
        comparisons += 1;
        let wx = weights.iter().find(|w| w.0 == *x).unwrap().1;
        let wy = weights.iter().find(|w| w.0 == *y).unwrap().1;
        wx.cmp(&wy)
    });
    println!("sorted {:?} (compared at least once: {})", keys, comparisons > 0);
    let transforms: Vec<(&str, fn(i32) -> i32)> = vec![("double", |x| x * 2), ("negate", |x| -x), ("square", |x| x * x)];
    let mut x = 3;
    for (n, t) in &transforms {
        x = t(x);
        println!("{} -> {}", n, x);
    }
}
