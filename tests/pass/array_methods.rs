// Covers: fixed arrays: iteration by value (IntoIterator), map, each_ref/each_mut, 2D arrays, array equality/ordering, sort on arrays, array::from_fn, zip, contains, arrays of structs.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Px {
    r: u8,
    g: u8,
    b: u8,
}

fn main() {
    let a = [5, 3, 8, 1];
    for x in a {
        print!("{} ", x * 2);
    }
    println!();
    let doubled = a.map(|x| x * 2);
    println!("map {:?}", doubled);
    let strs = [String::from("x"), String::from("yy")];
    let lens = strs.each_ref().map(|s| s.len());
    println!("each_ref lens {:?}", lens);
    let mut nums = [1, 2, 3];
    for r in nums.each_mut() {
        *r *= 100;
    }
    println!("each_mut {:?}", nums);
    let mut sorted = a;
    sorted.sort();
    println!("sorted copy {:?} original {:?}", sorted, a);
    println!("eq {} lt {}", [1, 2] == [1, 2], [1, 2, 3] < [1, 3, 0]);
    let mut grid = [[0u8; 4]; 3];
    for (r, row) in grid.iter_mut().enumerate() {
        for (c, cell) in row.iter_mut().enumerate() {
            *cell = (r * 4 + c) as u8;
        }
    }
    println!("grid {:?}", grid);
    let col_sums: [u32; 4] = std::array::from_fn(|c| grid.iter().map(|row| row[c] as u32).sum());
    println!("col sums {:?}", col_sums);
    let pixels = [Px { r: 255, g: 0, b: 0 }, Px { r: 0, g: 255, b: 0 }, Px { r: 10, g: 20, b: 30 }];
    let gray: Vec<u8> = pixels.iter().map(|p| ((p.r as u32 * 30 + p.g as u32 * 59 + p.b as u32 * 11) / 100) as u8).collect();
    println!("gray {:?}", gray);
    println!("contains green {}", pixels.contains(&Px { r: 0, g: 255, b: 0 }));
    let zipped: Vec<(i32, char)> = a.into_iter().zip(['a', 'b', 'c', 'd']).collect();
    println!("zip {:?}", zipped);
    let big = [0u64; 64];
    println!("len {} all zero {}", big.len(), big.iter().all(|&x| x == 0));
    let arr_of_vec: [Vec<i32>; 3] = Default::default();
    println!("default {:?}", arr_of_vec);
    let bytes: [u8; 4] = *b"RUST";
    println!("bytes {:?} as str {}", bytes, std::str::from_utf8(&bytes).unwrap());
    let [first, .., last] = a;
    println!("destructure first {} last {}", first, last);
    let chunks: Vec<[u8; 2]> = b"abcdef".chunks_exact(2).map(|c| [c[0], c[1]]).collect();
    println!("chunks as arrays {:?}", chunks);
    let (head, tail) = a.split_at(2);
    println!("split {:?} {:?}", head, tail);
    println!("iter rev {:?}", a.iter().rev().collect::<Vec<_>>());
    println!("as_slice windows {:?}", a.as_slice().windows(2).map(|w| w[1] - w[0]).collect::<Vec<_>>());
    let s: [&str; 3] = ["c", "a", "b"];
    let mut s2 = s;
    s2.sort_unstable();
    println!("{:?} -> {:?}", s, s2);
    println!("fill {:?}", { let mut f = [0; 5]; f.fill(7); f });
    println!("swap {:?}", { let mut f = [1, 2, 3]; f.swap(0, 2); f });
}
