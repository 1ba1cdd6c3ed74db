//! The client turn: only the client's screens, in their language, with the translation note;
//! no worker controls, no other dossier, no delete or export.

use trede::domain::{Dossier, Lang};
use trede::i18n::review::{is_reviewed, note_id};
use trede::i18n::translator;
use trede::state::{AppState, DossierView, Msg, TurnStep};

use crate::support::{amina, example, example_id, loaded, now, render};

fn dossier(client: Lang, simplified: bool) -> Dossier {
    let mut d = example();
    d.client_lang = client;
    d.simplified = simplified;
    d
}

/// The worker (in Dutch) hands the example dossier to its client on `step`; another client's
/// dossier is on the device too.
fn turn(client: Lang, simplified: bool, step: TurnStep) -> AppState {
    loaded(vec![dossier(client, simplified), amina(Lang::Nl, now())], Lang::Nl)
        .apply(Msg::Open(example_id()))
        .apply(Msg::ShowView(step.view()))
        .apply(Msg::StartTurn(step))
}

#[tokio::test]
async fn every_client_screen_in_every_other_language_says_it_is_a_help_translation() {
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::Nl) {
        let note = translator(lang).t(note_id(lang).unwrap());
        assert!(!is_reviewed(lang), "TRANSLATIONS.md: {lang:?} not reviewed");
        assert_eq!(note, translator(lang).t("turn-note-unreviewed"));
        for simplified in [false, true] {
            for step in TurnStep::ALL {
                let html = render(turn(lang, simplified, step)).await;
                crate::support::assert_complete(&html);
                assert!(html.contains(r#"id="turn-translation-note""#) && html.contains(&note), "{lang:?} {step:?}");
                assert!(html.contains(&format!(r#"lang="{}""#, lang.code())), "{lang:?} {step:?}");
                assert!(html.contains(&format!(r#"data-step="{}""#, step.slug())), "{lang:?} {step:?}");
            }
        }
    }
}

#[tokio::test]
async fn in_dutch_there_is_no_translation_note() {
    let html = render(turn(Lang::Nl, false, TurnStep::Plan)).await;
    assert!(html.contains("client-turn") && !html.contains("turn-translation-note"));
}

#[tokio::test]
async fn a_turn_has_no_worker_controls_and_no_other_dossier() {
    for step in TurnStep::ALL {
        let html = render(turn(Lang::Ar, true, step)).await;
        let nl = translator(Lang::Nl);
        for id in ["export-button", "delete-button", "back-to-list", "rename-button", "dossier-nav-label", "turn-start"]
        {
            assert!(!html.contains(&nl.t(id)), "{step:?} shows {id}");
        }
        assert!(!html.contains("Amina"), "{step:?}: another client's name");
        assert!(!html.contains(r#"class="app-header""#) && !html.contains("language-picker"));
        assert!(html.contains(r#"id="turn-return""#) && html.contains(&nl.t("turn-hold-return")));
        assert!(html.contains(r#"dir="rtl""#));
    }
}

#[tokio::test]
async fn the_client_signs_and_reads_the_plan_on_screens_in_their_language() {
    let ar = translator(Lang::Ar);
    let sign = render(turn(Lang::Ar, true, TurnStep::Sign)).await;
    assert!(sign.contains(&ar.t("sign-title")) && sign.contains(&ar.t("sign-intro")));
    assert!(!sign.contains(&translator(Lang::Nl).t("sign-intro")));
    let plan = render(turn(Lang::Ar, true, TurnStep::Plan)).await;
    assert!(plan.contains("print-doc") && plan.contains(&ar.t("turn-print-copy")));
}

#[tokio::test]
async fn the_worker_gets_the_tablet_back_with_a_note_in_their_language() {
    let state = turn(Lang::Ar, true, TurnStep::Sign).apply(Msg::EndTurn);
    assert_eq!(state.view, DossierView::Sign);
    let html = render(state).await;
    assert!(html.contains(r#"id="turn-returned""#) && html.contains(&translator(Lang::Nl).t("turn-returned")));
    assert!(html.contains(r#"id="turn-start""#), "the hand-over is one tap away again");
}

#[tokio::test]
async fn the_print_says_the_translation_is_not_reviewed_in_both_forms() {
    for lang in [Lang::Ar, Lang::Ti, Lang::Uk] {
        let html = render(turn(lang, false, TurnStep::Plan)).await;
        assert!(html.contains(&translator(lang).t("doc-review-no")), "{lang:?} client copy");
        let worker =
            loaded(vec![dossier(lang, false)], Lang::Nl).apply(Msg::Open(example_id())).apply(Msg::ShowPrint(None));
        let html = render(worker).await;
        assert!(html.contains(&translator(Lang::Nl).t("doc-review-no")), "{lang:?} bilingual, Dutch");
        assert!(html.contains(&translator(lang).t("doc-review-no")), "{lang:?} bilingual, help");
    }
}
