// Covers: pattern matching: guards, @ bindings, ranges, slice patterns (first/rest/last), nested tuples/structs, ref/ref mut, or-patterns, let-else, if-let chains via match.
#[derive(Debug)]
struct Point3 {
    x: i32,
    y: i32,
    z: i32,
}

fn classify(n: i64) -> &'static str {
    match n {
        i64::MIN..=-1 => "negative",
        0 => "zero",
        1..=9 => "digit",
        10 | 20 | 30 => "round",
        x if x % 2 == 0 => "even",
        _ => "odd",
    }
}

fn slice_desc(s: &[i32]) -> String {
    match s {
        [] => "empty".into(),
        [x] => format!("one: {}", x),
        [a, b] => format!("two: {} {}", a, b),
        [first, .., last] if first == last => format!("bookends {}", first),
        [first, middle @ .., last] => format!("first {} middle {:?} last {}", first, middle, last),
    }
}

fn parse_kv(s: &str) -> Option<(&str, i32)> {
    let Some((k, v)) = s.split_once('=') else {
        return None;
    };
    let Ok(n) = v.parse::<i32>() else {
        return None;
    };
    Some((k, n))
}

fn main() {
    for n in [-5, 0, 7, 20, 44, 45] {
        println!("{} is {}", n, classify(n));
    }
    for s in [&[][..], &[1], &[1, 2], &[3, 9, 3], &[1, 2, 3, 4, 5]] {
        println!("{:?}: {}", s, slice_desc(s));
    }
    let p = Point3 { x: 1, y: -2, z: 0 };
    match p {
        Point3 { x: 0, .. } => println!("on yz plane"),
        Point3 { z: 0, x, y } if x > 0 => println!("xy plane, x={} y={}", x, y),
        Point3 { .. } => println!("elsewhere"),
    }
    let Point3 { x: px, y: py, z: pz } = p;
    println!("destructured {} {} {}", px, py, pz);
    let msg = match p.y {
        n @ -10..=-1 => format!("small negative {}", n),
        n @ (0 | 1) => format!("tiny {}", n),
        n => format!("other {}", n),
    };
    println!("{}", msg);
    let pairs = [(0, 'a'), (1, 'b'), (2, 'c')];
    for &(i, c) in pairs.iter() {
        match (i % 2, c) {
            (0, 'a'..='b') => println!("even early {}", c),
            (0, _) => println!("even late {}", c),
            (_, ch) => println!("odd {}", ch),
        }
    }
    let mut v = vec![1, 2, 3];
    if let [ref mut first, .., ref mut last] = v[..] {
        std::mem::swap(first, last);
    }
    println!("swapped ends {:?}", v);
    let mut opt = Some(String::from("text"));
    if let Some(ref mut s) = opt {
        s.push_str(" appended");
    }
    match &opt {
        Some(s) if s.len() > 5 => println!("long {}", s),
        Some(s) => println!("short {}", s),
        None => println!("none"),
    }
    let nested = ((1, 2), [3, 4], Some((5, "six")));
    let ((a, _), [_, d], Some((e, f))) = nested else { panic!() };
    println!("nested {} {} {} {}", a, d, e, f);
    for s in ["a=1", "b=x", "novalue", "c=-3"] {
        println!("{:?} -> {:?}", s, parse_kv(s));
    }
    let arr = [10, 20, 30, 40];
    let [w, x, rest @ ..] = arr;
    println!("array pattern {} {} {:?}", w, x, rest);
    let words = vec!["let", "x", "=", "5"];
    match words.as_slice() {
        ["let", name, "=", value] => println!("binding {} to {}", name, value),
        _ => println!("no match"),
    }
    let t = (1, (2.5, "s"), [Some(1), None]);
    if let (1, (f, _), [Some(k), None]) = t {
        println!("tuple pattern f={} k={}", f, k);
    }
    let c = 'k';
    println!("char ranges: {}", match c { 'a'..='j' => "a-j", 'k'..='z' => "k-z", _ => "other" });
    println!("matches!: {} {} {}", matches!(c, 'a'..='z'), matches!(Some(3), Some(n) if n > 5), matches!(p, Point3 { y: -2, .. }));
}
