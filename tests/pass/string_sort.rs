// Covers: sorting strings (lexicographic, by key, stable sort, natural-ish order), dedup, binary_search on strings.
fn natural_key(s: &str) -> (String, u64) {
    let prefix: String = s.chars().take_while(|c| !c.is_ascii_digit()).collect();
    let num: u64 = s[prefix.len()..].parse().unwrap_or(0);
    (prefix, num)
}

fn main() {
    let mut names = vec!["file10", "file2", "file1", "doc3", "doc20", "file2", "Alpha", "alpha", "éclair", "zeta"];
    let mut lex = names.clone();
    lex.sort();
    println!("lexicographic: {:?}", lex);
    lex.dedup();
    println!("dedup: {:?}", lex);
    println!("binary_search file2: {:?}", lex.binary_search(&"file2"));
    println!("binary_search file3: {:?}", lex.binary_search(&"file3"));
    names.sort_by_key(|s| natural_key(s));
    println!("natural: {:?}", names);
    let mut people = vec![("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)];
    people.sort_by_key(|p| p.1);
    println!("stable by age: {:?}", people);
    people.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    println!("age desc, name asc: {:?}", people);
    let mut strings: Vec<String> = "one two three four five six seven eight nine ten".split(' ').map(String::from).collect();
    strings.sort_unstable_by(|a, b| a.len().cmp(&b.len()).then(a.cmp(b)));
    println!("by len: {:?}", strings);
    strings.reverse();
    println!("reversed: {:?}", strings);
    let max = strings.iter().max().unwrap();
    let min = strings.iter().min_by_key(|s| s.len()).unwrap();
    println!("max {} min-len {}", max, min);
    let mut chars: Vec<char> = "sorting characters".chars().collect();
    chars.sort_unstable();
    chars.dedup();
    println!("chars: {}", chars.into_iter().collect::<String>());
    println!("is_sorted: {}", [1, 2, 2, 5].is_sorted());
}
