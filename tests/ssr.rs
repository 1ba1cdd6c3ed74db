//! Layer 2: every screen rendered natively with Yew's server renderer, in Dutch and English.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use chrono::{TimeZone, Utc};
use trede::domain::{Dossier, DossierId, Lang};
use trede::state::{Action, AppState};
use trede::storage::dossier_store::UnreadableRecord;
use trede::ui::shell::{Shell, ShellProps};
use yew::{Callback, LocalServerRenderer};

fn state(lang: Lang, open: bool) -> AppState {
    let created = Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap();
    let mut amina = Dossier::new(DossierId("a1".into()), "Amina El Idrissi".into(), lang, created);
    amina.client_lang = Lang::Ar;
    let bram = Dossier::new(DossierId("b2".into()), "Bram <b>Peeters</b>".into(), lang, created);
    let mut state = AppState::default().apply(Action::Loaded {
        dossiers: vec![amina, bram],
        unreadable: vec![],
        ui_lang: Some(lang),
        utc_offset_minutes: 60,
    });
    if open {
        state = state.apply(Action::Open(DossierId("a1".into())));
    }
    state
}

async fn render(state: AppState) -> String {
    let props = ShellProps { state: Rc::new(state), on_command: Callback::noop() };
    LocalServerRenderer::<Shell>::with_props(props).hydratable(false).render().await
}

fn assert_complete(html: &str) {
    assert!(!html.contains('⟦'), "a message is missing:\n{html}");
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
    let empty = AppState::default().apply(Action::Loaded {
        dossiers: vec![],
        unreadable: vec![],
        ui_lang: None,
        utc_offset_minutes: 0,
    });
    let html = render(empty).await;
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
    let s = s.apply(Action::SaveFailed("save-error-full"));
    let html = render(s).await;
    assert_complete(&html);
    assert!(html.contains("Eén bewaard dossier kon niet gelezen worden."));
    assert!(html.contains("De gegevens zijn beschadigd of onvolledig."));
    assert!(html.contains(r#"role="alert""#) && html.contains("Het geheugen van dit toestel is vol."));
}
