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

#[tokio::test]
async fn in_the_turn_she_signs_on_her_own_card_in_arabic_with_the_binding_dutch_beside_it() {
    let (ar, nl) = (translator(Lang::Ar), translator(Lang::Nl));
    let html = render(turn(Lang::Ar, true, TurnStep::Sign)).await;
    // Only her card: not the worker's, a partner's or the support person's.
    assert_eq!(html.matches(r#"id="signer-"#).count(), 1, "one card");
    assert!(html.contains(r#"id="signer-client""#) && html.contains(r#"id="sign-client""#));
    assert!(!html.contains(r#"id="sign-worker""#) && !html.contains(r#"id="sign-third-"#));
    assert!(!html.contains(&nl.t("sign-parties-title")) && !html.contains(&ar.t("sign-parties-title")));
    // Her card in Arabic, her name isolated in the right-to-left text.
    assert!(html.contains(&ar.t("sign-role-client")) && html.contains(&ar.t("sign-start")));
    assert!(html.contains("<bdi>Voorbeeld: Samira</bdi>") || html.contains("<bdi>Samira"), "her name in <bdi>");
    assert!(!html.contains(&nl.t("sign-start")) && !html.contains(&nl.t("sign-role-client")));
    // The statement she signs: Arabic, and under it the binding Dutch, marked as binding.
    let help = html.find(&ar.t("doc-signatures-intro")).expect("the statement in Arabic");
    let mark = html.find(&ar.t("sign-binding-dutch")).expect("the binding mark in Arabic");
    let binding = html.find(&nl.t("doc-signatures-intro")).expect("the binding Dutch text");
    assert!(help < mark && mark < binding, "Arabic, then the binding Dutch");
    assert!(html.contains(r#"id="sign-statement-binding""#));
    let tag = &html[html[..binding].rfind('<').unwrap()..binding];
    assert!(tag.contains(r#"lang="nl""#) && tag.contains(r#"dir="ltr""#), "the Dutch is marked as Dutch: {tag}");
    // The support person beside her, in both languages, her name isolated.
    let presence = &html[html.find(r#"id="sign-presence""#).expect("presence")..];
    for id in ["doc-support", "sign-role-support"] {
        assert!(presence.contains(&ar.t(id)) && presence.contains(&nl.t(id)), "{id} in both languages");
    }
    assert!(presence.contains("<bdi>Nadia (zus)</bdi>"));
}

#[tokio::test]
async fn the_workers_sign_step_keeps_every_card_and_isolates_names() {
    let state = loaded(vec![dossier(Lang::Ar, false)], Lang::Ar)
        .apply(Msg::Open(example_id()))
        .apply(Msg::ShowView(DossierView::Sign));
    let html = render(state).await;
    assert!(html.contains(r#"id="signer-worker""#) && html.contains(r#"id="signer-client""#));
    assert!(!html.contains(r#"id="sign-statement""#), "the statement block is the turn's");
    assert!(html.contains("<bdi>Koen Declercq</bdi>"), "a Latin name in Arabic text is isolated");
}
