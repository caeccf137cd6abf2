// Covers: integer parsing (parse, from_str_radix, errors), to_string, format radix manually, leading '+', whitespace errors, overflow errors.
use std::num::IntErrorKind;

fn to_radix(mut n: u64, radix: u32) -> String {
    if n == 0 {
        return "0".into();
    }
    let mut digits = Vec::new();
    while n > 0 {
        digits.push(std::char::from_digit((n % radix as u64) as u32, radix).unwrap());
        n /= radix as u64;
    }
    digits.iter().rev().collect()
}

fn main() {
    let inputs = ["42", "-17", "+8", "0", "007", " 5", "5 ", "", "-", "12a", "99999999999", "-2147483648", "2147483648", "٣"];
    for s in inputs {
        match s.parse::<i32>() {
            Ok(v) => println!("{:?} -> Ok({})", s, v),
            Err(e) => {
                let kind = match e.kind() {
                    IntErrorKind::Empty => "Empty",
                    IntErrorKind::InvalidDigit => "InvalidDigit",
                    IntErrorKind::PosOverflow => "PosOverflow",
                    IntErrorKind::NegOverflow => "NegOverflow",
                    _ => "Other",
                };
                println!("{:?} -> Err({}: {})", s, kind, e);
            }
        }
    }
    println!("u8 parse -1: {:?}", "-1".parse::<u8>().is_err());
    println!("u64 max: {:?}", "18446744073709551615".parse::<u64>());
    println!("radix: {:?} {:?} {:?} {:?}", i64::from_str_radix("-ff", 16), u8::from_str_radix("11111111", 2), u32::from_str_radix("zz", 36), u8::from_str_radix("777", 8));
    for n in [0u64, 5, 255, 1000, 65535, 123456789] {
        println!("{} -> b{} o{} x{} z{}", n, to_radix(n, 2), to_radix(n, 8), to_radix(n, 16), to_radix(n, 36));
    }
    let nums: Vec<String> = [1i64, -20, 300, i64::MIN].iter().map(|n| n.to_string()).collect();
    println!("to_string {:?} total len {}", nums, nums.iter().map(|s| s.len()).sum::<usize>());
    let round: Vec<bool> = (-1000..1000).step_by(37).map(|n: i32| n.to_string().parse::<i32>() == Ok(n)).collect();
    println!("roundtrip all ok: {}", round.iter().all(|&b| b));
    let csv = "10,20,x,30,-5";
    let parsed: Vec<Result<i16, _>> = csv.split(',').map(str::parse::<i16>).collect();
    println!("{:?}", parsed);
    let good: i32 = csv.split(',').filter_map(|s| s.parse::<i32>().ok()).sum();
    println!("sum of valid {}", good);
    println!("char digits: {:?}", "a1b2c3".chars().filter_map(|c| c.to_digit(10)).collect::<Vec<_>>());
    println!("bool parse {:?} {:?}", "true".parse::<bool>(), "yes".parse::<bool>().is_err());
    println!("char parse {:?} {:?}", "x".parse::<char>(), "xy".parse::<char>().is_err());
    println!("usize parse {:?}", "4096".parse::<usize>().map(|n| n / 2));
}
