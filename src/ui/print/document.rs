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

use std::rc::Rc;

use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use yew::prelude::*;

use crate::domain::catalogue::Catalogue;
use crate::domain::plan::{ActionOrigin, MeansOf, Owner, Plan, Question, SupportKind, ThirdParty, Topic};
use crate::domain::signing::{grouped, possible_signers, required_signers, Signature, SignerRole};
use crate::domain::Lang;
use crate::i18n::{catalogue_text, translator, Translator};
use crate::ui::widgets::signature_pad::signature_svg;

/// Which form of the plan is printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum PrintMode {
    /// Dutch, with the client's language beside it as a help translation.
    #[default]
    Bilingual,
    /// The client's copy: the client's language only.
    ClientOnly,
}

#[derive(Properties, PartialEq)]
pub struct PlanPrintProps {
    pub client_name: AttrValue,
    pub plan: Rc<Plan>,
    pub client_lang: Lang,
    pub mode: PrintMode,
    pub fingerprint: AttrValue,
    /// The signatures given to exactly this version.
    pub signatures: Rc<Vec<Signature>>,
    /// Every required party signed this version: no "draft" mark.
    pub complete: bool,
    /// This is an earlier signed version; the plan changed afterwards.
    #[prop_or_default]
    pub earlier: bool,
    /// The offer catalogue in use, to name picked offers in the client's language.
    pub catalogue: Rc<Catalogue>,
}

/// Whether `lang` has its own translation of the print messages.
pub fn has_print_translation(lang: Lang) -> bool {
    let t = translator(lang);
    t.lang() == lang && t.has("doc-title")
}

/// A date: in the language's long form where it has one, else as day/month/year.
pub fn print_date(t: &Translator, date: NaiveDate) -> String {
    if t.has("date-long") && t.has("month-1") {
        t.date(date)
    } else {
        date.format("%d/%m/%Y").to_string()
    }
}

type Args = [(&'static str, FluentValue<'static>)];

/// The languages of one printed page.
struct Texts {
    main: Rc<Translator>,
    help: Option<Rc<Translator>>,
    dutch: Rc<Translator>,
}

impl Texts {
    fn new(client_lang: Lang, mode: PrintMode) -> Texts {
        let dutch = translator(Lang::Nl);
        let client = (client_lang != Lang::Nl && has_print_translation(client_lang)).then(|| translator(client_lang));
        match mode {
            PrintMode::Bilingual => Texts { main: dutch.clone(), help: client, dutch },
            PrintMode::ClientOnly => Texts { main: client.unwrap_or_else(|| dutch.clone()), help: None, dutch },
        }
    }

    /// One language's text; Dutch (marked as Dutch) where that language lacks the message.
    fn one(&self, t: &Translator, id: &str, args: &Args) -> Html {
        if t.has(id) {
            html! { { t.t_args(id, args) } }
        } else {
            html! { <span lang="nl" dir="ltr">{ self.dutch.t_args(id, args) }</span> }
        }
    }

    /// A text the app wrote: the main language, and the help translation beside it.
    fn text(&self, id: &str) -> Html {
        self.args(id, &[])
    }

    fn args(&self, id: &str, args: &Args) -> Html {
        html! {
            <>
                <span class="bi-main">{ self.one(&self.main, id, args) }</span>
                { self.help_for(id, args) }
            </>
        }
    }

    fn help_for(&self, id: &str, args: &Args) -> Html {
        match &self.help {
            Some(h) if h.has(id) => help_span(h, h.t_args(id, args)),
            _ => Html::default(),
        }
    }

    /// A plain string in the main language (for attributes).
    fn plain(&self, id: &str) -> String {
        if self.main.has(id) {
            self.main.t(id)
        } else {
            self.dutch.t(id)
        }
    }

    /// From one date to another, as one line in each language.
    fn period(&self, from: Option<NaiveDate>, until: Option<NaiveDate>) -> Html {
        let line = |t: &Translator| {
            let d =
                |d: Option<NaiveDate>| d.map(|d| print_date(t, d)).unwrap_or_else(|| self.plain_in(t, "doc-not-set"));
            format!("{} – {}", d(from), d(until))
        };
        let main = line(&self.main);
        html! {
            <>
                <span class="bi-main">{ main.clone() }</span>
                if let Some(h) = &self.help {
                    if line(h) != main { { help_span(h, line(h)) } }
                }
            </>
        }
    }

    fn plain_in(&self, t: &Translator, id: &str) -> String {
        if t.has(id) {
            t.t(id)
        } else {
            self.dutch.t(id)
        }
    }

    fn date(&self, date: NaiveDate) -> Html {
        let main = print_date(&self.main, date);
        html! {
            <>
                <span class="bi-main">{ main.clone() }</span>
                if let Some(h) = &self.help {
                    if print_date(h, date) != main { { help_span(h, print_date(h, date)) } }
                }
            </>
        }
    }
}

fn help_span(t: &Translator, text: String) -> Html {
    html! { <span class="bi-help" lang={t.lang().code()} dir={t.lang().dir()}>{ text }</span> }
}

fn free(text: &str, empty: Html) -> Html {
    if text.trim().is_empty() {
        empty
    } else {
        html! { <bdi class="free-text">{ text.to_owned() }</bdi> }
    }
}

/// A partner as one piece of free text, "name (role)", isolated as a whole so its parts keep their
/// order on a right-to-left page.
fn party(p: &ThirdParty) -> Html {
    let (name, role) = (p.name.trim(), p.role.trim());
    let text = match (name.is_empty(), role.is_empty()) {
        (false, false) => format!("{name} ({role})"),
        (false, true) => name.to_owned(),
        (true, _) => role.to_owned(),
    };
    html! { <bdi class="free-text">{ text }</bdi> }
}

/// The text of a standard action in `t`'s language, when the action still reads as the standard.
fn standard_action(t: &Translator, origin: &ActionOrigin, what: &str) -> Option<String> {
    let ActionOrigin::SelfCheck { suggestion, .. } = origin else { return None };
    let id = format!("sc-act-{suggestion}");
    let standard = [Lang::Nl, Lang::En].iter().any(|l| translator(*l).t(&id) == what.trim());
    (standard && t.has(&id)).then(|| t.t(&id))
}

/// The name of a picked offer in `t`'s language.
fn offer_name(t: &Translator, catalogue: &Catalogue, origin: &ActionOrigin) -> Option<String> {
    let ActionOrigin::Catalogue { catalogue: id, offer, name_nl, name_en, .. } = origin else { return None };
    if *id == catalogue.id {
        if let Some(o) = catalogue.offer(offer) {
            return Some(catalogue_text(t, id, offer, "name", &o.name));
        }
    }
    Some(if t.lang() == Lang::En { name_en.clone() } else { name_nl.clone() })
}

#[component]
pub fn PlanPrint(props: &PlanPrintProps) -> Html {
    let texts = Texts::new(props.client_lang, props.mode);
    let x = &texts;
    let plan = &*props.plan;
    let lang = x.main.lang();
    let not_set = html! { <span class="doc-empty">{ x.text("doc-not-set") }</span> };
    let date_or = |d: Option<NaiveDate>| d.map(|d| x.date(d)).unwrap_or_else(|| not_set.clone());
    let heading = |id: &str| html! { <h2 class="doc-h2">{ x.text(id) }</h2> };
    let owner = |o: Option<Owner>| match o {
        Some(Owner::Client) => x.text("doc-who-client"),
        Some(Owner::Ocmw) if !plan.ocmw_name.trim().is_empty() => free(&plan.ocmw_name, Html::default()),
        Some(Owner::Ocmw) => x.text("doc-who-ocmw"),
        Some(Owner::ThirdParty(id)) => match plan.third_party(id) {
            Some(p) if !(p.name.trim().is_empty() && p.role.trim().is_empty()) => party(p),
            _ => x.text("doc-who-third"),
        },
        None => x.text("doc-who-nobody"),
    };
    let signer_name = |role: SignerRole| -> Html {
        match role {
            SignerRole::ThirdParty(id) => html! {
                <>
                    { x.text("sign-role-third") }
                    if let Some(p) = plan.third_party(id) {
                        <span class="doc-signer-who">{ party(p) }</span>
                    }
                </>
            },
            role => html! {
                <>
                    { x.text(role.message_id()) }
                    if !role.is_party() && !role.known_name(&props.client_name, plan).trim().is_empty() {
                        <span class="doc-signer-who">{ free(&role.known_name(&props.client_name, plan), Html::default()) }</span>
                    }
                </>
            },
        }
    };
    let required = required_signers(plan);
    let signers: Vec<SignerRole> = possible_signers(plan)
        .into_iter()
        .filter(|r| {
            required.contains(r)
                || props.signatures.iter().any(|s| s.role == *r)
                || matches!((r, plan.support_kind), (SignerRole::Interpreter, Some(SupportKind::Interpreter)))
                || matches!((r, plan.support_kind), (SignerRole::SupportPerson, Some(SupportKind::SupportPerson)))
        })
        .collect();

    html! {
        <article class={classes!("print-doc", (props.mode == PrintMode::Bilingual && x.help.is_some()).then_some("print-bilingual"))}
            lang={lang.code()} dir={lang.dir()} data-fingerprint={props.fingerprint.clone()}
            data-complete={props.complete.to_string()}>
            if !props.complete {
                <div class="print-draft-mark" aria-hidden="true">
                    { x.plain("doc-draft") }
                    if let Some(h) = &x.help { { " · " }<span lang={h.lang().code()} dir={h.lang().dir()}>{ h.t("doc-draft") }</span> }
                </div>
            }

            <header class="doc-header">
                <h1 class="doc-title">{ x.text("doc-title") }</h1>
                <p class="doc-subtitle">{ x.text("doc-subtitle") }</p>
                if x.help.is_some() {
                    <p class="doc-binding-note">{ x.text("doc-binding-note") }</p>
                } else if props.mode == PrintMode::ClientOnly && lang != Lang::Nl {
                    <p class="doc-binding-note">{ x.text("doc-copy-note") }</p>
                }
                if !props.complete {
                    <p class="doc-draft-note">{ x.text("doc-draft-note") }</p>
                }
                if props.earlier {
                    <p class="doc-draft-note">{ x.text("doc-earlier-note") }</p>
                }
            </header>

            <section class="doc-section" aria-label={x.plain("doc-facts")}>
                <table class="doc-facts">
                    <tbody>
                        <tr><th scope="row">{ x.text("doc-ocmw") }</th><td>{ free(&plan.ocmw_name, not_set.clone()) }</td></tr>
                        <tr><th scope="row">{ x.text("doc-client") }</th><td>{ free(&props.client_name, not_set.clone()) }</td></tr>
                        <tr><th scope="row">{ x.text("doc-worker") }</th><td>{ free(&plan.worker_name, not_set.clone()) }</td></tr>
                        <tr><th scope="row">{ x.text("doc-type") }</th>
                            <td>{ plan.plan_type.map(|k| x.text(&format!("doc-type-{}", k.slug()))).unwrap_or_else(|| not_set.clone()) }</td></tr>
                        <tr><th scope="row">{ x.text("doc-period") }</th>
                            <td class="doc-period">{ x.period(plan.start, plan.end) }</td></tr>
                        <tr><th scope="row">{ x.text("doc-decision") }</th><td>{ date_or(plan.decision_date) }</td></tr>
                        if !plan.third_parties.is_empty() {
                            <tr><th scope="row">{ x.text("doc-partners") }</th>
                                <td>
                                    for p in plan.third_parties.iter() {
                                        <p class="doc-partner">{ party(p) }</p>
                                        if !p.tasks.trim().is_empty() {
                                            <p class="doc-partner-tasks">{ free(&p.tasks, Html::default()) }</p>
                                        }
                                    }
                                </td></tr>
                        }
                        if let Some(kind) = plan.support_kind {
                            <tr><th scope="row">{ x.text("doc-support") }</th>
                                <td>{ x.text(match kind { SupportKind::Interpreter => "sign-role-interpreter", SupportKind::SupportPerson => "sign-role-support" }) }
                                    if !plan.support_name.trim().is_empty() {
                                        <span class="doc-signer-who">{ free(&plan.support_name, Html::default()) }</span>
                                    }</td></tr>
                        }
                    </tbody>
                </table>
            </section>

            <section class="doc-section">
                { heading("doc-topics") }
                <dl class="doc-list">
                    for topic in Topic::ALL {
                        <dt>{ x.text(&format!("doc-topic-{}", topic.slug())) }</dt>
                        <dd>{ free(plan.topics.get(topic), not_set.clone()) }</dd>
                    }
                </dl>
            </section>

            <section class="doc-section">
                { heading("doc-goals") }
                <ol class="doc-goals">
                    for g in plan.goals.iter() {
                        <li>
                            <p class="doc-goal-title"><strong>{ free(&g.title, not_set.clone()) }</strong></p>
                            <dl class="doc-goal-facts">
                                if let Some(d) = g.domain {
                                    <dt>{ x.text("doc-goal-domain") }</dt><dd>{ x.text(&d.name_id()) }</dd>
                                }
                                if g.from.is_some() || g.until.is_some() {
                                    <dt>{ x.text("doc-goal-period") }</dt>
                                    <dd class="doc-period">{ x.period(g.from, g.until) }</dd>
                                }
                                if !g.why.trim().is_empty() {
                                    <dt>{ x.text("doc-goal-why") }</dt><dd>{ free(&g.why, Html::default()) }</dd>
                                }
                            </dl>
                        </li>
                    }
                </ol>
            </section>

            <section class="doc-section">
                { heading("doc-actions") }
                <table class="doc-actions">
                    <thead>
                        <tr>
                            <th scope="col">{ x.text("doc-col-what") }</th>
                            <th scope="col">{ x.text("doc-col-who") }</th>
                            <th scope="col">{ x.text("doc-col-due") }</th>
                            <th scope="col">{ x.text("doc-col-evidence") }</th>
                        </tr>
                    </thead>
                    <tbody>
                        for a in plan.actions.iter() {
                            <tr>
                                <td>
                                    <span class="bi-main">{ match (props.mode, standard_action(&x.main, &a.origin, &a.what)) {
                                        (PrintMode::ClientOnly, Some(text)) => html! { text },
                                        _ => free(&a.what, not_set.clone()),
                                    } }</span>
                                    if let Some(h) = &x.help {
                                        if let Some(text) = standard_action(h, &a.origin, &a.what) { { help_span(h, text) } }
                                    }
                                    if let Some(name) = offer_name(&x.main, &props.catalogue, &a.origin) {
                                        <span class="doc-origin">
                                            { x.plain("doc-origin-catalogue") }{ ": " }<bdi>{ name }</bdi>
                                            if let Some(h) = &x.help {
                                                if let Some(help) = offer_name(h, &props.catalogue, &a.origin) {
                                                    { help_span(h, format!("{}: {}", h.t("doc-origin-catalogue"), help)) }
                                                }
                                            }
                                        </span>
                                    }
                                </td>
                                <td>{ owner(a.owner) }</td>
                                <td>{ date_or(a.due) }</td>
                                <td>{ free(&a.evidence, Html::default()) }</td>
                            </tr>
                        }
                    </tbody>
                </table>
            </section>

            <section class="doc-section">
                { heading("doc-questions") }
                <dl class="doc-list">
                    for q in Question::ALL {
                        <dt>{ x.text(&format!("doc-question-{}", q.slug())) }</dt>
                        <dd>{ free(plan.agreements.question(q), not_set.clone()) }</dd>
                    }
                </dl>
            </section>

            <section class="doc-section">
                { heading("doc-means") }
                <dl class="doc-list">
                    for m in MeansOf::ALL {
                        <dt>{ x.text(&format!("doc-means-{}", m.slug())) }</dt>
                        <dd>{ free(plan.agreements.means(m), not_set.clone()) }</dd>
                    }
                </dl>
            </section>

            <section class="doc-section">
                { heading("doc-evaluations") }
                <p>{ x.args("doc-evaluations-rule", &[
                    ("count", FluentValue::from(plan.rules.evaluations_per_year)),
                    ("inperson", FluentValue::from(plan.rules.in_person_per_year)),
                ]) }</p>
                <ul class="doc-moments">
                    for p in plan.planned_evaluations.iter() {
                        <li>
                            <span class="doc-moment-date">{ x.date(p.date) }</span>
                            <span class="doc-moment-kind">{ x.text(if p.in_person { "doc-eval-in-person" } else { "doc-eval-remote" }) }</span>
                        </li>
                    }
                </ul>
            </section>

            <section class="doc-section doc-rights">
                { heading("rights-title") }
                for id in RIGHTS {
                    <div class="doc-right">
                        <p class="bi-main">{ x.one(&x.main, id, &[]) }</p>
                        if let Some(h) = &x.help {
                            if h.has(id) { <p class="bi-help" lang={h.lang().code()} dir={h.lang().dir()}>{ h.t(id) }</p> }
                        }
                    </div>
                }
            </section>

            <section class="doc-section doc-signatures">
                { heading("doc-signatures") }
                <p>{ x.text("doc-signatures-intro") }</p>
                <p class="doc-fingerprint-line">
                    { x.text("doc-fingerprint") }
                    <code class="doc-fingerprint" dir="ltr">{ grouped(&props.fingerprint) }</code>
                </p>
                <div class="doc-signature-grid">
                    for role in signers {
                        <div class={classes!("doc-signature", (!role.is_party()).then_some("doc-signature-present"))}
                            data-role={role.key()}>
                            <p class="doc-signer">{ signer_name(role) }</p>
                            if !role.is_party() {
                                <p class="doc-signer-as">{ x.text("sign-as-present") }</p>
                            }
                            { match props.signatures.iter().find(|s| s.role == role) {
                                Some(s) => html! {
                                    <>
                                        <div class="doc-signature-box">{ signature_svg(s, s.name.clone()) }</div>
                                        <dl class="doc-signature-facts">
                                            <dt>{ x.text("doc-sign-name") }</dt><dd><bdi>{ &s.name }</bdi></dd>
                                            <dt>{ x.text("doc-sign-date") }</dt><dd>{ x.date(s.date) }</dd>
                                            <dt>{ x.text("doc-sign-place") }</dt><dd><bdi>{ &s.place }</bdi></dd>
                                        </dl>
                                    </>
                                },
                                None => html! {
                                    <>
                                        <div class="doc-signature-box doc-signature-blank"></div>
                                        <dl class="doc-signature-facts doc-signature-lines">
                                            <dt>{ x.text("doc-sign-name") }</dt><dd></dd>
                                            <dt>{ x.text("doc-sign-date") }</dt><dd></dd>
                                            <dt>{ x.text("doc-sign-place") }</dt><dd></dd>
                                        </dl>
                                    </>
                                },
                            } }
                        </div>
                    }
                </div>
            </section>
        </article>
    }
}

/// The rights and duties statement, in order (print.ftl).
pub const RIGHTS: [&str; 11] = [
    "rights-agreement",
    "rights-client",
    "rights-ocmw",
    "rights-change",
    "rights-reflection",
    "rights-not-kept",
    "rights-heard",
    "rights-no-sanction",
    "rights-interpreter",
    "rights-copy",
    "rights-appeal",
];
