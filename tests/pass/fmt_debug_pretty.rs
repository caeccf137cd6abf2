// Covers: {:?} and {:#?} of nested structs, enums, tuples, vecs, Option, BTreeMap, unit/tuple structs, and manual Debug via debug_struct.
#![allow(dead_code)]
use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone)]
enum Shape {
    Circle { r: f64 },
    Rect(f64, f64),
    Empty,
}

#[derive(Debug, Clone)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug)]
struct Unit;

#[derive(Debug)]
struct Wrapper(u8, &'static str);

#[derive(Debug)]
struct Scene {
    name: String,
    origin: Point,
    shapes: Vec<Shape>,
    tags: BTreeMap<&'static str, Vec<u32>>,
    parent: Option<Box<Scene>>,
    unit: Unit,
    wrap: Wrapper,
    pair: (char, bool),
}

struct Secret {
    id: u32,
    key: String,
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_struct("Secret").field("id", &self.id).field("key_len", &self.key.len()).finish_non_exhaustive()
    }
}

struct List(Vec<i32>);

impl fmt::Debug for List {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_list().entries(self.0.iter().map(|x| x * 10)).finish()
    }
}

struct Pairs;

impl fmt::Debug for Pairs {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_map().entry(&"a", &1).entry(&"b", &Some(2)).finish()?;
        f.debug_tuple("T").field(&1.5).field(&"s").finish()?;
        f.debug_set().entry(&'x').finish()
    }
}

fn main() {
    let mut tags = BTreeMap::new();
    tags.insert("primes", vec![2, 3, 5]);
    tags.insert("empty", vec![]);
    let inner = Scene {
        name: "inner".into(),
        origin: Point { x: -1, y: 1 },
        shapes: vec![],
        tags: BTreeMap::new(),
        parent: None,
        unit: Unit,
        wrap: Wrapper(0, ""),
        pair: ('\'', false),
    };
    let scene = Scene {
        name: "main \"scene\"".into(),
        origin: Point { x: 0, y: 0 },
        shapes: vec![Shape::Circle { r: 1.5 }, Shape::Rect(2.0, 3.0), Shape::Empty],
        tags,
        parent: Some(Box::new(inner)),
        unit: Unit,
        wrap: Wrapper(7, "seven\n"),
        pair: ('é', true),
    };
    println!("{:?}", scene);
    println!("{:#?}", scene);
    println!("{:?}", Secret { id: 9, key: "hunter2".into() });
    println!("{:#?}", Secret { id: 9, key: "hunter2".into() });
    println!("{:?} {:#?}", List(vec![1, 2]), List(vec![3]));
    println!("{:?}", Pairs);
    println!("{:#?}", Pairs);
    let nested: Vec<Option<(i32, &str)>> = vec![Some((1, "one")), None];
    println!("{:?}", nested);
    println!("{:#?}", nested);
    let r: Result<Point, String> = Err("bad".into());
    println!("{:?} {:#?}", r, Ok::<Point, ()>(Point { x: 1, y: 2 }));
    println!("{:#?}", (1, "two", [3.0, 4.5], ()));
    println!("[{:>20?}] [{:<12?}]", Some(5), Shape::Empty);
    println!("{:?}", Vec::<Vec<u8>>::new());
    println!("{:#?}", Vec::<u8>::new());
}
