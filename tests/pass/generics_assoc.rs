// Covers: generics with trait bounds, associated types, associated consts, where clauses, generic structs/impls, blanket impls, PhantomData.
use std::collections::BTreeMap;
use std::fmt::Display;
use std::marker::PhantomData;

trait Container {
    type Item;
    const KIND: &'static str;
    fn items(&self) -> Vec<Self::Item>;
    fn first(&self) -> Option<Self::Item> {
        self.items().into_iter().next()
    }
}

struct Stack<T> {
    v: Vec<T>,
}

impl<T: Clone> Container for Stack<T> {
    type Item = T;
    const KIND: &'static str = "stack";
    fn items(&self) -> Vec<T> {
        self.v.iter().rev().cloned().collect()
    }
}

struct Dict {
    m: BTreeMap<String, i32>,
}

impl Container for Dict {
    type Item = (String, i32);
    const KIND: &'static str = "dict";
    fn items(&self) -> Vec<(String, i32)> {
        self.m.iter().map(|(k, v)| (k.clone(), *v)).collect()
    }
}

fn summarize<C>(c: &C) -> String
where
    C: Container,
    C::Item: std::fmt::Debug,
{
    format!("{} with {} items, first {:?}", C::KIND, c.items().len(), c.first())
}

trait Describe {
    fn describe(&self) -> String;
}

impl<T: Display> Describe for T {
    fn describe(&self) -> String {
        format!("<<{}>>", self)
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Meters;
#[derive(Debug, Clone, Copy, PartialEq)]
struct Feet;

#[derive(Debug, Clone, Copy)]
struct Length<U> {
    value: f64,
    _unit: PhantomData<U>,
}

impl<U> Length<U> {
    fn new(value: f64) -> Self {
        Length { value, _unit: PhantomData }
    }
    fn add(self, o: Length<U>) -> Length<U> {
        Length::new(self.value + o.value)
    }
}

impl Length<Feet> {
    fn to_meters(self) -> Length<Meters> {
        Length::new(self.value * 0.3048)
    }
}

fn largest<T: PartialOrd + Copy>(xs: &[T]) -> T {
    let mut m = xs[0];
    for &x in xs {
        if x > m {
            m = x;
        }
    }
    m
}

struct Pair<T> {
    a: T,
    b: T,
}

impl<T: PartialOrd + Display> Pair<T> {
    fn cmp_display(&self) -> String {
        if self.a >= self.b { format!("largest is a = {}", self.a) } else { format!("largest is b = {}", self.b) }
    }
}

fn main() {
    let s = Stack { v: vec![1, 2, 3] };
    println!("{}", summarize(&s));
    let mut m = BTreeMap::new();
    m.insert("z".to_string(), 26);
    m.insert("a".to_string(), 1);
    let d = Dict { m };
    println!("{}", summarize(&d));
    println!("{} {} {}", 42.describe(), "str".describe(), 2.5.describe());
    let a: Length<Feet> = Length::new(10.0);
    let b = Length::new(5.0);
    let total = a.add(b);
    println!("{} ft = {:.3} m", total.value, total.to_meters().value);
    println!("largest {} {} {:?}", largest(&[3, 9, 2]), largest(&[1.5, -2.0]), largest(&['x', 'b', 'z']));
    println!("{}", Pair { a: "pear", b: "apple" }.cmp_display());
    println!("{}", Pair { a: 1, b: 10 }.cmp_display());
    println!("size of Length<Feet>: {}", std::mem::size_of::<Length<Feet>>());
}
