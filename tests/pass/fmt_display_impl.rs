// Covers: Display impls honoring width/fill/precision via f.pad and f.precision, write! into String, format_args, alternate flag.
use std::fmt::{self, Write};

struct Money {
    cents: i64,
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.cents < 0 { "-" } else { "" };
        let s = format!("{}${}.{:02}", sign, self.cents.abs() / 100, self.cents.abs() % 100);
        f.pad(&s)
    }
}

struct Matrix([[f64; 3]; 2]);

impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let prec = f.precision().unwrap_or(1);
        for row in &self.0 {
            let cells: Vec<String> = row.iter().map(|v| format!("{:>8.*}", prec, v)).collect();
            writeln!(f, "[{}]", cells.join(","))?;
        }
        if f.alternate() {
            write!(f, "(2x3 matrix)")?;
        }
        Ok(())
    }
}

struct Temp(f64);

impl fmt::Display for Temp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(p) = f.precision() {
            write!(f, "{:.*}°C", p, self.0)
        } else {
            write!(f, "{}°C", self.0)
        }
    }
}

impl fmt::LowerHex for Temp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "temp:{:x}", self.0.to_bits())
    }
}

fn main() {
    let m = Money { cents: 123456 };
    let n = Money { cents: -5 };
    println!("[{}] [{}]", m, n);
    println!("[{:>15}] [{:<15}] [{:^15}] [{:*^15}]", m, m, n, n);
    println!("[{:.4}]", m);
    let mat = Matrix([[1.0, 2.5, -3.25], [100.0, 0.001, 7.0]]);
    print!("{}", mat);
    println!("{:.3}", mat);
    println!("{:#}", mat);
    println!("{} {:.2} {:x}", Temp(21.456), Temp(21.456), Temp(1.0));
    let mut out = String::new();
    for i in 1..=5 {
        write!(out, "{}^2={}; ", i, i * i).unwrap();
    }
    writeln!(out).unwrap();
    writeln!(&mut out, "{:>6}|{:<6}|", "ab", "cd").unwrap();
    print!("{}", out);
    let s = fmt::format(format_args!("{}-{:?}", 1, "two"));
    println!("{}", s);
    let list = vec![Money { cents: 1 }, Money { cents: 250 }, Money { cents: -9999 }];
    let shown: Vec<String> = list.iter().map(|m| m.to_string()).collect();
    println!("{}", shown.join(" | "));
    println!("{:>10}|{:<10}|{:^10.2}|", "right", "left", "truncate");
    println!("{:>10}|", 'c');
    println!("{:5}|{:<5}|{:>5}|{:^5}|", true, false, "x", "yz");
}
