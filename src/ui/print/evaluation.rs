//! The report of one evaluation on A4, like the plan: bilingual with the binding Dutch (or the
//! client's own copy), the fingerprint of what it prints, and places to sign if the parties wish.
//! It is what an OCMW files after every evaluation: date, kind, who was there, progress per goal,
//! the actions and their status, what changed since the version before, the rung, the next moment.

use yew::prelude::*;

use super::document::PrintMode;
use super::texts::{column_heads, free, party, row, term, Texts};
use crate::domain::plan::{EvaluationKind, EvaluationReport, Owner, Plan, VersionChange};
use crate::domain::signing::grouped;
use crate::domain::Dossier;

/// The message naming a kind on paper.
pub(super) fn kind_text(x: &Texts, kind: EvaluationKind) -> Html {
    x.text(match kind {
        EvaluationKind::InPerson => "doc-eval-in-person",
        EvaluationKind::Written => "doc-eval-written",
        EvaluationKind::PhoneOrVideo => "doc-eval-remote",
    })
}

/// The printed report of evaluation `id` of `d`, or nothing when there is no such evaluation.
pub(super) fn evaluation_print(d: &Dossier, id: u64, mode: PrintMode) -> Html {
    let Some(report) = d.evaluation_report(id) else { return Html::default() };
    let x = Texts::new(d.client_lang, mode);
    let fingerprint = report.fingerprint(&d.client_name);
    let lang = x.main.lang();
    let bilingual = x.help.is_some();
    html! {
        <article class={classes!("print-doc", "eval-report", bilingual.then_some("print-bilingual"))}
            lang={lang.code()} dir={lang.dir()} data-fingerprint={fingerprint.clone()} data-complete="true">
            <header class="doc-header">
                <h1 class="doc-title">{ x.text("eval-report-title") }</h1>
                if bilingual { <p class="doc-binding-note">{ x.text("doc-binding-note") }</p> }
            </header>
            { facts(&x, d, &report) }
            { goals(&x, &report) }
            { actions(&x, &d.plan, &report) }
            { changes(&x, &report) }
            { signatures(&x, &fingerprint) }
        </article>
    }
}

/// Who, when, how, which moment, the rung and the next moment.
fn facts(x: &Texts, d: &Dossier, r: &EvaluationReport) -> Html {
    let ev = &r.evaluation;
    let not_set = || x.text("doc-not-set");
    let moment = |p: &Option<crate::domain::plan::PlannedEvaluation>, none: &str| match p {
        Some(p) => html! { <>{ x.date(p.date) }{ " · " }{ kind_text(x, p.kind) }</> },
        None => x.text(none),
    };
    let rung = match ev.new_rung {
        Some(rung) => {
            html! { <>{ format!("{}. ", rung.number()) }{ x.text(&rung.name_id()) }{ " · " }{ x.text(ev.viewpoint.message_id()) }</> }
        }
        None => x.text("eval-report-rung-same"),
    };
    let rows = [
        ("doc-client", free(&d.client_name, not_set())),
        ("doc-ocmw", free(&d.plan.ocmw_name, not_set())),
        ("doc-sign-date", x.date(ev.date)),
        ("eval-report-kind", kind_text(x, ev.kind)),
        ("eval-report-present", free(&ev.present, not_set())),
        ("eval-report-fulfils", moment(&r.fulfils, "eval-report-extra")),
        ("eval-report-rung", rung),
        ("eval-report-next", moment(&r.next, "eval-report-next-none")),
    ];
    html! {
        <table class="doc-facts">
            <tbody>
                for (label, value) in rows { { row(x.text(label), value) } }
            </tbody>
        </table>
    }
}

/// How far each goal of the version evaluated got ("not filled in" where nothing was chosen).
fn goals(x: &Texts, r: &EvaluationReport) -> Html {
    let progress = |goal: u64| r.evaluation.goals.iter().find(|g| g.goal == goal).map(|g| g.progress);
    html! {
        <section class="doc-section">
            <h2 class="doc-h2">{ x.text("eval-report-goals") }</h2>
            <ul class="doc-list eval-report-goals">
                for g in r.evaluation.version.goals.iter() {
                    <li>{ free(&g.title, Html::default()) }{ ": " }{ match progress(g.id) {
                        Some(p) => x.text(&format!("plan-progress-{}", p.slug())),
                        None => x.text("doc-not-set"),
                    } }</li>
                }
            </ul>
            if !r.evaluation.changes.trim().is_empty() {
                <p><strong>{ x.text("eval-report-notes") }</strong>{ " " }{ free(&r.evaluation.changes, Html::default()) }</p>
            }
        </section>
    }
}

/// The actions as they stood at the evaluation: what, who, by when, and their status.
fn actions(x: &Texts, plan: &Plan, r: &EvaluationReport) -> Html {
    html! {
        <section class="doc-section">
            <h2 class="doc-h2">{ x.text("eval-report-actions") }</h2>
            <table class="doc-actions">
                { column_heads(x, &["doc-col-what", "doc-col-who", "doc-col-due", "eval-report-col-status"]) }
                <tbody>
                    for a in r.evaluation.version.actions.iter() {
                        <tr>
                            <td>{ free(&a.what, Html::default()) }</td>
                            <td>{ owner(x, plan, a.owner) }</td>
                            <td>{ a.due.map(|d| x.date(d)).unwrap_or_default() }</td>
                            <td>{ x.text(&format!("plan-status-{}", a.status.slug())) }</td>
                        </tr>
                    }
                </tbody>
            </table>
        </section>
    }
}

fn owner(x: &Texts, plan: &Plan, owner: Option<Owner>) -> Html {
    match owner {
        Some(Owner::Client) => x.text("doc-who-client"),
        Some(Owner::Ocmw) => x.text("doc-who-ocmw"),
        Some(Owner::ThirdParty(id)) => plan.third_party(id).map(party).unwrap_or_else(|| x.text("doc-who-third")),
        None => x.text("doc-who-nobody"),
    }
}

/// Goals and actions added, changed or removed since the version before.
fn changes(x: &Texts, r: &EvaluationReport) -> Html {
    let label = |c: &VersionChange| x.text(c.message_id());
    html! {
        <section class="doc-section">
            <h2 class="doc-h2">{ x.text("eval-report-changes") }</h2>
            if r.changes.is_empty() {
                <p>{ x.text("eval-report-no-changes") }</p>
            }
            <ul class="doc-list eval-report-changes">
                for c in r.changes.iter() {
                    <li>{ label(c) }{ ": " }{ free(c.title(), Html::default()) }</li>
                }
            </ul>
        </section>
    }
}

/// The fingerprint, and places for the client and the worker to sign if they wish.
fn signatures(x: &Texts, fingerprint: &str) -> Html {
    html! {
        <section class="doc-section doc-signatures">
            <p>{ x.text("eval-report-signatures") }</p>
            <p class="doc-fingerprint-line">
                { x.text("eval-report-fingerprint") }
                <code class="doc-fingerprint" dir="ltr">{ grouped(fingerprint) }</code>
            </p>
            <div class="doc-signature-grid">
                for role in ["sign-role-client", "sign-role-worker"] {
                    <div class="doc-signature">
                        <p class="doc-signer">{ x.text(role) }</p>
                        <div class="doc-signature-box doc-signature-blank"></div>
                        <dl class="doc-signature-facts doc-signature-lines">
                            { term(x.text("doc-sign-name"), Html::default()) }
                            { term(x.text("doc-sign-date"), Html::default()) }
                        </dl>
                    </div>
                }
            </div>
        </section>
    }
}
