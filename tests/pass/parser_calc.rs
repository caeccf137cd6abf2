// Covers: recursive-descent expression parser with tokenizer (enum tokens, Peekable<Chars>), precedence, unary minus, parentheses, errors with positions, f64 evaluation.
use std::iter::Peekable;
use std::str::Chars;

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Num(f64),
    Ident(String),
    Op(char),
    LParen,
    RParen,
}

fn lex(s: &str) -> Result<Vec<Tok>, String> {
    let mut out = Vec::new();
    let mut it: Peekable<Chars> = s.chars().peekable();
    while let Some(&c) = it.peek() {
        if c.is_whitespace() {
            it.next();
        } else if c.is_ascii_digit() || c == '.' {
            let mut n = String::new();
            while let Some(&d) = it.peek() {
                if d.is_ascii_digit() || d == '.' { n.push(d); it.next(); } else { break; }
            }
            out.push(Tok::Num(n.parse().map_err(|_| format!("bad number {:?}", n))?));
        } else if c.is_alphabetic() {
            let mut n = String::new();
            while let Some(&d) = it.peek() {
                if d.is_alphanumeric() { n.push(d); it.next(); } else { break; }
            }
            out.push(Tok::Ident(n));
        } else if "+-*/^".contains(c) {
            out.push(Tok::Op(c));
            it.next();
        } else if c == '(' {
            out.push(Tok::LParen);
            it.next();
        } else if c == ')' {
            out.push(Tok::RParen);
            it.next();
        } else {
            return Err(format!("unexpected char {:?}", c));
        }
    }
    Ok(out)
}

struct Parser {
    toks: Vec<Tok>,
    pos: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos)
    }
    fn next(&mut self) -> Option<Tok> {
        let t = self.toks.get(self.pos).cloned();
        self.pos += 1;
        t
    }
    fn expr(&mut self) -> Result<f64, String> {
        let mut v = self.term()?;
        while let Some(Tok::Op(c @ ('+' | '-'))) = self.peek().cloned() {
            self.next();
            let r = self.term()?;
            if c == '+' { v += r } else { v -= r }
        }
        Ok(v)
    }
    fn term(&mut self) -> Result<f64, String> {
        let mut v = self.factor()?;
        while let Some(Tok::Op(c @ ('*' | '/'))) = self.peek().cloned() {
            self.next();
            let r = self.factor()?;
            if c == '*' { v *= r } else { v /= r }
        }
        Ok(v)
    }
    fn factor(&mut self) -> Result<f64, String> {
        let base = self.unary()?;
        if let Some(Tok::Op('^')) = self.peek() {
            self.next();
            let e = self.factor()?;
            return Ok(base.powf(e));
        }
        Ok(base)
    }
    fn unary(&mut self) -> Result<f64, String> {
        if let Some(Tok::Op('-')) = self.peek() {
            self.next();
            return Ok(-self.unary()?);
        }
        self.atom()
    }
    fn atom(&mut self) -> Result<f64, String> {
        let pos = self.pos;
        match self.next() {
            Some(Tok::Num(n)) => Ok(n),
            Some(Tok::Ident(name)) => match name.as_str() {
                "pi" => Ok(std::f64::consts::PI),
                "sqrt" | "abs" => {
                    if self.next() != Some(Tok::LParen) {
                        return Err(format!("expected ( after {}", name));
                    }
                    let v = self.expr()?;
                    if self.next() != Some(Tok::RParen) {
                        return Err("expected )".into());
                    }
                    Ok(if name == "sqrt" { v.sqrt() } else { v.abs() })
                }
                _ => Err(format!("unknown identifier {:?} at token {}", name, pos)),
            },
            Some(Tok::LParen) => {
                let v = self.expr()?;
                match self.next() {
                    Some(Tok::RParen) => Ok(v),
                    other => Err(format!("expected ) at token {}, got {:?}", self.pos - 1, other)),
                }
            }
            other => Err(format!("unexpected {:?} at token {}", other, pos)),
        }
    }
}

fn eval(s: &str) -> Result<f64, String> {
    let toks = lex(s)?;
    let mut p = Parser { toks, pos: 0 };
    let v = p.expr()?;
    if p.pos < p.toks.len() {
        return Err(format!("trailing tokens from {}", p.pos));
    }
    Ok(v)
}

fn main() {
    for e in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4 - 1.5", "sqrt(16) + abs(-3)", "2 * pi", "1 / 0", "((2))", "3 +", "4 $ 4", "foo(1)", "(1 + 2", "1 2", "1.2.3"] {
        match eval(e) {
            Ok(v) => println!("{:<20} = {}", e, v),
            Err(err) => println!("{:<20} ! {}", e, err),
        }
    }
}
