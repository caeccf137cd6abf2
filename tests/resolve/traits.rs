// Closures through generics and boxes, dyn Trait calls (supertraits, default methods), operator
// traits, derives, user traits with default methods, blanket impls, generics instantiated
// several ways.
use std::cmp::Ordering;
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::ops::{Add, Deref, Index, Mul, Neg};

#[derive(Clone, Copy, Debug, PartialEq, PartialOrd, Default)]
struct V2 {
    x: f64,
    y: f64,
}

impl Add for V2 {
    type Output = V2;
    fn add(self, o: V2) -> V2 {
        V2 { x: self.x + o.x, y: self.y + o.y }
    }
}

impl Mul<f64> for V2 {
    type Output = V2;
    fn mul(self, k: f64) -> V2 {
        V2 { x: self.x * k, y: self.y * k }
    }
}

impl Neg for V2 {
    type Output = V2;
    fn neg(self) -> V2 {
        V2 { x: -self.x, y: -self.y }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
struct Name {
    first: String,
    id: u32,
}

struct Poly(Vec<i64>);

impl Index<usize> for Poly {
    type Output = i64;
    fn index(&self, i: usize) -> &i64 {
        &self.0[i]
    }
}

struct Wrapper(String);

impl Deref for Wrapper {
    type Target = String;
    fn deref(&self) -> &String {
        &self.0
    }
}

trait Named {
    fn name(&self) -> String;
}

trait Animal: Named {
    fn legs(&self) -> u32;
    fn describe(&self) -> String {
        format!("{} has {} legs", self.name(), self.legs())
    }
    fn noise(&self) -> &'static str {
        "..."
    }
}

struct Dog;
struct Bird {
    song: &'static str,
}

impl Named for Dog {
    fn name(&self) -> String {
        "dog".into()
    }
}
impl Animal for Dog {
    fn legs(&self) -> u32 {
        4
    }
    fn noise(&self) -> &'static str {
        "woof"
    }
}
impl Named for Bird {
    fn name(&self) -> String {
        String::from("bird")
    }
}
impl Animal for Bird {
    fn legs(&self) -> u32 {
        2
    }
    fn describe(&self) -> String {
        format!("a bird singing {}", self.song)
    }
}

trait Shout {
    fn shout(&self) -> String;
}

impl<T: Named + ?Sized> Shout for T {
    fn shout(&self) -> String {
        self.name().to_uppercase()
    }
}

fn apply<F: Fn(i32) -> i32>(f: F, v: i32) -> i32 {
    f(v)
}

fn apply_mut<F: FnMut(i32)>(mut f: F) {
    f(1);
    f(2);
}

fn consume<F: FnOnce() -> String>(f: F) -> String {
    f()
}

fn largest<T: PartialOrd + Copy>(v: &[T]) -> T {
    let mut m = v[0];
    for &x in v {
        if x > m {
            m = x;
        }
    }
    m
}

fn pair_of<T: Clone>(x: &T) -> (T, T) {
    (x.clone(), x.clone())
}

fn vectors() -> f64 {
    let a = V2 { x: 1.0, y: 2.0 };
    let b = V2::default();
    let c = a + b;
    let d = c * 2.0;
    let e = -d;
    let same = a == c;
    let ord = a.partial_cmp(&e);
    let copy = a.clone();
    if same && ord == Some(Ordering::Greater) { copy.x - 4.0 } else { 0.0 }
}

fn names() -> (bool, Ordering, u64, String) {
    let n = Name { first: "ann".to_string(), id: 1 };
    let m = n.clone();
    let z = Name::default();
    let eq = n == m && n != z;
    let ord = n.cmp(&z);
    let mut h = DefaultHasher::new();
    n.hash(&mut h);
    let dbg = format!("{:?}", m);
    let mx = std::cmp::max(n, z);
    (eq, ord, h.finish(), dbg + &mx.first)
}

fn operators() -> i64 {
    let p = Poly(vec![3, 4, 5]);
    let w = Wrapper("hello".to_string());
    let len = w.len() as i64;
    let first = w.chars().next().unwrap() as i64;
    let s = String::from("a") + "b" + &w;
    let v = vec![10, 20];
    p[0] + p[2] + len + first + v[1] + s.len() as i64
}

fn dynamic(zoo: &[Box<dyn Animal>]) -> usize {
    let mut total = 0;
    for a in zoo {
        total += a.legs() as usize;
        total += a.describe().len();
        total += a.noise().len();
        total += a.name().len();
    }
    let r: &dyn Named = &Dog;
    total + r.name().len() + Dog.shout().len() + r.shout().len()
}

fn closures() -> i32 {
    let k = 10;
    let add = |x: i32| x + k;
    let a = apply(add, 1);
    let b = apply(|x| x * 2, 3);
    let mut seen = Vec::new();
    apply_mut(|x| seen.push(x));
    let owned = String::from("moved");
    let s = consume(move || owned);
    let boxed: Box<dyn Fn(i32) -> i32> = Box::new(move |x| x - k);
    let c = boxed(5);
    let fs: Vec<Box<dyn Fn(i32) -> i32>> = vec![Box::new(|x| x + 1), Box::new(|x| x * x)];
    let d: i32 = fs.iter().map(|f| f(3)).sum();
    let fp: fn(i32) -> i32 = std::hint::black_box(double as fn(i32) -> i32);
    let e = fp(4) + apply(double, 2);
    a + b + c + d + e + seen.len() as i32 + s.len() as i32
}

fn double(x: i32) -> i32 {
    x * 2
}

fn generics() -> (i32, f64, char, usize) {
    let a = largest(&[1, 5, 3]);
    let b = largest(&[0.5, -1.0]);
    let c = largest(&['a', 'z', 'q']);
    let (s1, s2) = pair_of(&String::from("p"));
    let (v1, _) = pair_of(&vec![1u8]);
    (a, b, c, s1.len() + s2.len() + v1.len())
}

fn main() {
    assert_eq!(vectors(), 0.0 - 3.0);
    let (eq, ord, _, dbg) = names();
    assert!(eq && ord == Ordering::Greater && dbg.ends_with("ann"));
    assert_eq!(operators(), 3 + 5 + 5 + 104 + 20 + 7);
    let zoo: Vec<Box<dyn Animal>> = vec![Box::new(Dog), Box::new(Bird { song: "tweet" })];
    assert!(dynamic(&zoo) > 0);
    assert!(closures() > 0);
    assert_eq!(generics(), (5, 0.5, 'z', 3));
}
