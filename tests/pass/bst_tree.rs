// Covers: binary search tree with Option<Box<Node>>: insert, contains, in-order traversal, height, min/max, remove, range query, generic over Ord.
use std::cmp::Ordering;
use std::fmt::Debug;

#[derive(Debug)]
struct Node<T> {
    v: T,
    l: Tree<T>,
    r: Tree<T>,
}

#[derive(Debug)]
struct Tree<T>(Option<Box<Node<T>>>);

impl<T: Ord + Debug + Clone> Tree<T> {
    fn new() -> Self {
        Tree(None)
    }
    fn insert(&mut self, v: T) -> bool {
        match &mut self.0 {
            None => {
                self.0 = Some(Box::new(Node { v, l: Tree(None), r: Tree(None) }));
                true
            }
            Some(n) => match v.cmp(&n.v) {
                Ordering::Less => n.l.insert(v),
                Ordering::Greater => n.r.insert(v),
                Ordering::Equal => false,
            },
        }
    }
    fn contains(&self, v: &T) -> bool {
        match &self.0 {
            None => false,
            Some(n) => match v.cmp(&n.v) {
                Ordering::Less => n.l.contains(v),
                Ordering::Greater => n.r.contains(v),
                Ordering::Equal => true,
            },
        }
    }
    fn inorder(&self, out: &mut Vec<T>) {
        if let Some(n) = &self.0 {
            n.l.inorder(out);
            out.push(n.v.clone());
            n.r.inorder(out);
        }
    }
    fn height(&self) -> usize {
        self.0.as_ref().map_or(0, |n| 1 + n.l.height().max(n.r.height()))
    }
    fn min(&self) -> Option<&T> {
        let mut cur = self.0.as_ref()?;
        while let Some(l) = cur.l.0.as_ref() {
            cur = l;
        }
        Some(&cur.v)
    }
    fn take_min(&mut self) -> Option<T> {
        match &mut self.0 {
            None => None,
            Some(n) if n.l.0.is_some() => n.l.take_min(),
            Some(_) => {
                let n = self.0.take().unwrap();
                self.0 = n.r.0;
                Some(n.v)
            }
        }
    }
    fn remove(&mut self, v: &T) -> bool {
        let Some(n) = &mut self.0 else { return false };
        match v.cmp(&n.v) {
            Ordering::Less => n.l.remove(v),
            Ordering::Greater => n.r.remove(v),
            Ordering::Equal => {
                match (n.l.0.is_some(), n.r.0.is_some()) {
                    (false, false) => self.0 = None,
                    (true, false) => self.0 = n.l.0.take(),
                    (false, true) => self.0 = n.r.0.take(),
                    (true, true) => n.v = n.r.take_min().unwrap(),
                }
                true
            }
        }
    }
    fn range(&self, lo: &T, hi: &T, out: &mut Vec<T>) {
        if let Some(n) = &self.0 {
            if &n.v > lo {
                n.l.range(lo, hi, out);
            }
            if &n.v >= lo && &n.v <= hi {
                out.push(n.v.clone());
            }
            if &n.v < hi {
                n.r.range(lo, hi, out);
            }
        }
    }
}

fn main() {
    let mut t = Tree::new();
    for v in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30] {
        println!("insert {} -> {}", v, t.insert(v));
    }
    let mut out = Vec::new();
    t.inorder(&mut out);
    println!("inorder {:?}", out);
    println!("height {} min {:?}", t.height(), t.min());
    println!("contains 45 {} 55 {}", t.contains(&45), t.contains(&55));
    let mut r = Vec::new();
    t.range(&33, &65, &mut r);
    println!("range 33..=65 {:?}", r);
    for v in [20, 30, 50, 99] {
        println!("remove {} -> {}", v, t.remove(&v));
        let mut o = Vec::new();
        t.inorder(&mut o);
        println!("  now {:?} height {}", o, t.height());
    }
    let mut words = Tree::new();
    for w in "the quick brown fox jumps over the lazy dog".split(' ') {
        words.insert(w.to_string());
    }
    let mut wo = Vec::new();
    words.inorder(&mut wo);
    println!("{:?}", wo);
}
