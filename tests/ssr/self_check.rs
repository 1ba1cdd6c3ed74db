//! The self-check: list through the whole shell, and client mode, worker mode and
//! the summary, each in Dutch and English.

use std::rc::Rc;

use chrono::{TimeZone, Utc};
use trede::domain::self_check::{ClientAnswer, DutchLevel, SelfCheckEdit, WorkerScore};
use trede::domain::{Dossier, DossierEdit, DossierId, Lang, LifeDomain, UtcOffset};
use trede::i18n::translator;
use trede::state::{DossierView, Msg};
use trede::state::{OpenSelfCheck, SelfCheckMode};
use trede::ui::self_check::SelfCheckPage;
use yew::prelude::*;

use crate::support::{amina, loaded, render, render_in};

fn edit(d: &mut Dossier, e: SelfCheckEdit, day: u32) {
    DossierEdit::SelfCheck(e).apply(d, Utc.with_ymd_and_hms(2026, 11, day, 9, 0, 0).unwrap());
}

/// A dossier with two checks: one in October-like early November, one later with answers that
/// differ from the worker's scores, a precondition, and a request for help.
fn dossier(lang: Lang) -> Dossier {
    let mut d = amina(lang, Utc.with_ymd_and_hms(2026, 11, 1, 9, 0, 0).unwrap());
    edit(&mut d, SelfCheckEdit::Start, 3);
    let first = d.self_checks[0].id;
    edit(
        &mut d,
        SelfCheckEdit::ClientAnswer { check: first, domain: LifeDomain::Money, answer: Some(ClientAnswer::BigProblem) },
        3,
    );
    edit(&mut d, SelfCheckEdit::Start, 24);
    let c = d.self_checks[1].id;
    use LifeDomain::*;
    for (domain, answer) in [
        (Money, ClientAnswer::SometimesHard),
        (Housing, ClientAnswer::GoesWell),
        (Health, ClientAnswer::GoesWell),
        (Mind, ClientAnswer::RatherNotSay),
    ] {
        edit(&mut d, SelfCheckEdit::ClientAnswer { check: c, domain, answer: Some(answer) }, 24);
    }
    edit(&mut d, SelfCheckEdit::ClientWantsHelp { check: c, domain: Money, wants_help: true }, 24);
    edit(&mut d, SelfCheckEdit::ClientNote { check: c, domain: Money, note: "De <b>huur</b> is te hoog".into() }, 24);
    edit(&mut d, SelfCheckEdit::ClientSkip { check: c, domain: Addiction }, 24);
    edit(&mut d, SelfCheckEdit::ClientGoTo { check: c, position: 1 }, 24);
    edit(&mut d, SelfCheckEdit::WorkerScore { check: c, domain: Housing, score: Some(WorkerScore::NotNow) }, 24);
    edit(
        &mut d,
        SelfCheckEdit::WorkerSubItem { check: c, domain: Housing, item: "housing-must-move".into(), ticked: true },
        24,
    );
    edit(&mut d, SelfCheckEdit::WorkerNote { check: c, domain: Housing, note: "Opzeg tegen januari".into() }, 24);
    edit(&mut d, SelfCheckEdit::WorkerScore { check: c, domain: Money, score: Some(WorkerScore::WithSupport) }, 24);
    edit(&mut d, SelfCheckEdit::WorkerScore { check: c, domain: Mind, score: Some(WorkerScore::CannotAssess) }, 24);
    edit(&mut d, SelfCheckEdit::DutchLevel { check: c, level: Some(DutchLevel::L1_2) }, 24);
    d
}

/// The page with the later check open in a mode.
async fn render_page(lang: Lang, mode: SelfCheckMode) -> String {
    let d = dossier(lang);
    let check = d.self_checks[1].id;
    let page = html! {
        <SelfCheckPage dossier={Rc::new(d)} utc_offset={UtcOffset { minutes: 60 }} on_command={Callback::noop()}
            open={Some(OpenSelfCheck { id: check, mode })} />
    };
    render_in(lang, None, page).await
}

/// No message is missing, and no inline style (the CSP forbids them).
fn assert_complete(html: &str) {
    crate::support::assert_complete(html);
    assert!(!html.contains("style="), "no inline styles (CSP)");
}

#[tokio::test]
async fn the_list_shows_each_check_dated_and_unfinished() {
    for (lang, title, unfinished, progress) in [
        (Lang::Nl, "Zelfscan van 24 november 2026", "Nog niet af", "Cliënt: 4 van 18 beantwoord"),
        (Lang::En, "Self-check of 24 November 2026", "Not finished yet", "Client: 4 of 18 answered"),
    ] {
        let state = loaded(vec![dossier(lang)], lang)
            .apply(Msg::Open(DossierId("a1".into())))
            .apply(Msg::ShowView(DossierView::SelfCheck));
        let html = render(state).await;
        assert_complete(&html);
        assert!(html.contains(title), "{html}");
        assert!(html.contains(unfinished) && html.contains(progress), "{html}");
        assert!(html.contains(r#"id="view-self-check""#));
        // Newest first.
        assert!(html.find("24 ").unwrap() < html.find(" 3 ").unwrap_or(usize::MAX), "{html}");
    }
}

#[tokio::test]
async fn client_mode_in_dutch_and_english() {
    let html = render_page(Lang::Nl, SelfCheckMode::Client).await;
    assert_complete(&html);
    assert!(html.contains("Vraag 2 van 18"), "{html}");
    assert!(html.contains("Hoe gaat het met je woning?"));
    for word in [
        "Gaat goed",
        "Soms moeilijk",
        "Nu een groot probleem",
        "Zeg ik liever niet",
        "Ik wil hier hulp bij",
        "Later beantwoorden",
    ] {
        assert!(html.contains(word), "{word}");
    }
    // Housing was answered "goes well": that button is pressed.
    assert!(html.contains(r#"aria-pressed="true" class="self-check-answer self-check-answer-good""#), "{html}");
    assert!(html.contains("<svg") && html.contains(r#"viewBox="0 0 24 24""#));

    let html = render_page(Lang::En, SelfCheckMode::Client).await;
    assert_complete(&html);
    assert!(html.contains("Question 2 of 18") && html.contains("How are things with your home?"));
    assert!(html.contains("I&#x27;d rather not say") || html.contains("I'd rather not say"), "{html}");
}

#[tokio::test]
async fn worker_mode_in_dutch_and_english() {
    let html = render_page(Lang::Nl, SelfCheckMode::Worker).await;
    assert_complete(&html);
    assert_eq!(html.matches(r#"type="radio""#).count(), 18 * 4);
    assert!(html.contains("Drempel: werk of opleiding lukt nu niet"));
    // Housing scored 3: its sub-items and note are open, with the ticked one checked.
    assert!(html.contains("Moet snel weg of verhuist heel vaak"));
    assert!(html.contains("Opzeg tegen januari"));
    // Money scored 2: no sub-items shown.
    assert!(!html.contains("In schuldbemiddeling"));
    // Mind scored 4: no sub-items in the instrument, so the note is invited.
    assert!(html.contains("beschrijft u de situatie in de notitie"));
    assert!(html.contains("Niveau Nederlands") && html.contains("Lezen in het Latijnse schrift"));
    assert!(html.contains(r#"<option value="1-2" selected"#), "{html}");

    let html = render_page(Lang::En, SelfCheckMode::Worker).await;
    assert_complete(&html);
    assert!(html.contains("A barrier: work or training is not possible now"));
    assert!(html.contains("Must leave soon, or moves very often") && html.contains("Level of Dutch"));
}

#[tokio::test]
async fn summary_in_dutch_and_english() {
    let html = render_page(Lang::Nl, SelfCheckMode::Summary).await;
    assert_complete(&html);
    assert!(html.contains(r#"class="self-check-chart""#));
    // Housing: the client says it goes well, the worker scored 3: a difference and a precondition.
    assert!(html.contains("Waar de antwoorden verschillen"));
    assert!(html.contains(r#"data-domain="housing" class="self-check-chart-row self-check-chart-diff""#), "{html}");
    assert!(html.contains("<th scope=\"row\">Wonen</th><td>Gaat goed</td><td>3 · Drempel: werk of opleiding lukt nu niet</td><td>Verschil, Randvoorwaarde</td>"), "{html}");
    // Mind: rather not say against cannot assess: no difference.
    assert!(!html.contains(r#"data-domain="mind" class="self-check-chart-row self-check-chart-diff""#));
    assert!(
        html.contains("Hier wil de cliënt hulp bij")
            && html.contains("<bdi>De &lt;b&gt;huur&lt;/b&gt; is te hoog</bdi>")
    );
    assert!(html.contains("Samen naar de schuldbemiddeling gaan"));
    // Money moved from a big problem to sometimes hard since 3 November.
    assert!(html.contains("Wat veranderde sinds de zelfscan van 3 november 2026"));
    assert!(html.contains("Geld en schulden (cliënt): Nu een groot probleem → Soms moeilijk"), "{html}");

    let html = render_page(Lang::En, SelfCheckMode::Summary).await;
    assert_complete(&html);
    assert!(html.contains("Both voices side by side") && html.contains("Where the answers differ"));
    assert!(html.contains("Preconditions") && html.contains("The client wants help with"));
    assert!(html.contains("What changed since the self-check of 3 November 2026"));
}

#[test]
fn every_question_sub_item_action_and_answer_has_a_message() {
    use trede::domain::self_check::{data, question_id, DutchLevel};
    for lang in [Lang::Nl, Lang::En] {
        let t = translator(lang);
        let mut ids: Vec<String> = LifeDomain::ALL.iter().map(|d| question_id(*d)).collect();
        ids.extend(data::all_sub_items().map(|s| s.message_id()));
        ids.extend(data::all_suggested_actions().map(|a| a.message_id()));
        ids.extend(ClientAnswer::ALL.iter().map(|a| a.message_id()));
        ids.extend(WorkerScore::ALL.iter().map(|s| s.message_id()));
        ids.extend(DutchLevel::ALL.iter().map(|l| l.message_id()));
        for id in ids {
            assert!(t.has(&id), "{}: {id}", lang.code());
        }
    }
}
