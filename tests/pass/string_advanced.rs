// Covers: String drain, replace_range, split_off, char_indices with rfind, rsplitn, split_terminator, split_inclusive, trim_*_matches with closures, to_ascii_* in place, from_iter of chars, format width with unicode.
fn main() {
    let mut s = String::from("Hello, wonderful world!");
    let d: String = s.drain(..7).collect();
    println!("drained {:?} left {:?}", d, s);
    s.replace_range(0..9, "big");
    println!("replace_range {:?}", s);
    let tail = s.split_off(3);
    println!("split_off {:?} {:?}", s, tail);
    let path = "/usr/local/lib/rustlib/src";
    println!("rsplitn {:?}", path.rsplitn(2, '/').collect::<Vec<_>>());
    println!("rsplit_once {:?}", path.rsplit_once('/'));
    println!("split_terminator {:?}", "a;b;c;".split_terminator(';').collect::<Vec<_>>());
    println!("split_inclusive {:?}", "line1\nline2\nline3".split_inclusive('\n').collect::<Vec<_>>());
    println!("split_ascii_whitespace {:?}", " a  b\tc ".split_ascii_whitespace().collect::<Vec<_>>());
    println!("trim_start_matches {:?}", "0001230".trim_start_matches('0'));
    println!("trim_end_matches closure {:?}", "abc123".trim_end_matches(|c: char| c.is_ascii_digit()));
    println!("trim_matches array {:?}", "--==x==--".trim_matches(&['-', '='][..]));
    let mut up = String::from("MiXeD ÄsCiI");
    up.make_ascii_lowercase();
    println!("make_ascii_lowercase {:?}", up);
    up.make_ascii_uppercase();
    println!("make_ascii_uppercase {:?}", up);
    let text = "one two three two one";
    println!("rfind two {:?} find from 5 {:?}", text.rfind("two"), text[5..].find("two").map(|i| i + 5));
    println!("char_indices filter {:?}", text.char_indices().filter(|(_, c)| *c == 'o').map(|(i, _)| i).collect::<Vec<_>>());
    let caps: String = text.split(' ').map(|w| {
        let mut c = w.chars();
        match c.next() {
            Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
            None => String::new(),
        }
    }).collect::<Vec<_>>().join(" ");
    println!("title case {}", caps);
    let snake = "parseHttpRequestURL".chars().fold(String::new(), |mut acc, c| {
        if c.is_uppercase() && !acc.is_empty() {
            acc.push('_');
        }
        acc.extend(c.to_lowercase());
        acc
    });
    println!("snake {}", snake);
    let camel: String = "make_it_camel_case".split('_').enumerate().map(|(i, w)| if i == 0 { w.to_string() } else { w[..1].to_uppercase() + &w[1..] }).collect();
    println!("camel {}", camel);
    println!("[{:>6}] [{:<6}] [{:^7}]", "añb", "日本", "é");
    println!("bytes rev {:?}", "abc".bytes().rev().collect::<Vec<u8>>());
    println!("char::len_utf8 sum {}", "aé日😀".chars().map(char::len_utf8).sum::<usize>());
    let mut owned = String::with_capacity(4);
    for c in ['a', 'ß', '∂'] {
        owned.push(c);
    }
    owned.insert_str(owned.len(), "!");
    println!("{} len {} ends_with ! {}", owned, owned.len(), owned.ends_with('!'));
    println!("into_boxed_str {:?}", String::from("boxed").into_boxed_str());
    println!("repeat+pad {:?}", format!("{:.<10}", "ab"));
    println!("contains any of {}", "hello".contains(['x', 'l']));
    println!("char_indices nth {:?}", "日本語".char_indices().nth(2));
    println!("is_ascii {} {}", "abc".is_ascii(), "abç".is_ascii());
}
