//! The whole plan laid out for A4 paper: shown in the print preview and printed by the browser.
//!
//! Two forms. Bilingual: the binding Dutch text, with the client's language beside it as a marked
//! help translation for everything the app itself wrote (headings, labels, life domains, offers,
//! standard actions, rights and duties); free text appears once, as typed. Client's copy: the
//! whole page in the client's language, right to left where the language is. A message the
//! client's language does not have yet shows in Dutch, marked as Dutch; it is never left blank.
//!
//! The print stylesheet repeats, until every required party has signed, a "draft" mark on every
//! page; `@page` adds the page numbers and a running line with the fingerprint (set by the root).

use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use yew::prelude::*;

use super::texts::{free, party, row, term, Texts};
use crate::domain::catalogue::Catalogue;
use crate::domain::plan::{Goal, MeansOf, Plan, Question, SupportKind, Topic};
use crate::domain::signing::Signature;
use crate::domain::Lang;
use crate::ui::widgets::rule_args::rights_args;

/// The print's line on whether the client's translation was reviewed.
fn review_note(lang: Lang) -> &'static str {
    if crate::i18n::review::is_reviewed(lang) {
        "doc-review-yes"
    } else {
        "doc-review-no"
    }
}

/// Which form of the plan is printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum PrintMode {
    /// Dutch, with the client's language beside it as a help translation.
    #[default]
    Bilingual,
    /// The client's copy: the client's language only.
    ClientOnly,
}

/// What the printed document shows, borrowed from the dossier (nothing is copied to print).
pub struct PlanPrintProps<'a> {
    pub client_name: &'a str,
    pub plan: &'a Plan,
    pub client_lang: Lang,
    pub mode: PrintMode,
    pub fingerprint: &'a str,
    /// The signatures given to exactly this version.
    pub signatures: &'a [Signature],
    /// Every required party signed this version: no "draft" mark.
    pub complete: bool,
    /// This is an earlier signed version; the plan changed afterwards.
    pub earlier: bool,
    /// The offer catalogue in use, to name picked offers in the client's language.
    pub catalogue: &'a Catalogue,
    /// What changed since the version signed before this one: printed as an annex.
    pub changes: Option<&'a super::annex::Annex>,
}

/// The document. A plain function, not a component: each component costs wasm on the first
/// visit, and the print page is its only place.
pub fn plan_document(props: &PlanPrintProps<'_>) -> Html {
    let texts = Texts::new(props.client_lang, props.mode);
    let doc = Doc {
        x: &texts,
        plan: props.plan,
        props,
        not_set: html! { <span class="doc-empty">{ texts.text("doc-not-set") }</span> },
    };
    let lang = texts.main.lang();
    let bilingual = props.mode == PrintMode::Bilingual && texts.help.is_some();
    html! {
        <article class={classes!("print-doc", bilingual.then_some("print-bilingual"))}
            lang={lang.code()} dir={lang.dir()} data-fingerprint={props.fingerprint.to_owned()}
            data-complete={props.complete.to_string()}>
            { doc.draft_mark() }
            { doc.header() }
            { doc.ended() }
            { doc.facts() }
            { doc.studies() }
            { doc.topics() }
            { doc.goals() }
            { doc.actions() }
            { doc.questions() }
            { doc.means() }
            { doc.commitments() }
            { doc.evaluations() }
            { doc.explained() }
            { doc.rights() }
            { doc.signatures() }
            { doc.annex() }
        </article>
    }
}

/// One printed page being laid out: its languages, the plan and the props.
pub(super) struct Doc<'a> {
    pub x: &'a Texts,
    pub plan: &'a Plan,
    pub props: &'a PlanPrintProps<'a>,
    /// What stands where nothing was filled in.
    pub not_set: Html,
}

impl Doc<'_> {
    pub(super) fn date_or(&self, date: Option<NaiveDate>) -> Html {
        date.map(|d| self.x.date(d)).unwrap_or_else(|| self.not_set.clone())
    }

    pub(super) fn heading(&self, id: &str) -> Html {
        html! { <h2 class="doc-h2">{ self.x.text(id) }</h2> }
    }

    pub(super) fn free_or_not_set(&self, text: &str) -> Html {
        free(text, self.not_set.clone())
    }

    fn draft_mark(&self) -> Html {
        let x = self.x;
        html! {
            if !self.props.complete {
                <div class="print-draft-mark" aria-hidden="true">
                    { x.plain("doc-draft") }
                    if let Some(h) = &x.help { { " · " }<span lang={h.lang().code()} dir={h.lang().dir()}>{ h.t("doc-draft") }</span> }
                </div>
            }
        }
    }

    fn header(&self) -> Html {
        let (x, props) = (self.x, self.props);
        html! {
            <header class="doc-header">
                <h1 class="doc-title">{ x.text("doc-title") }</h1>
                <p class="doc-subtitle">{ x.text("doc-subtitle") }</p>
                if x.help.is_some() {
                    <p class="doc-binding-note">{ x.text("doc-binding-note") }</p>
                } else if props.mode == PrintMode::ClientOnly && x.main.lang() != Lang::Nl {
                    <p class="doc-binding-note">{ x.text("doc-copy-note") }</p>
                }
                // Whether a native speaker reviewed it: the same table as TRANSLATIONS.md.
                if x.help.is_some() || (props.mode == PrintMode::ClientOnly && x.main.lang() != Lang::Nl) {
                    <p class="doc-binding-note doc-review-note">{ x.text(review_note(props.client_lang)) }</p>
                }
                if !props.complete {
                    <p class="doc-draft-note">{ x.text("doc-draft-note") }</p>
                }
                if props.earlier {
                    <p class="doc-draft-note">{ x.text("doc-earlier-note") }</p>
                }
            </header>
        }
    }

    fn facts(&self) -> Html {
        let (x, plan) = (self.x, self.plan);
        html! {
            <section class="doc-section" aria-label={x.plain("doc-facts")}>
                <table class="doc-facts">
                    <tbody>
                        { row(x.text("doc-ocmw"), self.free_or_not_set(&plan.ocmw_name)) }
                        { row(x.text("doc-client"), self.free_or_not_set(self.props.client_name)) }
                        { row(x.text("doc-worker"), self.free_or_not_set(&plan.worker_name)) }
                        { row(x.text("doc-type"), self.orientations()) }
                        <tr><th scope="row">{ x.text("doc-period") }</th>
                            <td class="doc-period">{ x.period(plan.start, plan.end) }</td></tr>
                        { row(x.text("doc-decision"), self.date_or(plan.decision_date)) }
                        { self.reflection_row() }
                        { self.partners_row() }
                        { self.support_row() }
                    </tbody>
                </table>
            </section>
        }
    }

    /// When the reflection time asked for ends, or the day the client chose to sign without it.
    fn reflection_row(&self) -> Html {
        let (x, plan) = (self.x, self.plan);
        let (id, date) = match (plan.reflection_waived, plan.reflection_end()) {
            (Some(waived), _) => ("doc-reflection-waived", waived),
            (None, Some(end)) => ("doc-reflection-until", end),
            (None, None) => return Html::default(),
        };
        html! {
            <tr><th scope="row">{ x.text("doc-reflection") }</th>
                <td class="doc-reflection">{ x.text(id) }{ " " }{ x.date(date) }</td></tr>
        }
    }

    fn partners_row(&self) -> Html {
        if self.plan.third_parties.is_empty() {
            return Html::default();
        }
        let partners = html! {
            for p in self.plan.third_parties.iter() {
                <p class="doc-partner">{ party(p) }</p>
                if !p.tasks.trim().is_empty() {
                    <p class="doc-partner-tasks">{ free(&p.tasks, Html::default()) }</p>
                }
            }
        };
        row(self.x.text("doc-partners"), partners)
    }

    /// The interpreter and the support person the plan names (one, both or none).
    fn support_row(&self) -> Html {
        let (x, plan) = (self.x, self.plan);
        let people: Vec<(SupportKind, &str)> =
            SupportKind::ALL.into_iter().filter_map(|k| plan.present_name(k).map(|n| (k, n))).collect();
        if people.is_empty() {
            return Html::default();
        }
        let people = html! {
            for (kind, name) in people {
                <p>{ x.text(match kind {
                    SupportKind::Interpreter => "sign-role-interpreter",
                    SupportKind::SupportPerson => "sign-role-support",
                }) }
                if !name.trim().is_empty() {
                    <span class="doc-signer-who">{ free(name, Html::default()) }</span>
                }</p>
            }
        };
        row(x.text("doc-support"), people)
    }

    fn topics(&self) -> Html {
        html! {
            <section class="doc-section">
                { self.heading("doc-topics") }
                <dl class="doc-list">
                    for topic in Topic::ALL {
                        { term(self.x.text(&format!("doc-topic-{}", topic.slug())), self.free_or_not_set(self.plan.topics.get(topic))) }
                    }
                </dl>
            </section>
        }
    }

    fn goals(&self) -> Html {
        html! {
            <section class="doc-section">
                { self.heading("doc-goals") }
                <ol class="doc-goals">
                    for g in self.plan.goals.iter() { { self.goal(g) } }
                </ol>
            </section>
        }
    }

    fn goal(&self, g: &Goal) -> Html {
        let x = self.x;
        html! {
            <li>
                <p class="doc-goal-title"><strong>{ self.free_or_not_set(&g.title) }</strong></p>
                <dl class="doc-goal-facts">
                    if let Some(d) = g.domain {
                        { term(x.text("doc-goal-domain"), x.text(&d.name_id())) }
                    }
                    if g.from.is_some() || g.until.is_some() {
                        <dt>{ x.text("doc-goal-period") }</dt>
                        <dd class="doc-period">{ x.period(g.from, g.until) }</dd>
                    }
                    if !g.why.trim().is_empty() {
                        { term(x.text("doc-goal-why"), free(&g.why, Html::default())) }
                    }
                </dl>
            </li>
        }
    }

    fn questions(&self) -> Html {
        html! {
            <section class="doc-section">
                { self.heading("doc-questions") }
                <dl class="doc-list">
                    for q in Question::ALL {
                        { term(self.x.text(&format!("doc-question-{}", q.slug())), self.free_or_not_set(self.plan.agreements.question(q))) }
                    }
                </dl>
            </section>
        }
    }

    fn means(&self) -> Html {
        html! {
            <section class="doc-section">
                { self.heading("doc-means") }
                <dl class="doc-list">
                    for m in MeansOf::ALL {
                        { term(self.x.text(&format!("doc-means-{}", m.slug())), self.free_or_not_set(self.plan.agreements.means(m))) }
                    }
                </dl>
            </section>
        }
    }

    fn evaluations(&self) -> Html {
        let (x, plan) = (self.x, self.plan);
        html! {
            <section class="doc-section">
                { self.heading("doc-evaluations") }
                <p>{ x.args("doc-evaluations-rule", &[
                    ("count", FluentValue::from(plan.rules.evaluations_per_year)),
                    ("inperson", FluentValue::from(plan.rules.in_person_per_year)),
                ]) }</p>
                <ul class="doc-moments">
                    for p in plan.planned_evaluations.iter() {
                        <li>
                            <span class="doc-moment-date">{ x.date(p.date) }</span>
                            <span class="doc-moment-kind">{ super::evaluation::kind_text(x, p.kind) }</span>
                        </li>
                    }
                </ul>
            </section>
        }
    }

    fn rights(&self) -> Html {
        let (x, args) = (self.x, rights_args(&self.plan.rules));
        html! {
            <section class="doc-section doc-rights">
                { self.heading("rights-title") }
                for id in RIGHTS {
                    <div class="doc-right">
                        <p class="bi-main">{ x.one(&x.main, id, &args) }</p>
                        if let Some(h) = &x.help {
                            if h.has(id) { <p class="bi-help" lang={h.lang().code()} dir={h.lang().dir()}>{ h.t_args(id, &args) }</p> }
                        }
                    </div>
                }
            </section>
        }
    }
}

/// The rights and duties statement, in order (print.ftl).
pub const RIGHTS: [&str; 12] = [
    "rights-agreement",
    "rights-client",
    "rights-ocmw",
    "rights-change",
    "rights-reflection",
    "rights-meeting",
    "rights-not-kept",
    "rights-heard",
    "rights-no-sanction",
    "rights-interpreter",
    "rights-copy",
    "rights-appeal",
];
