//! Every screen in every language, in the normal and the simplified view,
//! with no missing message; right-to-left for Arabic, Persian and Pashto; the client's screens in
//! the client's language while the worker's stay in the worker's.

use std::rc::Rc;

use trede::domain::plan::{PlanEdit, PlanStep};
use trede::domain::{Dossier, DossierEdit, Lang, LifeDomain, UtcOffset};
use trede::i18n::translator;
use trede::state::{AppState, DossierView, Msg};
use trede::state::{OpenSelfCheck, SelfCheckMode};
use trede::ui::self_check::SelfCheckPage;
use yew::prelude::*;

use crate::support::{example, example_id, loaded, now, render as render_shell, render_in};

fn dossier(worker: Lang, client: Lang, simplified: bool) -> Dossier {
    let mut d = example();
    d.interface_lang = worker;
    d.client_lang = client;
    d.simplified = simplified;
    d
}

fn state(worker: Lang, client: Lang, simplified: bool) -> AppState {
    loaded(vec![dossier(worker, client, simplified)], worker).apply(Msg::SetUiLang { lang: worker, now: now() })
}

/// The self-check page with one check open in a mode, inside the same contexts the shell gives.
async fn render_check(worker: Lang, client: Lang, simplified: bool, mode: SelfCheckMode) -> String {
    let d = dossier(worker, client, simplified);
    let check = d.self_checks.last().expect("the example has a self-check").id;
    let page = html! {
        <div lang={worker.code()} dir={worker.dir()}>
            <SelfCheckPage dossier={Rc::new(d)} utc_offset={UtcOffset { minutes: 60 }} on_command={Callback::noop()}
                open={Some(OpenSelfCheck { id: check, mode })} />
        </div>
    };
    render_in(worker, Some(client), page).await
}

/// No message is missing, naming the screen and showing the place.
fn assert_complete(html: &str, what: &str) {
    if let Some(at) = html.find('⟦') {
        panic!("{what}: a message is missing: {}", &html[at..(at + 80).min(html.len())]);
    }
}

/// Every screen of the shell: home, the dossier overview, the self-check list, the ladder, and
/// each of the plan's steps.
async fn shell_screens(lang: Lang, simplified: bool) -> Vec<(String, String)> {
    let mut screens = vec![("home".to_owned(), render_shell(state(lang, lang, simplified)).await)];
    for view in [DossierView::Overview, DossierView::SelfCheck, DossierView::Ladder] {
        let s = state(lang, lang, simplified).apply(Msg::Open(example_id())).apply(Msg::ShowView(view));
        screens.push((format!("{view:?}"), render_shell(s).await));
    }
    for step in PlanStep::ALL {
        let s = state(lang, lang, simplified)
            .apply(Msg::Open(example_id()))
            .apply(Msg::ShowView(DossierView::Plan))
            .apply(Msg::Edit { id: example_id(), edit: DossierEdit::Plan(PlanEdit::SetStep(step)), now: now() });
        screens.push((format!("plan {step:?}"), render_shell(s).await));
    }
    screens
}

#[tokio::test]
async fn every_screen_in_every_language_and_view() {
    for lang in Lang::ALL {
        for simplified in [false, true] {
            let what = |screen: &str| format!("{} {screen} (simplified {simplified})", lang.code());
            for (screen, html) in shell_screens(lang, simplified).await {
                assert_complete(&html, &what(&screen));
                let root = format!(r#"lang="{}" dir="{}" class="app""#, lang.code(), lang.dir());
                assert!(html.contains(&root), "{}: {root}", what(&screen));
            }
            for mode in SelfCheckMode::ALL {
                let html = render_check(lang, lang, simplified, mode).await;
                assert_complete(&html, &what(&format!("self-check {mode:?}")));
            }
        }
    }
}

#[tokio::test]
async fn arabic_persian_and_pashto_lay_out_right_to_left() {
    for lang in Lang::ALL {
        let html = render_shell(state(lang, lang, false)).await;
        let rtl = html.contains(r#"dir="rtl""#);
        assert_eq!(rtl, matches!(lang, Lang::Ar | Lang::Fa | Lang::Ps), "{}", lang.code());
    }
}

#[tokio::test]
async fn the_client_answers_in_arabic_while_the_worker_reads_dutch() {
    let html = render_check(Lang::Nl, Lang::Ar, false, SelfCheckMode::Client).await;
    assert_complete(&html, "nl/ar client");
    let ar = translator(Lang::Ar);
    assert!(html.contains(r#"lang="ar" dir="rtl" class="self-check-client-lang""#), "{html}");
    assert!(html.contains(&ar.t("self-check-answer-good")), "the answers are in Arabic");
    // The frame around it (the worker's part) stays Dutch.
    assert!(html.contains("Cliënt vult in") && html.contains("Inschatting werker"), "{html}");

    // The client's screen says, in Arabic, that it is a help translation and the Dutch counts.
    let note = ar.t("turn-note-unreviewed");
    assert!(html.contains(r#"id="turn-translation-note""#) && html.contains(&note), "{html}");
    let dutch = render_check(Lang::Nl, Lang::Nl, false, SelfCheckMode::Client).await;
    assert!(!dutch.contains("turn-translation-note"), "no note over Dutch");

    let worker = render_check(Lang::Nl, Lang::Ar, false, SelfCheckMode::Worker).await;
    assert!(!worker.contains(r#"lang="ar""#), "the worker's screen stays Dutch");
    assert!(worker.contains(&translator(Lang::Nl).t("self-check-score-1")));
}

#[tokio::test]
async fn the_simplified_view_is_easy_read_with_read_aloud_and_the_dutch_word() {
    let nl = translator(Lang::Nl);
    for client in Lang::ALL {
        let t = translator(client);
        let normal = render_check(Lang::Nl, client, false, SelfCheckMode::Client).await;
        let simple = render_check(Lang::Nl, client, true, SelfCheckMode::Client).await;
        assert_complete(&simple, client.code());
        assert!(simple.contains("self-check-client simple") && !normal.contains("self-check-client simple"));
        // The example's check is open at its current question; that question is in easy words.
        let domain =
            LifeDomain::ALL.iter().find(|d| simple.contains(&format!(r#"data-domain="{}""#, d.slug()))).unwrap();
        let easy = t.t(&format!("easy-q-{}", domain.slug()));
        assert!(has_text(&simple, &easy), "{}: {easy}", client.code());
        assert!(simple.contains("read-aloud-button") && !normal.contains("read-aloud-button"));
        assert!(has_text(&simple, &t.t("easy-read-aloud")));
        // The Dutch word under the home-language word, except when the client reads Dutch.
        let dutch_name = nl.t(&domain.name_id());
        let term = r#"<span lang="nl" dir="ltr" class="term-nl">"#;
        assert_eq!(simple.contains(term), client != Lang::Nl, "{}: {simple}", client.code());
        if client != Lang::Nl {
            assert!(has_text(&simple, &dutch_name), "{}: {dutch_name}", client.code());
        }
    }
}

/// Text as the renderer escapes it (apostrophes may or may not be escaped).
fn easy_html(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn has_text(html: &str, text: &str) -> bool {
    let escaped = easy_html(text);
    html.contains(&escaped) || html.contains(&escaped.replace('\'', "&#x27;"))
}

/// Every field a person types free text in takes its direction from what is typed: Dutch typed
/// on an Arabic screen (or an Arabic name on a Dutch one) keeps its full stop at its own end.
#[tokio::test]
async fn typed_text_takes_its_own_direction_on_every_screen() {
    let mut pages = Vec::new();
    for simplified in [false, true] {
        pages.extend(shell_screens(Lang::Ar, simplified).await);
        for mode in SelfCheckMode::ALL {
            let check = render_check(Lang::Ar, Lang::Ar, simplified, mode).await;
            pages.push((format!("self-check {mode:?} (simplified {simplified})"), check));
        }
    }
    let mut fields = 0;
    for (screen, html) in &pages {
        for (at, _) in html.match_indices('<').filter(|(at, _)| {
            let rest = &html[at + 1..];
            rest.starts_with("textarea") || rest.starts_with("input")
        }) {
            let tag = &html[at..at + html[at..].find('>').expect("a closed tag")];
            let typed =
                tag.starts_with("<textarea") || tag.contains(r#"type="text""#) || tag.contains(r#"type="search""#);
            if typed && !tag.contains("secret") {
                fields += 1;
                assert!(tag.contains(r#"dir="auto""#), "{screen}: {tag}");
            }
        }
    }
    assert!(fields > 20, "the screens have free-text fields to check ({fields})");
}
