// Covers: writing generic iterator adapters (struct wrapping I: Iterator) with extension trait methods: pairs, interleave, dedup-consecutive, every_nth; size_hint propagation.
struct Pairs<I: Iterator> {
    it: I,
}

impl<I: Iterator> Iterator for Pairs<I> {
    type Item = (I::Item, I::Item);
    fn next(&mut self) -> Option<Self::Item> {
        let a = self.it.next()?;
        let b = self.it.next()?;
        Some((a, b))
    }
}

struct Interleave<A, B> {
    a: A,
    b: B,
    flag: bool,
}

impl<T, A: Iterator<Item = T>, B: Iterator<Item = T>> Iterator for Interleave<A, B> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        self.flag = !self.flag;
        if self.flag {
            self.a.next().or_else(|| self.b.next())
        } else {
            self.b.next().or_else(|| self.a.next())
        }
    }
}

struct DedupConsecutive<I: Iterator> {
    it: std::iter::Peekable<I>,
}

impl<I> Iterator for DedupConsecutive<I>
where
    I: Iterator,
    I::Item: PartialEq,
{
    type Item = (I::Item, usize);
    fn next(&mut self) -> Option<Self::Item> {
        let x = self.it.next()?;
        let mut n = 1;
        while self.it.peek() == Some(&x) {
            self.it.next();
            n += 1;
        }
        Some((x, n))
    }
}

struct EveryNth<I> {
    it: I,
    n: usize,
}

impl<I: Iterator> Iterator for EveryNth<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        let x = self.it.next()?;
        for _ in 1..self.n {
            self.it.next();
        }
        Some(x)
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let (lo, hi) = self.it.size_hint();
        (lo.div_ceil(self.n), hi.map(|h| h.div_ceil(self.n)))
    }
}

trait MyIterExt: Iterator + Sized {
    fn pairs(self) -> Pairs<Self> {
        Pairs { it: self }
    }
    fn interleave<B: Iterator<Item = Self::Item>>(self, b: B) -> Interleave<Self, B> {
        Interleave { a: self, b, flag: false }
    }
    fn dedup_count(self) -> DedupConsecutive<Self> {
        DedupConsecutive { it: self.peekable() }
    }
    fn every_nth(self, n: usize) -> EveryNth<Self> {
        EveryNth { it: self, n }
    }
}

impl<I: Iterator> MyIterExt for I {}

fn main() {
    println!("pairs {:?}", (1..8).pairs().collect::<Vec<_>>());
    println!("pairs of chars {:?}", "abcdef".chars().pairs().map(|(a, b)| format!("{}{}", b, a)).collect::<String>());
    println!("interleave {:?}", (1..4).interleave(10..16).collect::<Vec<_>>());
    println!("interleave strs {:?}", ["a", "b"].into_iter().interleave(["x", "y", "z"].into_iter()).collect::<Vec<_>>());
    println!("dedup_count {:?}", "aaabccddddx".chars().dedup_count().collect::<Vec<_>>());
    println!("dedup_count nums {:?}", [1, 1, 2, 1, 1, 1].into_iter().dedup_count().map(|(v, n)| v * n as i32).collect::<Vec<_>>());
    let e = (0..20).every_nth(6);
    println!("every_nth size_hint {:?}", e.size_hint());
    println!("every_nth {:?}", e.collect::<Vec<_>>());
    let chained: Vec<i32> = (1..=12).every_nth(2).pairs().map(|(a, b)| a * b).collect();
    println!("chained adapters {:?}", chained);
}
