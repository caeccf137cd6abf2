// Covers: Vec::extract_if, retain_mut, drain(..) with ranges, splice, sort_by_cached_key, chunk_by, dedup_by, extend_from_within, swap_remove, first_mut/last_mut, Vec of tuples.
fn main() {
    let mut v: Vec<i32> = (1..=12).collect();
    let evens: Vec<i32> = v.extract_if(.., |x| *x % 2 == 0).collect();
    println!("extract_if evens {:?} left {:?}", evens, v);
    v.retain_mut(|x| {
        *x *= 10;
        *x != 50
    });
    println!("retain_mut {:?}", v);
    let removed: Vec<i32> = v.splice(1..3, [7, 8, 9]).collect();
    println!("splice removed {:?} now {:?}", removed, v);
    let d: Vec<i32> = v.drain(..2).collect();
    println!("drain ..2 {:?} now {:?}", d, v);
    v.drain(v.len() - 1..);
    println!("drain last {:?}", v);
    let mut words = vec!["banana", "Apple", "cherry", "apple", "Banana"];
    words.sort_by_cached_key(|w| w.to_lowercase());
    println!("sort_by_cached_key {:?}", words);
    words.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
    println!("dedup_by {:?}", words);
    let nums = [1, 1, 2, 3, 3, 3, 1, 5, 5];
    let groups: Vec<&[i32]> = nums.chunk_by(|a, b| a == b).collect();
    println!("chunk_by {:?}", groups);
    let runs: Vec<&[i32]> = [1, 2, 3, 2, 3, 4, 1].chunk_by(|a, b| a < b).collect();
    println!("ascending runs {:?}", runs);
    let mut e = vec![1, 2, 3];
    e.extend_from_within(..2);
    e.extend_from_within(1..);
    println!("extend_from_within {:?}", e);
    let sr = e.swap_remove(0);
    println!("swap_remove {} -> {:?}", sr, e);
    if let Some(f) = e.first_mut() {
        *f = -1;
    }
    if let Some(l) = e.last_mut() {
        *l = -9;
    }
    println!("first/last mut {:?}", e);
    let mut pairs: Vec<(String, u32)> = vec![("b".into(), 2), ("a".into(), 2), ("c".into(), 1)];
    pairs.sort_by(|x, y| x.1.cmp(&y.1).then_with(|| x.0.cmp(&y.0)));
    println!("pairs {:?}", pairs);
    let (names, nums2): (Vec<String>, Vec<u32>) = pairs.into_iter().unzip();
    println!("unzipped {:?} {:?}", names, nums2);
    let mut vv = Vec::with_capacity(10);
    vv.extend_from_slice(&[3, 4]);
    vv.insert(0, 1);
    vv.shrink_to_fit();
    println!("vv {:?} cap>=len {}", vv, vv.capacity() >= vv.len());
    let filled = vec![String::from("x"); 3];
    println!("vec! clone {:?}", filled);
    let mut stack = Vec::new();
    stack.push(1);
    println!("pop_if {:?} {:?}", stack.pop_if(|x| *x > 5), stack.pop_if(|x| *x == 1));
}
