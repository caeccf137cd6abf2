// Covers: Box<dyn Error>, ? with custom error types, From conversions, Display for errors, source() chains, downcast_ref, main-like error reporting.
use std::error::Error;
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum ConfigError {
    Missing(String),
    BadNumber { key: String, source: ParseIntError },
    OutOfRange(i64),
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ConfigError::Missing(k) => write!(f, "missing key `{}`", k),
            ConfigError::BadNumber { key, .. } => write!(f, "bad number for `{}`", key),
            ConfigError::OutOfRange(v) => write!(f, "value {} out of range", v),
        }
    }
}

impl Error for ConfigError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            ConfigError::BadNumber { source, .. } => Some(source),
            _ => None,
        }
    }
}

fn lookup<'a>(cfg: &[(&'a str, &'a str)], key: &str) -> Result<&'a str, ConfigError> {
    cfg.iter().find(|(k, _)| *k == key).map(|(_, v)| *v).ok_or_else(|| ConfigError::Missing(key.to_string()))
}

fn get_num(cfg: &[(&str, &str)], key: &str) -> Result<i64, ConfigError> {
    let raw = lookup(cfg, key)?;
    let n: i64 = raw.parse().map_err(|e| ConfigError::BadNumber { key: key.into(), source: e })?;
    if !(0..=1000).contains(&n) {
        return Err(ConfigError::OutOfRange(n));
    }
    Ok(n)
}

fn total(cfg: &[(&str, &str)]) -> Result<i64, Box<dyn Error>> {
    let a = get_num(cfg, "a")?;
    let b = get_num(cfg, "b")?;
    let c: i64 = "7".parse::<i64>()?;
    if a + b + c > 500 {
        return Err("sum too large".into());
    }
    Ok(a + b + c)
}

fn report(r: Result<i64, Box<dyn Error>>) {
    match r {
        Ok(v) => println!("ok: {}", v),
        Err(e) => {
            println!("error: {}", e);
            let mut src = e.source();
            while let Some(s) = src {
                println!("  caused by: {}", s);
                src = s.source();
            }
            if let Some(ce) = e.downcast_ref::<ConfigError>() {
                println!("  (config error variant: {:?})", std::mem::discriminant(ce) == std::mem::discriminant(&ConfigError::OutOfRange(0)));
            } else {
                println!("  (other error: {:?})", e.to_string());
            }
        }
    }
}

fn main() {
    report(total(&[("a", "10"), ("b", "20")]));
    report(total(&[("a", "10")]));
    report(total(&[("a", "10"), ("b", "x2")]));
    report(total(&[("a", "-5"), ("b", "1")]));
    report(total(&[("a", "400"), ("b", "300")]));
    let e: Box<dyn Error + Send + Sync> = From::from(String::from("from string"));
    println!("{} / {:?}", e, e.to_string());
    let pe = "abc".parse::<u8>().unwrap_err();
    println!("{} | {:?}", pe, pe);
    let fe = "1.2.3".parse::<f64>().unwrap_err();
    println!("{} | {:?}", fe, fe);
    let ce = ConfigError::BadNumber { key: "k".into(), source: "".parse::<i32>().unwrap_err() };
    println!("{} | {:?}", ce, ce);
}
