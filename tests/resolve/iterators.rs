// Iterator chains over slices, vectors, ranges and strings.
fn evens_squared(v: &[i32]) -> Vec<i32> {
    v.iter().filter(|x| *x % 2 == 0).map(|x| x * x).collect()
}

fn total(v: &Vec<u64>) -> u64 {
    v.iter().copied().sum()
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b.iter()).map(|(x, y)| x * y).fold(0.0, |acc, p| acc + p)
}

fn indexed(words: &[&str]) -> Vec<String> {
    words.iter().enumerate().map(|(i, w)| format!("{}:{}", i, w)).collect()
}

fn reversed(v: Vec<u8>) -> Vec<u8> {
    v.into_iter().rev().collect()
}

fn chained(a: &[i32], b: &[i32]) -> i32 {
    a.iter().chain(b.iter()).max().copied().unwrap_or(0)
}

fn flattened(nested: &Vec<Vec<i32>>) -> Vec<i32> {
    nested.iter().flat_map(|v| v.iter().cloned()).collect()
}

fn range_sum(n: u32) -> u32 {
    (1..=n).filter(|k| k % 3 != 0).sum::<u32>() + (0..n).count() as u32
}

fn char_stats(s: &str) -> (usize, usize) {
    let upper = s.chars().filter(|c| c.is_uppercase()).count();
    let digits = s.bytes().filter(|b| b.is_ascii_digit()).count();
    (upper, digits)
}

fn first_long(words: &[&str]) -> Option<usize> {
    words.iter().position(|w| w.len() > 4)
}

fn any_all(v: &[i32]) -> bool {
    v.iter().any(|&x| x < 0) || v.iter().all(|&x| x > 100)
}

fn take_skip(v: &[i32]) -> Vec<i32> {
    v.iter().skip(1).take(3).step_by(2).cloned().collect::<Vec<i32>>()
}

fn min_by<'a>(v: &'a [(i32, &'a str)]) -> Option<&'a str> {
    v.iter().min_by_key(|p| p.0).map(|p| p.1)
}

fn windows(v: &[i32]) -> Vec<i32> {
    v.windows(2).map(|w| w[1] - w[0]).collect()
}

fn split_words(s: &str) -> Vec<&str> {
    s.split_whitespace().filter(|w| !w.is_empty()).collect()
}

fn main() {
    let v = vec![1, 2, 3, 4, 5, 6];
    assert_eq!(evens_squared(&v), vec![4, 16, 36]);
    assert_eq!(total(&vec![1, 2, 3]), 6);
    assert_eq!(dot(&[1.0, 2.0], &[3.0, 4.0]), 11.0);
    assert_eq!(indexed(&["a", "b"]).len(), 2);
    assert_eq!(reversed(vec![1, 2, 3]), vec![3, 2, 1]);
    assert_eq!(chained(&[1, 9], &[4]), 9);
    assert_eq!(flattened(&vec![vec![1], vec![2, 3]]), vec![1, 2, 3]);
    assert_eq!(range_sum(6), 12 + 6);
    assert_eq!(char_stats("AbC12"), (2, 2));
    assert_eq!(first_long(&["ab", "abcde"]), Some(1));
    assert!(!any_all(&[1, 2]));
    assert_eq!(take_skip(&[0, 1, 2, 3, 4]), vec![1, 3]);
    assert_eq!(min_by(&[(3, "c"), (1, "a")]), Some("a"));
    assert_eq!(windows(&[1, 4, 9]), vec![3, 5]);
    assert_eq!(split_words("a  b c").len(), 3);
}
