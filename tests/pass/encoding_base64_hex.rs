// Covers: byte manipulation: base64 encode/decode, hex encode/decode, hexdump formatting of a byte buffer, CRC32 and Adler-32 checksums.
const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b64_encode(data: &[u8]) -> String {
    let mut out = String::new();
    for chunk in data.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(B64[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn b64_decode(s: &str) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    let mut buf = 0u32;
    let mut bits = 0;
    for c in s.bytes().filter(|&c| c != b'=') {
        let v = B64.iter().position(|&x| x == c).ok_or(format!("bad char {:?}", c as char))? as u32;
        buf = buf << 6 | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buf >> bits) as u8);
            buf &= (1 << bits) - 1;
        }
    }
    Ok(out)
}

fn hex(data: &[u8]) -> String {
    data.iter().map(|b| format!("{:02x}", b)).collect()
}

fn unhex(s: &str) -> Option<Vec<u8>> {
    if s.len() % 2 != 0 {
        return None;
    }
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).ok()).collect()
}

fn hexdump(data: &[u8]) {
    for (i, chunk) in data.chunks(16).enumerate() {
        let hexpart: Vec<String> = chunk.iter().map(|b| format!("{:02x}", b)).collect();
        let ascii: String = chunk.iter().map(|&b| if (0x20..0x7f).contains(&b) { b as char } else { '.' }).collect();
        println!("{:08x}  {:<47}  |{}|", i * 16, hexpart.join(" "), ascii);
    }
}

fn crc32(data: &[u8]) -> u32 {
    let mut table = [0u32; 256];
    for i in 0..256u32 {
        let mut c = i;
        for _ in 0..8 {
            c = if c & 1 != 0 { 0xEDB88320 ^ (c >> 1) } else { c >> 1 };
        }
        table[i as usize] = c;
    }
    !data.iter().fold(!0u32, |c, &b| table[((c ^ b as u32) & 0xff) as usize] ^ (c >> 8))
}

fn adler32(data: &[u8]) -> u32 {
    let (mut a, mut b) = (1u32, 0u32);
    for &x in data {
        a = (a + x as u32) % 65521;
        b = (b + a) % 65521;
    }
    b << 16 | a
}

fn main() {
    for s in ["", "f", "fo", "foo", "foob", "fooba", "foobar", "Mirage ✓"] {
        let e = b64_encode(s.as_bytes());
        let d = b64_decode(&e).unwrap();
        println!("{:?} -> {:?} -> {:?}", s, e, String::from_utf8(d).unwrap());
    }
    println!("bad b64 {:?}", b64_decode("ab$d"));
    let data: Vec<u8> = (0u8..=255).step_by(5).chain(*b"Hello, hexdump!\n\t\x00").collect();
    println!("hex {}", hex(&data[..12]));
    println!("unhex {:?} {:?} {:?}", unhex("deadBEEF"), unhex("abc"), unhex("zz"));
    hexdump(&data);
    for s in ["", "a", "abc", "The quick brown fox jumps over the lazy dog", "123456789"] {
        println!("crc32({:?}) = {:08x} adler32 = {:08x}", s, crc32(s.as_bytes()), adler32(s.as_bytes()));
    }
}
