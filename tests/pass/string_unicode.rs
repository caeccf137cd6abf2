// Covers: Unicode text: chars(), char_indices, len_utf8/len_utf16, bytes vs chars, to_uppercase of non-ASCII, is_char_boundary.
fn main() {
    let texts = ["héllo", "Grüße", "naïve café", "日本語テキスト", "Ελληνικά", "😀👍🏽 emoji", "straße", "İstanbul"];
    for t in texts {
        println!("{:?}: bytes={} chars={} upper={} lower={}", t, t.len(), t.chars().count(), t.to_uppercase(), t.to_lowercase());
    }
    let s = "añ日😀";
    for (i, c) in s.char_indices() {
        println!("{} at {}: U+{:04X} len_utf8={} len_utf16={}", c, i, c as u32, c.len_utf8(), c.len_utf16());
    }
    println!("bytes: {:?}", s.bytes().collect::<Vec<u8>>());
    let mut buf = [0u8; 4];
    let enc = '€'.encode_utf8(&mut buf);
    println!("euro encoded: {:?} {:?}", enc, enc.as_bytes());
    let utf16: Vec<u16> = "a😀".encode_utf16().collect();
    println!("utf16: {:x?}", utf16);
    println!("from_utf16: {:?}", String::from_utf16(&utf16));
    for i in 0..=s.len() {
        print!("{}", if s.is_char_boundary(i) { 'B' } else { '.' });
    }
    println!();
    println!("slice [1..3] = {}", &s[1..3]);
    println!("get(1..2) = {:?}", s.get(1..2));
    let rev: String = "añ日".chars().rev().collect();
    println!("rev: {}", rev);
    let up: Vec<String> = ['ß', 'ﬁ', 'ǆ', 'é', 'i'].iter().map(|c| c.to_uppercase().collect()).collect();
    println!("uppercase expansions: {:?}", up);
    let low: Vec<String> = ['Σ', 'İ', 'Å'].iter().map(|c| c.to_lowercase().collect()).collect();
    println!("lowercase: {:?}", low);
    println!("ODYSSEUS lower: {}", "ὈΔΥΣΣΕΎΣ".to_lowercase());
    let invalid = vec![0x66, 0x6f, 0x80, 0x6f];
    println!("lossy: {}", String::from_utf8_lossy(&invalid));
    println!("from_utf8 err: {}", String::from_utf8(invalid).is_err());
    let word_lengths: Vec<(String, usize)> = "über große Straße".split(' ').map(|w| (w.to_string(), w.chars().count())).collect();
    println!("{:?}", word_lengths);
    println!("escape_debug: {}", "tab\there \u{7f} é".escape_debug());
    println!("escape_default: {}", "tab\there é".escape_default());
    println!("escape_unicode: {}", "é😀".escape_unicode());
    println!("debug string: {:?}", "quote\" back\\ nl\n nul\0 é \u{200b}");
    let chars: Vec<char> = "ÀÉÎõü".chars().collect();
    println!("{:?} sorted: {:?}", chars, {
        let mut c = chars.clone();
        c.sort();
        c
    });
}
