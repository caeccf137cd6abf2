// Covers: derived PartialEq/Eq/PartialOrd/Ord on structs and enums, manual Ord impl, sorting with them, cmp::Ordering combinators, min/max/clamp.
use std::cmp::Ordering;

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Clone, Copy)]
enum Suit {
    Clubs,
    Diamonds,
    Hearts,
    Spades,
}

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Clone, Copy)]
struct Card {
    rank: u8,
    suit: Suit,
}

#[derive(Debug, Eq, PartialEq)]
struct Version {
    major: u32,
    minor: u32,
    patch: u32,
    pre: Option<String>,
}

impl Ord for Version {
    fn cmp(&self, o: &Self) -> Ordering {
        self.major
            .cmp(&o.major)
            .then(self.minor.cmp(&o.minor))
            .then(self.patch.cmp(&o.patch))
            .then_with(|| match (&self.pre, &o.pre) {
                (None, None) => Ordering::Equal,
                (None, Some(_)) => Ordering::Greater,
                (Some(_), None) => Ordering::Less,
                (Some(a), Some(b)) => a.cmp(b),
            })
    }
}

impl PartialOrd for Version {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}

fn v(s: &str) -> Version {
    let (core, pre) = match s.split_once('-') {
        Some((c, p)) => (c, Some(p.to_string())),
        None => (s, None),
    };
    let nums: Vec<u32> = core.split('.').map(|x| x.parse().unwrap()).collect();
    Version { major: nums[0], minor: nums[1], patch: nums[2], pre }
}

#[derive(Debug, PartialEq, PartialOrd)]
struct Score(f64);

fn main() {
    println!("{:?}", Suit::Clubs < Suit::Spades);
    let mut hand = vec![
        Card { rank: 10, suit: Suit::Hearts },
        Card { rank: 2, suit: Suit::Spades },
        Card { rank: 10, suit: Suit::Clubs },
        Card { rank: 14, suit: Suit::Diamonds },
    ];
    hand.sort();
    println!("{:?}", hand);
    hand.sort_by(|a, b| b.suit.cmp(&a.suit).then(a.rank.cmp(&b.rank)));
    println!("{:?}", hand);
    println!("max {:?} min {:?}", hand.iter().max(), hand.iter().min());
    let mut vs: Vec<Version> = ["1.2.3", "1.10.0", "1.2.3-beta", "0.9.9", "1.2.3-alpha", "2.0.0"].iter().map(|s| v(s)).collect();
    vs.sort();
    for x in &vs {
        println!("{}.{}.{}{}", x.major, x.minor, x.patch, x.pre.as_ref().map(|p| format!("-{}", p)).unwrap_or_default());
    }
    println!("cmp {:?} {:?}", v("1.0.0").cmp(&v("1.0.0-rc")), v("3.0.0").partial_cmp(&v("3.0.0")));
    println!("partial {:?} {:?}", Score(1.0).partial_cmp(&Score(2.0)), Score(f64::NAN).partial_cmp(&Score(1.0)));
    println!("{:?} {:?}", Ordering::Less.reverse(), Ordering::Equal.then(Ordering::Greater));
    println!("is_lt {} is_ge {}", 1.cmp(&2).is_lt(), 2.cmp(&2).is_ge());
    println!("min {} max {} clamp {} {}", 3.min(7), 3.max(7), 15.clamp(0, 10), (-0.5f64).clamp(0.0, 1.0));
    println!("std::cmp::max {:?}", std::cmp::max("apple", "banana"));
    println!("min_by_key {:?}", std::cmp::min_by_key(-3, 2, |x: &i32| x.abs()));
    println!("tuple cmp {:?} {}", (1, "b").cmp(&(1, "a")), (1, 2, 3) < (1, 2, 4));
    println!("array cmp {}", [1, 2, 3] < [1, 3, 0]);
    println!("option cmp {} {}", None < Some(0), Some(1) < Some(2));
    println!("reverse sort {:?}", {
        let mut x = vec![3, 1, 2];
        x.sort_by_key(|&k| std::cmp::Reverse(k));
        x
    });
}
