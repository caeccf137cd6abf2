// Covers: std::iter::repeat, repeat_n/repeat_with, once, empty, from_fn, successors, zip of ranges, range inclusive/rev, chars/bytes sources.
use std::iter;

fn main() {
    let r: Vec<&str> = iter::repeat("ab").take(3).collect();
    println!("repeat {:?}", r);
    let mut n = 1;
    let rw: Vec<i32> = iter::repeat_with(|| { n *= 3; n }).take(5).collect();
    println!("repeat_with {:?}", rw);
    let o: Vec<i32> = iter::once(7).chain(iter::once(8)).collect();
    println!("once {:?}", o);
    let e: Vec<i32> = iter::empty().collect();
    println!("empty {:?}", e);
    let mut state = (0u32, 1u32);
    let fibs: Vec<u32> = iter::from_fn(|| {
        let r = state.0;
        state = (state.1, state.0 + state.1);
        if r > 100 { None } else { Some(r) }
    }).collect();
    println!("from_fn {:?}", fibs);
    let powers: Vec<u64> = iter::successors(Some(1u64), |&x| x.checked_mul(10)).collect();
    println!("successors {} items, last {:?}", powers.len(), powers.last());
    let collatz: Vec<u32> = iter::successors(Some(27u32), |&x| if x == 1 { None } else if x % 2 == 0 { Some(x / 2) } else { Some(3 * x + 1) }).collect();
    println!("collatz(27) steps {} max {:?}", collatz.len(), collatz.iter().max());
    let halves: Vec<f64> = iter::successors(Some(1.0f64), |x| Some(x / 2.0)).take(6).collect();
    println!("halves {:?}", halves);
    println!("range incl rev {:?}", (1..=5).rev().collect::<Vec<_>>());
    println!("char range {:?}", ('a'..'f').collect::<String>());
    println!("range contains {} {}", (1..10).contains(&5), (1..=10).contains(&10));
    println!("range len {} empty {}", (3..8).len(), (5..5).is_empty());
    let spaced: String = "abc".chars().flat_map(|c| iter::once(c).chain(iter::once('_'))).collect();
    println!("interleave {}", spaced);
    let grid: Vec<(u8, char)> = (0..2).flat_map(|i| "xy".chars().map(move |c| (i, c))).collect();
    println!("product {:?}", grid);
    let sum_sq: u32 = (1..=100).map(|x| x * x).sum();
    println!("sum squares 1..100 = {}", sum_sq);
    let rpt: String = iter::repeat('=').take(20).collect();
    println!("{}", rpt);
    let counter = {
        let mut c = 0;
        move || { c += 1; if c <= 3 { Some(c) } else { None } }
    };
    println!("from_fn closure {:?}", iter::from_fn(counter).collect::<Vec<_>>());
}
