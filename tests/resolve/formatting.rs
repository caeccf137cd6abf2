// Formatting: user and std Display/Debug, to_string specializations, format!/write!.
use std::fmt;
use std::fmt::Write as _;

struct Celsius(f64);

impl fmt::Display for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:.1}C", self.0)
    }
}

#[derive(Debug)]
enum Token {
    Num(i64),
    Word(String),
    End,
}

struct Matrix {
    rows: Vec<Vec<i32>>,
}

impl fmt::Debug for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.rows.iter()).finish()
    }
}

fn strings() -> Vec<String> {
    let a = "slice".to_string();
    let b = String::from("owned").to_string();
    let c = 'x'.to_string();
    let d = 42i32.to_string();
    let e = true.to_string();
    let f = 7u8.to_string();
    let g = Celsius(21.5).to_string();
    let h = 2.5f64.to_string();
    vec![a, b, c, d, e, f, g, h]
}

fn formatted(t: &[Token]) -> String {
    let mut out = String::new();
    for tok in t {
        out.push_str(&format!("{:?};", tok));
    }
    write!(out, "{}", t.len()).unwrap();
    writeln!(out, "<{:>5}>", "r").unwrap();
    out
}

fn debug_std() -> String {
    let v = vec![Some(1), None];
    let m = Matrix { rows: vec![vec![1, 2], vec![3]] };
    let s = format!("{:?} {:?} {:?} {:#?}", v, (1, "two"), m, [0u8; 2]);
    s.to_uppercase()
}

fn padded(n: u32) -> String {
    format!("{:08.3}|{:<6}|{:x}|{:b}", 3.14159, n, n, n)
}

fn main() {
    let s = strings();
    assert_eq!(s.join(","), "slice,owned,x,42,true,7,21.5C,2.5");
    let t = vec![Token::Num(3), Token::Word("hi".to_string()), Token::End];
    let f = formatted(&t);
    assert!(f.starts_with("Num(3);"));
    let d = debug_std();
    assert!(d.contains("SOME(1)"));
    assert_eq!(padded(10), "0003.142|10    |a|1010");
    println!("{} {}", f.trim(), d.len());
}
