// Covers: std::mem::{swap, replace, take, size_of, size_of_val, align_of, drop, transmute, zeroed, needs_drop, discriminant}.
#![allow(dead_code)]
use std::mem;

#[derive(Debug, Default)]
struct Buffer {
    name: String,
    data: Vec<u8>,
}

#[allow(dead_code)]
struct Packed {
    a: u8,
    b: u32,
    c: u16,
}

#[allow(dead_code)]
enum E {
    A,
    B(u64),
}

fn main() {
    let mut a = 1;
    let mut b = 2;
    mem::swap(&mut a, &mut b);
    println!("swap {} {}", a, b);
    let mut v1 = vec![1, 2];
    let mut v2 = vec![9];
    mem::swap(&mut v1, &mut v2);
    println!("swap vecs {:?} {:?}", v1, v2);
    let mut s = String::from("old");
    let prev = mem::replace(&mut s, String::from("new"));
    println!("replace prev={} now={}", prev, s);
    let mut buf = Buffer { name: "buf".into(), data: vec![1, 2, 3] };
    let taken = mem::take(&mut buf.data);
    println!("take {:?} left {:?}", taken, buf);
    let whole = mem::take(&mut buf);
    println!("take whole {:?} left {:?}", whole, buf);
    println!("size_of: u8={} u16={} u32={} u64={} u128={} usize={}", mem::size_of::<u8>(), mem::size_of::<u16>(), mem::size_of::<u32>(), mem::size_of::<u64>(), mem::size_of::<u128>(), mem::size_of::<usize>());
    println!("size_of: char={} bool={} ()={} f32={} f64={}", mem::size_of::<char>(), mem::size_of::<bool>(), mem::size_of::<()>(), mem::size_of::<f32>(), mem::size_of::<f64>());
    println!("size_of: &u8={} &[u8]={} &str={} Box<u8>={} Option<&u8>={} Option<u32>={}", mem::size_of::<&u8>(), mem::size_of::<&[u8]>(), mem::size_of::<&str>(), mem::size_of::<Box<u8>>(), mem::size_of::<Option<&u8>>(), mem::size_of::<Option<u32>>());
    println!("size_of: String={} Vec<u8>={} Packed={} E={} [u16;5]={}", mem::size_of::<String>(), mem::size_of::<Vec<u8>>(), mem::size_of::<Packed>(), mem::size_of::<E>(), mem::size_of::<[u16; 5]>());
    println!("align_of: u8={} u64={} Packed={}", mem::align_of::<u8>(), mem::align_of::<u64>(), mem::align_of::<Packed>());
    let arr = [0u32; 7];
    println!("size_of_val arr={} str={} slice={}", mem::size_of_val(&arr), mem::size_of_val("héllo"), mem::size_of_val(&arr[..3]));
    let d1 = mem::discriminant(&E::A);
    let d2 = mem::discriminant(&E::B(5));
    let d3 = mem::discriminant(&E::B(6));
    println!("discriminant A==B {} B==B {}", d1 == d2, d2 == d3);
    let keep = vec![1, 2, 3];
    mem::drop(keep);
    println!("needs_drop String {} u32 {}", mem::needs_drop::<String>(), mem::needs_drop::<u32>());
    let mut arr2 = [1, 2, 3, 4];
    arr2.swap(0, 3);
    let (l, r) = arr2.split_at_mut(2);
    mem::swap(&mut l[0], &mut r[0]);
    println!("arr2 {:?}", arr2);
    let z: u64 = unsafe { mem::zeroed() };
    println!("zeroed {}", z);
    let f = 1.5f32;
    let bits: [u16; 2] = unsafe { mem::transmute(f.to_bits().to_le_bytes()) };
    println!("transmute [u8;4] -> [u16;2] {:x?}", bits);
}
