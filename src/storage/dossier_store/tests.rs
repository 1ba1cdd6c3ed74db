use super::*;
use crate::domain::{Dossier, DossierId, Lang};
use crate::storage::key_value::{KeyValueStore, MemoryStore, StorageError};
use chrono::{TimeZone, Utc};

fn dossier(id: &str, name: &str) -> Dossier {
    let now = Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap();
    Dossier::new(DossierId(id.into()), name.into(), Lang::Nl, now)
}

fn locked(id: &str, name: &str) -> Dossier {
    Dossier { lock: Some(crate::domain::LockSettings { idle_minutes: 10 }), ..dossier(id, name) }
}

#[test]
fn saves_only_what_changed_and_loads_it_back() {
    let store = MemoryStore::new();
    let mut saver = Saver::default();
    let mut list = vec![dossier("a", "Amina"), dossier("b", "Bram")];
    assert_eq!(saver.save(&store, &list, Lang::En).unwrap(), 2);
    assert_eq!(saver.save(&store, &list, Lang::En).unwrap(), 0, "nothing changed");
    list[1].client_name = "Bram V".into();
    assert_eq!(saver.save(&store, &list, Lang::En).unwrap(), 1);
    let loaded = load_all(&store).unwrap();
    assert_eq!(loaded.ui_lang, Some(Lang::En));
    let mut names: Vec<_> = loaded.dossiers.iter().map(|d| d.client_name.clone()).collect();
    names.sort();
    assert_eq!(names, ["Amina", "Bram V"]);
}

#[test]
fn deleted_dossiers_leave_storage() {
    let store = MemoryStore::new();
    let mut saver = Saver::default();
    saver.save(&store, &[dossier("a", "A"), dossier("b", "B")], Lang::Nl).unwrap();
    saver.save(&store, &[dossier("b", "B")], Lang::Nl).unwrap();
    assert_eq!(store.get("trede.dossier.a").unwrap(), None);
    assert!(store.get("trede.dossier.b").unwrap().is_some());
}

#[test]
fn unreadable_records_are_reported_and_never_touched() {
    let store = MemoryStore::new();
    store.set("trede.dossier.x", "{not json").unwrap();
    store.set("trede.dossier.y", r#"{"schema_version":99}"#).unwrap();
    store.set("other.app", "ignored").unwrap();
    let mut saver = Saver::default();
    saver.save(&store, &[dossier("a", "A")], Lang::Nl).unwrap();
    let loaded = load_all(&store).unwrap();
    assert_eq!(loaded.dossiers.len(), 1);
    let reported: Vec<_> = loaded.unreadable.iter().map(|u| (u.key.as_str(), u.message_id)).collect();
    assert_eq!(reported, [("trede.dossier.x", "load-error-not-json"), ("trede.dossier.y", "load-error-too-new")]);
    let mut saver = Saver::after_load(&loaded);
    saver.save(&store, &loaded.dossiers, Lang::Nl).unwrap();
    assert_eq!(store.get("trede.dossier.x").unwrap().as_deref(), Some("{not json"));
    assert_eq!(store.get("trede.dossier.y").unwrap().as_deref(), Some(r#"{"schema_version":99}"#));
}

#[test]
fn wiping_removes_every_dossier_record_and_keeps_settings() {
    let store = MemoryStore::new();
    let mut saver = Saver::default();
    saver.save(&store, &[dossier("a", "A"), dossier("b", "B")], Lang::En).unwrap();
    store.set("trede.dossier.broken", "{").unwrap();
    assert_eq!(wipe_all(&store).unwrap(), 3);
    saver.forget_all();
    assert_eq!(store.keys().unwrap(), [UI_LANG_KEY]);
    assert_eq!(saver.save(&store, &[] as &[Dossier], Lang::En).unwrap(), 0);
}

#[test]
fn locked_dossiers_are_handed_back_for_sealing_never_written_in_the_clear() {
    let store = MemoryStore::new();
    let mut saver = Saver::default();
    let locked = locked("l", "Zahra");
    let mut to_seal = Vec::new();
    saver.save_sealing(&store, &[dossier("a", "A"), locked.clone()], Lang::Nl, &mut to_seal).unwrap();
    assert_eq!(to_seal.len(), 1);
    assert_eq!(to_seal[0].0, locked.id);
    assert!(to_seal[0].1.contains("Zahra"));
    assert_eq!(store.get("trede.dossier.l").unwrap(), None, "no plaintext of a locked dossier");
    // A sealed record loads as locked, and forgetting it never deletes it.
    let sealed = crate::storage::sealed::SealedParts {
        iterations: crate::storage::sealed::ITERATIONS,
        salt: vec![1; 16],
        iv: vec![2; 12],
        check: vec![3; 32],
        ciphertext: vec![4; 64],
    };
    store.set("trede.dossier.l", &sealed.to_json()).unwrap();
    saver.forget(&locked.id);
    saver.save(&store, &[dossier("a", "A")], Lang::Nl).unwrap();
    let loaded = load_all(&store).unwrap();
    assert_eq!(loaded.locked, [DossierId("l".into())]);
    assert_eq!(loaded.dossiers.len(), 1);
    assert!(loaded.unreadable.is_empty());
}

#[test]
fn another_tab_s_change_is_taken_in_without_losing_either_version() {
    let store = MemoryStore::new();
    let mut saver = Saver::default();
    let ours = dossier("a", "Amina");
    saver.save(&store, std::slice::from_ref(&ours), Lang::Nl).unwrap();
    let key = "trede.dossier.a";
    let mut theirs = ours.clone();
    theirs.client_name = "Amina (other tab)".into();
    let theirs_json = serde_json::to_string(&theirs).unwrap();

    // Nothing unsaved here: take theirs.
    assert_eq!(reconcile(key, Some(&theirs_json), Some(&ours), &saver), Reconcile::Adopt(Box::new(theirs.clone())));
    // Our own write coming back is ignored.
    let ours_json = serde_json::to_string(&ours).unwrap();
    assert_eq!(reconcile(key, Some(&ours_json), Some(&ours), &saver), Reconcile::Ignore);
    // Both changed: keep both.
    let mut edited = ours.clone();
    edited.client_name = "Amina (this tab)".into();
    assert_eq!(
        reconcile(key, Some(&theirs_json), Some(&edited), &saver),
        Reconcile::KeepBoth(Box::new(theirs.clone()))
    );
    // Deleted there: gone here too, unless we changed it meanwhile.
    assert_eq!(reconcile(key, None, Some(&ours), &saver), Reconcile::Remove(ours.id.clone()));
    assert_eq!(reconcile(key, None, Some(&edited), &saver), Reconcile::Ignore);
    // A new dossier from the other tab is simply taken in.
    let other = dossier("b", "Bram");
    let other_json = serde_json::to_string(&other).unwrap();
    assert_eq!(reconcile("trede.dossier.b", Some(&other_json), None, &saver), Reconcile::Adopt(Box::new(other)));
    // Other keys and garbage are ignored.
    assert_eq!(reconcile("trede.ui-lang", Some("en"), None, &saver), Reconcile::Ignore);
    assert_eq!(reconcile(key, Some("{broken"), Some(&ours), &saver), Reconcile::Ignore);
}

#[test]
fn a_record_under_the_wrong_key_is_not_trusted() {
    let store = MemoryStore::new();
    store.set("trede.dossier.q", &serde_json::to_string(&dossier("other", "O")).unwrap()).unwrap();
    let loaded = load_all(&store).unwrap();
    assert!(loaded.dossiers.is_empty());
    assert_eq!(loaded.unreadable[0].message_id, "load-error-invalid");
}

#[test]
fn a_full_disk_is_reported_and_retried() {
    let list = vec![dossier("a", &"x".repeat(120)), dossier("b", &"y".repeat(120)), dossier("c", &"z".repeat(120))];
    let one = dossier_key(&list[0].id).len() + serde_json::to_string(&list[0]).unwrap().len();
    // Room for the language setting and two dossiers, not three.
    let store = MemoryStore::with_limit(2 * one + one / 2);
    let mut saver = Saver::default();
    assert_eq!(saver.save(&store, &list, Lang::Nl), Err(StorageError::Full));
    assert!(store.get("trede.dossier.c").unwrap().is_none());
    // The user deletes b; c, which did not fit before, is written now.
    let result = saver.save(&store, &[list[0].clone(), list[2].clone()], Lang::Nl);
    assert_eq!(result, Ok(2));
    assert!(store.get("trede.dossier.b").unwrap().is_none());
    assert!(store.get("trede.dossier.c").unwrap().is_some());
}

#[test]
fn a_plaintext_save_racing_a_lock_cannot_win() {
    let store = MemoryStore::new();
    let mut saver = Saver::default();
    let mut d = dossier("l", "Zahra");
    saver.save(&store, std::slice::from_ref(&d), Lang::Nl).unwrap();
    // The lock begins: the sealed record is being written, the state has no lock flag yet.
    saver.begin_lock(&d.id);
    d.client_name = "Zahra A".into();
    let batch = crate::storage::record_store::Batch::default();
    saver.save(&batch, std::slice::from_ref(&d), Lang::Nl).unwrap();
    assert!(batch.into_changes().is_empty(), "no plaintext while the lock is on its way");
    // Once the state carries the lock, the change is handed back for sealing.
    d.lock = Some(crate::domain::LockSettings { idle_minutes: 10 });
    saver.end_lock(&d.id);
    let mut to_seal = Vec::new();
    saver.save_sealing(&store, std::slice::from_ref(&d), Lang::Nl, &mut to_seal).unwrap();
    assert_eq!(to_seal.len(), 1);
}

#[test]
fn a_failed_commit_is_retried_by_the_next_save() {
    use crate::storage::record_store::{Batch, Change};
    let mut saver = Saver::default();
    let list = vec![dossier("a", "A"), dossier("b", "B")];
    let batch = Batch::default();
    saver.save(&batch, &list, Lang::Nl).unwrap();
    let failed = batch.into_changes();
    assert_eq!(failed.len(), 3, "language and two dossiers");
    saver.retry(&failed);
    let again = Batch::default();
    saver.save(&again, &list, Lang::Nl).unwrap();
    assert_eq!(again.into_changes(), failed);
    // A removal that failed is tried again too.
    let gone = Batch::default();
    saver.save(&gone, &list[..1], Lang::Nl).unwrap();
    let removal = gone.into_changes();
    assert_eq!(removal, [Change::Remove("trede.dossier.b".into())]);
    saver.retry(&removal);
    let again = Batch::default();
    saver.save(&again, &list[..1], Lang::Nl).unwrap();
    assert_eq!(again.into_changes(), removal);
}

#[test]
fn a_sealed_save_in_another_tab_is_not_a_lock_of_an_open_dossier() {
    let store = MemoryStore::new();
    let mut saver = Saver::default();
    let ours = locked("l", "Zahra");
    saver.mark_written(&ours);
    let mut edited = ours.clone();
    edited.client_name = "Zahra (unsaved here)".into();
    let sealed = crate::storage::sealed::SealedParts {
        iterations: crate::storage::sealed::ITERATIONS,
        salt: vec![1; 16],
        iv: vec![2; 12],
        check: vec![3; 32],
        ciphertext: vec![4; 64],
    }
    .to_json();
    let key = "trede.dossier.l";
    // Open here with unsaved edits: never dropped as "locked elsewhere".
    assert_eq!(
        reconcile(key, Some(&sealed), Some(&edited), &saver),
        Reconcile::Sealed { id: ours.id.clone(), ours_unsaved: true }
    );
    assert_eq!(
        reconcile(key, Some(&sealed), Some(&ours), &saver),
        Reconcile::Sealed { id: ours.id.clone(), ours_unsaved: false }
    );
    // Not open here: it is listed as locked.
    assert_eq!(reconcile(key, Some(&sealed), None, &saver), Reconcile::Locked(ours.id.clone()));
    let _ = store;
}

#[test]
fn dossiers_known_unchanged_are_not_even_serialised() {
    let store = MemoryStore::new();
    let mut saver = Saver::default();
    let list = vec![dossier("a", "A"), dossier("b", "B")];
    saver.save(&store, &list, Lang::Nl).unwrap();
    let mut edited = list.clone();
    edited[1].client_name = "B2".into();
    let mut to_seal = Vec::new();
    // "a" is known unchanged (the app knows by identity); "b" changed and is written.
    let writes = saver.save_changed(&store, &edited, Lang::Nl, &mut to_seal, &|d| d.id.0 == "a").unwrap();
    assert_eq!(writes, 1);
    assert!(store.get("trede.dossier.b").unwrap().unwrap().contains("B2"));
    // Known unchanged but never written: written all the same.
    let mut fresh = Saver::default();
    assert_eq!(fresh.save_changed(&store, &list, Lang::Nl, &mut to_seal, &|_| true).unwrap(), 2);
}

#[test]
fn a_record_sealed_by_a_newer_version_says_so() {
    let store = MemoryStore::new();
    let sealed = crate::storage::sealed::SealedParts {
        iterations: crate::storage::sealed::ITERATIONS,
        salt: vec![1; 16],
        iv: vec![2; 12],
        check: vec![3; 32],
        ciphertext: vec![4; 64],
    };
    store.set("trede.dossier.n", &sealed.to_json().replace("\"version\":1", "\"version\":2")).unwrap();
    let loaded = load_all(&store).unwrap();
    assert_eq!(loaded.unreadable[0].message_id, "load-error-too-new");
}

#[test]
fn a_stored_record_with_values_no_dossier_has_is_reported_and_kept() {
    let store = MemoryStore::new();
    let mut d = dossier("a", "Amina");
    d.plan.rules.reflection_days = 4_000_000_000;
    let json = serde_json::to_string(&d).unwrap();
    store.set("trede.dossier.a", &json).unwrap();
    let loaded = load_all(&store).unwrap();
    assert!(loaded.dossiers.is_empty());
    assert_eq!(loaded.unreadable[0].message_id, "load-error-implausible");
    let mut saver = Saver::after_load(&loaded);
    saver.save(&store, &loaded.dossiers, Lang::Nl).unwrap();
    assert_eq!(store.get("trede.dossier.a").unwrap().as_deref(), Some(json.as_str()), "never overwritten");
}
