// Covers: structs with lifetimes, borrowing parsers, methods returning borrowed data, lifetime elision, 'static, structs holding &mut.
#[derive(Debug)]
struct Token<'a> {
    kind: &'static str,
    text: &'a str,
}

struct Lexer<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> Lexer<'a> {
    fn new(src: &'a str) -> Self {
        Lexer { src, pos: 0 }
    }
    fn rest(&self) -> &'a str {
        &self.src[self.pos..]
    }
    fn next_token(&mut self) -> Option<Token<'a>> {
        let rest = self.rest();
        let trimmed = rest.trim_start();
        self.pos += rest.len() - trimmed.len();
        let c = trimmed.chars().next()?;
        let (kind, len) = if c.is_ascii_digit() {
            ("num", trimmed.find(|ch: char| !ch.is_ascii_digit()).unwrap_or(trimmed.len()))
        } else if c.is_alphabetic() {
            ("ident", trimmed.find(|ch: char| !ch.is_alphanumeric()).unwrap_or(trimmed.len()))
        } else {
            ("punct", c.len_utf8())
        };
        let text = &trimmed[..len];
        self.pos += len;
        Some(Token { kind, text })
    }
}

impl<'a> Iterator for Lexer<'a> {
    type Item = Token<'a>;
    fn next(&mut self) -> Option<Token<'a>> {
        self.next_token()
    }
}

struct Counter<'a> {
    count: &'a mut u32,
}

impl Counter<'_> {
    fn incr(&mut self, by: u32) {
        *self.count += by;
    }
}

struct Longest<'a, 'b> {
    a: &'a str,
    b: &'b str,
}

impl<'a: 'b, 'b> Longest<'a, 'b> {
    fn pick(&self) -> &'b str {
        if self.a.len() >= self.b.len() { self.a } else { self.b }
    }
}

fn split_pair(s: &str) -> (&str, &str) {
    let i = s.find(':').unwrap_or(s.len());
    (&s[..i], s[i..].trim_start_matches(':'))
}

fn main() {
    let code = String::from("let total = price * 12 + tax; naïve");
    let toks: Vec<Token> = Lexer::new(&code).collect();
    for t in &toks {
        println!("{:<5} {:?}", t.kind, t.text);
    }
    let idents: Vec<&str> = toks.iter().filter(|t| t.kind == "ident").map(|t| t.text).collect();
    println!("idents {:?}", idents);
    let mut n = 0;
    {
        let mut c = Counter { count: &mut n };
        c.incr(5);
        c.incr(7);
    }
    println!("counter {}", n);
    let a = String::from("longer string");
    let res;
    {
        let b = String::from("short");
        let l = Longest { a: &a, b: &b };
        res = l.pick().to_string();
    }
    println!("longest {}", res);
    println!("{:?} {:?}", split_pair("key:value"), split_pair("novalue"));
    let s: &'static str = "static lives forever";
    println!("{}", s);
    let mut lx = Lexer::new("a 1");
    let first = lx.next_token();
    println!("first {:?}, rest {:?}", first, lx.rest());
}
