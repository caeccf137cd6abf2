// Covers: matching on &str and String (as_str), string prefixes via strip_prefix in guards, char matching on first char, command parsing with match on split slices.
fn classify(s: &str) -> String {
    match s {
        "" => "empty".into(),
        "yes" | "y" | "true" => "affirmative".into(),
        "no" | "n" | "false" => "negative".into(),
        s if s.starts_with('#') => format!("comment: {}", s[1..].trim()),
        s if s.parse::<f64>().is_ok() => format!("number {}", s.parse::<f64>().unwrap()),
        s => match s.chars().next() {
            Some(c) if c.is_uppercase() => format!("capitalized word {:?}", s),
            Some('0'..='9') => format!("starts with digit {:?}", s),
            _ => format!("other {:?}", s),
        },
    }
}

fn exec(line: &str) -> String {
    let parts: Vec<&str> = line.split_whitespace().collect();
    match parts.as_slice() {
        [] => "nothing".into(),
        ["get", key] => format!("GET {}", key),
        ["set", key, value] => format!("SET {} = {}", key, value),
        ["set", key, rest @ ..] if !rest.is_empty() => format!("SET {} = {:?} (joined)", key, rest.join(" ")),
        ["del", keys @ ..] if !keys.is_empty() => format!("DEL {} keys", keys.len()),
        [cmd, ..] => format!("unknown command {:?}", cmd),
    }
}

fn main() {
    for s in ["", "y", "false", "# note here", "3.25", "-7", "Rust", "9lives", "mirage", "ÉCOLE"] {
        println!("{:<14} -> {}", format!("{:?}", s), classify(s));
    }
    for l in ["", "get a", "set a 1", "set msg hello big world", "del x y z", "del", "frob 1 2"] {
        println!("{:<26} -> {}", format!("{:?}", l), exec(l));
    }
    let owned = String::from("stop");
    let r = match owned.as_str() {
        "go" => 1,
        "stop" => 2,
        _ => 3,
    };
    println!("owned match {}", r);
    for url in ["https://example.org/a", "http://x.y", "ftp://files", "mailto:me"] {
        let kind = if let Some(rest) = url.strip_prefix("https://") {
            format!("secure host {}", rest.split('/').next().unwrap())
        } else if let Some(rest) = url.strip_prefix("http://") {
            format!("plain host {}", rest)
        } else if let Some((scheme, _)) = url.split_once("://") {
            format!("other scheme {}", scheme)
        } else {
            "not a url".to_string()
        };
        println!("{} => {}", url, kind);
    }
}
