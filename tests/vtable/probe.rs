// The vtable and drop glue probe (see oracle.py). `mirage vtables` reads the vt_N/up_N/nd_N fns;
// main, run natively, prints what rustc built: `vt_N VTABLE LEN`-style lines that oracle.py
// decodes with the binary's symbols.
#![allow(dead_code, unused_variables)]
use std::any::Any;
use std::error::Error;
use std::fmt::{self, Debug, Display};
use std::mem::ManuallyDrop;
use std::rc::Rc;

// The vtable pointer of a wide reference.
fn vt_of<T: ?Sized>(r: &T) -> usize {
    assert_eq!(std::mem::size_of::<&T>(), 2 * std::mem::size_of::<usize>());
    unsafe { std::mem::transmute_copy::<&T, (usize, usize)>(&r).1 }
}

// Prints `vt NAME W0 W1 ..`: the vtable's words (their count comes from the command line,
// `NAME=LEN`, which oracle.py reads from the LLVM IR), then `super NAME LABEL VTABLE` for the
// vtables of its supertraits (coercions of the same value), so vptr slots can be told apart.
fn dump(name: &str, vt: usize, supers: &[(&str, usize)]) {
    let len = std::env::args()
        .find_map(|a| a.strip_prefix(&format!("{}=", name)).map(|n| n.parse::<usize>().unwrap()))
        .unwrap_or(3);
    let words = unsafe { std::slice::from_raw_parts(vt as *const usize, len) };
    let text: Vec<String> = words.iter().map(|w| format!("{:#x}", w)).collect();
    println!("vt {} {:#x} {}", name, vt, text.join(" "));
    for (label, v) in supers {
        println!("super {} {} {:#x}", name, label, v);
    }
}

macro_rules! vt {
    ($n:ident, $s:ty, $tr:ty) => {
        fn $n(x: &$s) -> &$tr { x }
    };
}

// ---- single traits, defaults, excluded methods ----
trait T1 {
    fn a(&self) -> u32;
    fn b(&self) -> u32 { 2 }
    fn c(&self) -> u32 { 3 }
    fn sized(&self) -> u32 where Self: Sized { 4 }
    fn generic<U>(&self, _: U) -> u32 where Self: Sized { 5 }
    fn assoc() -> u32 where Self: Sized { 6 }
    fn boxed(self: Box<Self>) -> u32 { 7 }
    fn by_value(self) -> u32;
    fn d(&mut self) -> u32 { 8 }
}
#[derive(Clone, Copy)]
struct S1(u16);
impl T1 for S1 {
    fn a(&self) -> u32 { 11 }
    fn c(&self) -> u32 { 13 }
    fn by_value(self) -> u32 { 18 }
}
struct S1b(String, u64);
impl T1 for S1b {
    fn a(&self) -> u32 { 21 }
    fn b(&self) -> u32 { 22 }
    fn by_value(self) -> u32 { 28 }
}
vt!(vt_1, S1, dyn T1);
vt!(vt_2, S1b, dyn T1);

// ---- D -> C -> B -> A ----
trait A { fn a1(&self) -> u32 { 101 } fn a2(&self) -> u32 { 102 } }
trait B: A { fn b1(&self) -> u32 { 103 } }
trait C: B { fn c1(&self) -> u32 { 104 } }
trait D: C { fn d1(&self) -> u32 { 105 } }
struct S2;
impl A for S2 { fn a2(&self) -> u32 { 112 } }
impl B for S2 {}
impl C for S2 { fn c1(&self) -> u32 { 114 } }
impl D for S2 {}
vt!(vt_3, S2, dyn D);
vt!(vt_4, S2, dyn C);
fn up_1(x: &dyn D) -> &dyn A { x }
fn up_2(x: &dyn D) -> &dyn C { x }

// ---- D2 -> C2 -> (A2, B2): DSA, A, B, B-vptr, C, D ----
trait A2 { fn a(&self) -> u32 { 201 } }
trait B2 { fn b(&self) -> u32 { 202 } }
trait C2: A2 + B2 { fn c(&self) -> u32 { 203 } }
trait D2: C2 { fn d(&self) -> u32 { 204 } }
struct S3(u8, u32);
impl A2 for S3 {}
impl B2 for S3 { fn b(&self) -> u32 { 212 } }
impl C2 for S3 {}
impl D2 for S3 {}
vt!(vt_5, S3, dyn D2);
fn up_3(x: &dyn D2) -> &dyn B2 { x }
fn up_4(x: &dyn D2) -> &dyn A2 { x }
fn up_5(x: &dyn D2) -> &dyn C2 { x }

// ---- diamond D3 -> (B3, C3) -> A3: DSA, A, B, C, C-vptr, D ----
trait A3 { fn a(&self) -> u32 { 301 } }
trait B3: A3 { fn b(&self) -> u32 { 302 } }
trait C3: A3 { fn c(&self) -> u32 { 303 } }
trait D3: B3 + C3 { fn d(&self) -> u32 { 304 } }
struct S4;
impl A3 for S4 {}
impl B3 for S4 {}
impl C3 for S4 {}
impl D3 for S4 {}
vt!(vt_6, S4, dyn D3);
fn up_6(x: &dyn D3) -> &dyn C3 { x }
fn up_7(x: &dyn D3) -> &dyn B3 { x }
fn up_8(x: &dyn D3) -> &dyn A3 { x }

// ---- the big example of vtable.rs: O -> (G, N), G -> (C, F), C -> (A, B), F -> (D, E),
// N -> (J, M), J -> (H, I), M -> (K, L) ----
trait OA { fn oa(&self) -> u32 { 401 } }
trait OB { fn ob(&self) -> u32 { 402 } }
trait OC: OA + OB { fn oc(&self) -> u32 { 403 } }
trait OD { fn od(&self) -> u32 { 404 } }
trait OE { fn oe(&self) -> u32 { 405 } }
trait OF: OD + OE { fn of(&self) -> u32 { 406 } }
trait OG: OC + OF { fn og(&self) -> u32 { 407 } }
trait OH { fn oh(&self) -> u32 { 408 } }
trait OI { fn oi(&self) -> u32 { 409 } }
trait OJ: OH + OI { fn oj(&self) -> u32 { 410 } }
trait OK { fn ok(&self) -> u32 { 411 } }
trait OL { fn ol(&self) -> u32 { 412 } }
trait OM: OK + OL { fn om(&self) -> u32 { 413 } }
trait ON: OJ + OM { fn on(&self) -> u32 { 414 } }
trait OO: OG + ON { fn oo(&self) -> u32 { 415 } }
struct S5;
impl OA for S5 {}
impl OB for S5 {}
impl OC for S5 {}
impl OD for S5 {}
impl OE for S5 {}
impl OF for S5 {}
impl OG for S5 {}
impl OH for S5 {}
impl OI for S5 {}
impl OJ for S5 {}
impl OK for S5 {}
impl OL for S5 {}
impl OM for S5 {}
impl ON for S5 {}
impl OO for S5 {}
vt!(vt_7, S5, dyn OO);
fn up_9(x: &dyn OO) -> &dyn OM { x }
fn up_10(x: &dyn OO) -> &dyn OE { x }
fn up_11(x: &dyn OO) -> &dyn OA { x }
fn up_12(x: &dyn OO) -> &dyn ON { x }

// ---- supertraits without methods, marker supertraits, auto traits, where-clause supers ----
trait Empty {}
trait Marker: A2 {} // no own methods, but its supertrait has some
trait E1: Empty + B2 { fn e(&self) -> u32 { 501 } }
trait E2: B2 + Marker { fn e(&self) -> u32 { 502 } }
trait E3: Send + Sync + A2 { fn e(&self) -> u32 { 503 } }
trait E4 where Self: B2 + A2 { fn e(&self) -> u32 { 504 } }
trait Marker2 where Self: A2 {} // the same, its supertrait in a where-clause
trait E5: B2 + Marker2 { fn e(&self) -> u32 { 505 } }
impl Marker2 for S3 {}
impl E5 for S3 {}
vt!(vt_31, S3, dyn E5);
fn up_20(x: &dyn E5) -> &dyn Marker2 { x }
impl Empty for S3 {}
impl Marker for S3 {}
impl E1 for S3 {}
impl E2 for S3 {}
impl E3 for S3 {}
impl E4 for S3 {}
vt!(vt_8, S3, dyn E1);
vt!(vt_9, S3, dyn E2);
vt!(vt_10, S3, dyn E3);
vt!(vt_11, S3, dyn E3 + Send);
vt!(vt_12, S3, dyn E4);
fn up_13(x: &dyn E2) -> &dyn A2 { x }
fn up_14(x: &dyn E2) -> &dyn Marker { x }
fn up_15(x: &dyn E4) -> &dyn A2 { x }

// ---- generic traits ----
trait G<T> { fn g(&self) -> u32; fn h(&self, _: T) -> u32 { 601 } }
impl G<u8> for S1 { fn g(&self) -> u32 { 611 } }
impl G<String> for S1 { fn g(&self) -> u32 { 612 } fn h(&self, _: String) -> u32 { 613 } }
impl<T: Debug> G<T> for Vec<T> { fn g(&self) -> u32 { 614 } }
trait H: G<u8> + G<String> { fn hh(&self) -> u32 { 615 } }
impl H for S1 {}
vt!(vt_13, S1, dyn G<u8>);
vt!(vt_14, S1, dyn G<String>);
vt!(vt_15, Vec<i64>, dyn G<i64>);
vt!(vt_16, S1, dyn H);
fn up_16(x: &dyn H) -> &dyn G<String> { x }

// ---- a method whose where-clause fails for the type: Vacant ----
trait V { fn v(&self) -> u32 where Self: Send; fn w(&self) -> u32 { 701 } }
struct W<T>(T);
impl<T> V for W<T> { fn v(&self) -> u32 where Self: Send { 702 } }
vt!(vt_17, W<Rc<u8>>, dyn V);
vt!(vt_18, W<u8>, dyn V);

// ---- std traits ----
#[derive(Debug)]
struct MyErr(String);
impl Display for MyErr {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "my error") }
}
impl Error for MyErr {}
struct Count(u32);
impl Iterator for Count {
    type Item = u32;
    fn next(&mut self) -> Option<u32> { None }
}
vt!(vt_19, i32, dyn Debug);
vt!(vt_20, Vec<String>, dyn Debug);
vt!(vt_21, String, dyn Display);
vt!(vt_22, MyErr, dyn Error);
vt!(vt_23, Count, dyn Iterator<Item = u32>);
vt!(vt_24, std::ops::Range<u32>, dyn Iterator<Item = u32>);
vt!(vt_25, S2, dyn Any);
vt!(vt_26, Option<Box<u8>>, dyn Debug + Send + Sync);
fn vt_27() -> Box<dyn Fn() -> u32> {
    let s = String::from("ab");
    let probe = move || s.len() as u32;
    Box::new(probe)
}
fn vt_28() -> Box<dyn FnMut(u8) -> u32> {
    let mut n = 0u32;
    let probe = move |x: u8| { n += x as u32; n };
    Box::new(probe)
}
fn vt_29() -> Box<dyn FnOnce() -> String> {
    let s = String::from("ab");
    let probe = move || s;
    Box::new(probe)
}
vt!(vt_30, fn() -> u32, dyn Fn() -> u32);
fn up_17(x: &dyn Error) -> &dyn Display { x }
fn up_18(x: &dyn Error) -> &dyn Debug { x }
fn up_19(x: &dyn Fn() -> u32) -> &dyn FnOnce() -> u32 { x }

// ---- drop glue ----
struct HasDrop(u8);
impl Drop for HasDrop { fn drop(&mut self) {} }
struct Plain(u8, u64);
struct Holds(String);
struct GenDrop<T>(T);
impl<T> Drop for GenDrop<T> { fn drop(&mut self) {} }
struct Gen<T>(u8, T);
enum En { A(u8), B(String) }
enum EnPlain { A(u8), B(u64) }
union U1 { a: u32, b: ManuallyDrop<String> }
struct Rec(Option<Box<Rec>>);
struct Zst;
struct PhantomHolder(std::marker::PhantomData<String>);
fn no_drop() {}

macro_rules! nds {
    ($($n:ident: $t:ty,)*) => {
        $( fn $n(_: $t) {} )*
        fn report_nds() {
            $( println!("nd {} {}", stringify!($n), std::mem::needs_drop::<$t>() as u8); )*
        }
    };
}
nds! {
    nd_1: u8,
    nd_2: String,
    nd_3: Vec<u8>,
    nd_4: Vec<String>,
    nd_5: Option<Box<u8>>,
    nd_6: Option<u8>,
    nd_7: Box<u8>,
    nd_8: Box<dyn Any>,
    nd_9: ManuallyDrop<String>,
    nd_10: U1,
    nd_11: [String; 3],
    nd_12: [String; 0],
    nd_13: [u8; 16],
    nd_14: (u8, String),
    nd_15: (u8, u16),
    nd_16: (),
    nd_17: HasDrop,
    nd_18: Plain,
    nd_19: Holds,
    nd_20: GenDrop<u8>,
    nd_21: GenDrop<String>,
    nd_22: Gen<u8>,
    nd_23: Gen<String>,
    nd_24: En,
    nd_25: EnPlain,
    nd_26: Rec,
    nd_27: Zst,
    nd_28: PhantomHolder,
    nd_29: Rc<u8>,
    nd_30: std::sync::Arc<String>,
    nd_31: std::collections::HashMap<u8, u8>,
    nd_32: std::collections::BTreeMap<u8, u8>,
    nd_33: std::cell::RefCell<String>,
    nd_34: std::cell::Cell<u32>,
    nd_35: &'static String,
    nd_36: &'static mut String,
    nd_37: *const String,
    nd_38: fn() -> String,
    nd_39: Result<u8, String>,
    nd_40: Result<u8, u16>,
    nd_41: std::mem::MaybeUninit<String>,
    nd_42: Option<HasDrop>,
    nd_43: [HasDrop; 2],
    nd_44: std::collections::VecDeque<u8>,
    nd_45: std::ops::Range<u32>,
    nd_46: std::num::NonZeroU32,
    nd_47: std::ffi::CString,
    nd_48: std::path::PathBuf,
    nd_49: Option<std::rc::Weak<u8>>,
    nd_50: std::marker::PhantomData<String>,
    nd_51: (Zst, [u8; 2], Option<Plain>),
    nd_52: std::cell::UnsafeCell<String>,
    nd_53: std::boxed::Box<[u8]>,
    nd_54: std::borrow::Cow<'static, str>,
    nd_55: std::num::Wrapping<u8>,
    nd_56: MyErr,
}
fn report_nd<T>(name: &str, _: &T) {
    println!("nd {} {}", name, std::mem::needs_drop::<T>() as u8);
}
fn nd_57() {
    let s = String::new();
    let probe = move || s.len();
    report_nd("nd_57", &probe);
}
fn nd_58() {
    let n = 5u8;
    let probe = move || n + 1;
    report_nd("nd_58", &probe);
}
fn nd_59() {
    let s = String::new();
    let probe = || s.len(); // captures by reference
    report_nd("nd_59", &probe);
}
fn nd_60() {
    let probe = no_drop;
    report_nd("nd_60", &probe);
}

macro_rules! show {
    ($f:ident, $c:expr, [$($label:literal: $sup:ty),*]) => {{
        let c = $c;
        dump(stringify!($f), vt_of($f(c)), &[$(($label, vt_of(c as &$sup))),*]);
    }};
}

fn main() {
    let s1 = S1(1);
    let s1b = S1b(String::new(), 2);
    show!(vt_1, &s1, []);
    show!(vt_2, &s1b, []);
    show!(vt_3, &S2, ["probe::A": dyn A, "probe::B": dyn B, "probe::C": dyn C]);
    show!(vt_4, &S2, ["probe::A": dyn A, "probe::B": dyn B]);
    let s3 = S3(1, 2);
    show!(vt_5, &s3, ["probe::A2": dyn A2, "probe::B2": dyn B2, "probe::C2": dyn C2]);
    show!(vt_6, &S4, ["probe::A3": dyn A3, "probe::B3": dyn B3, "probe::C3": dyn C3]);
    show!(vt_7, &S5, ["probe::OA": dyn OA, "probe::OB": dyn OB, "probe::OC": dyn OC,
        "probe::OD": dyn OD, "probe::OE": dyn OE, "probe::OF": dyn OF, "probe::OG": dyn OG,
        "probe::OH": dyn OH, "probe::OI": dyn OI, "probe::OJ": dyn OJ, "probe::OK": dyn OK,
        "probe::OL": dyn OL, "probe::OM": dyn OM, "probe::ON": dyn ON]);
    show!(vt_8, &s3, ["probe::B2": dyn B2, "probe::Empty": dyn Empty]);
    show!(vt_9, &s3, ["probe::B2": dyn B2, "probe::Marker": dyn Marker, "probe::A2": dyn A2]);
    show!(vt_10, &s3, ["probe::A2": dyn A2]);
    show!(vt_11, &s3, ["probe::A2": dyn A2]);
    show!(vt_12, &s3, ["probe::A2": dyn A2, "probe::B2": dyn B2]);
    show!(vt_13, &s1, []);
    show!(vt_14, &s1, []);
    let v = vec![1i64];
    show!(vt_15, &v, []);
    show!(vt_16, &s1, ["probe::G<u8>": dyn G<u8>, "probe::G<alloc::string::String>": dyn G<String>]);
    let w = W(Rc::new(1));
    show!(vt_17, &w, []);
    show!(vt_18, &W(1), []);
    show!(vt_19, &1, []);
    let vs = vec![String::new()];
    show!(vt_20, &vs, []);
    let st = String::new();
    show!(vt_21, &st, []);
    let e = MyErr(String::new());
    show!(vt_22, &e, ["core::fmt::Debug": dyn Debug, "core::fmt::Display": dyn Display]);
    show!(vt_23, &Count(0), []);
    show!(vt_24, &(0..3), []);
    show!(vt_25, &S2, []);
    let ob = Some(Box::new(1u8));
    show!(vt_26, &ob, []);
    show!(vt_31, &s3, ["probe::B2": dyn B2, "probe::Marker2": dyn Marker2, "probe::A2": dyn A2]);
    dump("vt_27", vt_of(&*vt_27()), &[]);
    dump("vt_28", vt_of(&*vt_28()), &[]);
    dump("vt_29", vt_of(&*vt_29()), &[]);
    let f: fn() -> u32 = || 3;
    show!(vt_30, &f, []);
    // Upcasts: `up NAME FROM TO` (the vtable before and after).
    macro_rules! up {
        ($n:ident, $x:expr) => {{
            let x = $x;
            println!("up {} {:#x} {:#x}", stringify!($n), vt_of(x), vt_of($n(x)));
        }};
    }
    up!(up_1, &S2 as &dyn D);
    up!(up_2, &S2 as &dyn D);
    up!(up_3, &s3 as &dyn D2);
    up!(up_4, &s3 as &dyn D2);
    up!(up_5, &s3 as &dyn D2);
    up!(up_6, &S4 as &dyn D3);
    up!(up_7, &S4 as &dyn D3);
    up!(up_8, &S4 as &dyn D3);
    up!(up_9, &S5 as &dyn OO);
    up!(up_10, &S5 as &dyn OO);
    up!(up_11, &S5 as &dyn OO);
    up!(up_12, &S5 as &dyn OO);
    up!(up_13, &s3 as &dyn E2);
    up!(up_14, &s3 as &dyn E2);
    up!(up_15, &s3 as &dyn E4);
    up!(up_16, &s1 as &dyn H);
    up!(up_20, &s3 as &dyn E5);
    up!(up_17, &e as &dyn Error);
    up!(up_18, &e as &dyn Error);
    let c = || 3u32;
    up!(up_19, &c as &dyn Fn() -> u32);
    report_nds();
    nd_57();
    nd_58();
    nd_59();
    nd_60();
    // The anchor: its runtime address against its symbol's gives the load bias.
    println!("anchor {:#x}", vt_anchor as usize);
}

#[no_mangle]
pub extern "C" fn vt_anchor() {}
