// Covers: Vec<Vec<T>>, grids, Box<[T]>, into_boxed_slice, nested clone and mutation.
fn main() {
    let rows = 4;
    let cols = 5;
    let mut grid: Vec<Vec<u32>> = vec![vec![0; cols]; rows];
    for r in 0..rows {
        for c in 0..cols {
            grid[r][c] = (r * cols + c) as u32;
        }
    }
    for row in &grid {
        let line: Vec<String> = row.iter().map(|x| format!("{:2}", x)).collect();
        println!("{}", line.join(" "));
    }
    let transposed: Vec<Vec<u32>> = (0..cols).map(|c| grid.iter().map(|row| row[c]).collect()).collect();
    println!("transposed: {:?}", transposed);
    let copy = grid.clone();
    grid[0][0] = 99;
    println!("orig[0][0]={} copy[0][0]={}", grid[0][0], copy[0][0]);
    let boxed: Box<[u32]> = grid.concat().into_boxed_slice();
    println!("boxed len {} sum {}", boxed.len(), boxed.iter().sum::<u32>());
    let b2: Box<[i64]> = vec![1i64, -2, 3].into();
    println!("b2 = {:?}", b2);
    let back: Vec<i64> = b2.into_vec();
    println!("back = {:?}", back);
    let jagged: Vec<Vec<char>> = vec!["ab", "cde", "", "f"].into_iter().map(|s| s.chars().collect()).collect();
    println!("jagged = {:?}", jagged);
    let lens: Vec<usize> = jagged.iter().map(Vec::len).collect();
    println!("lens = {:?}", lens);
    let flat: String = jagged.into_iter().flatten().collect();
    println!("flat = {}", flat);
    let mut tri: Vec<Vec<u64>> = Vec::new();
    for i in 0..8 {
        let mut row = vec![1u64; i + 1];
        for j in 1..i {
            row[j] = tri[i - 1][j - 1] + tri[i - 1][j];
        }
        tri.push(row);
    }
    for row in &tri {
        println!("{:?}", row);
    }
}
