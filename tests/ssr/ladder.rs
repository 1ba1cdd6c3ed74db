//! The ladder view, in Dutch and English: rungs, current and goal,
//! offers on a rung, the history with a step back, and catalogue problems.

use chrono::NaiveDate;
use trede::domain::ladder::{LadderEdit, PlacementDraft, Position, Viewpoint};
use trede::domain::{Dossier, DossierEdit, DossierId, Lang, Rung};
use trede::i18n::translator;
use trede::state::{AppState, CatalogueChoice, DossierView, Msg};
use trede::ui::ladder::catalogue_loader::problem_text;
use trede::ui::ladder::LadderPage;
use trede::ui::Command;
use yew::prelude::*;

use crate::support::{amina, assert_complete, loaded, now, render, render_in};

fn placement(y: i32, m: u32, d: u32, rung: Option<u8>, note: &str) -> LadderEdit {
    LadderEdit::AddPlacement(PlacementDraft {
        date: NaiveDate::from_ymd_opt(y, m, d).unwrap(),
        position: rung.map(|n| Position::Rung(Rung::new(n).unwrap())).unwrap_or(Position::Orientation),
        viewpoint: Viewpoint::Agreed,
        language_course: rung == Some(2),
        note: note.into(),
    })
}

fn dossier(lang: Lang) -> Dossier {
    let mut d = amina(lang, now());
    for edit in [
        placement(2024, 1, 10, None, ""),
        placement(2024, 3, 1, Some(2), "Babbelbox <b>elke week</b>"),
        placement(2024, 6, 1, Some(3), ""),
        placement(2024, 9, 1, Some(2), "Een moeilijke zomer"),
        LadderEdit::SetTarget(Rung::new(4)),
    ] {
        DossierEdit::Ladder(edit).apply(&mut d, now());
    }
    d
}

fn state(lang: Lang) -> AppState {
    loaded(vec![dossier(lang)], lang).apply(Msg::Open(DossierId("a1".into()))).apply(Msg::ShowView(DossierView::Ladder))
}

/// The ladder page alone, with a rung's offers open.
async fn render_ladder(lang: Lang, rung: Option<Rung>, catalogue: CatalogueChoice) -> String {
    let page = html! {
        <LadderPage dossier={std::rc::Rc::new(dossier(lang))} {rung} {catalogue}
            on_command={Callback::<Command>::noop()} />
    };
    render_in(lang, None, page).await
}

#[tokio::test]
async fn ladder_and_history_in_dutch() {
    let html = render(state(Lang::Nl)).await;
    assert_complete(&html);
    assert!(html.contains("De participatieladder"));
    assert!(html.contains(r#"id="view-ladder""#) && html.contains(r#"aria-current="page""#));
    assert!(html.contains("Nu: trede 2, Sociale contacten buitenshuis"));
    assert!(html.contains("Daarnaast loopt een taalcursus."));
    assert!(html.contains("Trede 6: Betaald werk"));
    assert!(html.contains("Hoogst haalbare trede voor Amina El Idrissi"));
    assert!(html.contains("is een succes, geen eindpunt"), "rung 4 as goal is named a success");
    // Rung 6 comes first: the ladder climbs upward.
    let six = html.find("rung-button-6").unwrap();
    let one = html.find("rung-button-1").unwrap();
    assert!(six < one);
    // History: the step back is named, in the chart and the table.
    assert!(html.contains("Eén stap terug."));
    assert!(html.contains("↓ stap terug"));
    assert!(html.contains("Stap terug van trede 3"));
    assert!(html.contains("Omhoog van trede 2"));
    assert!(html.contains("Oriëntatie (dossier jonger dan vier maanden)"));
    assert!(html.contains("1 september 2024"));
    assert!(html.contains(r#"class="history-point history-point-fall""#));
    // Notes are text, never markup.
    assert!(html.contains("Babbelbox &lt;b&gt;elke week&lt;/b&gt;"));
    assert!(html.contains("In gebruik: OCMW Oostende, editie 2024, 48 aanbiedingen."));
    assert!(html.contains("Een plaatsing toevoegen"));
}

#[tokio::test]
async fn ladder_and_history_in_english() {
    let html = render(state(Lang::En)).await;
    assert_complete(&html);
    assert!(html.contains("The participation ladder"));
    assert!(html.contains("Now: rung 2, Social contacts outside the home"));
    assert!(html.contains("One step back."));
    assert!(html.contains("Step back from rung 3"));
    assert!(html.contains("Highest achievable rung for Amina El Idrissi"));
    assert!(html.contains("Reaching it is a success"));
    assert!(html.contains("Agreed together"));
}

#[tokio::test]
async fn offers_on_rung_four_in_both_languages() {
    let nl = render_ladder(Lang::Nl, Rung::new(4), CatalogueChoice::default()).await;
    assert_complete(&nl);
    assert!(nl.contains("Aanbod op trede 4: Onbetaald werk"));
    assert!(nl.contains("Wijk-werken"));
    assert!(nl.contains("€4,10 per uur, belastingvrij"));
    assert!(nl.contains("Kiezen voor het plan"));
    assert!(!nl.contains("Spuitenpatrouille"), "only the offers of the chosen rung");
    let en = render_ladder(Lang::En, Rung::new(4), CatalogueChoice::default()).await;
    assert_complete(&en);
    assert!(en.contains("On offer on rung 4: Unpaid work"));
    assert!(en.contains("Neighbourhood work (wijk-werken)"));
    assert!(en.contains("€4.10 an hour, tax-free; at most 60 hours a month and 630 hours a year"));
    assert!(en.contains("At most 12 months"));
    assert!(en.contains("Choose for the plan"));
}

#[tokio::test]
async fn who_carries_an_offer_is_asked_on_its_card_with_the_offers_default() {
    let nl = render_ladder(Lang::Nl, Rung::new(4), CatalogueChoice::default()).await;
    assert_complete(&nl);
    // Client, OCMW, or the provider as a partner; a client's offer preselects the client.
    assert!(nl.contains(r#"id="offer-carrier-wijk-werken""#), "{nl}");
    assert!(nl.contains("Wie neemt het op?"));
    assert!(nl.contains(r#"<option value="client" selected="selected">De cliënt</option>"#), "{nl}");
    assert!(nl.contains(r#"<option value="ocmw">Het OCMW</option>"#));
    assert!(nl.contains(r#"<option value="provider">vzw Perspectief · Een partner</option>"#));
    // A home visit the worker makes preselects the OCMW.
    let en = render_ladder(Lang::En, Rung::new(1), CatalogueChoice::default()).await;
    assert_complete(&en);
    assert!(en.contains(r#"id="offer-carrier-thuisbezoek""#));
    assert!(en.contains(r#"<option value="ocmw" selected="selected">"#), "{en}");
}

const BROKEN: &str = r#"{"format": "trede-catalogue", "version": 1, "id": "gent", "name": {"nl": "OCMW Gent"}, "edition": "2025",
 "offers": [
  {"id": "a", "rung": 2, "name": {"nl": "A"}, "provider": {"nl": "P"}, "description": {"nl": "D"}},
  {"id": "b", "rung": 3, "name": {"nl": "B"}, "provider": {"nl": "P"}, "description": {"nl": "D"}},
  {"id": "wijk-werken", "rung": 9, "provider": {"nl": "P"}, "description": {"nl": "D"}},
  {"id": "a", "rung": "4", "name": {"nl": "A"}, "provider": {"nl": "P"}, "description": {"nl": "D"}}
 ]}"#;

#[test]
fn catalogue_problems_read_as_sentences_in_both_languages() {
    let problems = trede::domain::catalogue::parse_catalogue(BROKEN).unwrap_err();
    let en: Vec<String> = problems.iter().map(|p| problem_text(&translator(Lang::En), p)).collect();
    assert_eq!(
        en,
        [
            r#"Offer 3 ("wijk-werken"), field "rung": 9 is not a rung (1 to 6)"#,
            r#"Offer 3 ("wijk-werken"), field "name": is missing"#,
            r#"Offer 4 ("a"), field "id": this id is already used by offer 1"#,
            r#"Offer 4 ("a"), field "rung": should be a number"#,
        ]
    );
    let nl: Vec<String> = problems.iter().map(|p| problem_text(&translator(Lang::Nl), p)).collect();
    assert_eq!(nl[0], r#"Aanbod 3 ("wijk-werken"), veld "rung": 9 is geen trede (1 tot 6)"#);
    let json = trede::domain::catalogue::parse_catalogue("{\n  \"format\": }").unwrap_err();
    assert_eq!(problem_text(&translator(Lang::En), &json[0]), "The file: this is not valid JSON (line 2, column 13)");
    assert_eq!(
        problem_text(&translator(Lang::Nl), &json[0]),
        "Het bestand: dit is geen geldige JSON (regel 2, kolom 13)"
    );
}

#[tokio::test]
async fn a_refused_file_shows_every_problem_and_keeps_the_catalogue() {
    let state = AppState::default().apply(Msg::LoadCatalogue(BROKEN.into()));
    let html = render_ladder(Lang::En, None, state.catalogue.clone()).await;
    assert_complete(&html);
    assert!(html.contains("This file could not be used. 4 things to fix:"));
    assert!(html.contains(r#"Offer 3 ("wijk-werken"), field "rung": 9 is not a rung (1 to 6)"#));
    assert!(html.contains("In use: OCMW Oostende, edition 2024, 48 offers."));
}
