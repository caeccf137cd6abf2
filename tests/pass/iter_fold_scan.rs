// Covers: fold, rfold, try_fold, reduce, sum, product, scan, take_while, skip_while, min_by_key, max_by, min_by, max_by_key, peekable.
fn main() {
    let v = vec![4, 8, 15, 16, 23, 42];
    println!("fold sum {}", v.iter().fold(0, |acc, x| acc + x));
    println!("fold string {}", v.iter().fold(String::new(), |acc, x| if acc.is_empty() { x.to_string() } else { acc + "," + &x.to_string() }));
    println!("rfold {}", v.iter().rfold(String::from("|"), |acc, x| format!("{}{}|", acc, x)));
    let r: Option<i32> = v.iter().try_fold(0i32, |acc, &x| acc.checked_add(x));
    println!("try_fold {:?}", r);
    let r2: Option<i8> = v.iter().try_fold(0i8, |acc, &x| acc.checked_add(x as i8 * 3));
    println!("try_fold overflow {:?}", r2);
    println!("reduce max {:?}", v.iter().copied().reduce(i32::max));
    println!("reduce empty {:?}", Vec::<i32>::new().into_iter().reduce(|a, b| a + b));
    println!("sum {} product {}", v.iter().sum::<i32>(), v.iter().map(|&x| x as i64).product::<i64>());
    println!("sum f64 {}", [0.5f64, 0.25, 0.125].iter().sum::<f64>());
    let running: Vec<i32> = v.iter().scan(0, |st, &x| { *st += x; Some(*st) }).collect();
    println!("scan running sum {:?}", running);
    let until: Vec<i32> = v.iter().scan(1, |st, &x| { *st *= 2; if x > 20 { None } else { Some(x * *st) } }).collect();
    println!("scan stop {:?}", until);
    println!("take_while {:?}", v.iter().take_while(|&&x| x < 16).collect::<Vec<_>>());
    println!("skip_while {:?}", v.iter().skip_while(|&&x| x < 16).collect::<Vec<_>>());
    let words = ["apple", "fig", "banana", "kiwi", "cherry"];
    println!("min_by_key len {:?}", words.iter().min_by_key(|w| w.len()));
    println!("max_by_key len {:?}", words.iter().max_by_key(|w| w.len()));
    println!("max_by last char {:?}", words.iter().max_by(|a, b| a.chars().last().cmp(&b.chars().last())));
    println!("min_by {:?}", words.iter().min_by(|a, b| b.cmp(a)));
    let floats = [2.5, -1.0, 9.75, 3.0];
    println!("max float {:?}", floats.iter().cloned().fold(f64::NEG_INFINITY, f64::max));
    println!("max_by partial_cmp {:?}", floats.iter().max_by(|a, b| a.partial_cmp(b).unwrap()));
    println!("min_by total_cmp {:?}", floats.iter().min_by(|a, b| a.total_cmp(b)));
    let mut it = [1, 1, 2, 3, 3, 3, 4].into_iter().peekable();
    let mut groups = Vec::new();
    while let Some(x) = it.next() {
        let mut n = 1;
        while it.peek() == Some(&x) {
            it.next();
            n += 1;
        }
        groups.push((x, n));
    }
    println!("run lengths {:?}", groups);
    let mut p = (1..10).peekable();
    println!("next_if even? {:?} next_if odd? {:?}", p.next_if(|x| x % 2 == 0), p.next_if(|x| x % 2 == 1));
    println!("next_if_eq 2: {:?}, peek {:?}", p.next_if_eq(&2), p.peek());
    if let Some(x) = p.peek_mut() {
        *x *= 100;
    }
    println!("after peek_mut: {:?}", p.collect::<Vec<_>>());
    let fact: u64 = (1..=20u64).product();
    println!("20! = {}", fact);
}
