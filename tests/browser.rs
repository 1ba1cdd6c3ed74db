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

mod indexed_db {
    use trede::platform::browser_storage::BrowserStore;
    use trede::platform::crypto::open_with_passphrase;
    use trede::platform::indexed_db::IndexedDbStore;
    use trede::storage::dossier_store::load_records;
    use trede::storage::key_value::KeyValueStore;
    use trede::storage::move_in::{move_in, wal_to_json, WAL_KEY};
    use trede::storage::record_store::{Change, RecordStore};
    use trede::storage::sealed::SealedParts;
    use wasm_bindgen_test::*;

    /// Records written by the localStorage version (tests/golden, made with its code).
    const GOLDEN: &str = include_str!("golden/local-storage-v1.json");

    async fn fresh() -> (IndexedDbStore, BrowserStore) {
        let db = IndexedDbStore::open().await.expect("IndexedDB is available");
        db.clear().await.unwrap();
        (db, super::fresh_store())
    }

    #[wasm_bindgen_test]
    async fn writes_are_committed_with_strict_durability() {
        let (db, _) = fresh().await;
        assert_eq!(db.write_durability().unwrap(), "strict");
    }

    #[wasm_bindgen_test]
    async fn indexed_db_behaves_like_the_in_memory_twin() {
        let (db, _) = fresh().await;
        let put = |k: &str, v: &str| Change::Put(k.into(), v.into());
        db.commit(&[put("a", "1"), put("b", "ü ع 2"), put("a", "3")]).await.unwrap();
        assert_eq!(db.read_all().await.unwrap(), [("a".into(), "3".into()), ("b".into(), "ü ع 2".into())]);
        assert_eq!(db.get("b").await.unwrap().as_deref(), Some("ü ع 2"));
        assert_eq!(db.get("zzz").await.unwrap(), None);
        db.commit(&[Change::Remove("a".into())]).await.unwrap();
        assert_eq!(db.read_all().await.unwrap().len(), 1);
        db.clear().await.unwrap();
        assert!(db.read_all().await.unwrap().is_empty());
    }

    #[wasm_bindgen_test]
    async fn golden_local_storage_records_move_into_indexed_db_and_nothing_is_lost() {
        let (db, local) = fresh().await;
        let golden: serde_json::Map<String, serde_json::Value> = serde_json::from_str(GOLDEN).unwrap();
        for (k, v) in &golden {
            local.set(k, v.as_str().unwrap()).unwrap();
        }
        local.set("other.app", "not ours").unwrap();
        let (records, error) = move_in(&db, &local).await.unwrap();
        assert_eq!(error, None);
        // Byte for byte in IndexedDB, and gone from localStorage only now.
        for (k, v) in &golden {
            assert_eq!(db.get(k).await.unwrap().as_deref(), v.as_str(), "{k}");
        }
        assert_eq!(local.keys().unwrap(), ["other.app"]);
        let loaded = load_records(&records);
        assert_eq!(loaded.ui_lang, Some(trede::domain::Lang::Fr));
        assert_eq!(loaded.dossiers.len(), 1);
        assert_eq!(loaded.dossiers[0].client_name, "Yonas El Idrissi");
        assert!(loaded.dossiers[0].fully_signed());
        assert_eq!(loaded.locked.len(), 1);
        assert_eq!(loaded.unreadable.len(), 2);
        assert!(records.iter().any(|(k, _)| k == "trede.catalogue"));
        // The locked one still opens with its passphrase.
        let sealed = db.get("trede.dossier.golden-locked").await.unwrap().unwrap();
        let plain =
            open_with_passphrase("zon boven de Schelde", &SealedParts::from_json(&sealed).unwrap()).await.unwrap();
        assert!(String::from_utf8(plain).unwrap().contains("Zahra Ahmadi"));
        // A second start finds nothing more to move.
        let (mut again, _) = move_in(&db, &local).await.unwrap();
        let mut records = records;
        again.sort();
        records.sort();
        assert!(again == records, "the same records after a second start");
    }

    #[wasm_bindgen_test]
    async fn the_write_ahead_entry_left_by_a_closed_page_is_committed_at_start() {
        let (db, local) = fresh().await;
        let now = chrono::TimeZone::with_ymd_and_hms(&chrono::Utc, 2026, 12, 4, 10, 0, 0).unwrap();
        let mut d = trede::domain::Dossier::new(
            trede::domain::DossierId("w".into()),
            "Olena".into(),
            trede::domain::Lang::Uk,
            now - chrono::Duration::minutes(1),
        );
        db.commit(&[Change::Put("trede.dossier.w".into(), serde_json::to_string(&d).unwrap())]).await.unwrap();
        d.client_name = "Olena K".into();
        d.touch(now);
        let newer = serde_json::to_string(&d).unwrap();
        local.set(WAL_KEY, &wal_to_json(&[Change::Put("trede.dossier.w".into(), newer.clone())], &[])).unwrap();
        move_in(&db, &local).await.unwrap();
        assert_eq!(db.get("trede.dossier.w").await.unwrap(), Some(newer));
        assert_eq!(local.get(WAL_KEY).unwrap(), None);
    }
}
