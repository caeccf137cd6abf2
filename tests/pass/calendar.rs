// Covers: calendar rendering of a few months with weekday computation, days-in-month with leap years, padded grid formatting, ISO week-ish counters.
fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => unreachable!(),
    }
}

fn weekday(y: i32, m: u32, d: u32) -> u32 {
    let t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let y = if m < 3 { y - 1 } else { y };
    ((y + y / 4 - y / 100 + y / 400 + t[m as usize - 1] + d as i32) % 7) as u32
}

fn render(y: i32, m: u32) {
    let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    println!("{:^20}", format!("{} {}", names[m as usize - 1], y));
    println!("Mo Tu We Th Fr Sa Su");
    let first = (weekday(y, m, 1) + 6) % 7;
    let mut line = "   ".repeat(first as usize);
    for d in 1..=days_in(y, m) {
        line.push_str(&format!("{:>2}", d));
        if (first + d) % 7 == 0 {
            println!("{}", line.trim_end());
            line.clear();
        } else {
            line.push(' ');
        }
    }
    if !line.trim().is_empty() {
        println!("{}", line.trim_end());
    }
    println!();
}

fn main() {
    for (y, m) in [(2024, 2), (2023, 2), (2000, 1), (1999, 12), (2026, 3)] {
        render(y, m);
    }
    let total: u32 = (1..=12).map(|m| days_in(2024, m)).sum();
    println!("days in 2024: {}", total);
    let fri13: Vec<String> = (2020..=2026).flat_map(|y| (1..=12).map(move |m| (y, m))).filter(|&(y, m)| weekday(y, m, 13) == 5).map(|(y, m)| format!("{}-{:02}", y, m)).collect();
    println!("Friday the 13ths 2020-2026: {}", fri13.join(" "));
}
