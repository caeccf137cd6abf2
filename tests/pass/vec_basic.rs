// Covers: Vec push/pop/insert/remove/extend/truncate/retain/drain/contains/len/capacity-free ops.
fn main() {
    let mut v: Vec<i32> = Vec::new();
    for i in 0..10 {
        v.push(i * i);
    }
    println!("v = {:?}", v);
    println!("len = {}, first = {:?}, last = {:?}", v.len(), v.first(), v.last());
    v.insert(2, -5);
    println!("after insert: {:?}", v);
    let removed = v.remove(0);
    println!("removed {} -> {:?}", removed, v);
    println!("pop = {:?}", v.pop());
    v.extend([100, 200, 300].iter());
    println!("extended: {:?}", v);
    v.retain(|x| x % 2 == 0);
    println!("evens: {:?}", v);
    let drained: Vec<i32> = v.drain(1..3).collect();
    println!("drained {:?}, left {:?}", drained, v);
    v.truncate(2);
    println!("truncated: {:?}", v);
    println!("contains 100? {}", v.contains(&100));
    let mut w = vec![3; 4];
    w[1] = 7;
    w.swap(0, 3);
    println!("w = {:?}", w);
    w.clear();
    println!("empty? {} {:?}", w.is_empty(), w);
    let mut s = vec!["a".to_string(), "b".to_string()];
    s.push(String::from("c"));
    let joined = s.join("-");
    println!("joined = {}", joined);
    let total: i32 = (1..=5).collect::<Vec<_>>().iter().sum();
    println!("total = {}", total);
    let mut v2 = vec![5, 1, 4];
    v2.append(&mut vec![9, 8]);
    println!("append: {:?}", v2);
    let tail = v2.split_off(3);
    println!("split_off: {:?} {:?}", v2, tail);
    v2.resize(6, 0);
    println!("resize: {:?}", v2);
    let pos = v2.iter().position(|&x| x == 4);
    println!("position of 4: {:?}", pos);
    v2.reverse();
    println!("reversed: {:?}", v2);
    let mut dd = vec![1, 1, 2, 2, 2, 3, 1, 1];
    dd.dedup();
    println!("dedup: {:?}", dd);
    let mut dk = vec![10, 11, 20, 25, 30];
    dk.dedup_by_key(|x| *x / 10);
    println!("dedup_by_key: {:?}", dk);
    println!("repeat: {:?}", [1, 2].repeat(3));
    println!("concat: {:?}", [[1, 2], [3, 4]].concat());
}
