//! Passphrase encryption with the browser's WebCrypto: PBKDF2-SHA-256 (600,000 iterations),
//! AES-256-GCM, a random 16-byte salt and 12-byte IV each time. The format is `storage::sealed`.

use js_sys::{Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, SubtleCrypto};

use crate::storage::sealed::{SealedParts, ITERATIONS};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CryptoError {
    /// The passphrase does not fit this data.
    WrongPassphrase,
    /// The passphrase fits, but the data was changed or damaged.
    Tampered,
    /// The browser has no WebCrypto here (not a secure context) or refused.
    Unavailable(String),
}

impl CryptoError {
    pub fn message_id(&self) -> &'static str {
        match self {
            CryptoError::WrongPassphrase => "crypto-error-wrong-passphrase",
            CryptoError::Tampered => "crypto-error-tampered",
            CryptoError::Unavailable(_) => "crypto-error-unavailable",
        }
    }
}

fn unavailable(err: JsValue) -> CryptoError {
    CryptoError::Unavailable(format!("{err:?}"))
}

fn subtle() -> Result<SubtleCrypto, CryptoError> {
    let crypto = gloo::utils::window().crypto().map_err(unavailable)?;
    Ok(crypto.subtle())
}

pub fn random_bytes(n: usize) -> Result<Vec<u8>, CryptoError> {
    let crypto = gloo::utils::window().crypto().map_err(unavailable)?;
    let mut bytes = vec![0u8; n];
    crypto.get_random_values_with_u8_array(&mut bytes).map_err(unavailable)?;
    Ok(bytes)
}

fn object(pairs: &[(&str, JsValue)]) -> Result<Object, CryptoError> {
    let obj = Object::new();
    for (key, value) in pairs {
        Reflect::set(&obj, &JsValue::from_str(key), value).map_err(unavailable)?;
    }
    Ok(obj)
}

async fn promise(p: Result<js_sys::Promise, JsValue>) -> Result<JsValue, CryptoError> {
    JsFuture::from(p.map_err(unavailable)?).await.map_err(unavailable)
}

async fn sha256(parts: &[&[u8]]) -> Result<Vec<u8>, CryptoError> {
    let data: Vec<u8> = parts.concat();
    let digest = promise(subtle()?.digest_with_str_and_buffer_source("SHA-256", &Uint8Array::from(&data[..]))).await?;
    Ok(Uint8Array::new(&digest).to_vec())
}

/// A key derived from a passphrase, kept in memory while a dossier is open.
#[derive(Clone)]
pub struct PassphraseKey {
    key: CryptoKey,
    pub salt: Vec<u8>,
    pub iterations: u32,
    pub check: Vec<u8>,
}

impl PartialEq for PassphraseKey {
    fn eq(&self, other: &Self) -> bool {
        self.salt == other.salt && self.check == other.check
    }
}

/// The passphrase in Unicode NFC, so an accented letter typed as one character or as a letter
/// and an accent gives the same key (the browser's own `normalize`: no tables in the wasm).
pub fn normalized(passphrase: &str) -> String {
    js_sys::JsString::from(passphrase).normalize("NFC").into()
}

impl PassphraseKey {
    /// Runs PBKDF2 once (the slow part, about a second on a tablet), on the passphrase as given.
    async fn derive(passphrase: &str, salt: &[u8], iterations: u32) -> Result<PassphraseKey, CryptoError> {
        let subtle = subtle()?;
        let usages = js_sys::Array::of1(&"deriveBits".into());
        let base: CryptoKey = promise(subtle.import_key_with_str(
            "raw",
            &Uint8Array::from(passphrase.as_bytes()),
            "PBKDF2",
            false,
            &usages,
        ))
        .await?
        .unchecked_into();
        let params = object(&[
            ("name", "PBKDF2".into()),
            ("hash", "SHA-256".into()),
            ("salt", Uint8Array::from(salt).into()),
            ("iterations", iterations.into()),
        ])?;
        let bits = promise(subtle.derive_bits_with_object(&params, &base, 256)).await?;
        let k = Uint8Array::new(&bits).to_vec();
        let key_bytes = sha256(&[b"trede-key", &k]).await?;
        let check = sha256(&[b"trede-check", &k]).await?;
        let usages = js_sys::Array::of2(&"encrypt".into(), &"decrypt".into());
        let key: CryptoKey =
            promise(subtle.import_key_with_str("raw", &Uint8Array::from(&key_bytes[..]), "AES-GCM", false, &usages))
                .await?
                .unchecked_into();
        Ok(PassphraseKey { key, salt: salt.to_vec(), iterations, check })
    }

    /// A new key with a fresh random salt, from the NFC form of the passphrase.
    pub async fn create(passphrase: &str) -> Result<PassphraseKey, CryptoError> {
        PassphraseKey::derive(&normalized(passphrase), &random_bytes(16)?, ITERATIONS).await
    }

    /// Derives the key for sealed data, and tells a wrong passphrase apart. The NFC form first;
    /// data sealed before passphrases were normalised opens with the form as typed.
    pub async fn for_sealed(passphrase: &str, parts: &SealedParts) -> Result<PassphraseKey, CryptoError> {
        let nfc = normalized(passphrase);
        let key = PassphraseKey::derive(&nfc, &parts.salt, parts.iterations).await?;
        if key.check == parts.check {
            return Ok(key);
        }
        if nfc != passphrase {
            let key = PassphraseKey::derive(passphrase, &parts.salt, parts.iterations).await?;
            if key.check == parts.check {
                return Ok(key);
            }
        }
        Err(CryptoError::WrongPassphrase)
    }

    /// Encrypts with a fresh random IV.
    pub async fn seal(&self, plaintext: &[u8]) -> Result<SealedParts, CryptoError> {
        let iv = random_bytes(12)?;
        let params = object(&[("name", "AES-GCM".into()), ("iv", Uint8Array::from(&iv[..]).into())])?;
        let data = Uint8Array::from(plaintext);
        let out = promise(subtle()?.encrypt_with_object_and_buffer_source(&params, &self.key, &data)).await?;
        Ok(SealedParts {
            iterations: self.iterations,
            salt: self.salt.clone(),
            iv,
            check: self.check.clone(),
            ciphertext: Uint8Array::new(&out).to_vec(),
        })
    }

    pub async fn open(&self, parts: &SealedParts) -> Result<Vec<u8>, CryptoError> {
        if parts.check != self.check || parts.salt != self.salt {
            return Err(CryptoError::WrongPassphrase);
        }
        let params = object(&[("name", "AES-GCM".into()), ("iv", Uint8Array::from(&parts.iv[..]).into())])?;
        let data = Uint8Array::from(&parts.ciphertext[..]);
        let out = subtle()?.decrypt_with_object_and_buffer_source(&params, &self.key, &data).map_err(unavailable)?;
        // The GCM tag fails when any byte of the data, the IV or the tag was changed.
        let plain = JsFuture::from(out).await.map_err(|_| CryptoError::Tampered)?;
        Ok(Uint8Array::new(&plain).to_vec())
    }
}

/// Encrypts `plaintext` under a new passphrase key (salt and IV both fresh).
pub async fn seal_with_passphrase(passphrase: &str, plaintext: &[u8]) -> Result<SealedParts, CryptoError> {
    PassphraseKey::create(passphrase).await?.seal(plaintext).await
}

pub async fn open_with_passphrase(passphrase: &str, parts: &SealedParts) -> Result<Vec<u8>, CryptoError> {
    PassphraseKey::for_sealed(passphrase, parts).await?.open(parts).await
}
