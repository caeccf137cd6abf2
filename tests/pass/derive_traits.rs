// Covers: #[derive(Default, Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)], Hash derive as HashMap/HashSet keys, Default with ..Default::default(), Clone on nested structures.
use std::collections::{BTreeMap, HashMap, HashSet};

#[derive(Debug, Default, Clone, PartialEq)]
struct Settings {
    name: String,
    volume: u8,
    muted: bool,
    ratio: f32,
    tags: Vec<String>,
    extra: Option<Box<Settings>>,
    limits: (i16, i16),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Coord {
    x: i32,
    y: i32,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Key {
    Id(u32),
    Name(String),
    Pair(Coord, char),
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
enum Mode {
    #[default]
    Idle,
    Running,
}

#[derive(Debug, Clone, Default)]
struct Tree {
    value: i32,
    children: Vec<Tree>,
    meta: BTreeMap<String, Vec<u8>>,
}

fn main() {
    let d = Settings::default();
    println!("{:?}", d);
    let s = Settings { name: "custom".into(), volume: 7, tags: vec!["a".into()], ..Default::default() };
    println!("{:?}", s);
    let mut s2 = s.clone();
    s2.extra = Some(Box::new(s.clone()));
    s2.tags.push("b".into());
    println!("s == s2 {} s == clone {}", s == s2, s == s.clone());
    println!("s2.extra.tags {:?} s2.tags {:?}", s2.extra.as_ref().unwrap().tags, s2.tags);
    println!("mode default {:?} {}", Mode::default(), Mode::default() == Mode::Idle);
    println!("mode running != idle {}", Mode::Running != Mode::Idle);
    let mut visits: HashMap<Coord, u32> = HashMap::new();
    let path = [(0, 0), (1, 0), (1, 1), (0, 0), (1, 1), (0, 0)];
    for (x, y) in path {
        *visits.entry(Coord { x, y }).or_default() += 1;
    }
    let mut vv: Vec<_> = visits.into_iter().collect();
    vv.sort();
    println!("visits {:?}", vv);
    let keys: HashSet<Key> = [Key::Id(3), Key::Name("x".into()), Key::Pair(Coord { x: 1, y: 2 }, 'p'), Key::Id(3), Key::Name("x".into())].into_iter().collect();
    let mut kv: Vec<_> = keys.into_iter().collect();
    kv.sort();
    println!("unique keys {:?}", kv);
    let c = Coord { x: 5, y: -1 };
    let c2 = c;
    println!("copy {:?} {:?} lt {}", c, c2, Coord { x: 1, y: 9 } < Coord { x: 2, y: 0 });
    let t = Tree {
        value: 1,
        children: vec![Tree { value: 2, ..Default::default() }, Tree { value: 3, children: vec![Tree::default()], meta: BTreeMap::from([("k".to_string(), vec![1, 2])]) }],
        meta: BTreeMap::new(),
    };
    let mut t2 = t.clone();
    t2.children[1].meta.get_mut("k").unwrap().push(3);
    t2.children[1].children[0].value = 99;
    println!("{:?}", t);
    println!("{:?}", t2);
    println!("{:#?}", t2.children[1]);
}
