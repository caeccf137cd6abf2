// Covers: iterator adapters map, filter, zip, chain, enumerate, rev, skip, take, step_by, flat_map, flatten, filter_map, inspect, cycle+take.
fn main() {
    let v: Vec<i32> = (1..=10).collect();
    println!("map: {:?}", v.iter().map(|x| x * 3).collect::<Vec<_>>());
    println!("filter: {:?}", v.iter().filter(|&&x| x % 3 == 0).collect::<Vec<_>>());
    let letters = ['a', 'b', 'c', 'd'];
    println!("zip: {:?}", v.iter().zip(letters.iter()).collect::<Vec<_>>());
    println!("chain: {:?}", (1..3).chain(7..9).chain(std::iter::once(100)).collect::<Vec<_>>());
    for (i, c) in letters.iter().enumerate().skip(1) {
        println!("enumerate {} {}", i, c);
    }
    println!("rev: {:?}", v.iter().rev().take(3).collect::<Vec<_>>());
    println!("skip+take: {:?}", v.iter().skip(2).take(4).collect::<Vec<_>>());
    println!("step_by: {:?}", (0..30).step_by(7).collect::<Vec<_>>());
    println!("rev step_by: {:?}", (0..=20).rev().step_by(5).collect::<Vec<_>>());
    println!("flat_map: {:?}", (1..4).flat_map(|n| (0..n).map(move |k| n * 10 + k)).collect::<Vec<_>>());
    let nested = vec![vec![1, 2], vec![], vec![3], vec![4, 5, 6]];
    println!("flatten: {:?}", nested.into_iter().flatten().collect::<Vec<_>>());
    let opts = [Some(1), None, Some(3), None];
    println!("flatten options: {:?}", opts.iter().flatten().collect::<Vec<_>>());
    let strs = ["1", "two", "3", "4x", "5"];
    println!("filter_map: {:?}", strs.iter().filter_map(|s| s.parse::<u8>().ok()).collect::<Vec<_>>());
    let mut seen = Vec::new();
    let total: i32 = v.iter().inspect(|x| seen.push(**x)).filter(|x| **x > 5).sum();
    println!("inspect total {} seen {}", total, seen.len());
    println!("cycle: {:?}", letters.iter().cycle().take(10).collect::<String>());
    println!("map_while: {:?}", strs.iter().map_while(|s| s.parse::<i32>().ok()).collect::<Vec<_>>());
    let (evens, odds): (Vec<i32>, Vec<i32>) = v.iter().partition(|&&x| x % 2 == 0);
    println!("partition {:?} {:?}", evens, odds);
    let (a, b): (Vec<i32>, Vec<char>) = vec![(1, 'x'), (2, 'y')].into_iter().unzip();
    println!("unzip {:?} {:?}", a, b);
    println!("last {:?} nth(3) {:?} count {}", v.iter().last(), v.iter().nth(3), v.iter().count());
    println!("any>9 {} all>0 {} find {:?} position {:?}", v.iter().any(|&x| x > 9), v.iter().all(|&x| x > 0), v.iter().find(|&&x| x * x > 20), v.iter().position(|&x| x == 7));
    println!("rposition {:?}", v.iter().rposition(|&x| x % 4 == 0));
    println!("find_map {:?}", strs.iter().find_map(|s| s.strip_suffix('x')));
    let chunks: Vec<Vec<i32>> = v.chunks(3).map(|c| c.to_vec()).collect();
    println!("chunks {:?}", chunks);
    println!("zip3: {:?}", (1..4).zip(4..7).zip(7..10).map(|((a, b), c)| a + b + c).collect::<Vec<_>>());
    println!("copied/cloned: {:?} {:?}", v.iter().copied().max(), ["s".to_string()].iter().cloned().collect::<Vec<String>>());
    println!("eq: {} lt: {}", (1..4).eq(vec![1, 2, 3]), [1, 2].iter().lt([1, 3].iter()));
    println!("cmp: {:?}", [1, 2, 3].iter().cmp([1, 2].iter()));
    println!("is_sorted_by_key: {}", ["a", "bb", "ccc"].iter().is_sorted_by_key(|s| s.len()));
}
