//! What the contract holds (KB art. 11 as replaced in 2016), ending, moving and who signs, as the
//! plan, sign and print screens show it.

use trede::domain::plan::{EndKind, PlanEdit, PlanStep, PlanType, SupportKind, TextField};
use trede::domain::{Dossier, DossierEdit, Lang};
use trede::state::{AppState, DossierView, Msg};

use crate::support::{assert_complete, example, example_id, loaded, now, render};

fn open(dossier: Dossier, view: DossierView, edits: Vec<PlanEdit>) -> AppState {
    let mut state = loaded(vec![dossier], Lang::Nl)
        .apply(Msg::Open(example_id()))
        .apply(Msg::SetUiLang { lang: Lang::Nl, now: now() })
        .apply(Msg::Tick(now()))
        .apply(Msg::ShowView(view));
    for edit in edits {
        state = state.apply(Msg::Edit { id: example_id(), edit: DossierEdit::Plan(edit), now: now() });
    }
    state
}

fn end_it() -> Vec<PlanEdit> {
    vec![
        PlanEdit::SetEndKind(Some(EndKind::Successful)),
        PlanEdit::SetEndDate(Some(now().date_naive())),
        PlanEdit::EndPlan,
    ]
}

#[tokio::test]
async fn the_read_through_says_in_plain_words_why_a_plan_is_not_ready() {
    let empty = Dossier::new(example_id(), "Samira".into(), Lang::Nl, now());
    let html = render(open(empty, DossierView::Plan, vec![PlanEdit::SetStep(PlanStep::Review)])).await;
    assert_complete(&html);
    for text in [
        "de einddatum",
        "wat het OCMW belooft (een actie van het OCMW of wat het OCMW inbrengt)",
        "de datum waarop je inhoud, draagwijdte en gevolgen uitlegde",
        "Het plan afsluiten",
        "Verhuis naar een ander OCMW",
    ] {
        assert!(html.contains(text), "lacks {text:?}");
    }
    assert!(!html.contains(r#"id="plan-move-export""#), "no export before the client's consent");
}

#[tokio::test]
async fn a_student_plan_shows_its_block_and_prints_it() {
    let edits = vec![
        PlanEdit::SetOrientation(PlanType::Studies, true),
        PlanEdit::SetText(TextField::StudiesSchool, "HoGent".into()),
        PlanEdit::SetStep(PlanStep::Basics),
    ];
    let html = render(open(example(), DossierView::Plan, edits.clone())).await;
    assert_complete(&html);
    assert!(html.contains(r#"id="plan-studies""#) && html.contains("de examens afleggen"));
    let html = render(open(example(), DossierView::Print, edits)).await;
    assert_complete(&html);
    for text in ["Voltijds studeren (studenten-GPMI)", "HoGent", "Activiteitendomeinen", "verplaatsingskosten"] {
        assert!(html.contains(text), "the print lacks {text:?}");
    }
}

#[tokio::test]
async fn the_sign_screen_has_no_card_for_a_role_nobody_chose() {
    let edits = vec![
        PlanEdit::SetPresent(SupportKind::SupportPerson, false),
        PlanEdit::SetPresent(SupportKind::Interpreter, true),
        PlanEdit::SetText(TextField::PresentName(SupportKind::Interpreter), "Tolk Dari".into()),
    ];
    let html = render(open(example(), DossierView::Sign, edits)).await;
    assert_complete(&html);
    assert!(html.contains(r#"id="signer-interpreter""#) && html.contains("Tolk Dari"));
    assert!(!html.contains(r#"id="signer-support""#), "no unnamed support person card");
}

#[tokio::test]
async fn an_ended_plan_is_read_and_printed_but_not_edited_or_signed() {
    let html = render(open(example(), DossierView::Plan, end_it())).await;
    assert_complete(&html);
    assert!(html.contains(r#"id="plan-ended""#) && html.contains("Dit plan is afgesloten op"));
    assert!(!html.contains(r#"id="plan-step-basics""#), "no step to edit");
    assert!(html.contains("Werk vinden als zorgkundige"), "still readable");
    let html = render(open(example(), DossierView::Sign, end_it())).await;
    assert!(html.contains(r#"id="sign-ended""#) && !html.contains(r#"id="sign-client""#));
    let html = render(open(example(), DossierView::Print, end_it())).await;
    assert!(html.contains(r#"id="doc-ended""#) && html.contains("Geslaagd: de doelen zijn bereikt"));
}
