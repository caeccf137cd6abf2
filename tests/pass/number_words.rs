// Covers: converting numbers to English words (recursion over thousands groups, match on ranges), ordinal suffixes, and comma-grouped formatting of big integers.
fn words(n: u64) -> String {
    const ONES: [&str; 20] = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
    const TENS: [&str; 10] = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    const SCALES: [(u64, &str); 6] = [(1_000_000_000_000_000_000, "quintillion"), (1_000_000_000_000_000, "quadrillion"), (1_000_000_000_000, "trillion"), (1_000_000_000, "billion"), (1_000_000, "million"), (1_000, "thousand")];
    match n {
        0..=19 => ONES[n as usize].to_string(),
        20..=99 => {
            let t = TENS[(n / 10) as usize];
            if n % 10 == 0 { t.to_string() } else { format!("{}-{}", t, ONES[(n % 10) as usize]) }
        }
        100..=999 => {
            let rest = n % 100;
            let head = format!("{} hundred", ONES[(n / 100) as usize]);
            if rest == 0 { head } else { format!("{} and {}", head, words(rest)) }
        }
        _ => {
            let &(scale, name) = SCALES.iter().find(|(s, _)| n >= *s).unwrap();
            let head = format!("{} {}", words(n / scale), name);
            let rest = n % scale;
            if rest == 0 {
                head
            } else if rest < 100 {
                format!("{} and {}", head, words(rest))
            } else {
                format!("{}, {}", head, words(rest))
            }
        }
    }
}

fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{}{}", n, suffix)
}

fn grouped(n: i128) -> String {
    let s = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0 { format!("-{}", out) } else { out }
}

fn main() {
    for n in [0u64, 7, 13, 20, 42, 99, 100, 101, 342, 1000, 1001, 12345, 1_000_000, 7_000_019, 2_147_483_647, u64::MAX] {
        println!("{} = {}", grouped(n as i128), words(n));
    }
    println!("{}", (1..=25).map(ordinal).collect::<Vec<_>>().join(" "));
    println!("{} {} {}", ordinal(101), ordinal(111), ordinal(1012));
    for n in [-1i128, 999, -1000, i128::MIN, i128::MAX] {
        println!("{}", grouped(n));
    }
}
