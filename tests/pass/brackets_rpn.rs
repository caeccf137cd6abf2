// Covers: stack algorithms: bracket matching with positions, infix to RPN (shunting-yard) with parentheses, RPN evaluation with errors, Vec as stack.
fn check(s: &str) -> Result<usize, String> {
    let mut st: Vec<(char, usize)> = Vec::new();
    let mut pairs = 0;
    for (i, c) in s.char_indices() {
        match c {
            '(' | '[' | '{' => st.push((c, i)),
            ')' | ']' | '}' => {
                let want = match c { ')' => '(', ']' => '[', _ => '{' };
                match st.pop() {
                    Some((o, _)) if o == want => pairs += 1,
                    Some((o, j)) => return Err(format!("mismatch: {} at {} closed by {} at {}", o, j, c, i)),
                    None => return Err(format!("unexpected {} at {}", c, i)),
                }
            }
            _ => {}
        }
    }
    match st.pop() {
        Some((o, j)) => Err(format!("unclosed {} at {}", o, j)),
        None => Ok(pairs),
    }
}

fn to_rpn(expr: &str) -> Vec<String> {
    let prec = |c: &str| match c { "+" | "-" => 1, "*" | "/" | "%" => 2, _ => 0 };
    let mut out = Vec::new();
    let mut ops: Vec<String> = Vec::new();
    for tok in expr.replace('(', " ( ").replace(')', " ) ").split_whitespace() {
        match tok {
            "(" => ops.push(tok.into()),
            ")" => {
                while let Some(op) = ops.pop() {
                    if op == "(" {
                        break;
                    }
                    out.push(op);
                }
            }
            "+" | "-" | "*" | "/" | "%" => {
                while ops.last().is_some_and(|top| prec(top) >= prec(tok)) {
                    out.push(ops.pop().unwrap());
                }
                ops.push(tok.into());
            }
            num => out.push(num.into()),
        }
    }
    while let Some(op) = ops.pop() {
        out.push(op);
    }
    out
}

fn eval_rpn(tokens: &[String]) -> Result<i64, String> {
    let mut st: Vec<i64> = Vec::new();
    for t in tokens {
        if let Ok(n) = t.parse() {
            st.push(n);
            continue;
        }
        let b = st.pop().ok_or("underflow")?;
        let a = st.pop().ok_or("underflow")?;
        st.push(match t.as_str() {
            "+" => a + b,
            "-" => a - b,
            "*" => a * b,
            "/" => a.checked_div(b).ok_or("division by zero")?,
            "%" => a.checked_rem(b).ok_or("division by zero")?,
            other => return Err(format!("unknown token {}", other)),
        });
    }
    if st.len() == 1 { Ok(st[0]) } else { Err(format!("leftover stack {:?}", st)) }
}

fn main() {
    for s in ["(a[b]{c})", "([)]", "((", "())", "{[()()]}", "", "fn main() { let v = vec![1]; }"] {
        println!("{:<32} {:?}", format!("{:?}", s), check(s));
    }
    for e in ["3 + 4 * 2", "(3 + 4) * 2", "10 / (5 - 5)", "100 % 7 - 2 * (3 - 8)", "2 * (3 + 4) * (5 - 1)"] {
        let rpn = to_rpn(e);
        println!("{:<24} rpn [{}] = {:?}", e, rpn.join(" "), eval_rpn(&rpn));
    }
    let bad: Vec<String> = ["1", "+"].iter().map(|s| s.to_string()).collect();
    println!("bad rpn {:?}", eval_rpn(&bad));
    let bad2: Vec<String> = ["1", "2"].iter().map(|s| s.to_string()).collect();
    println!("bad rpn {:?}", eval_rpn(&bad2));
}
