// Covers: const generics (arrays of N, generic structs over N, const expressions in where-free form), impl Trait args and returns, Default for arrays.
use std::fmt::Debug;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Vector<const N: usize> {
    c: [f64; N],
}

impl<const N: usize> Vector<N> {
    fn zero() -> Self {
        Vector { c: [0.0; N] }
    }
    fn dot(&self, o: &Self) -> f64 {
        self.c.iter().zip(o.c.iter()).map(|(a, b)| a * b).sum()
    }
    fn dim(&self) -> usize {
        N
    }
}

struct RingBuffer<T, const CAP: usize> {
    data: [Option<T>; CAP],
    head: usize,
    len: usize,
}

impl<T: Copy + Debug, const CAP: usize> RingBuffer<T, CAP> {
    fn new() -> Self {
        RingBuffer { data: [None; CAP], head: 0, len: 0 }
    }
    fn push(&mut self, x: T) -> Option<T> {
        let idx = (self.head + self.len) % CAP;
        if self.len == CAP {
            let old = self.data[self.head].replace(x);
            self.head = (self.head + 1) % CAP;
            old
        } else {
            self.data[idx] = Some(x);
            self.len += 1;
            None
        }
    }
    fn items(&self) -> Vec<T> {
        (0..self.len).map(|i| self.data[(self.head + i) % CAP].unwrap()).collect()
    }
}

fn sum_array<const N: usize>(a: [i32; N]) -> i32 {
    a.iter().sum()
}

fn first_n<const N: usize>(v: &[u8]) -> [u8; N] {
    let mut out = [0u8; N];
    out.copy_from_slice(&v[..N]);
    out
}

fn show_all(items: &[impl Debug]) -> String {
    items.iter().map(|i| format!("{:?}", i)).collect::<Vec<_>>().join("; ")
}

fn make_multiplier(k: i32) -> impl Fn(i32) -> i32 {
    move |x| x * k
}

fn squares() -> impl Iterator<Item = u64> {
    (1..).map(|x: u64| x * x)
}

fn main() {
    let a = Vector { c: [1.0, 2.0, 3.0] };
    let b = Vector { c: [4.0, -5.0, 6.0] };
    println!("dot {} dim {} zero {:?}", a.dot(&b), a.dim(), Vector::<4>::zero());
    let mut rb: RingBuffer<u32, 3> = RingBuffer::new();
    for i in 1..=5 {
        let ev = rb.push(i * 10);
        println!("push {} evicted {:?} items {:?}", i * 10, ev, rb.items());
    }
    println!("sum_array {} {}", sum_array([1, 2, 3]), sum_array([10; 7]));
    let bytes = b"hello world";
    let f3: [u8; 3] = first_n(bytes);
    let f5 = first_n::<5>(bytes);
    println!("first_n {:?} {:?}", f3, std::str::from_utf8(&f5));
    println!("{}", show_all(&["x", "y"]));
    println!("{}", show_all(&[Some(1.5), None]));
    let triple = make_multiplier(3);
    println!("triple {}", triple(14));
    println!("squares {:?}", squares().take_while(|&s| s < 100).collect::<Vec<_>>());
    let arr: [String; 3] = Default::default();
    println!("default array {:?}", arr);
    let arr2: [u8; 4] = std::array::from_fn(|i| (i * i) as u8);
    println!("from_fn {:?}", arr2);
    let conv: [i32; 3] = vec![7, 8, 9].try_into().unwrap();
    println!("try_into array {:?}", conv);
    let bad: Result<[i32; 2], _> = vec![1, 2, 3].try_into();
    println!("try_into wrong len is_err {}", bad.is_err());
}
