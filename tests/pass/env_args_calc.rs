// args: 3 + 4 * 2 - 10 / 5
// Covers: command-line arguments forming an expression evaluated with precedence (shunting-yard); exit code 0.
fn prec(op: &str) -> u8 {
    match op {
        "+" | "-" => 1,
        "*" | "/" => 2,
        _ => 0,
    }
}

fn apply(op: &str, a: i64, b: i64) -> i64 {
    match op {
        "+" => a + b,
        "-" => a - b,
        "*" => a * b,
        "/" => a / b,
        _ => unreachable!(),
    }
}

fn main() {
    let tokens: Vec<String> = std::env::args().skip(1).collect();
    println!("tokens: {:?}", tokens);
    let mut nums: Vec<i64> = Vec::new();
    let mut ops: Vec<String> = Vec::new();
    for t in &tokens {
        if let Ok(n) = t.parse::<i64>() {
            nums.push(n);
        } else {
            while let Some(top) = ops.last() {
                if prec(top) >= prec(t) {
                    let b = nums.pop().unwrap();
                    let a = nums.pop().unwrap();
                    let op = ops.pop().unwrap();
                    println!("  reduce {} {} {}", a, op, b);
                    nums.push(apply(&op, a, b));
                } else {
                    break;
                }
            }
            ops.push(t.clone());
        }
    }
    while let Some(op) = ops.pop() {
        let b = nums.pop().unwrap();
        let a = nums.pop().unwrap();
        println!("  reduce {} {} {}", a, op, b);
        nums.push(apply(&op, a, b));
    }
    println!("result = {}", nums[0]);
}
