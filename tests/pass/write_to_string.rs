// Covers: write!/writeln! into String and Vec<u8> (io::Write), fmt::Write for a custom sink, table rendering, std::io::Write to stdout with lock.
use std::fmt::Write as FmtWrite;
use std::io::Write as IoWrite;

struct Upper {
    out: String,
}

impl std::fmt::Write for Upper {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.out.push_str(&s.to_uppercase());
        Ok(())
    }
}

fn render_table(rows: &[(&str, u32, f64)]) -> String {
    let mut s = String::new();
    writeln!(s, "+{:-<10}+{:->6}+{:->9}+", "", "", "").unwrap();
    writeln!(s, "|{:<10}|{:>6}|{:>9}|", "name", "qty", "price").unwrap();
    writeln!(s, "+{:=<10}+{:=>6}+{:=>9}+", "", "", "").unwrap();
    for (n, q, p) in rows {
        writeln!(s, "|{:<10}|{:>6}|{:>9.2}|", n, q, p).unwrap();
    }
    write!(s, "+{:-<10}+{:->6}+{:->9}+", "", "", "").unwrap();
    s
}

fn main() {
    let mut s = String::new();
    write!(s, "{}-{}", 1, 2).unwrap();
    write!(&mut s, " [{:>4}]", "r").unwrap();
    writeln!(s, " end").unwrap();
    print!("{}", s);
    println!("{}", render_table(&[("widget", 3, 4.5), ("gizmo", 12, 19.999), ("thingamajig", 1, 1000.0)]));
    let mut u = Upper { out: String::new() };
    write!(u, "hello {} and {:?}", "world", "quotes").unwrap();
    println!("{}", u.out);
    let mut bytes: Vec<u8> = Vec::new();
    write!(bytes, "bytes {}", 42).unwrap();
    bytes.write_all(b" + raw").unwrap();
    writeln!(bytes, " ({} total)", 3).unwrap();
    println!("vec<u8>: {:?}", String::from_utf8(bytes).unwrap());
    let stdout = std::io::stdout();
    let mut lock = stdout.lock();
    for i in 0..3 {
        writeln!(lock, "locked line {}", i).unwrap();
    }
    lock.write_all("raw bytes é\n".as_bytes()).unwrap();
    lock.flush().unwrap();
    drop(lock);
    let mut cursor = std::io::Cursor::new(Vec::new());
    write!(cursor, "cursor {}", "data").unwrap();
    println!("cursor position {} content {:?}", cursor.position(), String::from_utf8(cursor.into_inner()).unwrap());
    let mut out = String::new();
    for (i, w) in ["a", "b", "c"].iter().enumerate() {
        if i > 0 {
            out.write_char(',').unwrap();
        }
        out.write_str(w).unwrap();
    }
    println!("{}", out);
}
