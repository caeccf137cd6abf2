// Covers: std::borrow::Cow (Borrowed vs Owned, to_mut, into_owned), Cow in function returns to avoid allocation, Cow<[T]>, String::from_utf8_lossy returning Cow.
use std::borrow::Cow;

fn normalize(s: &str) -> Cow<'_, str> {
    if s.contains(char::is_whitespace) || s.chars().any(|c| c.is_uppercase()) {
        Cow::Owned(s.split_whitespace().collect::<Vec<_>>().join("_").to_lowercase())
    } else {
        Cow::Borrowed(s)
    }
}

fn escape_html(s: &str) -> Cow<'_, str> {
    if !s.contains(['<', '>', '&']) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            _ => out.push(c),
        }
    }
    Cow::Owned(out)
}

fn abs_all(v: &[i32]) -> Cow<'_, [i32]> {
    if v.iter().all(|&x| x >= 0) {
        Cow::Borrowed(v)
    } else {
        Cow::Owned(v.iter().map(|x| x.abs()).collect())
    }
}

fn kind<T: ?Sized + ToOwned>(c: &Cow<'_, T>) -> &'static str {
    match c {
        Cow::Borrowed(_) => "borrowed",
        Cow::Owned(_) => "owned",
    }
}

fn main() {
    for s in ["already_fine", "Needs Work here", "UPPER", "  spaced   out  "] {
        let n = normalize(s);
        println!("{:?} -> {:?} ({})", s, n, kind(&n));
    }
    for s in ["plain text", "<b>bold</b> & more"] {
        let e = escape_html(s);
        println!("{} -> {} ({})", s, e, kind(&e));
    }
    let a = [1, 2, 3];
    let b = [1, -2, 3];
    let ca = abs_all(&a);
    let cb = abs_all(&b);
    println!("{:?} {} / {:?} {}", ca, kind(&ca), cb, kind(&cb));
    let mut c: Cow<str> = Cow::Borrowed("start");
    println!("before to_mut: {}", kind(&c));
    c.to_mut().push_str(" + modified");
    println!("after to_mut: {} {}", c, kind(&c));
    let owned: String = c.into_owned();
    println!("into_owned {}", owned);
    let lossy = String::from_utf8_lossy(b"valid");
    let lossy2 = String::from_utf8_lossy(&[0x61, 0xff, 0x62]);
    println!("lossy {} {} / {} {}", lossy, kind(&lossy), lossy2, kind(&lossy2));
    let mut list: Vec<Cow<str>> = vec!["x".into(), String::from("y").into()];
    list.push(Cow::from("z"));
    println!("{:?} kinds {:?}", list, list.iter().map(kind).collect::<Vec<_>>());
    let joined: String = list.iter().map(|c| c.as_ref()).collect();
    println!("joined {} len {}", joined, Cow::from("abc").len());
    println!("eq {}", Cow::Borrowed("q") == Cow::<str>::Owned("q".to_string()));
}
