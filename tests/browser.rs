//! Layer 3: the browser services in headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use chrono::{TimeZone, Utc};
use trede::domain::{Dossier, DossierId, Lang};
use trede::platform::browser_storage::BrowserStore;
use trede::storage::dossier_store::{load_all, Saver};
use trede::storage::key_value::{KeyValueStore, StorageError};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_store() -> BrowserStore {
    let store = BrowserStore::open().expect("localStorage is available");
    for key in store.keys().unwrap() {
        store.remove(&key).unwrap();
    }
    store
}

#[wasm_bindgen_test]
fn local_storage_behaves_like_the_in_memory_twin() {
    let store = fresh_store();
    assert_eq!(store.get("a").unwrap(), None);
    store.set("a", "1").unwrap();
    store.set("b", "ü ع 2").unwrap();
    store.set("a", "3").unwrap();
    assert_eq!(store.get("a").unwrap().as_deref(), Some("3"));
    assert_eq!(store.get("b").unwrap().as_deref(), Some("ü ع 2"));
    let mut keys = store.keys().unwrap();
    keys.sort();
    assert_eq!(keys, ["a", "b"]);
    store.remove("a").unwrap();
    assert_eq!(store.keys().unwrap(), ["b"]);
}

#[wasm_bindgen_test]
fn dossiers_are_saved_and_restored_through_local_storage() {
    let store = fresh_store();
    let now = Utc.with_ymd_and_hms(2026, 11, 24, 10, 0, 0).unwrap();
    let dossiers = vec![
        Dossier::new(DossierId("one".into()), "Amina".into(), Lang::Nl, now),
        Dossier::new(DossierId("two".into()), "Yonas".into(), Lang::En, now),
    ];
    let mut saver = Saver::default();
    assert_eq!(saver.save(&store, &dossiers, Lang::En).unwrap(), 2);
    let loaded = load_all(&store).unwrap();
    assert_eq!(loaded.ui_lang, Some(Lang::En));
    let mut back = loaded.dossiers;
    back.sort_by(|a, b| a.id.cmp(&b.id));
    assert_eq!(back, dossiers);
}

#[wasm_bindgen_test]
fn a_full_local_storage_is_reported_as_full() {
    let store = fresh_store();
    // Chromium allows about 5 MB per origin (UTF-16); 6 million characters cannot fit.
    let huge = "x".repeat(6_000_000);
    assert_eq!(store.set("huge", &huge), Err(StorageError::Full));
    assert_eq!(store.get("huge").unwrap(), None);
}

mod crypto {
    use trede::platform::crypto::{open_with_passphrase, seal_with_passphrase, CryptoError};
    use trede::storage::sealed::{SealedParts, ITERATIONS};
    use wasm_bindgen_test::*;

    const SECRET: &str = "{\"client_name\":\"Amina\",\"note\":\"schulden bij de huisbaas\"}";

    #[wasm_bindgen_test]
    async fn encryption_round_trips_through_the_stored_form() {
        let sealed = seal_with_passphrase("zon boven de Schelde", SECRET.as_bytes()).await.unwrap();
        assert_eq!(sealed.iterations, ITERATIONS);
        let json = sealed.to_json();
        assert!(!json.contains("Amina") && !json.contains("schulden"), "nothing readable is stored");
        let parts = SealedParts::from_json(&json).unwrap();
        let plain = open_with_passphrase("zon boven de Schelde", &parts).await.unwrap();
        assert_eq!(plain, SECRET.as_bytes());
        // Salt and IV are fresh every time.
        let again = seal_with_passphrase("zon boven de Schelde", SECRET.as_bytes()).await.unwrap();
        assert_ne!(again.salt, sealed.salt);
        assert_ne!(again.iv, sealed.iv);
        assert_ne!(again.ciphertext, sealed.ciphertext);
    }

    #[wasm_bindgen_test]
    async fn a_wrong_passphrase_says_so() {
        let sealed = seal_with_passphrase("juist", SECRET.as_bytes()).await.unwrap();
        assert_eq!(open_with_passphrase("fout", &sealed).await, Err(CryptoError::WrongPassphrase));
    }

    #[wasm_bindgen_test]
    async fn a_changed_byte_is_detected() {
        let sealed = seal_with_passphrase("juist", SECRET.as_bytes()).await.unwrap();
        for at in [0, sealed.ciphertext.len() / 2, sealed.ciphertext.len() - 1] {
            let mut changed = sealed.clone();
            changed.ciphertext[at] ^= 0x01;
            assert_eq!(open_with_passphrase("juist", &changed).await, Err(CryptoError::Tampered), "byte {at}");
        }
        let mut changed_iv = sealed.clone();
        changed_iv.iv[0] ^= 0x80;
        assert_eq!(open_with_passphrase("juist", &changed_iv).await, Err(CryptoError::Tampered));
    }
}
