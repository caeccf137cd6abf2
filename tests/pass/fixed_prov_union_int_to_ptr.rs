// Fixed twin of tests/fail/prov_union_int_to_ptr.rs: stores the pointer itself in the union.
union IntOrPtr {
    n: usize,
    p: *const u32,
}

fn main() {
    let x = 12u32;
    let u = IntOrPtr { p: &x };
    let p = unsafe { u.p };
    let v = unsafe { *p };
    let n = unsafe { u.n };
    println!("{v} {}", n != 0);
}
