// Covers: newtype pattern, Deref/DerefMut to inner Vec, deref coercion in function calls, Drop-free wrappers, Index via Deref, method resolution through Box/Rc.
use std::ops::{Deref, DerefMut};
use std::rc::Rc;

struct Sorted(Vec<i32>);

impl Sorted {
    fn new(mut v: Vec<i32>) -> Self {
        v.sort();
        Sorted(v)
    }
    fn insert(&mut self, x: i32) {
        let pos = self.0.partition_point(|&y| y < x);
        self.0.insert(pos, x);
    }
}

impl Deref for Sorted {
    type Target = [i32];
    fn deref(&self) -> &[i32] {
        &self.0
    }
}

struct Name(String);

impl Deref for Name {
    type Target = String;
    fn deref(&self) -> &String {
        &self.0
    }
}

impl DerefMut for Name {
    fn deref_mut(&mut self) -> &mut String {
        &mut self.0
    }
}

fn count_chars(s: &str) -> usize {
    s.chars().count()
}

fn sum(xs: &[i32]) -> i32 {
    xs.iter().sum()
}

struct Meters(f64);
struct Wrapper<T>(T);

impl<T: std::fmt::Debug> Wrapper<T> {
    fn show(&self) -> String {
        format!("Wrapper({:?})", self.0)
    }
}

fn main() {
    let mut s = Sorted::new(vec![5, 1, 4]);
    s.insert(3);
    s.insert(10);
    s.insert(-2);
    println!("sorted {:?} len {} first {:?} contains 4 {}", &s[..], s.len(), s.first(), s.contains(&4));
    println!("sum via deref coercion {}", sum(&s));
    println!("binary_search 10 {:?}", s.binary_search(&10));
    let mut n = Name("José".to_string());
    n.push_str(" García");
    println!("name {} chars {} bytes {} upper {}", *n, count_chars(&n), n.len(), n.to_uppercase());
    let b: Box<Name> = Box::new(Name("boxed".into()));
    println!("through Box: {}", count_chars(&b));
    let r: Rc<Vec<u8>> = Rc::new(vec![1, 2, 3]);
    println!("through Rc: {} {:?}", r.len(), r.iter().rev().collect::<Vec<_>>());
    let m = Meters(3.5);
    println!("meters {}", m.0 * 2.0);
    println!("{}", Wrapper(vec!["a"]).show());
    let nested: Box<Box<Box<i32>>> = Box::new(Box::new(Box::new(7)));
    println!("nested deref {}", ***nested + 1);
    let mut bx = Box::new([1, 2, 3]);
    bx[0] = 100;
    println!("box index {:?}", bx);
    let strs: Vec<String> = vec!["a".into(), "bb".into()];
    let lens: Vec<usize> = strs.iter().map(|s| count_chars(s)).collect();
    println!("lens {:?}", lens);
}
