//! The evaluation step (kinds, the planned moment an evaluation fulfils, the plan years) and the
//! printed evaluation report, in every language, with the fingerprint of what it prints.

use trede::domain::plan::{PlanEdit, PlanStep};
use trede::domain::signing::grouped;
use trede::domain::{DossierEdit, Lang};
use trede::i18n::translator;
use trede::state::{AppState, DossierView, Msg};

use crate::support::{assert_complete, example, example_id, loaded, now, render};

fn open(lang: Lang, client_lang: Lang) -> AppState {
    loaded(vec![example()], lang)
        .apply(Msg::Open(example_id()))
        .apply(Msg::SetUiLang { lang, now: now() })
        .apply(Msg::SetClientLang { id: example_id(), lang: client_lang, now: now() })
        .apply(Msg::Tick(now()))
}

fn first_evaluation(state: &AppState) -> u64 {
    state.open_dossier().unwrap().plan.evaluations[0].id
}

#[tokio::test]
async fn the_evaluation_step_shows_kinds_moments_and_plan_years() {
    for lang in [Lang::Nl, Lang::En] {
        let state = open(lang, Lang::Nl).apply(Msg::ShowView(DossierView::Plan)).apply(Msg::Edit {
            id: example_id(),
            edit: DossierEdit::Plan(PlanEdit::SetStep(PlanStep::Evaluations)),
            now: now(),
        });
        let id = first_evaluation(&state);
        let html = render(state).await;
        assert_complete(&html);
        let t = translator(lang);
        for id in ["plan-eval-kind-written", "plan-eval-kind-phone-or-video", "plan-eval-link-none", "plan-eval-print"]
        {
            assert!(html.contains(&t.t(id)), "{lang:?} lacks {id}");
        }
        assert!(html.contains(r#"class="plan-year plan-year-"#), "{lang:?}: the plan year is counted");
        assert!(html.contains(&format!(r#"id="plan-eval-print-{id}""#)));
        // The rung chosen in an evaluation comes with the seed-000 definitions, as on the ladder.
        assert!(html.contains(r#"class="rung-definitions""#), "{lang:?}: rung definitions");
        assert!(html.contains(&t.t("ladder-definitions-title")));
        assert!(html.contains(&t.t(&trede::domain::Rung::new(1).unwrap().definition_id())));
    }
}

#[tokio::test]
async fn the_evaluation_report_prints_in_every_language_with_its_fingerprint() {
    for client in Lang::ALL {
        let state = open(Lang::Nl, client);
        let id = first_evaluation(&state);
        let state = state.apply(Msg::ShowEvaluationPrint(id));
        assert_eq!((state.view, state.focus.evaluation), (DossierView::Print, Some(id)));
        let d = state.open_dossier().unwrap().clone();
        let fingerprint = d.evaluation_report(id).unwrap().fingerprint(&d.client_name);
        assert!(state.print_running_line().unwrap().contains(&fingerprint[..16]));
        let html = render(state).await;
        assert_complete(&html);
        assert!(html.contains(&format!(r#"data-fingerprint="{fingerprint}""#)), "{client:?}");
        assert!(html.contains(&grouped(&fingerprint)), "{client:?}: the fingerprint is printed");
        // The binding Dutch, and the client's language beside it.
        assert!(html.contains("Verslag van een evaluatie van het GPMI"), "{client:?}");
        let title = translator(client).t("eval-report-title");
        assert!(html.contains(&title), "{client:?} lacks {title}");
        for text in ["Samira, Lotte Vermeulen, Nadia", "Arbeidsmatige activiteiten", "Volgende evaluatie"] {
            assert!(html.contains(text), "{client:?} lacks {text:?}");
        }
    }
    // Showing the plan's print again leaves the report.
    let state = open(Lang::Nl, Lang::Nl);
    let id = first_evaluation(&state);
    let state = state.apply(Msg::ShowEvaluationPrint(id)).apply(Msg::ShowPrint(None));
    assert_eq!(state.focus.evaluation, None);
    assert_eq!(open(Lang::Nl, Lang::Nl).apply(Msg::ShowEvaluationPrint(999_999)).view, DossierView::Overview);
}
