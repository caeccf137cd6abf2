// Covers: integer/string conversions: Roman numerals both ways, day-of-week (Zeller/Sakamoto), leap years, days between dates, ISO-like formatting with zero padding.
fn to_roman(mut n: u32) -> String {
    let table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
    let mut s = String::new();
    for &(v, r) in &table {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

fn from_roman(s: &str) -> Option<u32> {
    let val = |c| match c {
        'I' => Some(1), 'V' => Some(5), 'X' => Some(10), 'L' => Some(50),
        'C' => Some(100), 'D' => Some(500), 'M' => Some(1000), _ => None,
    };
    let vals: Option<Vec<u32>> = s.chars().map(val).collect();
    let vals = vals?;
    let mut total = 0;
    for i in 0..vals.len() {
        if i + 1 < vals.len() && vals[i] < vals[i + 1] {
            total -= vals[i] as i64;
        } else {
            total += vals[i] as i64;
        }
    }
    Some(total as u32)
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn day_of_week(y: i32, m: u32, d: u32) -> &'static str {
    let t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let y = if m < 3 { y - 1 } else { y };
    let w = (y + y / 4 - y / 100 + y / 400 + t[(m - 1) as usize] + d as i32) % 7;
    ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"][w as usize]
}

fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn main() {
    for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999] {
        let r = to_roman(n);
        println!("{:>4} = {:<12} back {:?}", n, r, from_roman(&r));
    }
    println!("invalid {:?}", from_roman("ABC"));
    for y in [1900, 2000, 2023, 2024, 2100] {
        println!("{} leap {}", y, is_leap(y));
    }
    for (y, m, d) in [(1970, 1, 1), (2000, 2, 29), (2024, 7, 4), (1815, 12, 10), (2038, 1, 19)] {
        println!("{:04}-{:02}-{:02} is a {} (day {})", y, m, d, day_of_week(y, m, d), days_from_civil(y as i64, m as i64, d as i64));
    }
    println!("days 2000-01-01 .. 2024-12-31 = {}", days_from_civil(2024, 12, 31) - days_from_civil(2000, 1, 1));
}
