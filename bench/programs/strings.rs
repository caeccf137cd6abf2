// String building and formatting: push_str, format! with width and precision, to_string of
// integers and floats, split and join; about 20,000 operations. Prints the lengths and an
// FNV-1a hash of everything built.

use std::fmt::Write;

fn fnv1a(hash: &mut u64, bytes: &[u8]) {
    for &b in bytes {
        *hash ^= b as u64;
        *hash = hash.wrapping_mul(0x100_0000_01b3);
    }
}

fn main() {
    let mut hash = 0xcbf2_9ce4_8422_2325u64;
    let mut total_len = 0usize;

    // 1. A CSV-like line per row: integers, floats with precision, padded names.
    let mut rows = Vec::new();
    for i in 0..1_000u32 {
        let mut line = String::new();
        line.push_str(&i.to_string());
        line.push(',');
        line.push_str(&format!("{:>8.3}", i as f64 / 7.0));
        line.push(',');
        line.push_str(&format!("{:<6}|{:^7}|{:06}", "ab", i % 13, i * 37));
        line.push(',');
        write!(line, "{:x}:{:#o}:{:+e}", i * 977, i, (i as f64 + 0.5) * 1e3).unwrap();
        line.push(',');
        line.push_str(&(-(i as i64) * 1_000_003).to_string());
        rows.push(line);
    }
    for r in &rows {
        fnv1a(&mut hash, r.as_bytes());
        total_len += r.len();
    }

    // 2. Split every row, transform the fields, join them back with another separator.
    let mut fields_seen = 0usize;
    let mut rejoined = Vec::with_capacity(rows.len());
    for r in &rows {
        let parts: Vec<&str> = r.split(',').map(|s| s.trim()).collect();
        fields_seen += parts.len();
        let upper: Vec<String> = parts.iter().map(|p| p.to_uppercase()).collect();
        rejoined.push(upper.join(" ; "));
    }
    let big = rejoined.join("\n");
    fnv1a(&mut hash, big.as_bytes());
    total_len += big.len();

    // 3. Parse numbers back out of the text.
    let mut parsed_sum = 0i64;
    for r in &rows {
        let first = r.split(',').next().unwrap();
        parsed_sum += first.parse::<i64>().unwrap();
        let last = r.rsplit(',').next().unwrap();
        parsed_sum = parsed_sum.wrapping_add(last.parse::<i64>().unwrap());
    }

    // 4. Words: repeat, replace, split_whitespace, char counting.
    let mut text = String::new();
    for i in 0..2_000u32 {
        text.push_str(["alpha", "beta", "gamma", "delta"][(i % 4) as usize]);
        text.push(' ');
        if i % 50 == 0 {
            text.push_str("\n");
        }
    }
    let replaced = text.replace("beta", "BETA!");
    let words = replaced.split_whitespace().count();
    let vowels = replaced.chars().filter(|c| "aeiouAEIOU".contains(*c)).count();
    fnv1a(&mut hash, replaced.as_bytes());
    total_len += replaced.len();

    println!("rows={} fields={} words={} vowels={}", rows.len(), fields_seen, words, vowels);
    println!("parsed sum={}", parsed_sum);
    println!("first row: {}", rows[1]);
    println!("total len={} hash={:016x}", total_len, hash);
}
