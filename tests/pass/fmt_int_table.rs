// Covers: integer formatting for many generated values across types and radices, with widths, signs, zero-padding and alternate forms.
fn main() {
    let mut x: u64 = 1;
    for i in 0..20 {
        x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let v = x >> (i * 3 % 60);
        let s = v as i64;
        println!("{:>20} {:>+21} {:#018x} {:o} {:#b}", v, s, v, v >> 40, v >> 54);
    }
    for v in [0i16, 1, -1, i16::MAX, i16::MIN, 255, -256] {
        println!("i16 {:6} {:<6}| {:^8}| {:+06} {:#06x} {:#b} {:o}", v, v, v, v, v, v as u16, v);
    }
    for v in [0u8, 7, 8, 127, 128, 255] {
        println!("u8 {:3} {:08b} {:#010b} {:02X} {:#04x} {:>4o}", v, v, v, v, v, v);
    }
    let big: i128 = -123456789012345678901234567890123456789;
    println!("{} {:+} {:50} {:x}", big, -big, big, big);
    println!("{:#?}", [1u8, 2, 3]);
    println!("{:x?} {:X?} {:#x?}", vec![10, 255], (171, 205), Some(48879));
}
