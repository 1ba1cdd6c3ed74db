//! What changed since the last signed version: on the worker's sign screen and in the client
//! turn's sign step (Dutch and Arabic, normal and simplified view), and the print's annex with the
//! fingerprints of both versions. Texts come from the translations, never typed here.

use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use trede::domain::plan::{ActionOrigin, Owner, PlanEdit, TextField};
use trede::domain::signing::{grouped, Signature, SignerRole, SigningEdit};
use trede::domain::{DossierEdit, Lang};
use trede::i18n::translator;
use trede::state::{AppState, DossierView, Msg, TurnStep};

use crate::support::{assert_complete, example, example_id, loaded, now, render};

const NEW_TITLE: &str = "Werk vinden in een woonzorgcentrum";
const NEW_ACTION: &str = "Infosessie VDAB bijwonen";

fn edit(state: AppState, edit: DossierEdit) -> AppState {
    state.apply(Msg::Edit { id: example_id(), edit, now: now() })
}

/// The example open on `view`, the worker's screen in `lang`, the client's language `client`.
fn open(lang: Lang, client: Lang, simplified: bool, view: DossierView) -> AppState {
    let mut d = example();
    d.client_lang = client;
    d.simplified = simplified;
    loaded(vec![d], lang)
        .apply(Msg::Open(example_id()))
        .apply(Msg::SetUiLang { lang, now: now() })
        .apply(Msg::Tick(now()))
        .apply(Msg::ShowView(view))
}

/// Every party signs the example on 24 November 2026.
fn signed(mut state: AppState) -> AppState {
    let mediator = state.open_dossier().unwrap().plan.third_parties[0].id;
    for role in [SignerRole::Client, SignerRole::Worker, SignerRole::ThirdParty(mediator)] {
        let signature = Signature {
            role,
            name: "Naam".into(),
            date: now().date_naive(),
            place: "Oostende".into(),
            strokes: vec![vec![(100, 200), (150, 120)]],
            typed: false,
        };
        state = edit(state, DossierEdit::Signing(SigningEdit::Sign(signature)));
    }
    assert!(state.open_dossier().unwrap().fully_signed());
    state
}

/// After signing: the first goal reworded, an action added, the plan's end moved.
fn changed(state: AppState) -> AppState {
    let goal = state.open_dossier().unwrap().plan.goals[0].id;
    let state = edit(state, DossierEdit::Plan(PlanEdit::SetText(TextField::GoalTitle(goal), NEW_TITLE.into())));
    let state = edit(
        state,
        DossierEdit::Plan(PlanEdit::AddAction {
            origin: ActionOrigin::Free,
            what: NEW_ACTION.into(),
            owner: Some(Owner::Client),
            due: NaiveDate::from_ymd_opt(2027, 1, 15),
            goal: None,
        }),
    );
    edit(state, DossierEdit::Plan(PlanEdit::SetEnd(NaiveDate::from_ymd_opt(2027, 12, 31))))
}

/// The list's title and its lines, in `lang`.
fn assert_lists_changes(html: &str, lang: Lang, title_id: &str) {
    let t = translator(lang);
    let date = t.date(now().date_naive());
    let title = t.t_args(title_id, &[("date", FluentValue::from(date))]);
    assert!(html.contains(r#"id="sign-changes""#), "{lang:?}: no change list");
    assert!(html.contains(&title), "{lang:?}: lacks {title:?}");
    for id in ["changes-goal-changed", "changes-action-added", "changes-date-end"] {
        assert!(html.contains(&format!(r#"data-change="{id}""#)), "{lang:?}: no {id}");
        assert!(html.contains(&t.t(id)), "{lang:?}: lacks the text of {id}");
    }
    // Typed text is isolated, so a Dutch title keeps its order in Arabic.
    assert!(html.contains(&format!("<bdi>{NEW_TITLE}</bdi>")) && html.contains(&format!("<bdi>{NEW_ACTION}</bdi>")));
    assert!(html.contains(&t.date(NaiveDate::from_ymd_opt(2027, 12, 31).unwrap())), "{lang:?}: the new end date");
}

#[tokio::test]
async fn the_sign_screen_lists_what_changed_since_signing_in_dutch_and_arabic() {
    for lang in [Lang::Nl, Lang::Ar] {
        // Signed and unchanged: nothing to list.
        let html = render(signed(open(lang, Lang::Nl, false, DossierView::Sign))).await;
        assert!(!html.contains(r#"id="sign-changes""#), "{lang:?}: a list while nothing changed");
        let html = render(changed(signed(open(lang, Lang::Nl, false, DossierView::Sign)))).await;
        assert_complete(&html);
        assert_lists_changes(&html, lang, "changes-title");
        assert!(html.contains(&translator(lang).t("changes-intro")));
        // Before the signer cards: read first, then sign.
        assert!(html.find(r#"id="sign-changes""#) < html.find(r#"id="signer-client""#), "{lang:?}: list after cards");
    }
    // Never signed: no list, however much changes.
    let html = render(changed(open(Lang::Nl, Lang::Nl, false, DossierView::Sign))).await;
    assert!(!html.contains(r#"id="sign-changes""#));
}

#[tokio::test]
async fn the_client_turn_shows_the_changes_in_her_language_before_she_signs() {
    for (client, simplified) in [(Lang::Ar, false), (Lang::Ar, true), (Lang::Nl, false), (Lang::Nl, true)] {
        let state = changed(signed(open(Lang::Nl, client, simplified, DossierView::Sign)));
        let html = render(state.apply(Msg::StartTurn(TurnStep::Sign))).await;
        assert_complete(&html);
        assert!(html.contains(r#"id="client-turn""#) && html.contains(r#"data-step="sign""#));
        let title = if simplified { "easy-changes-title" } else { "changes-title" };
        assert_lists_changes(&html, client, title);
        // The simplified view: a shorter title and no introduction.
        let intro = translator(client).t("changes-intro");
        assert_eq!(html.contains(&intro), !simplified, "{client:?} simplified={simplified}");
        assert_eq!(html.contains("plan-changes-simple"), simplified);
        if client == Lang::Ar {
            assert!(!html.contains(&translator(Lang::Nl).t("changes-goal-changed")), "Dutch labels in her turn");
        }
    }
}

#[tokio::test]
async fn the_print_carries_the_annex_with_both_fingerprints() {
    let state = signed(open(Lang::Nl, Lang::Ar, false, DossierView::Print));
    let old = state.open_dossier().unwrap().plan_fingerprint();
    let html = render(state.clone()).await;
    assert!(!html.contains(r#"id="doc-changes""#), "an annex while nothing changed");

    let state = changed(state);
    let new = state.open_dossier().unwrap().plan_fingerprint();
    assert_ne!(old, new);
    let html = render(state.clone()).await;
    assert_complete(&html);
    let (nl, ar) = (translator(Lang::Nl), translator(Lang::Ar));
    assert!(html.contains(r#"id="doc-changes""#));
    let annex = &html[html.find(r#"id="doc-changes""#).unwrap()..];
    for (id, fp) in [("doc-changes-old", &old), ("doc-changes-new", &new)] {
        assert!(annex.contains(&nl.t(id)) && annex.contains(&ar.t(id)), "lacks {id} in both languages");
        let line = &annex[annex.find(&format!(r#"class="doc-fingerprint-line {id}""#)).unwrap()..];
        let line = &line[..line.find("</p>").unwrap()];
        assert!(line.contains(&format!(r#"data-fingerprint="{fp}""#)) && line.contains(&grouped(fp)), "{id}: {line}");
    }
    let title = nl.t_args("doc-changes-title", &[("date", FluentValue::from(nl.date(now().date_naive())))]);
    assert!(annex.contains(&title), "lacks {title:?}");
    // Bilingual: each line in Dutch with the Arabic beside it; typed text once.
    assert!(annex.contains(&nl.t("changes-action-added")) && annex.contains(&ar.t("changes-action-added")));
    assert_eq!(annex.matches(NEW_ACTION).count(), 1);

    // Signed again: the new version's print still says what changed since the first.
    let signed_again = signed(state);
    let html = render(signed_again.clone()).await;
    let annex = &html[html.find(r#"id="doc-changes""#).expect("annex after signing again")..];
    assert!(annex.contains(&grouped(&old)) && annex.contains(&grouped(&new)));
    // The first version, printed on its own, has no annex: nothing was signed before it.
    let html = render(signed_again.apply(Msg::ShowPrint(Some(0)))).await;
    assert!(html.contains(&format!(r#"data-fingerprint="{old}""#)) && !html.contains(r#"id="doc-changes""#));
}
