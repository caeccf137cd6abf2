// Covers: bit manipulation: Gray code, popcount table vs count_ones, bit reversal, subset enumeration over a mask, lowest set bit, power-of-two checks, bitboard printing.
fn gray(n: u32) -> u32 {
    n ^ (n >> 1)
}

fn from_gray(mut g: u32) -> u32 {
    let mut n = 0;
    while g != 0 {
        n ^= g;
        g >>= 1;
    }
    n
}

fn main() {
    for i in 0..16u32 {
        println!("{:2} bin {:04b} gray {:04b} back {:2}", i, i, gray(i), from_gray(gray(i)));
    }
    let mut table = [0u8; 256];
    for i in 1..256 {
        table[i] = table[i / 2] + (i & 1) as u8;
    }
    let ok = (0..256).all(|i| table[i] as u32 == (i as u8).count_ones());
    println!("popcount table matches: {}", ok);
    let x: u32 = 0b1011_0000_0000_0000_0000_0000_0001_0110;
    println!("x={:#034b}", x);
    println!("reverse {:#034b}", x.reverse_bits());
    println!("lowest set {:#b} clear lowest {:#b} trailing {}", x & x.wrapping_neg(), x & (x - 1), x.trailing_zeros());
    let mask = 0b1011u32;
    let mut sub = mask;
    let mut subsets = Vec::new();
    loop {
        subsets.push(format!("{:04b}", sub));
        if sub == 0 {
            break;
        }
        sub = (sub - 1) & mask;
    }
    println!("subsets of {:04b}: {:?}", mask, subsets);
    let pw: Vec<u64> = (0..70u64).filter(|&n| n != 0 && n & (n - 1) == 0).collect();
    println!("powers of two below 70: {:?}", pw);
    let mut board: u64 = 0;
    for (r, c) in [(0, 0), (1, 2), (2, 4), (3, 6), (4, 1), (5, 3), (6, 5), (7, 7)] {
        board |= 1 << (r * 8 + c);
    }
    for r in 0..8 {
        let row: String = (0..8).map(|c| if board >> (r * 8 + c) & 1 == 1 { 'X' } else { '.' }).collect();
        println!("{}", row);
    }
    println!("board {:#018x} ones {}", board, board.count_ones());
    let swapped = ((x & 0x5555_5555) << 1) | ((x >> 1) & 0x5555_5555);
    println!("swap adjacent bits {:#034b}", swapped);
    println!("sign via shift {} {}", (-17i32 >> 31), (17i32 >> 31));
    println!("xor swap: {:?}", { let (mut a, mut b) = (5u8, 9u8); a ^= b; b ^= a; a ^= b; (a, b) });
}
