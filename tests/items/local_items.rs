// Types that live inside functions: rustdoc omits them, HIR and MIR do not.
use std::fmt::Debug;

trait Shape {
    fn area(&self) -> u32;
}

fn total<T: Shape>(xs: &[T]) -> u32 {
    xs.iter().map(|x| x.area()).sum()
}

fn main() {
    #[repr(C)]
    #[derive(Clone, Copy, Debug, PartialEq)]
    struct Point<T: Copy = u8> {
        x: T,
        y: [u8; 4],
    }

    #[repr(u8)]
    #[derive(Debug)]
    enum Tag {
        A = 1,
        B = b'x',
        C(u32) = 7,
    }

    struct Guard(&'static str);
    impl Drop for Guard {
        fn drop(&mut self) {
            let s = "}{";
            let c = '}';
            let b = b"\xc0\x00";
            let _ = (s, c, b, self.0);
        }
    }

    struct Square(u32);
    impl Shape for Square {
        fn area(&self) -> u32 {
            self.0 * self.0
        }
    }

    fn helper<'a, T: Debug + ?Sized>(x: &'a T) -> String {
        struct Inner;
        impl Inner {
            fn name(&self) -> &'static str {
                "inner"
            }
        }
        format!("{:?} {}", x, Inner.name())
    }

    let _g = Guard("guard");
    let p = Point { x: 1u8, y: [0; 4] };
    let q = p;
    assert_eq!(p, q);
    println!("{:?} {:?} {}", p, Tag::C(3), helper(&Tag::A));
    println!("{}", total(&[Square(2), Square(3)]));
    let f = |x: u8| {
        struct InClosure(u8);
        InClosure(x).0
    };
    let _ = (f(1), Tag::B);
}

struct Holder;
impl Holder {
    fn method(&self) -> u32 {
        #[derive(Default)]
        struct Local {
            v: u32,
        }
        Local::default().v + 1
    }
}
