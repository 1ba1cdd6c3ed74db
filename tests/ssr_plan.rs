//! Layer 2: every step of the plan and its review, rendered natively in Dutch and English.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use chrono::{TimeZone, Utc};
use trede::domain::example::example_dossier;
use trede::domain::plan::{PlanEdit, PlanStep};
use trede::domain::{Dossier, DossierEdit, DossierId, Lang};
use trede::state::{Action, AppState, DossierView};
use trede::ui::shell::{Shell, ShellProps};
use yew::{Callback, LocalServerRenderer};

fn state(lang: Lang, step: PlanStep, example: bool) -> AppState {
    let now = Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap();
    let dossier = if example {
        example_dossier(DossierId("ex".into()), now)
    } else {
        Dossier::new(DossierId("ex".into()), "Samira".into(), lang, now)
    };
    AppState::default()
        .apply(Action::Loaded {
            dossiers: vec![dossier],
            unreadable: vec![],
            ui_lang: Some(lang),
            utc_offset_minutes: 60,
        })
        .apply(Action::Open(DossierId("ex".into())))
        .apply(Action::SetUiLang { lang, now })
        .apply(Action::ShowView(DossierView::Plan))
        .apply(Action::Edit { id: DossierId("ex".into()), edit: DossierEdit::Plan(PlanEdit::SetStep(step)), now })
}

async fn render(state: AppState) -> String {
    let props = ShellProps { state: Rc::new(state), on_command: Callback::noop() };
    LocalServerRenderer::<Shell>::with_props(props).hydratable(false).render().await
}

fn assert_complete(html: &str) {
    assert!(!html.contains('⟦'), "a message is missing:\n{html}");
}

async fn each_step(lang: Lang, example: bool, expect: &[(PlanStep, &str)]) {
    for (step, text) in expect {
        let html = render(state(lang, *step, example)).await;
        assert_complete(&html);
        assert!(html.contains(text), "{lang:?} {step:?} (example {example}) lacks {text:?}");
        assert!(html.contains(r#"aria-current="step""#));
    }
}

#[tokio::test]
async fn every_step_in_dutch() {
    let expect = [
        (PlanStep::Basics, "Soort plan"),
        (PlanStep::Topics, "Wat heb je nodig?"),
        (PlanStep::Goals, "Nog geen doelen."),
        (PlanStep::Actions, "Nog geen acties."),
        (PlanStep::Agreements, "Wat verwacht het OCMW van jou?"),
        (PlanStep::Review, "Er ontbreken nog"),
        (PlanStep::Evaluations, "Vul eerst de begindatum in"),
    ];
    each_step(Lang::Nl, false, &expect).await;
}

#[tokio::test]
async fn every_step_in_english() {
    let expect = [
        (PlanStep::Basics, "Kind of plan"),
        (PlanStep::Topics, "What do you need?"),
        (PlanStep::Goals, "No goals yet."),
        (PlanStep::Actions, "No actions yet."),
        (PlanStep::Agreements, "What does the OCMW expect from you?"),
        (PlanStep::Review, "things are still missing"),
        (PlanStep::Evaluations, "Fill in the start date first"),
    ];
    each_step(Lang::En, false, &expect).await;
}

#[tokio::test]
async fn the_example_plan_in_both_languages() {
    let nl = [
        (PlanStep::Basics, "de cliënt jonger is dan 25"),
        (PlanStep::Topics, "Werk vinden in de zorg"),
        (PlanStep::Goals, "Werk vinden als zorgkundige"),
        (PlanStep::Actions, "Koen Declercq (Schuldbemiddelaar)"),
        (PlanStep::Agreements, "arbeidsrechtbank"),
        (PlanStep::Review, "Het plan is klaar om te tekenen."),
        (PlanStep::Evaluations, "Bijgestuurd"),
    ];
    each_step(Lang::Nl, true, &nl).await;
    let en = [
        (PlanStep::Basics, "the client is younger than 25"),
        (PlanStep::Goals, "Money and debts"),
        (PlanStep::Actions, "Under way"),
        (PlanStep::Agreements, "labour court"),
        (PlanStep::Review, "The plan is ready to sign."),
        (PlanStep::Evaluations, "New place on the ladder: Work-like activities"),
    ];
    each_step(Lang::En, true, &en).await;
    let html = render(state(Lang::Nl, PlanStep::Review, true)).await;
    assert!(html.contains("Voorbeeld: geen echte persoon"));
    assert!(html.contains("<bdi>Voorbeeld: Samira</bdi>"));
}

#[tokio::test]
async fn home_offers_the_example() {
    let html = render(AppState::default().apply(Action::Loaded {
        dossiers: vec![],
        unreadable: vec![],
        ui_lang: None,
        utc_offset_minutes: 0,
    }))
    .await;
    assert_complete(&html);
    assert!(html.contains("Voorbeeld bekijken"));
}
