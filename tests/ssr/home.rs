//! Home and the dossier overview through the whole shell, in Dutch and English, and the notices.

use trede::domain::{Dossier, DossierId, Lang};
use trede::state::{AppState, Msg};
use trede::storage::dossier_store::UnreadableRecord;

use crate::support::{amina, assert_complete, loaded, loaded_empty, now, render};

fn state(lang: Lang, open: bool) -> AppState {
    let mut amina = amina(lang, now());
    amina.client_lang = Lang::Ar;
    let bram = Dossier::new(DossierId("b2".into()), "Bram <b>Peeters</b>".into(), lang, now());
    let mut state = loaded(vec![amina, bram], lang);
    if open {
        state = state.apply(Msg::Open(DossierId("a1".into())));
    }
    state
}

#[tokio::test]
async fn home_in_dutch() {
    let html = render(state(Lang::Nl, false)).await;
    assert_complete(&html);
    assert!(html.contains(r#"lang="nl""#) && html.contains(r#"dir="ltr""#));
    assert!(html.contains("Dossiers op dit toestel"));
    assert!(html.contains("2 dossiers op dit toestel."));
    assert!(html.contains("Aangemaakt op 24 november 2026"));
    assert!(html.contains("<bdi>Amina El Idrissi</bdi>"));
    // Names are text, never markup.
    assert!(html.contains("Bram &lt;b&gt;Peeters&lt;/b&gt;"));
    assert!(!html.contains("<b>Peeters</b>"));
}

#[tokio::test]
async fn the_home_screen_leaves_the_other_dutch_files_for_later_and_they_come_when_needed() {
    for state in [AppState::default(), loaded_empty(), state(Lang::Nl, false)] {
        assert_complete(&render(state).await);
    }
    let t = trede::i18n::translator(Lang::Nl);
    assert!(t.unparsed_files() > 0, "the first screen parsed every Dutch file");
    // A message of a later file is found all the same.
    assert_eq!(t.t("plan-goals-empty"), "Nog geen doelen. Zullen we het eerste toevoegen?");
    assert_eq!(t.unparsed_files(), 0);
}

#[tokio::test]
async fn home_in_english() {
    let html = render(state(Lang::En, false)).await;
    assert_complete(&html);
    assert!(html.contains(r#"lang="en""#));
    assert!(html.contains("Dossiers on this device"));
    assert!(html.contains("Created on 24 November 2026"));
    assert!(html.contains("Create dossier"));
}

#[tokio::test]
async fn empty_home_invites_a_first_dossier() {
    let html = render(loaded_empty()).await;
    assert!(html.contains("Nog geen dossiers op dit toestel."));
    assert!(html.contains("enkel een naam is nodig"));
    assert!(!html.contains("dossier-list"));
}

#[tokio::test]
async fn before_storage_is_read_the_list_is_not_called_empty() {
    let html = render(AppState::default()).await;
    assert!(!html.contains("Nog geen dossiers"));
}

#[tokio::test]
async fn dossier_page_in_both_languages() {
    let html = render(state(Lang::Nl, true)).await;
    assert_complete(&html);
    assert!(html.contains("<h1><bdi>Amina El Idrissi</bdi></h1>"));
    assert!(html.contains("Taal van de cliënt"));
    assert!(html.contains("Alle dossiers"));
    // The client's language picker offers all sixteen, each in its own script.
    assert!(html.contains(r#"value="ar" selected="selected">العربية</option>"#), "{html}");
    assert!(html.contains("ትግርኛ") && html.contains("Українська"));

    let html = render(state(Lang::En, true)).await;
    assert_complete(&html);
    assert!(html.contains("Client&#x27;s language") || html.contains("Client's language"), "{html}");
    assert!(html.contains("All dossiers"));
}

#[tokio::test]
async fn notices_for_unreadable_records_and_failed_saves() {
    let mut s = state(Lang::Nl, false);
    s.unreadable = vec![UnreadableRecord { key: "trede.dossier.x".into(), message_id: "load-error-not-json" }];
    let s = s.apply(Msg::SaveFailed("save-error-full"));
    let html = render(s).await;
    assert_complete(&html);
    assert!(html.contains("Eén bewaard dossier kon niet gelezen worden."));
    assert!(html.contains("De gegevens zijn beschadigd of onvolledig."));
    assert!(html.contains(r#"role="alert""#) && html.contains("Het geheugen van dit toestel is vol."));
}

/// Exporting from the save-error banner or the end-of-meeting list opens the export dialog with
/// encryption on; one tap never makes a plain file.
#[tokio::test]
async fn an_export_from_an_error_asks_with_encryption_on() {
    let s = loaded(vec![amina(Lang::Nl, now())], Lang::Nl).apply(Msg::Open(DossierId("a1".into())));
    let s = s.apply(Msg::SaveFailed("save-error-full"));
    let html = render(s.clone()).await;
    assert!(!html.contains(r#"id="export-passphrase-title""#), "no dialog before the tap");
    let html = render(s.apply(Msg::AskExport(Some(DossierId("a1".into()))))).await;
    assert_complete(&html);
    assert!(html.contains(r#"id="export-passphrase-title""#), "{html}");
    assert!(html.contains(r#"<input checked type="checkbox">"#), "encryption is ticked: {html}");
    // No field invites a password manager: masked text fields, autocomplete off.
    assert!(!html.contains(r#"type="password""#) && html.contains(r#"autocomplete="off""#));
}

/// After "Einde gesprek" the screen says that the check found nothing left, or what it found.
#[tokio::test]
async fn a_wipe_says_what_its_check_found() {
    let s = loaded(vec![amina(Lang::Nl, now())], Lang::Nl).apply(Msg::WipeAll);
    let html = render(s.clone()).await;
    assert_complete(&html);
    assert!(html.contains("er blijft niets over") && !html.contains("Amina"), "{html}");
    let html = render(s.apply(Msg::WipeChecked(vec!["trede.catalogue".into()]))).await;
    assert!(html.contains(r#"role="alert""#) && html.contains("<code>trede.catalogue</code>"), "{html}");
}

/// A locked dossier's overview offers the device setting "lock when the tab is hidden".
#[tokio::test]
async fn a_locked_dossier_offers_to_lock_when_hidden() {
    let mut d = amina(Lang::Nl, now());
    d.lock = Some(trede::domain::LockSettings { idle_minutes: 10 });
    let s = loaded(vec![d], Lang::Nl).apply(Msg::Open(DossierId("a1".into())));
    let html = render(s.clone()).await;
    assert_complete(&html);
    assert!(html.contains(r#"id="lock-on-hide""#) && !html.contains(r#"checked type="checkbox" id="lock-on-hide""#));
    let html = render(s.apply(Msg::LockOnHide(true))).await;
    assert!(html.contains(r#"<input checked type="checkbox" id="lock-on-hide""#), "{html}");
}

#[tokio::test]
async fn saved_shows_only_after_the_commit_and_the_room_left_is_shown() {
    let state = loaded_empty().apply(Msg::Unsaved);
    let html = render(state.clone()).await;
    assert!(html.contains(r#"data-state="saving""#) && html.contains("Bezig met opslaan"));
    assert!(!html.contains(r#"data-state="saved""#));
    let state = state.apply(Msg::SaveSucceeded).apply(Msg::StorageRoom(3.5 * 1048576.0, 2.0 * 1073741824.0));
    let html = render(state.clone()).await;
    assert!(html.contains(r#"data-state="saved""#) && html.contains("Alles is opgeslagen"));
    assert!(html.contains("3.5 MB in gebruik op dit toestel, nog 2.0 GB vrij."), "{html}");
    // A failed save is the error notice, never "saved".
    let html = render(state.apply(Msg::SaveFailed("save-error-full"))).await;
    assert!(!html.contains("save-status"));
}

#[tokio::test]
async fn a_caseload_of_300_dossiers_is_stored_loaded_and_listed() {
    use trede::domain::caseload::{caseload, CASELOAD};
    use trede::storage::dossier_store::{load_records, Saver};
    use trede::storage::key_value::MemoryStore;
    use trede::storage::record_store::{block_on, Batch, RecordStore};
    let dossiers = caseload(CASELOAD, now());
    let batch = Batch::default();
    Saver::default().save(&batch, &dossiers, Lang::Nl).unwrap();
    let store = MemoryStore::new();
    block_on(store.commit(&batch.into_changes())).unwrap();
    let records = block_on(store.read_all()).unwrap();
    let loaded = load_records(&records);
    assert_eq!(loaded.dossiers.len(), CASELOAD);
    assert!(loaded.unreadable.is_empty());
    let html = render(loaded_from(loaded.dossiers)).await;
    assert_eq!(html.matches(r#"class="card dossier-card""#).count(), CASELOAD, "every dossier is listed");
    assert!(html.contains("300 dossiers op dit toestel."));
}

fn loaded_from(dossiers: Vec<Dossier>) -> AppState {
    loaded(dossiers, Lang::Nl)
}
