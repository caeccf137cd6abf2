// Covers: Unicode property scans over code point ranges: counts of alphabetic/numeric/whitespace/upper/lower chars, case mapping round trips, multi-char case mappings.
fn main() {
    let ranges = [(0x0000u32, 0x0080u32, "ASCII"), (0x0080, 0x0250, "Latin"), (0x0370, 0x0400, "Greek"), (0x0400, 0x0500, "Cyrillic"), (0x3040, 0x30A0, "Hiragana"), (0x2000, 0x2070, "Punct")];
    for (lo, hi, name) in ranges {
        let chars: Vec<char> = (lo..hi).filter_map(char::from_u32).collect();
        let alpha = chars.iter().filter(|c| c.is_alphabetic()).count();
        let num = chars.iter().filter(|c| c.is_numeric()).count();
        let ws = chars.iter().filter(|c| c.is_whitespace()).count();
        let up = chars.iter().filter(|c| c.is_uppercase()).count();
        let low = chars.iter().filter(|c| c.is_lowercase()).count();
        let ctrl = chars.iter().filter(|c| c.is_control()).count();
        let roundtrip = chars.iter().filter(|c| c.is_uppercase()).filter(|c| {
            let l: String = c.to_lowercase().collect();
            let u: String = l.to_uppercase();
            u == c.to_string()
        }).count();
        println!("{:<9} n={:<4} alpha={:<4} num={:<3} ws={:<3} upper={:<4} lower={:<4} ctrl={:<3} roundtrip={}", name, chars.len(), alpha, num, ws, up, low, ctrl, roundtrip);
    }
    let multi: Vec<(char, String)> = (0x00C0u32..0x0600).filter_map(char::from_u32).filter(|c| c.to_uppercase().count() > 1).map(|c| (c, c.to_uppercase().collect())).collect();
    println!("multi-char uppercase mappings: {}", multi.len());
    for (c, u) in multi.iter().take(8) {
        println!("  {} U+{:04X} -> {} ({} chars)", c, *c as u32, u, u.chars().count());
    }
    let digits: Vec<(char, u32)> = "0٣۷३๕".chars().map(|c| (c, c.is_numeric() as u32)).collect();
    println!("numeric digits {:?}", digits);
    let s = "ǅungla ǈj ǋa";
    println!("{} -> upper {} lower {}", s, s.to_uppercase(), s.to_lowercase());
    let total_utf8: usize = (0x20u32..0x3000).step_by(7).filter_map(char::from_u32).map(|c| c.len_utf8()).sum();
    println!("total utf8 len sample {}", total_utf8);
}
