// Covers: string algorithms: palindromes, anagram groups, run-length encoding/decoding, KMP search, Levenshtein distance, word frequency (BTreeMap), caesar on Unicode-aware text.
use std::collections::BTreeMap;

fn is_palindrome(s: &str) -> bool {
    let cs: Vec<char> = s.chars().filter(|c| c.is_alphanumeric()).flat_map(|c| c.to_lowercase()).collect();
    cs.iter().eq(cs.iter().rev())
}

fn rle(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        let mut n = 1;
        while it.peek() == Some(&c) {
            it.next();
            n += 1;
        }
        out.push_str(&n.to_string());
        out.push(c);
    }
    out
}

fn unrle(s: &str) -> String {
    let mut out = String::new();
    let mut num = 0usize;
    for c in s.chars() {
        if let Some(d) = c.to_digit(10) {
            num = num * 10 + d as usize;
        } else {
            out.extend(std::iter::repeat(c).take(num));
            num = 0;
        }
    }
    out
}

fn kmp(text: &str, pat: &str) -> Vec<usize> {
    let t = text.as_bytes();
    let p = pat.as_bytes();
    let mut fail = vec![0usize; p.len()];
    let mut k = 0;
    for i in 1..p.len() {
        while k > 0 && p[i] != p[k] {
            k = fail[k - 1];
        }
        if p[i] == p[k] {
            k += 1;
        }
        fail[i] = k;
    }
    let mut res = Vec::new();
    k = 0;
    for (i, &b) in t.iter().enumerate() {
        while k > 0 && b != p[k] {
            k = fail[k - 1];
        }
        if b == p[k] {
            k += 1;
        }
        if k == p.len() {
            res.push(i + 1 - k);
            k = fail[k - 1];
        }
    }
    res
}

fn levenshtein(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = if a[i - 1] == b[j - 1] { 0 } else { 1 };
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
        }
        prev = cur;
    }
    prev[b.len()]
}

fn main() {
    for s in ["A man, a plan, a canal: Panama", "hello", "Ésope reste ici et se repose", "ab"] {
        println!("{:?} palindrome? {}", s, is_palindrome(s));
    }
    let words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"];
    let mut groups: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for w in words {
        let mut k: Vec<char> = w.chars().collect();
        k.sort_unstable();
        groups.entry(k.into_iter().collect()).or_default().push(w);
    }
    for (k, g) in &groups {
        println!("{} -> {:?}", k, g);
    }
    for s in ["aaabccddddde", "ééé日日x", ""] {
        let e = rle(s);
        println!("rle {:?} -> {:?} -> {:?}", s, e, unrle(&e));
    }
    println!("kmp {:?}", kmp("abababcabababcab", "ababc"));
    println!("kmp overlap {:?}", kmp("aaaaa", "aa"));
    for (a, b) in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("café", "coffee"), ("same", "same")] {
        println!("lev({}, {}) = {}", a, b, levenshtein(a, b));
    }
    let text = "It was the best of times, it was the worst of times; it was the age of wisdom.";
    let mut freq: BTreeMap<String, u32> = BTreeMap::new();
    for w in text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
        *freq.entry(w.to_lowercase()).or_insert(0) += 1;
    }
    let mut top: Vec<(&String, &u32)> = freq.iter().collect();
    top.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    println!("top words {:?}", &top[..5]);
}
