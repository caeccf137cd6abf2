// Covers: recursive enum value tree (JSON-like) with BTreeMap objects, a serializer with escaping and pretty printing, and a tiny parser round trip.
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq)]
enum Json {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    Arr(Vec<Json>),
    Obj(BTreeMap<String, Json>),
}

fn esc(s: &str) -> String {
    let mut o = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            c if (c as u32) < 0x20 => o.push_str(&format!("\\u{:04x}", c as u32)),
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

impl Json {
    fn compact(&self) -> String {
        match self {
            Json::Null => "null".into(),
            Json::Bool(b) => b.to_string(),
            Json::Num(n) => n.to_string(),
            Json::Str(s) => esc(s),
            Json::Arr(a) => format!("[{}]", a.iter().map(|j| j.compact()).collect::<Vec<_>>().join(",")),
            Json::Obj(o) => format!("{{{}}}", o.iter().map(|(k, v)| format!("{}:{}", esc(k), v.compact())).collect::<Vec<_>>().join(",")),
        }
    }
    fn pretty(&self, ind: usize, out: &mut String) {
        let pad = "  ".repeat(ind + 1);
        match self {
            Json::Arr(a) if !a.is_empty() => {
                out.push_str("[\n");
                for (i, v) in a.iter().enumerate() {
                    out.push_str(&pad);
                    v.pretty(ind + 1, out);
                    out.push_str(if i + 1 < a.len() { ",\n" } else { "\n" });
                }
                out.push_str(&"  ".repeat(ind));
                out.push(']');
            }
            Json::Obj(o) if !o.is_empty() => {
                out.push_str("{\n");
                for (i, (k, v)) in o.iter().enumerate() {
                    out.push_str(&format!("{}{}: ", pad, esc(k)));
                    v.pretty(ind + 1, out);
                    out.push_str(if i + 1 < o.len() { ",\n" } else { "\n" });
                }
                out.push_str(&"  ".repeat(ind));
                out.push('}');
            }
            other => out.push_str(&other.compact()),
        }
    }
}

struct P<'a> {
    b: &'a [u8],
    i: usize,
}

impl<'a> P<'a> {
    fn ws(&mut self) {
        while self.i < self.b.len() && (self.b[self.i] as char).is_whitespace() {
            self.i += 1;
        }
    }
    fn val(&mut self) -> Result<Json, String> {
        self.ws();
        match self.b.get(self.i) {
            Some(b'n') => { self.i += 4; Ok(Json::Null) }
            Some(b't') => { self.i += 4; Ok(Json::Bool(true)) }
            Some(b'f') => { self.i += 5; Ok(Json::Bool(false)) }
            Some(b'"') => Ok(Json::Str(self.string()?)),
            Some(b'[') => {
                self.i += 1;
                let mut v = Vec::new();
                loop {
                    self.ws();
                    if self.b.get(self.i) == Some(&b']') { self.i += 1; break; }
                    v.push(self.val()?);
                    self.ws();
                    if self.b.get(self.i) == Some(&b',') { self.i += 1; }
                }
                Ok(Json::Arr(v))
            }
            Some(b'{') => {
                self.i += 1;
                let mut m = BTreeMap::new();
                loop {
                    self.ws();
                    if self.b.get(self.i) == Some(&b'}') { self.i += 1; break; }
                    let k = self.string()?;
                    self.ws();
                    if self.b.get(self.i) != Some(&b':') { return Err(format!("expected : at {}", self.i)); }
                    self.i += 1;
                    let v = self.val()?;
                    m.insert(k, v);
                    self.ws();
                    if self.b.get(self.i) == Some(&b',') { self.i += 1; }
                }
                Ok(Json::Obj(m))
            }
            Some(c) if c.is_ascii_digit() || *c == b'-' => {
                let st = self.i;
                while self.i < self.b.len() && (self.b[self.i].is_ascii_digit() || b"-+.eE".contains(&self.b[self.i])) { self.i += 1; }
                std::str::from_utf8(&self.b[st..self.i]).unwrap().parse().map(Json::Num).map_err(|e| e.to_string())
            }
            other => Err(format!("unexpected {:?} at {}", other.map(|&c| c as char), self.i)),
        }
    }
    fn string(&mut self) -> Result<String, String> {
        self.i += 1;
        let mut s = Vec::new();
        while let Some(&c) = self.b.get(self.i) {
            self.i += 1;
            match c {
                b'"' => return String::from_utf8(s).map_err(|e| e.to_string()),
                b'\\' => {
                    let e = self.b[self.i];
                    self.i += 1;
                    s.push(match e { b'n' => b'\n', other => other });
                }
                c => s.push(c),
            }
        }
        Err("unterminated string".into())
    }
}

fn main() {
    let mut o = BTreeMap::new();
    o.insert("name".to_string(), Json::Str("Mirage \"MIR\" interpreter\n".into()));
    o.insert("version".to_string(), Json::Num(0.1));
    o.insert("tags".to_string(), Json::Arr(vec![Json::Str("rust".into()), Json::Str("ünïcode".into()), Json::Null, Json::Bool(false)]));
    let mut inner = BTreeMap::new();
    inner.insert("depth".to_string(), Json::Num(2.0));
    inner.insert("empty".to_string(), Json::Arr(vec![]));
    o.insert("nested".to_string(), Json::Obj(inner));
    let doc = Json::Obj(o);
    let c = doc.compact();
    println!("{}", c);
    let mut pretty = String::new();
    doc.pretty(0, &mut pretty);
    println!("{}", pretty);
    let parsed = P { b: c.as_bytes(), i: 0 }.val();
    println!("round trip equal: {}", parsed.as_ref() == Ok(&doc));
    let src = r#" { "a": [1, 2.5, -3e2, {"b": null}], "c": "x\ny", "d": true } "#;
    match (P { b: src.as_bytes(), i: 0 }).val() {
        Ok(j) => println!("parsed: {}", j.compact()),
        Err(e) => println!("error: {}", e),
    }
    println!("bad: {:?}", (P { b: b"[1, ?]", i: 0 }).val());
}
