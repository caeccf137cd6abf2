// Covers: reading stdin when it is /dev/null: read_line returns 0, lines() yields nothing, read_to_string is empty.
use std::io::{self, BufRead, Read};

fn main() {
    let stdin = io::stdin();
    let mut line = String::new();
    let n = stdin.lock().read_line(&mut line).unwrap();
    println!("read_line returned {} bytes: {:?}", n, line);
    let count = stdin.lock().lines().count();
    println!("lines() yielded {} lines", count);
    let mut all = String::new();
    let m = io::stdin().read_to_string(&mut all).unwrap();
    println!("read_to_string returned {} bytes, empty: {}", m, all.is_empty());
    let words: Vec<String> = all.split_whitespace().map(String::from).collect();
    println!("words {:?}", words);
    println!("default input used: {}", if words.is_empty() { "yes" } else { "no" });
}
