// Covers: chunks, chunks_exact, rchunks, windows, rotate_left/right, split_at, split_first/last, split, concat, iter().rev(), fill, swap, contains, starts_with, copy_from_slice.
fn main() {
    let data: Vec<u32> = (1..=10).collect();
    for c in data.chunks(3) {
        println!("chunk {:?}", c);
    }
    let ce = data.chunks_exact(4);
    println!("exact remainder {:?}", ce.remainder());
    for c in ce {
        println!("exact {:?}", c);
    }
    println!("rchunks {:?}", data.rchunks(4).collect::<Vec<_>>());
    let sums: Vec<u32> = data.windows(3).map(|w| w.iter().sum()).collect();
    println!("window sums {:?}", sums);
    let inc = data.windows(2).all(|w| w[0] < w[1]);
    println!("strictly increasing {}", inc);
    let mut r = data.clone();
    r.rotate_left(3);
    println!("rotate_left 3 {:?}", r);
    r.rotate_right(5);
    println!("rotate_right 5 {:?}", r);
    let (left, right) = data.split_at(4);
    println!("split_at {:?} | {:?}", left, right);
    if let Some((first, rest)) = data.split_first() {
        println!("first {} rest len {}", first, rest.len());
    }
    if let Some((last, _)) = data.split_last() {
        println!("last {}", last);
    }
    let parts: Vec<&[u32]> = data.split(|x| x % 4 == 0).collect();
    println!("split on %4 {:?}", parts);
    println!("rev {:?}", data.iter().rev().map(|x| x * 2).collect::<Vec<_>>());
    let mut buf = [0u8; 8];
    buf[2..6].fill(7);
    buf.swap(0, 7);
    buf[..2].copy_from_slice(&[1, 2]);
    println!("buf {:?}", buf);
    println!("contains 5 {} starts_with [1,2] {} ends_with [10] {}", data.contains(&5), data.starts_with(&[1, 2]), data.ends_with(&[10]));
    let mut m = [1, 2, 3, 4, 5, 6];
    let (a, b) = m.split_at_mut(3);
    a[0] = b[2] * 10;
    b[0] += a[1];
    println!("split_at_mut {:?}", m);
    for ch in m.chunks_mut(2) {
        ch.reverse();
    }
    println!("chunks_mut reversed pairs {:?}", m);
    let words = [["a", "b"], ["c", "d"]];
    println!("concat {:?} join {:?}", words.concat(), words.join(&"-"));
    println!("first {:?} last {:?} get(20) {:?} get(1..3) {:?}", data.first(), data.last(), data.get(20), data.get(1..3));
    println!("iter position from back {:?}", data.iter().rev().position(|&x| x == 8));
    println!("to_vec {:?}", data[7..].to_vec());
    let arr2d = [[1, 2, 3], [4, 5, 6]];
    println!("flatten arrays {:?}", arr2d.as_flattened());
    println!("array map {:?}", [1, 2, 3].map(|x| x * x));
    let strs = ["x"; 3];
    println!("repeat array {:?} len {}", strs, strs.len());
    println!("iter sum {} max {:?} min {:?}", data.iter().sum::<u32>(), data.iter().max(), data.iter().min());
    let mut s = [5, 4, 3, 2, 1];
    s.reverse();
    println!("reversed {:?} eq {}", s, s == [1, 2, 3, 4, 5]);
}
