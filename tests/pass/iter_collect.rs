// Covers: collect into Vec, String, HashMap, HashSet, BTreeMap, BTreeSet, VecDeque, LinkedList, BinaryHeap, Result<Vec>, Option<Vec>, Box<[T]>.
use std::collections::{BTreeMap, BTreeSet, BinaryHeap, HashMap, HashSet, LinkedList, VecDeque};

fn main() {
    let words = ["pear", "apple", "fig", "apple", "kiwi", "fig"];
    let v: Vec<&str> = words.iter().copied().collect();
    println!("vec {:?}", v);
    let s: String = words.iter().map(|w| w.chars().next().unwrap()).collect();
    println!("string {}", s);
    let s2: String = words.iter().copied().collect();
    println!("string concat {}", s2);
    let s3 = words.iter().map(|w| w.to_uppercase()).collect::<Vec<_>>().join("/");
    println!("joined {}", s3);
    let hm: HashMap<&str, usize> = words.iter().map(|w| (*w, w.len())).collect();
    let mut hv: Vec<_> = hm.into_iter().collect();
    hv.sort();
    println!("hashmap {:?}", hv);
    let hs: HashSet<&str> = words.iter().copied().collect();
    println!("hashset len {}", hs.len());
    let bm: BTreeMap<usize, Vec<&str>> = words.iter().fold(BTreeMap::new(), |mut m, w| {
        m.entry(w.len()).or_insert_with(Vec::new).push(*w);
        m
    });
    println!("btreemap {:?}", bm);
    let bs: BTreeSet<char> = words.iter().flat_map(|w| w.chars()).collect();
    println!("btreeset {:?}", bs);
    let vd: VecDeque<usize> = words.iter().map(|w| w.len()).collect();
    println!("vecdeque {:?}", vd);
    let ll: LinkedList<&str> = words.iter().rev().copied().collect();
    println!("linkedlist {:?}", ll);
    let bh: BinaryHeap<usize> = words.iter().map(|w| w.len()).collect();
    println!("heap sorted {:?}", bh.into_sorted_vec());
    let ok: Result<Vec<i32>, std::num::ParseIntError> = ["1", "2", "3"].iter().map(|s| s.parse::<i32>()).collect();
    println!("result ok {:?}", ok);
    let bad: Result<Vec<i32>, String> = ["1", "x", "3"].iter().map(|s| s.parse::<i32>().map_err(|e| format!("{}: {}", s, e))).collect();
    println!("result err {:?}", bad);
    let some: Option<Vec<u32>> = ['1', '7', '9'].iter().map(|c| c.to_digit(10)).collect();
    let none: Option<Vec<u32>> = ['1', 'z'].iter().map(|c| c.to_digit(10)).collect();
    println!("option {:?} {:?}", some, none);
    let boxed: Box<[u8]> = (1..=4).collect();
    println!("boxed {:?}", boxed);
    let sum_res: Result<i32, String> = vec![Ok(1), Ok(2), Err("stop".to_string()), Ok(4)].into_iter().sum();
    println!("sum of results {:?}", sum_res);
    let prod_opt: Option<i32> = vec![Some(2), Some(5)].into_iter().product();
    println!("product of options {:?}", prod_opt);
    let mut ext = vec![0];
    ext.extend((1..4).map(|x| x * x));
    println!("extend {:?}", ext);
    let (small, large): (Vec<i32>, Vec<i32>) = (1..10).partition(|x| *x < 5);
    println!("partition {:?} {:?}", small, large);
    let chars: Vec<char> = "héllo".chars().collect();
    let back: String = chars.iter().rev().collect();
    println!("chars {:?} back {}", chars, back);
    let cow_strs: Vec<String> = vec![1, 2, 3].iter().map(ToString::to_string).collect();
    println!("{:?}", cow_strs);
}
