// Covers: Iterator::by_ref (consume part then continue), nth/nth_back, last, skip/step on DoubleEnded, rev().enumerate(), zip with unequal lengths, chain of different iterator types, sum of floats, array_chunks-like manual grouping.
fn main() {
    let mut it = (1..=10).into_iter();
    let first3: Vec<i32> = it.by_ref().take(3).collect();
    let next_even: Option<i32> = it.by_ref().find(|x| x % 2 == 0);
    let rest: Vec<i32> = it.collect();
    println!("first3 {:?} next_even {:?} rest {:?}", first3, next_even, rest);
    let mut words = "alpha beta gamma delta epsilon".split(' ');
    let header = words.next();
    let body: Vec<&str> = words.by_ref().take_while(|w| *w != "delta").collect();
    println!("header {:?} body {:?} remaining {:?}", header, body, words.collect::<Vec<_>>());
    let mut r = 0..20;
    println!("nth(3) {:?} nth_back(2) {:?} next {:?} next_back {:?}", r.nth(3), r.nth_back(2), r.next(), r.next_back());
    println!("rev enumerate {:?}", ['a', 'b', 'c'].iter().rev().enumerate().collect::<Vec<_>>());
    println!("enumerate rev {:?}", ['a', 'b', 'c'].iter().enumerate().rev().collect::<Vec<_>>());
    println!("zip unequal {:?}", (1..10).zip("abc".chars()).collect::<Vec<_>>());
    let v = vec![1, 2];
    let mixed: Vec<i32> = v.iter().copied().chain([3, 4]).chain(std::iter::once(5)).chain((6..8).rev()).collect();
    println!("mixed chain {:?}", mixed);
    let total: f64 = [0.1f64; 10].iter().sum();
    println!("sum of ten 0.1 = {} ({:?})", total, total);
    let data = [1, 2, 3, 4, 5, 6, 7];
    let mut it2 = data.iter();
    let mut groups = Vec::new();
    loop {
        let g: Vec<&i32> = it2.by_ref().take(3).collect();
        if g.is_empty() {
            break;
        }
        groups.push(g);
    }
    println!("groups {:?}", groups);
    let s: String = "hello world".split(' ').rev().collect::<Vec<_>>().join(" ");
    println!("reversed words {}", s);
    let mut peek = [1, 2, 3].iter().peekable();
    let mut out = vec![];
    while let Some(x) = peek.next() {
        if let Some(&&nx) = peek.peek() {
            out.push(format!("{}->{}", x, nx));
        } else {
            out.push(format!("{}->end", x));
        }
    }
    println!("{:?}", out);
    println!("last {:?} count {}", "a,b,c".split(',').last(), "a,b,c".split(',').count());
    println!("min max on empty {:?} {:?}", std::iter::empty::<i32>().min(), Vec::<u8>::new().iter().max());
    println!("position after skip {:?}", data.iter().skip(2).position(|&x| x == 5));
    println!("step_by rev {:?}", data.iter().rev().step_by(3).collect::<Vec<_>>());
}
