// Covers: ownership and borrowing: moves into functions and back, clone vs move, borrowing mutably in scopes, returning references from methods, Option<String> take, Vec of owned strings moved out with into_iter/drain.
fn take_and_give(mut s: String) -> String {
    s.push_str(" (visited)");
    s
}

fn longest_len(v: &[String]) -> usize {
    v.iter().map(|s| s.len()).max().unwrap_or(0)
}

fn append_all(dst: &mut Vec<String>, src: &[&str]) {
    for s in src {
        dst.push(s.to_string());
    }
}

struct Holder {
    items: Vec<String>,
    current: Option<String>,
}

impl Holder {
    fn first(&self) -> Option<&String> {
        self.items.first()
    }
    fn first_mut(&mut self) -> Option<&mut String> {
        self.items.first_mut()
    }
    fn advance(&mut self) -> Option<String> {
        let prev = self.current.take();
        if !self.items.is_empty() {
            self.current = Some(self.items.remove(0));
        }
        prev
    }
}

fn main() {
    let s = String::from("token");
    let s = take_and_give(s);
    println!("{}", s);
    let c = s.clone();
    let moved = s;
    println!("clone {} moved {}", c, moved);
    let mut v = vec![String::from("alpha")];
    append_all(&mut v, &["beta", "gamma"]);
    println!("v {:?} longest {}", v, longest_len(&v));
    {
        let first = &mut v[0];
        first.make_ascii_uppercase();
    }
    let total: usize = v.iter().map(String::len).sum();
    println!("after mut borrow {:?} total {}", v, total);
    let mut h = Holder { items: v, current: None };
    if let Some(f) = h.first_mut() {
        f.push('!');
    }
    println!("first {:?}", h.first());
    for _ in 0..4 {
        let prev = h.advance();
        println!("advance -> prev {:?} current {:?} left {}", prev, h.current, h.items.len());
    }
    let words = vec![String::from("x"), String::from("yy"), String::from("zzz")];
    let lens: Vec<(String, usize)> = words.into_iter().map(|w| {
        let n = w.len();
        (w, n)
    }).collect();
    println!("{:?}", lens);
    let mut pool = vec![String::from("a"), String::from("b"), String::from("c"), String::from("d")];
    let taken: Vec<String> = pool.drain(1..3).collect();
    println!("taken {:?} pool {:?}", taken, pool);
    let boxed = Box::new(String::from("boxed"));
    let unboxed: String = *boxed;
    println!("unboxed {}", unboxed);
    let pair = (String::from("left"), String::from("right"));
    let (l, r) = pair;
    println!("{} {}", r, l);
}
