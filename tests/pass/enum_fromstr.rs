// Covers: enum with Display + FromStr (case-insensitive), listing all variants, TryFrom<u8>, enum with explicit discriminants and casting, Ord on enums for sorting, enum methods.
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Level {
    Trace = 0,
    Debug = 10,
    Info = 20,
    Warn = 30,
    Error = 40,
}

impl Level {
    const ALL: [Level; 5] = [Level::Trace, Level::Debug, Level::Info, Level::Warn, Level::Error];
    fn is_severe(self) -> bool {
        self >= Level::Warn
    }
    fn next(self) -> Option<Level> {
        Level::ALL.iter().copied().find(|l| *l > self)
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let s = match self {
            Level::Trace => "TRACE",
            Level::Debug => "DEBUG",
            Level::Info => "INFO",
            Level::Warn => "WARN",
            Level::Error => "ERROR",
        };
        f.pad(s)
    }
}

#[derive(Debug, PartialEq)]
struct ParseLevelError(String);

impl FromStr for Level {
    type Err = ParseLevelError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Level::ALL.iter().copied().find(|l| l.to_string().eq_ignore_ascii_case(s.trim())).ok_or_else(|| ParseLevelError(s.to_string()))
    }
}

impl TryFrom<u8> for Level {
    type Error = u8;
    fn try_from(v: u8) -> Result<Self, u8> {
        Level::ALL.iter().copied().find(|l| *l as u8 == v).ok_or(v)
    }
}

fn main() {
    for l in Level::ALL {
        println!("[{:<5}] = {:>2} severe={} next={:?}", l, l as i32, l.is_severe(), l.next());
    }
    for s in ["info", "WARN", " error ", "fatal", "Debug"] {
        println!("{:?} -> {:?}", s, s.parse::<Level>());
    }
    for v in [0u8, 20, 25, 40] {
        println!("try_from({}) -> {:?}", v, Level::try_from(v));
    }
    let mut logs = vec![(Level::Warn, "disk 91%"), (Level::Trace, "tick"), (Level::Error, "crash"), (Level::Info, "start"), (Level::Warn, "slow")];
    logs.sort_by_key(|(l, _)| std::cmp::Reverse(*l));
    for (l, m) in &logs {
        println!("{:>5}: {}", l, m);
    }
    let threshold: Level = "info".parse().unwrap();
    let shown: Vec<&str> = logs.iter().filter(|(l, _)| *l >= threshold).map(|(_, m)| *m).collect();
    println!("at least {}: {:?}", threshold, shown);
    println!("max {:?} min {:?}", Level::ALL.iter().max(), Level::ALL.iter().min());
}
