//! "My road so far": the client's progress on one page, in the client's language (Dutch, Arabic
//! right to left, Tigrinya), in the normal and the simplified view, from the worker's dossier view
//! and in the client turn, for the example dossier and the large one. And the case-file summary
//! on the print view.

use trede::domain::fixtures::large_dossier;
use trede::domain::{Dossier, DossierId, Lang};
use trede::i18n::translator;
use trede::state::{AppState, CopyOutcome, DossierView, Msg, TurnStep};

use crate::support::{assert_complete, example, loaded, now, render};

fn with_client(mut d: Dossier, client: Lang, simplified: bool) -> Dossier {
    d.client_lang = client;
    d.simplified = simplified;
    d
}

/// The worker (in Dutch) on the road view of `d`.
fn worker_view(d: Dossier) -> AppState {
    let id = d.id.clone();
    loaded(vec![d], Lang::Nl).apply(Msg::Open(id)).apply(Msg::Tick(now())).apply(Msg::ShowView(DossierView::Road))
}

/// The same dossier in the client's hands, on the road step.
fn in_turn(d: Dossier) -> AppState {
    worker_view(d).apply(Msg::StartTurn(TurnStep::Road))
}

fn the_road(html: &str) -> &str {
    let start = html.find(r#"id="road-page""#).expect("the road page is on screen");
    &html[start..]
}

#[tokio::test]
async fn the_road_reads_in_the_clients_language_in_both_views_for_the_example_and_the_large_dossier() {
    let dossiers = [("example", example()), ("large", large_dossier(now()))];
    for (name, d) in dossiers {
        for lang in [Lang::Nl, Lang::Ar, Lang::Ti] {
            for simplified in [false, true] {
                let t = translator(lang);
                for (place, state) in [
                    ("worker", worker_view(with_client(d.clone(), lang, simplified))),
                    ("turn", in_turn(with_client(d.clone(), lang, simplified))),
                ] {
                    let what = format!("{name} {lang:?} simplified={simplified} {place}");
                    let html = render(state).await;
                    assert_complete(&html);
                    let road = the_road(&html);
                    assert!(road.contains(&format!(r#"lang="{}" dir="{}""#, lang.code(), lang.dir())), "{what}");
                    assert!(road.contains(&t.t("road-title")) && road.contains(&t.t("road-next-title")), "{what}");
                    assert!(road.contains(&format!("<bdi>{}</bdi>", d.client_name)), "{what}: the name isolated");
                    assert!(road.contains(r#"class="road-chart""#) && road.contains(r#"role="img""#), "{what}");
                    // The picture's data as a list: one item per placement.
                    let list = &road[road.find(r#"id="road-ladder-list""#).unwrap()..];
                    let list = &list[..list.find("</ol>").unwrap()];
                    assert_eq!(list.matches("<li").count(), d.ladder.placements.len(), "{what}");
                    assert_eq!(road.contains("road-simple"), simplified, "{what}");
                    // The page says it is a help translation, in its language, except in Dutch.
                    let note = (lang != Lang::Nl).then(|| t.t("turn-note-unreviewed"));
                    assert_eq!(road.contains("road-note"), note.is_some(), "{what}");
                    assert!(note.is_none_or(|note| road.contains(&note)), "{what}");
                    // The Dutch word under the home word only in the simplified view, not in Dutch.
                    assert_eq!(road.contains("term-nl"), simplified && lang != Lang::Nl, "{what}");
                }
            }
        }
    }
}

#[tokio::test]
async fn in_arabic_time_runs_from_right_to_left_and_says_so() {
    let ar = translator(Lang::Ar);
    let d = with_client(example(), Lang::Ar, true);
    let first = d.ladder.placements()[0].draft.date;
    let html = render(in_turn(d)).await;
    let road = the_road(&html);
    // The first date at the right end, where reading starts; the arrow points left.
    assert!(
        road.contains(&format!(
            r#"x="600.0" y="242.0" text-anchor="start" direction="rtl" class="road-axis">{}"#,
            ar.date(first)
        )),
        "{road}"
    );
    assert!(road.contains(&format!("{} ←", ar.t("road-time"))));
    let nl = render(in_turn(with_client(example(), Lang::Nl, false))).await;
    assert!(
        nl.contains(r#"x="40.0" y="242.0" text-anchor="start" direction="ltr" class="road-axis">"#)
            && nl.contains("Tijd →")
    );
}

#[tokio::test]
async fn the_road_is_a_step_of_the_client_turn_and_a_view_of_the_dossier() {
    let html = render(in_turn(with_client(example(), Lang::Ar, true))).await;
    assert!(html.contains(r#"id="turn-step-road""#) && html.contains(r#"data-step="road""#));
    assert!(html.contains(&translator(Lang::Ar).t("road-view")));
    let worker = render(worker_view(with_client(example(), Lang::Ti, false))).await;
    assert!(worker.contains(r#"id="view-road""#) && worker.contains(r#"aria-current="page""#));
    // The worker can hand the tablet over from here, on the same page.
    assert!(worker.contains(r#"id="turn-start""#));
    assert_eq!(worker_view(example()).route(), "#/d/ex/road");
}

#[tokio::test]
async fn the_print_view_offers_the_case_file_summary_and_says_where_it_went() {
    let nl = translator(Lang::Nl);
    let state = worker_view(example()).apply(Msg::ShowPrint(None));
    let html = render(state.clone()).await;
    assert_complete(&html);
    assert!(html.contains(&nl.t("case-file-title")) && html.contains(r#"id="case-file-show""#));
    let file = "trede-2026-11-24-3f9a1c.txt";
    let html = render(state.clone().apply(Msg::CaseFileCopied(CopyOutcome::Downloaded(file.into())))).await;
    assert!(html.contains(file), "the file name is said");
    let html = render(state.apply(Msg::CaseFileCopied(CopyOutcome::Copied))).await;
    assert!(html.contains(&nl.t("case-file-copied")));
    // One evaluation's summary on its report.
    let d = example();
    let evaluation = d.plan.evaluations[0].id;
    let html = render(worker_view(d).apply(Msg::ShowEvaluationPrint(evaluation))).await;
    assert!(html.contains(&nl.t("case-file-intro-evaluation")));
}

#[tokio::test]
async fn a_dossier_with_no_road_yet_says_so_plainly() {
    let d = Dossier::new(DossierId("new".into()), "Bram".into(), Lang::Nl, now());
    let html = render(worker_view(with_client(d, Lang::Ar, false))).await;
    assert_complete(&html);
    let ar = translator(Lang::Ar);
    for id in ["road-ladder-none", "road-checks-none", "road-reached-none", "road-next-none"] {
        assert!(html.contains(&ar.t(id)), "{id}");
    }
}
