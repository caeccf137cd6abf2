// Covers: extension traits on foreign types (str, Vec<T>, iterators, Option), blanket impls with bounds, trait methods with generic parameters and turbofish.
use std::collections::HashMap;
use std::hash::Hash;

trait StrExt {
    fn word_count(&self) -> usize;
    fn is_palindrome(&self) -> bool;
    fn vowels(&self) -> usize;
}

impl StrExt for str {
    fn word_count(&self) -> usize {
        self.split_whitespace().count()
    }
    fn is_palindrome(&self) -> bool {
        let v: Vec<char> = self.chars().filter(|c| c.is_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect();
        v.iter().eq(v.iter().rev())
    }
    fn vowels(&self) -> usize {
        self.chars().filter(|c| "aeiouAEIOU".contains(*c)).count()
    }
}

trait VecStats {
    fn mean(&self) -> Option<f64>;
    fn median(&self) -> Option<f64>;
}

impl<T: Copy + Into<f64>> VecStats for Vec<T> {
    fn mean(&self) -> Option<f64> {
        if self.is_empty() {
            return None;
        }
        Some(self.iter().map(|&x| x.into()).sum::<f64>() / self.len() as f64)
    }
    fn median(&self) -> Option<f64> {
        let mut v: Vec<f64> = self.iter().map(|&x| x.into()).collect();
        if v.is_empty() {
            return None;
        }
        v.sort_by(f64::total_cmp);
        let m = v.len() / 2;
        Some(if v.len() % 2 == 0 { (v[m - 1] + v[m]) / 2.0 } else { v[m] })
    }
}

trait CountsExt: Iterator {
    fn counts(self) -> HashMap<Self::Item, usize>
    where
        Self: Sized,
        Self::Item: Hash + Eq,
    {
        let mut m = HashMap::new();
        for x in self {
            *m.entry(x).or_insert(0) += 1;
        }
        m
    }
}

impl<I: Iterator> CountsExt for I {}

trait OptionExt<T> {
    fn or_log(self, what: &str) -> Option<T>;
}

impl<T> OptionExt<T> for Option<T> {
    fn or_log(self, what: &str) -> Option<T> {
        if self.is_none() {
            println!("  (missing {})", what);
        }
        self
    }
}

trait Parse {
    fn parse_all<T: std::str::FromStr>(&self) -> Vec<T>;
}

impl Parse for [&str] {
    fn parse_all<T: std::str::FromStr>(&self) -> Vec<T> {
        self.iter().filter_map(|s| s.parse::<T>().ok()).collect()
    }
}

fn main() {
    let s = "A man a plan a canal Panama";
    println!("words {} vowels {} palindrome {}", s.word_count(), s.vowels(), s.is_palindrome());
    println!("'hello' palindrome {}", "hello".is_palindrome());
    let v: Vec<u8> = vec![3, 1, 4, 1, 5, 9, 2, 6];
    println!("mean {:?} median {:?}", v.mean(), v.median());
    let f: Vec<f32> = vec![2.5, -1.0];
    println!("mean {:?} median {:?}", f.mean(), f.median());
    let e: Vec<i32> = vec![];
    println!("empty {:?} {:?}", e.mean(), e.median());
    let mut c: Vec<(char, usize)> = "hello world".chars().filter(|c| !c.is_whitespace()).counts().into_iter().collect();
    c.sort();
    println!("counts {:?}", c);
    let found = [1, 2, 3].iter().find(|&&x| x > 5).or_log("value > 5");
    println!("found {:?}", found);
    let items = ["1", "x", "3", "4.5"];
    println!("ints {:?} floats {:?}", items.parse_all::<i32>(), items[..].parse_all::<f64>());
}
