// twin of fail/uninit_padding_enum_variant: the value is read through its type, not its bytes.
#[allow(dead_code)]
enum Value {
    Small(u8),
    Big(u64),
}

fn main() {
    let mut v = Value::Big(u64::MAX);
    if let Value::Big(b) = v {
        println!("{}", b);
    }
    v = Value::Small(1);
    match v {
        Value::Small(s) => println!("small {}", s),
        Value::Big(b) => println!("big {}", b),
    }
}
