// Covers: &str slicing, bytes, byte-level parsing, str::from_utf8, comparisons, sorting strings, to_owned/borrow.
use std::str;

fn first_word(s: &str) -> &str {
    s.split(' ').next().unwrap_or("")
}

fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() >= b.len() { a } else { b }
}

fn main() {
    let text = "the rain in spain falls mainly";
    println!("first word: {}", first_word(text));
    println!("slice 4..8: {}", &text[4..8]);
    println!("longest: {}", longest("short", "longer one"));
    let bytes = text.as_bytes();
    let spaces = bytes.iter().filter(|&&b| b == b' ').count();
    println!("spaces: {}", spaces);
    let raw = [0xe2, 0x82, 0xac, b'1', b'0'];
    println!("from_utf8: {:?}", str::from_utf8(&raw));
    println!("from_utf8 bad: {}", str::from_utf8(&raw[1..]).is_err());
    let mut words: Vec<&str> = text.split_whitespace().collect();
    words.sort();
    println!("sorted: {:?}", words);
    words.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    println!("by len desc: {:?}", words);
    words.sort_by_key(|w| w.chars().last());
    println!("by last char: {:?}", words);
    let mut owned: Vec<String> = vec!["Zebra".into(), "apple".into(), "Mango".into(), "banana".into()];
    owned.sort();
    println!("case-sensitive: {:?}", owned);
    owned.sort_by_key(|s| s.to_lowercase());
    println!("case-insensitive: {:?}", owned);
    println!("compare: {} {} {}", "abc" < "abd", "Z" < "a", "" < "a");
    let num_str = "12345";
    let digits: u32 = num_str.bytes().map(|b| (b - b'0') as u32).sum();
    println!("digit sum: {}", digits);
    let chunks: Vec<&str> = num_str.as_bytes().chunks(2).map(|c| str::from_utf8(c).unwrap()).collect();
    println!("chunks: {:?}", chunks);
    let s: &'static str = "static";
    let o: String = s.to_owned();
    let back: &str = o.as_str();
    println!("{} {} {}", s, o, back == s);
    println!("char_indices rev: {:?}", "abc".char_indices().rev().collect::<Vec<_>>());
    println!("contains: {} {}", text.contains("spain"), text.contains(char::is_uppercase));
    println!("parse list: {:?}", "1, 2, 3, x, 5".split(", ").map(|p| p.parse::<i32>()).map(|r| r.ok()).collect::<Vec<_>>());
}
