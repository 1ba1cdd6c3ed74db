//! Moving records into the record store (IndexedDB): once from the localStorage of earlier
//! versions, and at every start from the write-ahead entry that the page leaves in localStorage
//! when it is hidden or closed (localStorage is written synchronously; a transaction started
//! while the page goes away may not finish).

use chrono::{DateTime, Utc};
use serde_json::Value;

use super::key_value::{KeyValueStore, StorageError};
use super::record_store::{Change, RecordStore};

/// Every key the app ever made starts with this (dossiers, settings, catalogue, write-ahead).
pub const APP_PREFIX: &str = "trede.";
/// The write-ahead entry: changes not yet known to be committed when the page was hidden.
pub const WAL_KEY: &str = "trede.wal";

/// What to copy from localStorage: every record of the app, byte for byte (locked, unlocked,
/// unreadable, the catalogue, the settings), that the record store does not hold yet. A record
/// both hold was moved before and its removal from localStorage did not happen: the record store's
/// copy is the one written since.
pub fn migration_changes(local: &[(String, String)], stored: &[(String, String)]) -> Vec<Change> {
    local
        .iter()
        .filter(|(key, _)| moves(key) && lookup(stored, key).is_none())
        .map(|(key, value)| Change::Put(key.clone(), value.clone()))
        .collect()
}

/// The keys to remove from localStorage once the migration's commit succeeded.
pub fn migrated_keys(local: &[(String, String)]) -> Vec<String> {
    local.iter().map(|(k, _)| k).filter(|k| moves(k)).cloned().collect()
}

/// A device setting read synchronously (whether to lock when the tab is hidden): it stays in
/// localStorage and is never moved into IndexedDB.
pub const LOCK_ON_HIDE_KEY: &str = "trede.lock-on-hide";

/// Whether a localStorage key is one of the app's records that move into IndexedDB.
fn moves(key: &str) -> bool {
    key.starts_with(APP_PREFIX) && key != WAL_KEY && key != LOCK_ON_HIDE_KEY
}

/// When each sealed dossier record in a write-ahead entry was last changed, by key: the start
/// cannot read a sealed record's date, and needs it to tell which of two records is newer.
pub type SealedDates = Vec<(String, DateTime<Utc>)>;

/// The write-ahead entry: `[key, value]` per change (`null`: removed), with a third element, the
/// date, for a sealed dossier record listed in `dates`.
pub fn wal_to_json(changes: &[Change], dates: &[(String, DateTime<Utc>)]) -> String {
    // Written straight into one buffer: a value can be a whole dossier (1.5 MB for the largest),
    // and building a `Value` and printing it copied that twice more (native, for the largest:
    // 8.2 -> 5.9 ms).
    let size: usize = changes.iter().map(|c| c.key().len() + 48 + c.value().map_or(0, |v| v.len() * 9 / 8)).sum();
    let mut out = Vec::with_capacity(size + 2);
    out.push(b'[');
    for (i, c) in changes.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        out.push(b'[');
        let _ = serde_json::to_writer(&mut out, c.key());
        out.push(b',');
        match c.value() {
            Some(v) => {
                let _ = serde_json::to_writer(&mut out, v);
            }
            None => out.extend_from_slice(b"null"),
        }
        if let Some((_, date)) = dates.iter().find(|(k, _)| k == c.key()) {
            out.push(b',');
            let _ = serde_json::to_writer(&mut out, date);
        }
        out.push(b']');
    }
    out.push(b']');
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

/// The dates that a write-ahead entry carries for its sealed records.
pub fn wal_dates(text: &str) -> SealedDates {
    let Ok(Value::Array(list)) = serde_json::from_str::<Value>(text) else { return Vec::new() };
    list.iter()
        .filter_map(|entry| {
            let key = entry.get(0)?.as_str()?;
            let date = serde_json::from_value(entry.get(2)?.clone()).ok()?;
            Some((key.to_owned(), date))
        })
        .collect()
}

/// The write-ahead entry's changes; a damaged entry gives none (the record store is untouched).
pub fn wal_from_json(text: &str) -> Vec<Change> {
    let Ok(Value::Array(list)) = serde_json::from_str::<Value>(text) else { return Vec::new() };
    list.iter()
        .filter_map(|pair| {
            let key = pair.get(0)?.as_str()?;
            if !key.starts_with(APP_PREFIX) {
                return None;
            }
            Some(match pair.get(1)? {
                Value::String(v) => Change::Put(key.to_owned(), v.clone()),
                _ => Change::Remove(key.to_owned()),
            })
        })
        .collect()
}

/// A record's value by key (linear: no map or sort code in the wasm for a one-off at start).
fn lookup<'a>(records: &'a [(String, String)], key: &str) -> Option<&'a str> {
    records.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
}

/// When a stored dossier was last changed (through the one dossier reader the wasm has).
fn updated(json: &str) -> Option<DateTime<Utc>> {
    super::migration::load_dossier(json).ok().map(|(d, _)| d.updated)
}

/// The write-ahead changes still worth applying: a record the store lacks, or a dossier newer
/// than the stored one. A plaintext entry never replaces a sealed record (locked since). A sealed
/// entry (its date in `dates`) replaces an older plaintext record, and a sealed one, whose date
/// the store cannot read: the entry was left by the last close of a tab that had it open.
pub fn wal_replay(wal: &[Change], dates: &[(String, DateTime<Utc>)], stored: &[(String, String)]) -> Vec<Change> {
    let sealed_date = |key: &str| dates.iter().find(|(k, _)| k == key).map(|(_, d)| *d);
    wal.iter()
        .filter(|change| match (change, lookup(stored, change.key())) {
            (Change::Put(..), None) => true,
            // A setting (the screen language): the entry is newer unless it equals the store.
            (Change::Put(key, new), Some(old)) if !key.starts_with(super::dossier_store::DOSSIER_PREFIX) => new != old,
            (Change::Put(key, new), Some(old)) => match (updated(new).or(sealed_date(key)), updated(old)) {
                (Some(new), Some(old)) => new > old,
                (Some(_), None) => sealed_date(key).is_some() && super::sealed::SealedParts::from_json(old).is_ok(),
                _ => false,
            },
            (Change::Remove(_), found) => found.is_some_and(|old| updated(old).is_some()),
        })
        .cloned()
        .collect()
}

/// Every app key in `local` (earlier versions' records, the write-ahead entry).
pub fn app_records(local: &dyn KeyValueStore) -> Vec<(String, String)> {
    let keys = local.keys().unwrap_or_default();
    keys.into_iter()
        .filter(|k| k.starts_with(APP_PREFIX))
        .filter_map(|k| Some((k.clone(), local.get(&k).ok()??)))
        .collect()
}

/// Every record to load, and the error of moving in, if it failed.
pub type Moved = (Vec<(String, String)>, Option<StorageError>);

/// What start does: moves localStorage's records and the write-ahead entry into `db` in one
/// commit, removes the localStorage copies only after it succeeded, and returns every record to
/// load (with the move's error, if it failed: then the records load from both, nothing is lost).
pub async fn move_in(db: &impl RecordStore, local: &dyn KeyValueStore) -> Result<Moved, StorageError> {
    let stored = db.read_all().await?;
    let from_local = app_records(local);
    let entry = from_local.iter().find(|(k, _)| k == WAL_KEY).map(|(_, v)| v.as_str()).unwrap_or("[]");
    let mut changes = migration_changes(&from_local, &stored);
    changes.extend(wal_replay(&wal_from_json(entry), &wal_dates(entry), &stored));
    let error = db.commit(&changes).await.err();
    if error.is_none() {
        for key in migrated_keys(&from_local).into_iter().chain([WAL_KEY.to_owned()]) {
            let _ = local.remove(&key);
        }
    }
    let mut records = stored;
    for change in changes {
        match change {
            Change::Put(k, v) => match records.iter_mut().find(|(key, _)| *key == k) {
                Some(slot) => slot.1 = v,
                None => records.push((k, v)),
            },
            Change::Remove(k) => records.retain(|(key, _)| *key != k),
        }
    }
    Ok((records, error))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Dossier, DossierId, Lang};
    use chrono::TimeZone;

    fn pair(k: &str, v: &str) -> (String, String) {
        (k.to_owned(), v.to_owned())
    }

    #[test]
    fn the_migration_moves_every_app_record_and_nothing_else() {
        let local = [
            pair("trede.dossier.a", "{\"schema_version\":1}"),
            pair("trede.dossier.sealed", "{\"format\":\"trede-encrypted\"}"),
            pair("trede.dossier.broken", "{not json"),
            pair("trede.catalogue", "{}"),
            pair("trede.ui-lang", "fr"),
            pair("trede.wal", "[]"),
            pair("other.app", "x"),
        ];
        let changes = migration_changes(&local, &[pair("trede.ui-lang", "nl")]);
        let keys: Vec<&str> = changes.iter().map(Change::key).collect();
        assert_eq!(keys, ["trede.dossier.a", "trede.dossier.sealed", "trede.dossier.broken", "trede.catalogue"]);
        assert_eq!(changes[2], Change::Put("trede.dossier.broken".into(), "{not json".into()));
        assert_eq!(migrated_keys(&local).len(), 5);
    }

    #[test]
    fn moving_in_keeps_localstorage_until_the_commit_succeeded() {
        use crate::storage::key_value::MemoryStore;
        use crate::storage::record_store::block_on;
        let local = MemoryStore::new();
        local.set("trede.dossier.a", "{broken").unwrap();
        local.set("trede.ui-lang", "fr").unwrap();
        let full = MemoryStore::with_limit(10);
        let (records, error) = block_on(move_in(&full, &local)).unwrap();
        assert_eq!(error, Some(StorageError::Full));
        assert_eq!(records.len(), 2, "loaded all the same");
        assert_eq!(local.keys().unwrap().len(), 2, "nothing removed from localStorage");
        let db = MemoryStore::new();
        let (records, error) = block_on(move_in(&db, &local)).unwrap();
        assert_eq!((records.len(), error), (2, None));
        assert!(local.keys().unwrap().is_empty());
        assert_eq!(db.get("trede.dossier.a").unwrap().as_deref(), Some("{broken"));
    }

    #[test]
    fn the_write_ahead_entry_replays_only_what_is_newer() {
        let at = |h| Utc.with_ymd_and_hms(2026, 12, 4, h, 0, 0).unwrap();
        let mut d = Dossier::new(DossierId("a".into()), "Amina".into(), Lang::Nl, at(9));
        let old = serde_json::to_string(&d).unwrap();
        d.touch(at(10));
        let new = serde_json::to_string(&d).unwrap();
        let wal = wal_from_json(&wal_to_json(
            &[
                Change::Put("trede.dossier.a".into(), new.clone()),
                Change::Put("trede.dossier.b".into(), old.replace("\"a\"", "\"b\"")),
                Change::Remove("trede.dossier.c".into()),
            ],
            &[],
        ));
        assert_eq!(wal.len(), 3);
        let stored = [pair("trede.dossier.a", &old), pair("trede.dossier.c", &old)];
        assert_eq!(wal_replay(&wal, &[], &stored), wal, "newer, missing, and a removal");
        let stored = [pair("trede.dossier.a", &new), pair("trede.dossier.b", &new)];
        assert!(wal_replay(&wal[..2], &[], &stored).is_empty(), "the store already has it (or newer)");
        let sealed = [pair("trede.dossier.a", &sealed(4))];
        assert!(wal_replay(&wal[..1], &[], &sealed).is_empty(), "locked since: never replaced by plaintext");
        assert!(wal_from_json("{broken").is_empty());
        let lang = [Change::Put("trede.ui-lang".into(), "en".into())];
        assert_eq!(wal_replay(&lang, &[], &[pair("trede.ui-lang", "nl")]), lang, "the screen language comes along");
    }

    #[test]
    fn the_write_ahead_entry_is_the_json_a_value_would_print() {
        let at = Utc.with_ymd_and_hms(2026, 12, 4, 9, 0, 0).unwrap();
        let text = "{\"client_name\":\"Amina \\\"A\\\" \u{e9}\u{1F600}\",\"x\":\"\n\t\u{1}\"}";
        let changes = [
            Change::Put("trede.dossier.a".into(), text.into()),
            Change::Remove("trede.dossier.b".into()),
            Change::Put("trede.dossier.c".into(), sealed(3)),
        ];
        let dates = [("trede.dossier.c".to_owned(), at)];
        let expected = Value::Array(vec![
            Value::Array(vec!["trede.dossier.a".into(), text.into()]),
            Value::Array(vec!["trede.dossier.b".into(), Value::Null]),
            Value::Array(vec!["trede.dossier.c".into(), sealed(3).into(), serde_json::to_value(at).unwrap()]),
        ]);
        assert_eq!(wal_to_json(&changes, &dates), expected.to_string());
        assert_eq!(wal_to_json(&[], &[]), "[]");
        assert_eq!(wal_from_json(&wal_to_json(&changes, &dates)), changes);
        assert_eq!(wal_dates(&wal_to_json(&changes, &dates)), dates);
    }

    /// A sealed record as the app writes it (what it holds does not matter here, only its shape).
    fn sealed(fill: u8) -> String {
        use crate::storage::sealed::SealedParts;
        let parts = SealedParts {
            iterations: 600_000,
            salt: vec![1; 16],
            iv: vec![2; 12],
            check: vec![3; 32],
            ciphertext: vec![fill; 40],
        };
        parts.to_json()
    }

    #[test]
    fn a_locked_dossier_comes_back_from_the_write_ahead_entry_sealed_and_only_when_newer() {
        let at = |h| Utc.with_ymd_and_hms(2026, 12, 4, h, 0, 0).unwrap();
        let key = "trede.dossier.a".to_owned();
        let entry = wal_to_json(&[Change::Put(key.clone(), sealed(4))], &[(key.clone(), at(11))]);
        assert!(!entry.contains("Amina"));
        let (wal, dates) = (wal_from_json(&entry), wal_dates(&entry));
        assert_eq!(dates, vec![(key.clone(), at(11))]);
        let mut d = Dossier::new(DossierId("a".into()), "Amina".into(), Lang::Nl, at(9));
        let older_plain = serde_json::to_string(&d).unwrap();
        d.touch(at(12));
        let newer_plain = serde_json::to_string(&d).unwrap();
        let other_sealed = sealed(5);
        assert_eq!(wal_replay(&wal, &dates, &[]), wal, "missing from the store");
        assert_eq!(wal_replay(&wal, &dates, &[pair(&key, &other_sealed)]), wal, "over the sealed record of before");
        assert_eq!(wal_replay(&wal, &dates, &[pair(&key, &older_plain)]), wal, "locked since the stored plain one");
        assert!(wal_replay(&wal, &dates, &[pair(&key, &newer_plain)]).is_empty(), "unlocked and changed since");
        assert!(wal_replay(&wal, &[], &[pair(&key, &other_sealed)]).is_empty(), "no date: the store keeps its own");
        assert!(wal_replay(&wal, &dates, &[pair(&key, "{damaged")]).is_empty(), "an unreadable record stays");
    }
}
