// Covers: String building, push/push_str, insert, remove, replace, split, trim, find, starts_with, case, repeat, parse.
fn main() {
    let mut s = String::new();
    s.push_str("Hello");
    s.push(',');
    s.push(' ');
    s += "world";
    s = s + "!";
    println!("{} (len {}, cap>=len {})", s, s.len(), s.capacity() >= s.len());
    s.insert(0, '>');
    s.insert_str(1, "> ");
    println!("{}", s);
    println!("removed {:?} -> {}", s.remove(0), s);
    println!("replace: {}", s.replace("l", "L"));
    println!("replacen: {}", s.replacen('l', "_", 2));
    println!("upper {} lower {}", s.to_uppercase(), s.to_lowercase());
    let padded = "   \t trim me \n ";
    println!("[{}] [{}] [{}]", padded.trim(), padded.trim_start(), padded.trim_end());
    println!("find 'o': {:?}, rfind 'o': {:?}, find 'z': {:?}", s.find('o'), s.rfind('o'), s.find('z'));
    println!("starts {} ends {}", s.starts_with("> H"), s.ends_with("d!"));
    let csv = "name,age,,city";
    let parts: Vec<&str> = csv.split(',').collect();
    println!("split: {:?}", parts);
    let parts2: Vec<&str> = "a-b_c-d".split(|c| c == '-' || c == '_').collect();
    println!("split closure: {:?}", parts2);
    println!("splitn: {:?}", "k=v=w".splitn(2, '=').collect::<Vec<_>>());
    println!("rsplit: {:?}", "a/b/c".rsplit('/').collect::<Vec<_>>());
    println!("split_once: {:?}", "key: value".split_once(": "));
    println!("lines: {:?}", "l1\nl2\r\nl3".lines().collect::<Vec<_>>());
    println!("repeat: {}", "ab".repeat(4));
    println!("strip: {:?} {:?}", "prefix-body".strip_prefix("prefix-"), "x.rs".strip_suffix(".txt"));
    let mut t = String::from("truncate me please");
    t.truncate(11);
    println!("truncated '{}' pop {:?} -> '{}'", t, t.clone().pop(), t);
    t.clear();
    println!("cleared empty={}", t.is_empty());
    let words = vec!["alpha", "beta", "gamma"];
    println!("concat {} join {}", words.concat(), words.join(" + "));
    let num: i32 = "  -42 ".trim().parse().unwrap();
    println!("parsed {}", num * 2);
    let cmp = "apple".cmp("banana");
    println!("cmp {:?} eq_ignore_case {}", cmp, "HeLLo".eq_ignore_ascii_case("hello"));
    let from_bytes = String::from_utf8(vec![82, 117, 115, 116]).unwrap();
    println!("from_utf8 {}", from_bytes);
    println!("bytes {:?}", "AZaz".as_bytes());
    println!("char count {}", "count".chars().count());
    let rev: String = "stressed".chars().rev().collect();
    println!("reversed: {}", rev);
    println!("matches: {:?}", "abcabcab".matches("ab").count());
    println!("match_indices: {:?}", "abcabcab".match_indices("ca").collect::<Vec<_>>());
    println!("trim_matches: {}", "xxhixx".trim_matches('x'));
    println!("retain: {}", {
        let mut r = String::from("h-e-l-l-o");
        r.retain(|c| c != '-');
        r
    });
}
