// reads one byte past the last row of a 3x3 array through that row's pointer.
// error-pattern: is at or beyond the end of the allocation
fn main() {
    let grid = [[1u8, 2, 3], [4, 5, 6], [7, 8, 9]];
    let row = grid[2].as_ptr();
    let x = unsafe { *row.add(3) };
    println!("{x}");
}
