// Covers: From/Into, TryFrom/TryInto with custom error, FromStr for a struct, AsRef/AsMut, Borrow, ToString via Display, numeric conversions.
use std::convert::TryFrom;
use std::fmt;
use std::str::FromStr;

#[derive(Debug, PartialEq, Clone, Copy)]
struct Celsius(f64);
#[derive(Debug, PartialEq, Clone, Copy)]
struct Fahrenheit(f64);

impl From<Celsius> for Fahrenheit {
    fn from(c: Celsius) -> Self {
        Fahrenheit(c.0 * 9.0 / 5.0 + 32.0)
    }
}

#[derive(Debug, PartialEq)]
struct Even(u32);

impl TryFrom<u32> for Even {
    type Error = String;
    fn try_from(v: u32) -> Result<Self, Self::Error> {
        if v % 2 == 0 { Ok(Even(v)) } else { Err(format!("{} is odd", v)) }
    }
}

#[derive(Debug, PartialEq)]
struct Rgb(u8, u8, u8);

impl FromStr for Rgb {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.strip_prefix('#').ok_or("missing #")?;
        if s.len() != 6 {
            return Err(format!("bad length {}", s.len()));
        }
        let p = |i: usize| u8::from_str_radix(&s[i..i + 2], 16).map_err(|e| e.to_string());
        Ok(Rgb(p(0)?, p(2)?, p(4)?))
    }
}

impl fmt::Display for Rgb {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

fn shout<S: AsRef<str>>(s: S) -> String {
    s.as_ref().to_uppercase()
}

fn zero_first<T: AsMut<[i32]>>(mut buf: T) -> T {
    buf.as_mut()[0] = 0;
    buf
}

fn lookup<K: std::borrow::Borrow<str>>(keys: &[K], k: &str) -> bool {
    keys.iter().any(|x| x.borrow() == k)
}

fn main() {
    let f: Fahrenheit = Celsius(100.0).into();
    println!("{:?} {:?}", f, Fahrenheit::from(Celsius(-40.0)));
    for v in [4u32, 7] {
        println!("Even::try_from({}) = {:?}", v, Even::try_from(v));
        let r: Result<Even, _> = v.try_into();
        println!("try_into = {:?}", r);
    }
    for s in ["#ff8000", "#FFF", "00ff00", "#gg0000"] {
        println!("{:?} -> {:?}", s, s.parse::<Rgb>());
    }
    let c: Rgb = "#0a0b0c".parse().unwrap();
    println!("display {} to_string {:?}", c, c.to_string());
    println!("{} {}", shout("abc"), shout(String::from("def")));
    println!("{:?} {:?}", zero_first(vec![5, 6]), zero_first([7, 8, 9]));
    println!("borrow {} {}", lookup(&["a".to_string(), "b".to_string()], "b"), lookup(&["x"], "y"));
    let s: String = 'c'.into();
    let b: Box<str> = "boxed".into();
    let v: Vec<u8> = "bytes".into();
    let o: Option<i32> = 5.into();
    println!("{} {} {:?} {:?}", s, b, v, o);
    let n: i64 = 42i32.into();
    let fl: f64 = 3u8.into();
    let u: u16 = u16::try_from(-1i32).unwrap_or(u16::MAX);
    println!("{} {} {}", n, fl, u);
    let arr: [u8; 3] = <[u8; 3]>::try_from(&b"xyz"[..]).unwrap();
    println!("{:?}", arr);
    let chars: Vec<char> = String::from("hé").into_bytes().into_iter().map(char::from).collect();
    println!("{:?}", chars);
    let st: String = vec!['a', 'b'].iter().collect();
    let from_iter = String::from_iter(["x", "y", "z"]);
    println!("{} {}", st, from_iter);
}
