// Covers: report generation: word statistics of an embedded multilingual text, BTreeMap histograms, formatted tables with dynamic column widths, bar charts, percentages.
use std::collections::BTreeMap;

const TEXT: &str = "Rust is a multi-paradigm, general-purpose programming language. \
Rust emphasizes performance, type safety, and concurrency. Rust enforces memory safety — \
meaning that all references point to valid memory. Мир, Frieden, paix, 平和: safety everywhere. \
The borrow checker tracks the object lifetime of all references in a program during compilation.";

fn main() {
    let words: Vec<String> = TEXT
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect();
    println!("words: {}  chars: {}  bytes: {}  sentences: {}", words.len(), TEXT.chars().count(), TEXT.len(), TEXT.matches(". ").count() + 1);
    let mut freq: BTreeMap<&str, usize> = BTreeMap::new();
    for w in &words {
        *freq.entry(w.as_str()).or_default() += 1;
    }
    let mut top: Vec<(&str, usize)> = freq.iter().map(|(k, v)| (*k, *v)).collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let top = &top[..8];
    let w = top.iter().map(|(k, _)| k.chars().count()).max().unwrap();
    println!("{:<w$} | {:>5} | {:>6} | bar", "word", "count", "pct", w = w);
    println!("{:-<w$}-+-{:->5}-+-{:->6}-+-{:-<10}", "", "", "", "", w = w);
    for (word, n) in top {
        let pct = 100.0 * *n as f64 / words.len() as f64;
        println!("{:<w$} | {:>5} | {:>5.1}% | {}", word, n, pct, "█".repeat(*n), w = w);
    }
    let mut by_len: BTreeMap<usize, usize> = BTreeMap::new();
    for wd in &words {
        *by_len.entry(wd.chars().count()).or_default() += 1;
    }
    println!("length histogram:");
    for (len, n) in &by_len {
        println!("{:>3} {:>3} {}", len, n, "*".repeat(*n));
    }
    let non_ascii: Vec<&String> = words.iter().filter(|w| !w.is_ascii()).collect();
    println!("non-ascii words {:?}", non_ascii);
    let longest = words.iter().max_by_key(|w| (w.chars().count(), std::cmp::Reverse(w.as_str()))).unwrap();
    println!("longest word {:?} ({} chars)", longest, longest.chars().count());
}
