// Collections: Vec, VecDeque, HashMap, BTreeMap, HashSet, String methods, extend/from_iter
// specializations, clone of Vec<T> for Copy T.
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};

fn vectors() -> Vec<u32> {
    let mut v: Vec<u32> = Vec::with_capacity(4);
    v.push(3);
    v.push(1);
    v.extend_from_slice(&[4, 1, 5]);
    v.extend(vec![9, 2].iter());
    v.extend(vec![6u32, 5]);
    v.sort();
    v.dedup();
    v.retain(|x| *x != 4);
    v.insert(0, 0);
    let _ = v.pop();
    v.truncate(5);
    let w = v.clone();
    let mut u = w.to_vec();
    u.reverse();
    v.append(&mut u);
    v.contains(&3).then(|| v.len()).unwrap_or(0) as u32;
    v
}

fn deque() -> VecDeque<char> {
    let mut d = VecDeque::new();
    d.push_back('b');
    d.push_front('a');
    d.push_back('c');
    let _ = d.pop_front();
    d.extend("xy".chars());
    d
}

fn words(text: &str) -> HashMap<String, usize> {
    let mut m = HashMap::new();
    for w in text.split(' ') {
        *m.entry(w.to_string()).or_insert(0) += 1;
    }
    m.insert("zzz".to_string(), 0);
    m.remove("zzz");
    m
}

fn ordered(pairs: &[(i32, &str)]) -> BTreeMap<i32, String> {
    let mut b: BTreeMap<i32, String> = pairs.iter().map(|(k, v)| (*k, v.to_string())).collect();
    b.insert(100, String::from("last"));
    if let Some(v) = b.get_mut(&1) {
        v.push('!');
    }
    b
}

fn sets(v: &[i32]) -> (usize, Vec<i32>) {
    let h: HashSet<i32> = v.iter().cloned().collect();
    let b: BTreeSet<i32> = HashSet::<i32>::from_iter(v.iter().copied()).into_iter().collect();
    (h.len(), b.into_iter().collect())
}

fn strings(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    out.push_str(s.trim());
    out.push('-');
    out += "tail";
    let parts: Vec<&str> = out.split('-').collect();
    let mut joined = parts.join("+");
    joined.extend(['<', '>'].iter());
    joined.replace("tail", "end").to_lowercase()
}

fn boxed_and_rc() -> usize {
    let b: Box<[i32]> = vec![1, 2, 3].into_boxed_slice();
    let r = std::rc::Rc::new(String::from("rc"));
    let r2 = std::rc::Rc::clone(&r);
    let a = std::sync::Arc::new(5u8);
    b.len() + r2.len() + std::rc::Rc::strong_count(&r) + *a as usize
}

fn main() {
    let v = vectors();
    assert_eq!(v.len(), 10);
    assert_eq!(deque().len(), 4);
    assert_eq!(words("a b a")["a"], 2);
    assert_eq!(ordered(&[(1, "x"), (2, "y")])[&1], "x!");
    assert_eq!(sets(&[3, 1, 3]).1, vec![1, 3]);
    assert_eq!(strings("  ab "), "ab+end<>");
    assert_eq!(boxed_and_rc(), 3 + 2 + 2 + 5);
}
