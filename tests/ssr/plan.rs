//! Every step of the plan and its review, rendered natively in Dutch and English.

use trede::domain::plan::{PlanEdit, PlanStep};
use trede::domain::{Dossier, DossierEdit, Lang};
use trede::state::{AppState, DossierView, Msg};

use crate::support::{assert_complete, example, example_id, loaded, loaded_empty, now, render};

fn state(lang: Lang, step: PlanStep, example_plan: bool) -> AppState {
    let dossier = if example_plan { example() } else { Dossier::new(example_id(), "Samira".into(), lang, now()) };
    loaded(vec![dossier], lang)
        .apply(Msg::Open(example_id()))
        .apply(Msg::SetUiLang { lang, now: now() })
        .apply(Msg::ShowView(DossierView::Plan))
        .apply(Msg::Edit { id: example_id(), edit: DossierEdit::Plan(PlanEdit::SetStep(step)), now: now() })
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
        (PlanStep::Basics, "Gericht op (één of meer)"),
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
        (PlanStep::Basics, "Aimed at (one or more)"),
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
    let html = render(loaded_empty()).await;
    assert_complete(&html);
    assert!(html.contains("Voorbeeld bekijken"));
}

/// Where the strength for an action comes from: three choices on the action, the chosen one
/// pressed; said in the read-through and on the print; nothing where it was not chosen.
#[tokio::test]
async fn the_strength_of_an_action_in_the_editor_the_read_through_and_the_print() {
    use trede::domain::plan::Strength;
    let t = trede::i18n::translator(Lang::Nl);
    let with = |step: PlanStep, view: DossierView| {
        let s = state(Lang::Nl, step, true);
        let id = s.open_dossier().unwrap().plan.actions[0].id;
        let edit = DossierEdit::Plan(PlanEdit::SetActionStrength(id, Some(Strength::Network)));
        (s.apply(Msg::Edit { id: example_id(), edit, now: now() }).apply(Msg::ShowView(view)), id)
    };
    let (s, id) = with(PlanStep::Actions, DossierView::Plan);
    let html = render(s).await;
    assert_complete(&html);
    let field = &html[html.find(&format!(r#"id="plan-action-strength-{id}""#)).unwrap()..];
    let field = &field[..field.find("</fieldset>").unwrap()];
    assert!(field.contains(&t.t("plan-strength-label")));
    for s in Strength::ALL {
        let pressed = if s == Strength::Network { "true" } else { "false" };
        assert!(field.contains(&format!(r#"aria-pressed="{pressed}""#)) && field.contains(&t.t(&s.message_id())));
    }
    assert_eq!(field.matches(r#"aria-pressed="true""#).count(), 1);
    let html = render(with(PlanStep::Review, DossierView::Plan).0).await;
    assert!(html.contains(&t.t("plan-strength-network")), "read-through");
    let html = render(with(PlanStep::Review, DossierView::Print).0).await;
    assert!(html.contains(&format!("{}: {}", t.t("doc-strength"), t.t("plan-strength-network"))), "print");
    // Not chosen: nothing on the print.
    let html = render(state(Lang::Nl, PlanStep::Review, true).apply(Msg::ShowView(DossierView::Print))).await;
    assert!(!html.contains("doc-strength"));
}
