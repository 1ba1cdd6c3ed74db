//! The legal rules as a user sees them (docs/rules.md): the OCMW's exemption on the plan and on
//! the ladder, the rung definitions where a rung is chosen, the reflection time's end and a
//! signature inside it (review, sign screen, print), and the rights with the rule set's numbers.

use chrono::NaiveDate;
use trede::domain::ladder::{LadderEdit, PlacementDraft, Position, Viewpoint};
use trede::domain::plan::{PlanEdit, PlanStep, TextField};
use trede::domain::rules::{ExemptionGround, RuleSet};
use trede::domain::{DossierEdit, Lang};
use trede::state::{AppState, DossierView, Msg};

use crate::support::{assert_complete, example, example_id, loaded, now, render};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// The example dossier open on `view`, after these edits.
fn with(lang: Lang, edits: Vec<DossierEdit>, view: DossierView) -> AppState {
    let mut state = loaded(vec![example()], lang)
        .apply(Msg::Open(example_id()))
        .apply(Msg::SetUiLang { lang, now: now() })
        .apply(Msg::Tick(now()));
    for edit in edits {
        state = state.apply(Msg::Edit { id: example_id(), edit, now: now() });
    }
    state.apply(Msg::ShowView(view))
}

fn plan(edit: PlanEdit) -> DossierEdit {
    DossierEdit::Plan(edit)
}

fn exempted() -> Vec<DossierEdit> {
    vec![
        plan(PlanEdit::SetExemption(Some(ExemptionGround::Health))),
        plan(PlanEdit::SetExemptionDate(Some(d(2026, 2, 28)))),
        plan(PlanEdit::SetText(TextField::ExemptionReason, "Medisch attest tot eind maart".into())),
        DossierEdit::Ladder(LadderEdit::AddPlacement(PlacementDraft {
            date: d(2026, 11, 24),
            position: Position::Exempted,
            viewpoint: Viewpoint::Agreed,
            language_course: false,
            note: String::new(),
        })),
    ]
}

#[tokio::test]
async fn the_exemption_is_one_decision_shown_on_the_plan_and_the_ladder() {
    let mut edits = exempted();
    edits.push(plan(PlanEdit::SetStep(PlanStep::Basics)));
    let html = render(with(Lang::Nl, edits, DossierView::Plan)).await;
    assert_complete(&html);
    assert!(html.contains("Om redenen van gezondheid"), "{html}");
    assert!(html.contains("Medisch attest tot eind maart"));
    assert!(!html.contains("De datum van de beslissing ontbreekt nog."));

    let html = render(with(Lang::Nl, exempted(), DossierView::Ladder)).await;
    assert_complete(&html);
    assert!(html.contains(r#"id="ladder-exemption""#), "{html}");
    assert!(html.contains("28 februari 2026"), "the decision's date");
    assert!(html.contains("Medisch attest tot eind maart"));

    // Without a decision in the plan, the ladder says where to record it.
    let ladder_only = exempted().split_off(3);
    let html = render(with(Lang::En, ladder_only, DossierView::Ladder)).await;
    assert_complete(&html);
    assert!(html.contains("The plan holds no exemption decision of the OCMW yet."), "{html}");
}

#[tokio::test]
async fn a_missing_date_or_reason_of_the_exemption_is_named() {
    let edits =
        vec![plan(PlanEdit::SetExemption(Some(ExemptionGround::Equity))), plan(PlanEdit::SetStep(PlanStep::Basics))];
    let html = render(with(Lang::Nl, edits, DossierView::Plan)).await;
    assert_complete(&html);
    assert!(html.contains("De datum van de beslissing ontbreekt nog."));
    assert!(html.contains("De motivering van de beslissing ontbreekt nog."));
}

#[tokio::test]
async fn rung_definitions_show_where_a_rung_is_chosen() {
    let html = render(with(Lang::Nl, vec![], DossierView::Ladder)).await;
    assert_complete(&html);
    assert!(html.contains("Wat betekent elke trede?"));
    assert!(html.contains("Contacten beperkt tot de huiselijke kring"));
    assert!(html.contains("vooral thuis en in de directe omgeving"), "rung 1's definition");
    assert!(html.contains(r#"class="hint rung-definition""#), "the chosen rung's definition under the choice");
}

/// Reflection asked for on Sunday 22 November 2026: 5 calendar days end on Friday 27 November.
fn reflection(signed: Option<NaiveDate>, waived: Option<NaiveDate>) -> Vec<DossierEdit> {
    vec![
        plan(PlanEdit::AskReflection(Some(d(2026, 11, 22)))),
        plan(PlanEdit::SetSignedOn(signed)),
        plan(PlanEdit::WaiveReflection(waived)),
        plan(PlanEdit::SetStep(PlanStep::Review)),
    ]
}

#[tokio::test]
async fn a_signature_inside_the_reflection_time_is_warned_about_not_blocked() {
    let html = render(with(Lang::Nl, reflection(Some(d(2026, 11, 24)), None), DossierView::Plan)).await;
    assert_complete(&html);
    assert!(html.contains("27 november 2026"), "the end date on screen");
    assert!(html.contains(r#"id="plan-signed-inside-reflection""#));

    let html = render(with(Lang::Nl, reflection(None, None), DossierView::Sign)).await;
    assert_complete(&html);
    assert!(html.contains(r#"id="sign-inside-reflection""#), "today (24 November) is inside");
    assert!(html.contains("27 november 2026"));

    let html =
        render(with(Lang::Nl, reflection(Some(d(2026, 11, 24)), Some(d(2026, 11, 23))), DossierView::Plan)).await;
    assert!(!html.contains(r#"id="plan-signed-inside-reflection""#), "the client waived it");
    let html = render(with(Lang::Nl, reflection(None, Some(d(2026, 11, 23))), DossierView::Sign)).await;
    assert!(!html.contains(r#"id="sign-inside-reflection""#));
}

#[tokio::test]
async fn the_print_shows_when_the_reflection_time_ends_or_was_waived() {
    let html = render(with(Lang::Nl, reflection(None, None), DossierView::Print)).await;
    assert_complete(&html);
    assert!(html.contains("loopt tot en met"), "{html}");
    assert!(html.contains("27 november 2026"));
    let html = render(with(Lang::Nl, reflection(None, Some(d(2026, 11, 23))), DossierView::Print)).await;
    assert!(html.contains("de cliënt zag ervan af op"));
    assert!(html.contains("23 november 2026"));
}

#[tokio::test]
async fn rights_take_their_numbers_from_the_rule_set() {
    let html = render(with(Lang::Nl, vec![], DossierView::Print)).await;
    assert!(html.contains("hoogstens één maand, of hoogstens 3 maanden"), "{html}");
    assert!(html.contains("Daarvoor heb je 3 maanden"));
    assert!(html.contains("binnen 5 werkdagen"));
    let rules = RuleSet { appeal_months: 2, sanction_months: 2, meeting_working_days: 3, ..RuleSet::default() };
    let html = render(with(Lang::Nl, vec![plan(PlanEdit::SetRules(rules))], DossierView::Print)).await;
    assert_complete(&html);
    assert!(html.contains("hoogstens 2 maanden, of hoogstens 3 maanden"));
    assert!(html.contains("Daarvoor heb je 2 maanden"));
    assert!(html.contains("binnen 3 werkdagen"));
}

#[tokio::test]
async fn evaluation_numbers_in_the_rights_come_from_the_rule_set() {
    let html = render(with(Lang::Nl, vec![], DossierView::Print)).await;
    assert!(html.contains("minstens 3 keer per jaar samen met jou, waarvan minstens 2 keer"), "{html}");
    let rules = RuleSet { evaluations_per_year: 4, in_person_per_year: 1, ..RuleSet::default() };
    let edits = vec![plan(PlanEdit::SetRules(rules.clone()))];
    let html = render(with(Lang::Nl, edits, DossierView::Print)).await;
    assert_complete(&html);
    assert!(html.contains("minstens 4 keer per jaar samen met jou, waarvan minstens één keer"), "{html}");
    let edits = vec![plan(PlanEdit::SetRules(rules)), plan(PlanEdit::SetStep(PlanStep::Agreements))];
    let html = render(with(Lang::En, edits, DossierView::Plan)).await;
    assert_complete(&html);
    assert!(html.contains("at least 4 times a year, at least once face to face"), "{html}");
}

#[tokio::test]
async fn too_few_evaluations_names_what_the_plans_own_rule_needs() {
    // A year of moments, then the plan is cut to six months: the proportional minimum is asked.
    let edits = vec![
        plan(PlanEdit::SetStart(Some(d(2026, 12, 1)))),
        plan(PlanEdit::SetEnd(Some(d(2027, 11, 30)))),
        plan(PlanEdit::ProposeEvaluations),
        plan(PlanEdit::SetEnd(Some(d(2027, 5, 31)))),
        plan(PlanEdit::SetStep(PlanStep::Review)),
    ];
    let html = render(with(Lang::Nl, edits, DossierView::Plan)).await;
    assert_complete(&html);
    assert!(
        html.contains("genoeg evaluatiemomenten: minstens 2 in 6 maanden, waarvan 1 van persoon tot persoon"),
        "{html}"
    );
}
