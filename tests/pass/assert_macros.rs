// Covers: assert!, assert_eq!, assert_ne!, debug_assert!, debug_assert_eq! that pass (with messages), matches!, unreachable-free control flow, cfg!(debug_assertions).
#[derive(Debug, PartialEq, Clone)]
struct P {
    x: i32,
    tags: Vec<&'static str>,
}

fn main() {
    assert!(1 + 1 == 2);
    assert!(true, "message {} not shown", 1);
    assert_eq!(2 * 21, 42);
    assert_eq!("abc".to_uppercase(), "ABC", "uppercase works");
    assert_ne!(1, 2);
    assert_ne!(vec![1], vec![2], "vectors {} differ", "do");
    let p = P { x: 1, tags: vec!["a"] };
    let q = p.clone();
    assert_eq!(p, q);
    debug_assert!(p.x > 0);
    debug_assert_eq!(p.tags.len(), 1);
    debug_assert_ne!(p.x, 2);
    println!("debug_assertions enabled: {}", cfg!(debug_assertions));
    println!("overflow checks would panic: {}", std::panic::catch_unwind(|| std::hint::black_box(255u8) + 1).is_err());
    println!("matches: {} {} {}", matches!(p, P { x: 1, .. }), matches!(q.tags.as_slice(), ["a"]), matches!(Some(5), Some(1..=4)));
    let values = [3, 5, 7];
    for v in values {
        assert!(v % 2 == 1, "{} should be odd", v);
    }
    println!("all {} assertions passed", 10 + values.len());
    let r: Result<u8, String> = Ok(3);
    assert!(matches!(r, Ok(n) if n < 5));
    assert_eq!(r.as_ref().ok(), Some(&3));
    println!("target pointer width {}", if cfg!(target_pointer_width = "64") { 64 } else { 32 });
    println!("unix: {}", cfg!(unix));
    println!("done");
}
