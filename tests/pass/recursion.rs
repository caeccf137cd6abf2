// Covers: recursion (small depth): factorial, fibonacci memo, Ackermann small, permutations, power set, Tower of Hanoi, mutual recursion, recursive enum sum.
use std::collections::HashMap;

fn fact(n: u64) -> u64 {
    if n <= 1 { 1 } else { n * fact(n - 1) }
}

fn fib_memo(n: u64, memo: &mut HashMap<u64, u64>) -> u64 {
    if n < 2 {
        return n;
    }
    if let Some(&v) = memo.get(&n) {
        return v;
    }
    let v = fib_memo(n - 1, memo) + fib_memo(n - 2, memo);
    memo.insert(n, v);
    v
}

fn ackermann(m: u64, n: u64) -> u64 {
    match (m, n) {
        (0, n) => n + 1,
        (m, 0) => ackermann(m - 1, 1),
        (m, n) => ackermann(m - 1, ackermann(m, n - 1)),
    }
}

fn permutations(items: &[char]) -> Vec<String> {
    if items.len() <= 1 {
        return vec![items.iter().collect()];
    }
    let mut out = Vec::new();
    for i in 0..items.len() {
        let mut rest = items.to_vec();
        let c = rest.remove(i);
        for p in permutations(&rest) {
            out.push(format!("{}{}", c, p));
        }
    }
    out
}

fn power_set(items: &[i32]) -> Vec<Vec<i32>> {
    match items.split_first() {
        None => vec![vec![]],
        Some((first, rest)) => {
            let sub = power_set(rest);
            let mut with: Vec<Vec<i32>> = sub.iter().map(|s| {
                let mut v = vec![*first];
                v.extend(s);
                v
            }).collect();
            with.extend(sub);
            with
        }
    }
}

fn hanoi(n: u32, from: char, to: char, via: char, moves: &mut Vec<(u32, char, char)>) {
    if n == 0 {
        return;
    }
    hanoi(n - 1, from, via, to, moves);
    moves.push((n, from, to));
    hanoi(n - 1, via, to, from, moves);
}

fn is_even(n: u32) -> bool {
    if n == 0 { true } else { is_odd(n - 1) }
}
fn is_odd(n: u32) -> bool {
    if n == 0 { false } else { is_even(n - 1) }
}

enum List {
    Cons(i32, Box<List>),
    Nil,
}

fn list_sum(l: &List) -> i32 {
    match l {
        List::Cons(v, rest) => v + list_sum(rest),
        List::Nil => 0,
    }
}

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

fn binary_search(v: &[i32], target: i32, lo: usize, hi: usize) -> Option<usize> {
    if lo >= hi {
        return None;
    }
    let mid = lo + (hi - lo) / 2;
    if v[mid] == target {
        Some(mid)
    } else if v[mid] < target {
        binary_search(v, target, mid + 1, hi)
    } else {
        binary_search(v, target, lo, mid)
    }
}

fn main() {
    println!("fact: {:?}", (0..=20).map(fact).collect::<Vec<_>>());
    let mut memo = HashMap::new();
    println!("fib(90) = {}", fib_memo(90, &mut memo));
    println!("ackermann(2,3) = {} (3,3) = {}", ackermann(2, 3), ackermann(3, 3));
    let perms = permutations(&['a', 'b', 'c', 'd']);
    println!("{} perms, first 6 {:?}", perms.len(), &perms[..6]);
    let ps = power_set(&[1, 2, 3]);
    println!("power set {:?}", ps);
    let mut moves = Vec::new();
    hanoi(4, 'A', 'C', 'B', &mut moves);
    println!("hanoi(4) {} moves, first 5 {:?}", moves.len(), &moves[..5]);
    println!("even/odd {} {} {}", is_even(10), is_odd(7), is_even(33));
    let mut l = List::Nil;
    for i in 1..=10 {
        l = List::Cons(i, Box::new(l));
    }
    println!("list sum {}", list_sum(&l));
    println!("gcd {}", gcd(1071, 462));
    let v: Vec<i32> = (0..50).map(|x| x * 3).collect();
    println!("bsearch 42 {:?} 43 {:?}", binary_search(&v, 42, 0, v.len()), binary_search(&v, 43, 0, v.len()));
}
