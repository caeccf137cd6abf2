// Covers: custom error enums with From impls used by ?, Result combinators in error paths, map_err, and_then chains, early returns.
use std::fmt;

#[derive(Debug)]
struct ParseError {
    line: usize,
    msg: String,
}

#[derive(Debug)]
enum AppError {
    Parse(ParseError),
    Int(std::num::ParseIntError),
    Validation(&'static str),
}

impl From<ParseError> for AppError {
    fn from(e: ParseError) -> Self {
        AppError::Parse(e)
    }
}
impl From<std::num::ParseIntError> for AppError {
    fn from(e: std::num::ParseIntError) -> Self {
        AppError::Int(e)
    }
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            AppError::Parse(p) => write!(f, "parse error on line {}: {}", p.line, p.msg),
            AppError::Int(e) => write!(f, "integer error: {}", e),
            AppError::Validation(m) => write!(f, "invalid: {}", m),
        }
    }
}

fn parse_line(n: usize, line: &str) -> Result<(String, String), ParseError> {
    let (k, v) = line.split_once('=').ok_or(ParseError { line: n, msg: format!("no '=' in {:?}", line) })?;
    Ok((k.trim().to_string(), v.trim().to_string()))
}

fn parse_doc(doc: &str) -> Result<Vec<(String, i32)>, AppError> {
    let mut out = Vec::new();
    for (i, line) in doc.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let (k, v) = parse_line(i + 1, line)?;
        let n: i32 = v.parse()?;
        if k.is_empty() {
            return Err(AppError::Validation("empty key"));
        }
        out.push((k, n));
    }
    Ok(out)
}

fn main() {
    let docs = [
        "a = 1\nb = 2\n# comment\n\nc=3",
        "a = 1\nbroken line\n",
        "x = 12\ny = twelve",
        " = 5",
        "big = 99999999999",
    ];
    for d in docs {
        match parse_doc(d) {
            Ok(v) => println!("ok {:?}", v),
            Err(e) => println!("err: {} ({:?})", e, e),
        }
    }
    let r: Result<i32, AppError> = "42".parse::<i32>().map_err(AppError::from).and_then(|n| if n > 40 { Ok(n * 2) } else { Err(AppError::Validation("small")) });
    println!("{:?}", r.map(|x| x + 1).unwrap_or(-1));
    let sum: Result<i32, AppError> = ["1", "2", "3"].iter().map(|s| s.parse::<i32>().map_err(AppError::from)).sum();
    println!("sum {:?}", sum.ok());
}
