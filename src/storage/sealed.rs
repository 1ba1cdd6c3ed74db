//! The format of encrypted data (a locked dossier in storage, or an encrypted export), in plain
//! Rust so it is tested natively. The cryptography itself is the browser's (`platform::crypto`).
//!
//! K = PBKDF2-SHA-256(passphrase, salt, iterations, 256 bits); the AES-256-GCM key is
//! SHA-256("trede-key" ‖ K) and `check` is SHA-256("trede-check" ‖ K). The check tells a wrong
//! passphrase apart from a changed file, and costs an attacker nothing they did not have.

use serde::{Deserialize, Serialize};

pub const FORMAT: &str = "trede-encrypted";
pub const VERSION: u32 = 1;
pub const KDF: &str = "PBKDF2-SHA-256";
/// OWASP's minimum for PBKDF2-HMAC-SHA256.
pub const ITERATIONS: u32 = 600_000;
/// Refused above this, so a crafted file cannot make the tablet work for minutes.
pub const MAX_ITERATIONS: u32 = 5_000_000;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sealed {
    pub format: String,
    pub version: u32,
    pub kdf: String,
    pub iterations: u32,
    pub salt: String,
    pub iv: String,
    pub check: String,
    pub ciphertext: String,
}

/// The parts of a [`Sealed`] as bytes, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SealedParts {
    pub iterations: u32,
    pub salt: Vec<u8>,
    pub iv: Vec<u8>,
    pub check: Vec<u8>,
    pub ciphertext: Vec<u8>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SealedError {
    NotSealed,
    Version(u32),
    Malformed(&'static str),
}

impl SealedError {
    pub fn message_id(&self) -> &'static str {
        match self {
            SealedError::NotSealed => "import-error-not-trede",
            SealedError::Version(_) => "import-error-file-version",
            SealedError::Malformed(_) => "crypto-error-malformed",
        }
    }
}

impl SealedParts {
    pub fn to_sealed(&self) -> Sealed {
        Sealed {
            format: FORMAT.into(),
            version: VERSION,
            kdf: KDF.into(),
            iterations: self.iterations,
            salt: base64_encode(&self.salt),
            iv: base64_encode(&self.iv),
            check: base64_encode(&self.check),
            ciphertext: base64_encode(&self.ciphertext),
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(&self.to_sealed()).expect("always serialises")
    }

    pub fn from_json(text: &str) -> Result<SealedParts, SealedError> {
        let value: serde_json::Value = serde_json::from_str(text).map_err(|_| SealedError::NotSealed)?;
        if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
            return Err(SealedError::NotSealed);
        }
        let sealed: Sealed = serde_json::from_str(text).map_err(|_| SealedError::Malformed("fields"))?;
        if sealed.version != VERSION {
            return Err(SealedError::Version(sealed.version));
        }
        if sealed.kdf != KDF {
            return Err(SealedError::Malformed("kdf"));
        }
        if !(ITERATIONS..=MAX_ITERATIONS).contains(&sealed.iterations) {
            return Err(SealedError::Malformed("iterations"));
        }
        let decode = |s: &str, what| base64_decode(s).ok_or(SealedError::Malformed(what));
        let parts = SealedParts {
            iterations: sealed.iterations,
            salt: decode(&sealed.salt, "salt")?,
            iv: decode(&sealed.iv, "iv")?,
            check: decode(&sealed.check, "check")?,
            ciphertext: decode(&sealed.ciphertext, "ciphertext")?,
        };
        if parts.salt.len() != 16 || parts.iv.len() != 12 || parts.check.len() != 32 || parts.ciphertext.len() < 16 {
            return Err(SealedError::Malformed("lengths"));
        }
        Ok(parts)
    }
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

pub fn base64_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n =
            (chunk[0] as u32) << 16 | (*chunk.get(1).unwrap_or(&0) as u32) << 8 | *chunk.get(2).unwrap_or(&0) as u32;
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

pub fn base64_decode(text: &str) -> Option<Vec<u8>> {
    let bytes = text.as_bytes();
    if !bytes.len().is_multiple_of(4) {
        return None;
    }
    let mut out = Vec::with_capacity(bytes.len() / 4 * 3);
    for (index, chunk) in bytes.chunks(4).enumerate() {
        let last = index == bytes.len() / 4 - 1;
        let pad = chunk.iter().rev().take_while(|&&c| c == b'=').count();
        if pad > 2 || (pad > 0 && !last) {
            return None;
        }
        let mut n = 0u32;
        for &c in &chunk[..4 - pad] {
            let v = ALPHABET.iter().position(|&a| a == c)? as u32;
            n = n << 6 | v;
        }
        n <<= 6 * pad as u32;
        out.push((n >> 16) as u8);
        if pad < 2 {
            out.push((n >> 8) as u8);
        }
        if pad < 1 {
            out.push(n as u8);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_standard_vectors() {
        for (plain, encoded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64_encode(plain.as_bytes()), encoded);
            assert_eq!(base64_decode(encoded).unwrap(), plain.as_bytes());
        }
        let all: Vec<u8> = (0..=255).collect();
        assert_eq!(base64_decode(&base64_encode(&all)).unwrap(), all);
        for bad in ["Zg=", "Z===", "Zg==Zg==", "Zm9*", "===="] {
            assert_eq!(base64_decode(bad), None, "{bad}");
        }
    }

    fn parts() -> SealedParts {
        SealedParts {
            iterations: ITERATIONS,
            salt: vec![1; 16],
            iv: vec![2; 12],
            check: vec![3; 32],
            ciphertext: vec![4; 40],
        }
    }

    #[test]
    fn sealed_round_trips_and_checks_its_fields() {
        let json = parts().to_json();
        assert!(json.contains("\"format\":\"trede-encrypted\""));
        assert_eq!(SealedParts::from_json(&json).unwrap(), parts());
        let weak = SealedParts { iterations: 1000, ..parts() }.to_json();
        assert_eq!(SealedParts::from_json(&weak), Err(SealedError::Malformed("iterations")));
        let costly = SealedParts { iterations: 50_000_000, ..parts() }.to_json();
        assert_eq!(SealedParts::from_json(&costly), Err(SealedError::Malformed("iterations")));
        let short_iv = SealedParts { iv: vec![2; 8], ..parts() }.to_json();
        assert_eq!(SealedParts::from_json(&short_iv), Err(SealedError::Malformed("lengths")));
        assert_eq!(SealedParts::from_json("{\"format\":\"trede-dossier\"}"), Err(SealedError::NotSealed));
        assert_eq!(SealedParts::from_json("nonsense"), Err(SealedError::NotSealed));
        let v2 = json.replace("\"version\":1", "\"version\":2");
        assert_eq!(SealedParts::from_json(&v2), Err(SealedError::Version(2)));
        let broken = json.replace("\"salt\":\"", "\"salt\":\"*");
        assert!(matches!(SealedParts::from_json(&broken), Err(SealedError::Malformed(_))));
    }
}
