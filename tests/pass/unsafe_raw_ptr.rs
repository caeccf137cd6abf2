// Covers: sound unsafe code: raw pointer reads/writes, pointer add/offset within bounds, slice::from_raw_parts, ptr::swap/copy_nonoverlapping/read/write, MaybeUninit array init, union field read.
use std::mem::MaybeUninit;
use std::ptr;

#[repr(C)]
union IntOrFloat {
    i: u32,
    f: f32,
}

fn main() {
    let mut arr = [10, 20, 30, 40, 50];
    let p = arr.as_mut_ptr();
    unsafe {
        *p.add(1) += 5;
        let third = p.add(2);
        third.write(third.read() * 2);
        ptr::swap(p, p.add(4));
        println!("after writes {:?}", *ptr::addr_of!(arr));
        let s = std::slice::from_raw_parts(p.add(1), 3);
        println!("from_raw_parts {:?}", s);
    }
    let src = [1u8, 2, 3, 4];
    let mut dst = [0u8; 6];
    unsafe {
        ptr::copy_nonoverlapping(src.as_ptr(), dst.as_mut_ptr().add(1), src.len());
    }
    println!("copy_nonoverlapping {:?}", dst);
    let mut overlap = [1, 2, 3, 4, 5, 6];
    unsafe {
        let q = overlap.as_mut_ptr();
        ptr::copy(q, q.add(2), 4);
    }
    println!("copy overlapping {:?}", overlap);
    let mut buf: [MaybeUninit<String>; 3] = [const { MaybeUninit::uninit() }; 3];
    for (i, slot) in buf.iter_mut().enumerate() {
        slot.write(format!("item{}", i));
    }
    let strings: [String; 3] = buf.map(|m| unsafe { m.assume_init() });
    println!("MaybeUninit {:?}", strings);
    let u = IntOrFloat { f: 1.0 };
    let bits = unsafe { u.i };
    println!("union bits {:#x}", bits);
    let u2 = IntOrFloat { i: 0x40490fdb };
    println!("union float {}", unsafe { u2.f });
    let x = 7i64;
    let px: *const i64 = &x;
    let addr_ok = !px.is_null();
    println!("non-null {} value {}", addr_ok, unsafe { *px });
    let v = vec![1.5f64, 2.5, 3.5];
    let mut sum = 0.0;
    let base = v.as_ptr();
    for i in 0..v.len() {
        sum += unsafe { *base.add(i) };
    }
    println!("sum via ptr {}", sum);
    let mut val = 5;
    let r1 = &mut val as *mut i32;
    unsafe {
        *r1 += 1;
        *r1 *= 10;
    }
    println!("val {}", val);
    let bx = Box::new(99u16);
    let raw = Box::into_raw(bx);
    unsafe {
        *raw += 1;
        let back = Box::from_raw(raw);
        println!("box round trip {}", back);
    }
    let s = "hello";
    let bytes = unsafe { std::slice::from_raw_parts(s.as_ptr(), s.len()) };
    println!("str bytes {:?} {}", bytes, unsafe { std::str::from_utf8_unchecked(bytes) });
}
