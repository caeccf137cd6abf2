// Covers: custom collection implementing FromIterator, Extend, IntoIterator (owned and by ref), Index, Sum for a custom type, Display.
use std::collections::BTreeMap;
use std::fmt;
use std::iter::Sum;
use std::ops::{Add, Index};

#[derive(Debug, Default)]
struct Bag {
    counts: BTreeMap<String, usize>,
}

impl Bag {
    fn add(&mut self, s: &str) {
        *self.counts.entry(s.to_string()).or_insert(0) += 1;
    }
    fn total(&self) -> usize {
        self.counts.values().sum()
    }
}

impl<'a> FromIterator<&'a str> for Bag {
    fn from_iter<I: IntoIterator<Item = &'a str>>(it: I) -> Self {
        let mut b = Bag::default();
        for s in it {
            b.add(s);
        }
        b
    }
}

impl<'a> Extend<&'a str> for Bag {
    fn extend<I: IntoIterator<Item = &'a str>>(&mut self, it: I) {
        for s in it {
            self.add(s);
        }
    }
}

impl Index<&str> for Bag {
    type Output = usize;
    fn index(&self, k: &str) -> &usize {
        self.counts.get(k).unwrap_or(&0)
    }
}

impl<'a> IntoIterator for &'a Bag {
    type Item = (&'a String, &'a usize);
    type IntoIter = std::collections::btree_map::Iter<'a, String, usize>;
    fn into_iter(self) -> Self::IntoIter {
        self.counts.iter()
    }
}

impl IntoIterator for Bag {
    type Item = (String, usize);
    type IntoIter = std::collections::btree_map::IntoIter<String, usize>;
    fn into_iter(self) -> Self::IntoIter {
        self.counts.into_iter()
    }
}

impl fmt::Display for Bag {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{{")?;
        for (i, (k, v)) in self.counts.iter().enumerate() {
            if i > 0 {
                write!(f, ", ")?;
            }
            write!(f, "{}×{}", k, v)?;
        }
        write!(f, "}}")
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Money {
    cents: i64,
}

impl Add for Money {
    type Output = Money;
    fn add(self, o: Money) -> Money {
        Money { cents: self.cents + o.cents }
    }
}

impl Sum for Money {
    fn sum<I: Iterator<Item = Money>>(it: I) -> Money {
        it.fold(Money::default(), |a, b| a + b)
    }
}

impl<'a> Sum<&'a Money> for Money {
    fn sum<I: Iterator<Item = &'a Money>>(it: I) -> Money {
        it.copied().sum()
    }
}

fn main() {
    let mut bag: Bag = "a b c a b a".split(' ').collect();
    println!("{} total {}", bag, bag.total());
    bag.extend(["z", "a", "y"]);
    println!("{} a={} q={}", bag, bag["a"], bag["q"]);
    for (k, v) in &bag {
        print!("{}:{} ", k, v);
    }
    println!();
    let owned: Vec<(String, usize)> = bag.into_iter().filter(|(_, v)| *v > 1).collect();
    println!("{:?}", owned);
    let prices = vec![Money { cents: 199 }, Money { cents: 250 }, Money { cents: -49 }];
    let t1: Money = prices.iter().sum();
    let t2: Money = prices.into_iter().sum();
    println!("{:?} {:?} equal {}", t1, t2, t1 == t2);
}
