// Covers: Option/Result combinators: map, and_then, or_else, unwrap_or(_else/_default), ok_or, filter, zip, take, replace, get_or_insert_with, transpose, flatten, xor, iter, ok(), err(), map_or.
fn half(n: i32) -> Option<i32> {
    if n % 2 == 0 { Some(n / 2) } else { None }
}

fn parse(s: &str) -> Result<i32, String> {
    s.parse::<i32>().map_err(|e| format!("{:?}: {}", s, e))
}

fn main() {
    let a = Some(8);
    let n: Option<i32> = None;
    println!("map {:?} {:?}", a.map(|x| x + 1), n.map(|x| x + 1));
    println!("and_then {:?} {:?} {:?}", a.and_then(half), a.and_then(half).and_then(half).and_then(half), Some(3).and_then(half));
    println!("or {:?} or_else {:?} xor {:?} {:?}", n.or(Some(1)), n.or_else(|| Some(2)), a.xor(n), a.xor(Some(1)));
    println!("unwrap_or {} unwrap_or_else {} unwrap_or_default {}", n.unwrap_or(5), n.unwrap_or_else(|| 6), n.unwrap_or_default());
    println!("filter {:?} {:?}", a.filter(|x| *x > 5), a.filter(|x| *x > 50));
    println!("zip {:?} {:?}", a.zip(Some('c')), a.zip(None::<char>));
    println!("ok_or {:?} {:?}", a.ok_or("none"), n.ok_or("none"));
    println!("map_or {} map_or_else {}", a.map_or(0, |x| x * 10), n.map_or_else(|| -1, |x| x * 10));
    println!("is_some_and {} is_none_or {}", a.is_some_and(|x| x > 3), n.is_none_or(|x| x > 3));
    let mut m = Some(3);
    println!("take {:?} then {:?}", m.take(), m);
    println!("replace {:?} now {:?}", m.replace(10), m);
    let mut empty: Option<Vec<i32>> = None;
    empty.get_or_insert_with(Vec::new).push(42);
    println!("get_or_insert_with {:?}", empty);
    let nested: Option<Option<i32>> = Some(Some(4));
    println!("flatten {:?}", nested.flatten());
    let t: Option<Result<i32, String>> = Some(parse("12"));
    println!("transpose {:?}", t.transpose());
    println!("iter sum {}", a.iter().chain(n.iter()).sum::<i32>());
    println!("as_ref/as_deref {:?} {:?}", Some(String::from("s")).as_deref(), Some(String::from("s")).as_ref().map(|s| s.len()));
    let good = parse("42");
    let bad = parse("4x2");
    println!("results {:?} {:?}", good, bad);
    println!("ok/err {:?} {:?} {:?}", good.clone().ok(), bad.clone().err(), bad.clone().ok());
    println!("map {:?} map_err {:?}", good.clone().map(|x| x * 2), bad.clone().map_err(|e| e.len()));
    println!("and_then {:?}", good.clone().and_then(|x| if x > 40 { Ok(x) } else { Err("small".into()) }));
    println!("or_else {:?}", bad.clone().or_else(|_| parse("7")));
    println!("unwrap_or {} unwrap_or_else {}", bad.clone().unwrap_or(0), bad.clone().unwrap_or_else(|e| e.len() as i32));
    println!("is_ok {} is_err {} is_ok_and {}", good.is_ok(), bad.is_err(), good.as_ref().is_ok_and(|x| *x == 42));
    println!("iter {:?} {:?}", good.iter().collect::<Vec<_>>(), bad.iter().count());
    println!("map_or {}", bad.as_ref().map_or(-1, |x| *x));
    let rs: Vec<Result<i32, String>> = vec![parse("1"), parse("z"), parse("3")];
    let (oks, errs): (Vec<_>, Vec<_>) = rs.into_iter().partition(|r| r.is_ok());
    println!("oks {:?} errs {}", oks.into_iter().map(Result::unwrap).collect::<Vec<_>>(), errs.len());
    println!("copied {:?} cloned {:?}", Some(&5).copied(), Some(&String::from("c")).cloned());
    println!("unzip {:?}", Some((1, 'x')).unzip());
    println!("expect ok {}", good.expect("should be fine"));
    println!("inspect {:?}", Some(9).inspect(|v| println!("  inspecting {}", v)));
    let r: Result<Result<i32, String>, String> = Ok(Ok(1));
    println!("flatten result {:?}", r.and_then(|x| x));
}
