// Covers: char classification, to_digit/from_digit, char::from_u32, u8 as char, char arithmetic, ASCII helpers.
fn main() {
    for c in ['a', 'Z', '7', ' ', '\n', 'é', '中', '٣', '_', '!'] {
        println!(
            "{:?}: alpha={} num={} alnum={} ws={} upper={} lower={} ascii={} punct={} ctrl={} digit10={:?}",
            c,
            c.is_alphabetic(),
            c.is_numeric(),
            c.is_alphanumeric(),
            c.is_whitespace(),
            c.is_uppercase(),
            c.is_lowercase(),
            c.is_ascii(),
            c.is_ascii_punctuation(),
            c.is_control(),
            c.to_digit(10)
        );
    }
    println!("to_digit hex: {:?} {:?} {:?}", 'f'.to_digit(16), 'F'.to_digit(16), 'g'.to_digit(16));
    println!("from_digit: {:?} {:?} {:?}", char::from_digit(7, 10), char::from_digit(11, 16), char::from_digit(10, 10));
    for n in [65u32, 0x263A, 0x1F600, 0xD800, 0x110000, 0] {
        println!("from_u32({:#x}) = {:?}", n, char::from_u32(n));
    }
    let bytes = [72u8, 105, 33, 200];
    let s: String = bytes.iter().map(|&b| b as char).collect();
    println!("u8 as char: {:?}", s);
    println!("'a' as u8 + 2 = {}", (b'a' + 2) as char);
    let alphabet: String = ('a'..='z').step_by(3).collect();
    println!("alphabet step 3: {}", alphabet);
    let caesar: String = "Hello, World".chars().map(|c| {
        if c.is_ascii_lowercase() {
            (((c as u8 - b'a' + 13) % 26) + b'a') as char
        } else if c.is_ascii_uppercase() {
            (((c as u8 - b'A' + 13) % 26) + b'A') as char
        } else {
            c
        }
    }).collect();
    println!("rot13: {}", caesar);
    println!("ascii upper/lower: {} {}", 'q'.to_ascii_uppercase(), 'Q'.to_ascii_lowercase());
    println!("eq_ignore_ascii_case: {}", 'x'.eq_ignore_ascii_case(&'X'));
    println!("char::MAX = {:?} as u32 = {:#x}", char::MAX, char::MAX as u32);
    println!("'\\u{{e9}}' == 'é': {}", '\u{e9}' == 'é');
    let c = 'ß';
    println!("{} upper={} lower={}", c, c.to_uppercase(), c.to_lowercase());
    println!("is_digit(8): {} {}", '7'.is_digit(8), '8'.is_digit(8));
    println!("char to string: {}", 'Ω'.to_string() + &'!'.to_string());
    println!("cmp: {:?} {:?}", 'a'.cmp(&'b'), 'é'.cmp(&'z'));
    println!("chars in range: {:?}", ('α'..='ε').collect::<Vec<char>>());
}
