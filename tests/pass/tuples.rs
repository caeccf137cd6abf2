// Covers: tuples: construction, indexing .0/.1, nested destructuring, comparison/ordering, tuples as HashMap keys and return values, swapping via tuples, unit type, zip/unzip of tuples.
use std::collections::BTreeMap;

fn min_max(v: &[i32]) -> Option<(i32, i32)> {
    let first = *v.first()?;
    Some(v.iter().fold((first, first), |(lo, hi), &x| (lo.min(x), hi.max(x))))
}

fn divmod(a: i32, b: i32) -> (i32, i32) {
    (a.div_euclid(b), a.rem_euclid(b))
}

fn main() {
    let t = (1, "two", 3.0, 'f', (5u8, [6, 7]));
    println!("{:?}", t);
    println!("t.0={} t.1={} t.4.1[1]={}", t.0, t.1, (t.4).1[1]);
    let (a, _, c, .., (e, [_, g])) = t;
    println!("destructured {} {} {} {}", a, c, e, g);
    println!("min_max {:?} {:?}", min_max(&[3, -7, 12, 0]), min_max(&[]));
    for (x, y) in [(17, 5), (-17, 5), (17, -5)] {
        println!("divmod({}, {}) = {:?}", x, y, divmod(x, y));
    }
    let mut p = (1, 2);
    p = (p.1, p.0);
    println!("swapped {:?}", p);
    let (mut x, mut y) = (10, 20);
    (x, y) = (y, x + y);
    println!("destructuring assignment {} {}", x, y);
    let mut pts = vec![(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')];
    pts.sort();
    println!("sorted tuples {:?}", pts);
    println!("compare {} {} {}", (1, 2) < (1, 3), (2, 0) > (1, 99), ("a", 1) == ("a", 1));
    let mut grid: BTreeMap<(i32, i32), &str> = BTreeMap::new();
    grid.insert((0, 0), "origin");
    grid.insert((-1, 2), "left-up");
    grid.insert((3, -4), "far");
    for ((gx, gy), name) in &grid {
        println!("({:>2}, {:>2}) {} dist² {}", gx, gy, name, gx * gx + gy * gy);
    }
    let unit = ();
    println!("unit {:?} size {}", unit, std::mem::size_of::<()>());
    let pairs: Vec<(usize, char)> = "héllo".char_indices().collect();
    let (idx, chars): (Vec<usize>, Vec<char>) = pairs.iter().cloned().unzip();
    println!("{:?} {:?}", idx, chars);
    let nested = ((1, 2), (3, (4, 5)));
    let ((n1, _), (_, (_, n5))) = nested;
    println!("nested {} {}", n1, n5);
    let tuple_of_vecs = (vec![1, 2], vec!["a"]);
    let (mut v1, v2) = tuple_of_vecs.clone();
    v1.push(3);
    println!("{:?} {:?} original {:?}", v1, v2, tuple_of_vecs);
    println!("max by second {:?}", [(1, 9), (2, 3), (3, 9)].iter().max_by_key(|t| t.1));
}
