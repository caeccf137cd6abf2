// Covers: custom Iterator impls (Fibonacci, Counter, tree walk), DoubleEndedIterator, ExactSizeIterator, IntoIterator for own type, size_hint.
struct Fib {
    a: u64,
    b: u64,
}

impl Iterator for Fib {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let r = self.a;
        self.a = self.b;
        self.b += r;
        Some(r)
    }
}

struct Countdown {
    lo: u32,
    hi: u32,
}

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.lo >= self.hi {
            None
        } else {
            self.hi -= 1;
            Some(self.hi)
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = (self.hi - self.lo) as usize;
        (n, Some(n))
    }
}

impl DoubleEndedIterator for Countdown {
    fn next_back(&mut self) -> Option<u32> {
        if self.lo >= self.hi {
            None
        } else {
            self.lo += 1;
            Some(self.lo - 1)
        }
    }
}

impl ExactSizeIterator for Countdown {}

struct Bag {
    items: Vec<String>,
}

impl IntoIterator for Bag {
    type Item = String;
    type IntoIter = std::vec::IntoIter<String>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

impl<'a> IntoIterator for &'a Bag {
    type Item = &'a String;
    type IntoIter = std::slice::Iter<'a, String>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

enum Tree {
    Leaf(i32),
    Node(Box<Tree>, Box<Tree>),
}

struct TreeIter<'a> {
    stack: Vec<&'a Tree>,
}

impl<'a> Iterator for TreeIter<'a> {
    type Item = i32;
    fn next(&mut self) -> Option<i32> {
        while let Some(t) = self.stack.pop() {
            match t {
                Tree::Leaf(v) => return Some(*v),
                Tree::Node(l, r) => {
                    self.stack.push(r);
                    self.stack.push(l);
                }
            }
        }
        None
    }
}

fn main() {
    let f: Vec<u64> = Fib { a: 0, b: 1 }.take(15).collect();
    println!("fib {:?}", f);
    let big = Fib { a: 0, b: 1 }.skip_while(|&x| x < 1_000_000).next();
    println!("first fib >= 1e6: {:?}", big);
    let even_sum: u64 = Fib { a: 0, b: 1 }.take_while(|&x| x < 4_000_000).filter(|x| x % 2 == 0).sum();
    println!("even fib sum {}", even_sum);
    let c = Countdown { lo: 3, hi: 9 };
    println!("len {} size_hint {:?}", c.len(), c.size_hint());
    println!("countdown {:?}", c.collect::<Vec<_>>());
    println!("rev {:?}", Countdown { lo: 3, hi: 9 }.rev().collect::<Vec<_>>());
    let mut both = Countdown { lo: 0, hi: 6 };
    println!("front {:?} back {:?} front {:?} rest {:?}", both.next(), both.next_back(), both.next(), both.collect::<Vec<_>>());
    let bag = Bag { items: vec!["x".into(), "yy".into(), "zzz".into()] };
    for s in &bag {
        print!("{}:{} ", s, s.len());
    }
    println!();
    let joined: Vec<String> = bag.into_iter().map(|s| s.to_uppercase()).collect();
    println!("{:?}", joined);
    let t = Tree::Node(
        Box::new(Tree::Node(Box::new(Tree::Leaf(1)), Box::new(Tree::Leaf(2)))),
        Box::new(Tree::Node(Box::new(Tree::Leaf(3)), Box::new(Tree::Node(Box::new(Tree::Leaf(4)), Box::new(Tree::Leaf(5)))))),
    );
    let it = TreeIter { stack: vec![&t] };
    println!("tree leaves {:?}", it.collect::<Vec<_>>());
    let total: i32 = TreeIter { stack: vec![&t] }.map(|x| x * x).sum();
    println!("sum squares {}", total);
}
