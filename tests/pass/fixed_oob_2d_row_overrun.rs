// Fixed twin of tests/fail/oob_2d_row_overrun.rs: reads the last element of the last row.
fn main() {
    let grid = [[1u8, 2, 3], [4, 5, 6], [7, 8, 9]];
    let row = grid[2].as_ptr();
    let x = unsafe { *row.add(2) };
    println!("{x}");
}
