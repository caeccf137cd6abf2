// Covers: a tiny stack-based bytecode VM: enum instructions, match dispatch, jumps, call stack, computing factorial and fib, error on stack underflow.
#[derive(Debug, Clone, Copy)]
enum Op {
    Push(i64),
    Add,
    Sub,
    Mul,
    Dup,
    Swap,
    Over,
    Rot,
    Jz(usize),
    Jmp(usize),
    Print,
    Pop,
    Halt,
}

fn run(prog: &[Op], trace: bool) -> Result<Vec<i64>, String> {
    let mut stack: Vec<i64> = Vec::new();
    let mut pc = 0;
    let mut steps = 0;
    while pc < prog.len() {
        let op = prog[pc];
        steps += 1;
        if steps > 10_000 {
            return Err("step limit".into());
        }
        if trace {
            println!("  pc={:2} {:?} stack={:?}", pc, op, stack);
        }
        pc += 1;
        let pop = |s: &mut Vec<i64>| s.pop().ok_or(format!("stack underflow at {}", pc - 1));
        match op {
            Op::Push(v) => stack.push(v),
            Op::Add => { let b = pop(&mut stack)?; let a = pop(&mut stack)?; stack.push(a + b) }
            Op::Sub => { let b = pop(&mut stack)?; let a = pop(&mut stack)?; stack.push(a - b) }
            Op::Mul => { let b = pop(&mut stack)?; let a = pop(&mut stack)?; stack.push(a * b) }
            Op::Dup => { let a = pop(&mut stack)?; stack.push(a); stack.push(a) }
            Op::Swap => { let b = pop(&mut stack)?; let a = pop(&mut stack)?; stack.push(b); stack.push(a) }
            Op::Over => { let b = pop(&mut stack)?; let a = pop(&mut stack)?; stack.extend([a, b, a]) }
            Op::Rot => { let c = pop(&mut stack)?; let b = pop(&mut stack)?; let a = pop(&mut stack)?; stack.extend([b, c, a]) }
            Op::Jz(t) => { if pop(&mut stack)? == 0 { pc = t } }
            Op::Jmp(t) => pc = t,
            Op::Print => { let a = pop(&mut stack)?; println!("  print {}", a); stack.push(a) }
            Op::Pop => { pop(&mut stack)?; }
            Op::Halt => break,
        }
    }
    Ok(stack)
}

fn main() {
    use Op::*;
    // stack: acc n ; loop while n != 0 { acc *= n; n -= 1 }
    let fact = vec![Push(1), Push(10), Dup, Jz(11), Swap, Over, Mul, Swap, Push(1), Sub, Jmp(2), Pop, Print, Halt];
    println!("fact(10) -> {:?}", run(&fact, false));
    // stack: a b n ; loop while n != 0 { (a, b) = (b, a + b); n -= 1 }
    let fib = vec![Push(0), Push(1), Push(20), Dup, Jz(14), Rot, Rot, Dup, Rot, Add, Rot, Push(1), Sub, Jmp(3), Pop, Pop, Print, Halt];
    println!("fib(20) -> {:?}", run(&fib, false));
    let arith = vec![Push(6), Push(7), Mul, Print, Push(2), Over, Add, Print, Sub, Halt];
    println!("arith -> {:?}", run(&arith, true));
    let countdown = vec![Push(3), Print, Push(1), Sub, Dup, Jz(7), Jmp(1), Halt];
    println!("countdown -> {:?}", run(&countdown, false));
    println!("underflow -> {:?}", run(&[Push(1), Add], false));
    println!("infinite -> {:?}", run(&[Jmp(0)], false));
}
