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

use super::texts::{free, help_span, party, Texts};
use crate::domain::catalogue::Catalogue;
use crate::domain::plan::{ActionOrigin, Goal, MeansOf, Owner, Plan, PlanAction, Question, SupportKind, Topic};
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
    let doc = Doc {
        x: &texts,
        plan: &props.plan,
        props,
        not_set: html! { <span class="doc-empty">{ texts.text("doc-not-set") }</span> },
    };
    let lang = texts.main.lang();
    let bilingual = props.mode == PrintMode::Bilingual && texts.help.is_some();
    html! {
        <article class={classes!("print-doc", bilingual.then_some("print-bilingual"))}
            lang={lang.code()} dir={lang.dir()} data-fingerprint={props.fingerprint.clone()}
            data-complete={props.complete.to_string()}>
            { doc.draft_mark() }
            { doc.header() }
            { doc.facts() }
            { doc.topics() }
            { doc.goals() }
            { doc.actions() }
            { doc.questions() }
            { doc.means() }
            { doc.evaluations() }
            { doc.rights() }
            { doc.signatures() }
        </article>
    }
}

/// One printed page being laid out: its languages, the plan and the props.
struct Doc<'a> {
    x: &'a Texts,
    plan: &'a Plan,
    props: &'a PlanPrintProps,
    /// What stands where nothing was filled in.
    not_set: Html,
}

impl Doc<'_> {
    fn date_or(&self, date: Option<NaiveDate>) -> Html {
        date.map(|d| self.x.date(d)).unwrap_or_else(|| self.not_set.clone())
    }

    fn heading(&self, id: &str) -> Html {
        html! { <h2 class="doc-h2">{ self.x.text(id) }</h2> }
    }

    fn free_or_not_set(&self, text: &str) -> Html {
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
                        <tr><th scope="row">{ x.text("doc-ocmw") }</th><td>{ self.free_or_not_set(&plan.ocmw_name) }</td></tr>
                        <tr><th scope="row">{ x.text("doc-client") }</th><td>{ self.free_or_not_set(&self.props.client_name) }</td></tr>
                        <tr><th scope="row">{ x.text("doc-worker") }</th><td>{ self.free_or_not_set(&plan.worker_name) }</td></tr>
                        <tr><th scope="row">{ x.text("doc-type") }</th>
                            <td>{ plan.plan_type.map(|k| x.text(&format!("doc-type-{}", k.slug()))).unwrap_or_else(|| self.not_set.clone()) }</td></tr>
                        <tr><th scope="row">{ x.text("doc-period") }</th>
                            <td class="doc-period">{ x.period(plan.start, plan.end) }</td></tr>
                        <tr><th scope="row">{ x.text("doc-decision") }</th><td>{ self.date_or(plan.decision_date) }</td></tr>
                        { self.partners_row() }
                        { self.support_row() }
                    </tbody>
                </table>
            </section>
        }
    }

    fn partners_row(&self) -> Html {
        html! {
            if !self.plan.third_parties.is_empty() {
                <tr><th scope="row">{ self.x.text("doc-partners") }</th>
                    <td>
                        for p in self.plan.third_parties.iter() {
                            <p class="doc-partner">{ party(p) }</p>
                            if !p.tasks.trim().is_empty() {
                                <p class="doc-partner-tasks">{ free(&p.tasks, Html::default()) }</p>
                            }
                        }
                    </td></tr>
            }
        }
    }

    fn support_row(&self) -> Html {
        let (x, plan) = (self.x, self.plan);
        let Some(kind) = plan.support_kind else { return Html::default() };
        let role = match kind {
            SupportKind::Interpreter => "sign-role-interpreter",
            SupportKind::SupportPerson => "sign-role-support",
        };
        html! {
            <tr><th scope="row">{ x.text("doc-support") }</th>
                <td>{ x.text(role) }
                    if !plan.support_name.trim().is_empty() {
                        <span class="doc-signer-who">{ free(&plan.support_name, Html::default()) }</span>
                    }</td></tr>
        }
    }

    fn topics(&self) -> Html {
        html! {
            <section class="doc-section">
                { self.heading("doc-topics") }
                <dl class="doc-list">
                    for topic in Topic::ALL {
                        <dt>{ self.x.text(&format!("doc-topic-{}", topic.slug())) }</dt>
                        <dd>{ self.free_or_not_set(self.plan.topics.get(topic)) }</dd>
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
    }

    fn actions(&self) -> Html {
        let x = self.x;
        html! {
            <section class="doc-section">
                { self.heading("doc-actions") }
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
                        for a in self.plan.actions.iter() { { self.action_row(a) } }
                    </tbody>
                </table>
            </section>
        }
    }

    fn action_row(&self, a: &PlanAction) -> Html {
        html! {
            <tr>
                <td>{ self.action_what(a) }{ self.action_offer(a) }</td>
                <td>{ self.owner(a.owner) }</td>
                <td>{ self.date_or(a.due) }</td>
                <td>{ free(&a.evidence, Html::default()) }</td>
            </tr>
        }
    }

    /// What is to be done: a standard action in the page's language on the client's copy, else as
    /// typed; with the help translation of a standard action beside it.
    fn action_what(&self, a: &PlanAction) -> Html {
        let x = self.x;
        html! {
            <>
                <span class="bi-main">{ match (self.props.mode, standard_action(&x.main, &a.origin, &a.what)) {
                    (PrintMode::ClientOnly, Some(text)) => html! { text },
                    _ => self.free_or_not_set(&a.what),
                } }</span>
                if let Some(h) = &x.help {
                    if let Some(text) = standard_action(h, &a.origin, &a.what) { { help_span(h, text) } }
                }
            </>
        }
    }

    /// The picked offer an action came from, if any.
    fn action_offer(&self, a: &PlanAction) -> Html {
        let (x, catalogue) = (self.x, &self.props.catalogue);
        let Some(name) = offer_name(&x.main, catalogue, &a.origin) else { return Html::default() };
        html! {
            <span class="doc-origin">
                { x.plain("doc-origin-catalogue") }{ ": " }<bdi>{ name }</bdi>
                if let Some(h) = &x.help {
                    if let Some(help) = offer_name(h, catalogue, &a.origin) {
                        { help_span(h, format!("{}: {}", h.t("doc-origin-catalogue"), help)) }
                    }
                }
            </span>
        }
    }

    fn owner(&self, owner: Option<Owner>) -> Html {
        let (x, plan) = (self.x, self.plan);
        match owner {
            Some(Owner::Client) => x.text("doc-who-client"),
            Some(Owner::Ocmw) if !plan.ocmw_name.trim().is_empty() => free(&plan.ocmw_name, Html::default()),
            Some(Owner::Ocmw) => x.text("doc-who-ocmw"),
            Some(Owner::ThirdParty(id)) => match plan.third_party(id) {
                Some(p) if !(p.name.trim().is_empty() && p.role.trim().is_empty()) => party(p),
                _ => x.text("doc-who-third"),
            },
            None => x.text("doc-who-nobody"),
        }
    }

    fn questions(&self) -> Html {
        html! {
            <section class="doc-section">
                { self.heading("doc-questions") }
                <dl class="doc-list">
                    for q in Question::ALL {
                        <dt>{ self.x.text(&format!("doc-question-{}", q.slug())) }</dt>
                        <dd>{ self.free_or_not_set(self.plan.agreements.question(q)) }</dd>
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
                        <dt>{ self.x.text(&format!("doc-means-{}", m.slug())) }</dt>
                        <dd>{ self.free_or_not_set(self.plan.agreements.means(m)) }</dd>
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
                            <span class="doc-moment-kind">{ x.text(if p.in_person { "doc-eval-in-person" } else { "doc-eval-remote" }) }</span>
                        </li>
                    }
                </ul>
            </section>
        }
    }

    fn rights(&self) -> Html {
        let x = self.x;
        html! {
            <section class="doc-section doc-rights">
                { self.heading("rights-title") }
                for id in RIGHTS {
                    <div class="doc-right">
                        <p class="bi-main">{ x.one(&x.main, id, &[]) }</p>
                        if let Some(h) = &x.help {
                            if h.has(id) { <p class="bi-help" lang={h.lang().code()} dir={h.lang().dir()}>{ h.t(id) }</p> }
                        }
                    </div>
                }
            </section>
        }
    }

    fn signatures(&self) -> Html {
        let x = self.x;
        html! {
            <section class="doc-section doc-signatures">
                { self.heading("doc-signatures") }
                <p>{ x.text("doc-signatures-intro") }</p>
                <p class="doc-fingerprint-line">
                    { x.text("doc-fingerprint") }
                    <code class="doc-fingerprint" dir="ltr">{ grouped(&self.props.fingerprint) }</code>
                </p>
                <div class="doc-signature-grid">
                    for role in self.signers() { { self.signature_block(role) } }
                </div>
            </section>
        }
    }

    /// Who has a place to sign: the required signers, whoever signed, and the interpreter or
    /// support person the plan names.
    fn signers(&self) -> Vec<SignerRole> {
        let plan = self.plan;
        let required = required_signers(plan);
        possible_signers(plan)
            .into_iter()
            .filter(|r| {
                required.contains(r)
                    || self.props.signatures.iter().any(|s| s.role == *r)
                    || matches!((r, plan.support_kind), (SignerRole::Interpreter, Some(SupportKind::Interpreter)))
                    || matches!((r, plan.support_kind), (SignerRole::SupportPerson, Some(SupportKind::SupportPerson)))
            })
            .collect()
    }

    fn signature_block(&self, role: SignerRole) -> Html {
        let signature = self.props.signatures.iter().find(|s| s.role == role);
        html! {
            <div class={classes!("doc-signature", (!role.is_party()).then_some("doc-signature-present"))}
                data-role={role.key()}>
                <p class="doc-signer">{ self.signer_name(role) }</p>
                if !role.is_party() {
                    <p class="doc-signer-as">{ self.x.text("sign-as-present") }</p>
                }
                { match signature {
                    Some(s) => self.signed(s),
                    None => self.blank_signature(),
                } }
            </div>
        }
    }

    fn signer_name(&self, role: SignerRole) -> Html {
        let (x, plan) = (self.x, self.plan);
        match role {
            SignerRole::ThirdParty(id) => html! {
                <>
                    { x.text("sign-role-third") }
                    if let Some(p) = plan.third_party(id) {
                        <span class="doc-signer-who">{ party(p) }</span>
                    }
                </>
            },
            role => {
                let known = role.known_name(&self.props.client_name, plan);
                html! {
                    <>
                        { x.text(role.message_id()) }
                        if !role.is_party() && !known.trim().is_empty() {
                            <span class="doc-signer-who">{ free(&known, Html::default()) }</span>
                        }
                    </>
                }
            }
        }
    }

    fn signed(&self, s: &Signature) -> Html {
        let x = self.x;
        html! {
            <>
                <div class="doc-signature-box">{ signature_svg(s, s.name.clone()) }</div>
                <dl class="doc-signature-facts">
                    <dt>{ x.text("doc-sign-name") }</dt><dd><bdi>{ &s.name }</bdi></dd>
                    <dt>{ x.text("doc-sign-date") }</dt><dd>{ x.date(s.date) }</dd>
                    <dt>{ x.text("doc-sign-place") }</dt><dd><bdi>{ &s.place }</bdi></dd>
                </dl>
            </>
        }
    }

    fn blank_signature(&self) -> Html {
        let x = self.x;
        html! {
            <>
                <div class="doc-signature-box doc-signature-blank"></div>
                <dl class="doc-signature-facts doc-signature-lines">
                    <dt>{ x.text("doc-sign-name") }</dt><dd></dd>
                    <dt>{ x.text("doc-sign-date") }</dt><dd></dd>
                    <dt>{ x.text("doc-sign-place") }</dt><dd></dd>
                </dl>
            </>
        }
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
