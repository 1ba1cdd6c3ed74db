//! The evaluations held so far, each with the plan as it stood then and a way to print its report.

use fluent_bundle::FluentValue;
use yew::prelude::*;

use crate::domain::plan::{Evaluation, Plan};
use crate::ui::callbacks::send;
use crate::ui::i18n_context::I18n;

/// The evaluations so far, newest first.
pub(super) fn history_section(t: &I18n, plan: &Plan, on_print: &Callback<u64>) -> Html {
    html! {
        <section class="card" aria-labelledby="plan-history-title">
            <h4 id="plan-history-title">{ t.t("plan-history-title") }</h4>
            if plan.evaluations.is_empty() {
                <p>{ t.t("plan-history-empty") }</p>
            }
            <ul class="plan-list plan-history">
                for ev in plan.evaluations.iter().rev() {
                    { history_entry(t, ev, on_print) }
                }
            </ul>
        </section>
    }
}

/// One evaluation as recorded, with the plan (goals and actions) as it stood then.
fn history_entry(t: &I18n, ev: &Evaluation, on_print: &Callback<u64>) -> Html {
    let id = ev.id;
    html! {
        <li class="plan-evaluation" key={ev.id.to_string()}>
            <p><strong>{ t.date(ev.date) }</strong>{ " · " }{ t.t(&ev.kind.message_id()) }</p>
            if !ev.present.is_empty() {
                <p>{ t.t("plan-eval-present") }{ ": " }<bdi>{ &ev.present }</bdi></p>
            }
            <ul>
                for r in ev.goals.iter() {
                    <li>
                        <bdi>{ ev.version.goals.iter().find(|g| g.id == r.goal).map(|g| g.title.clone()).unwrap_or_default() }</bdi>
                        { ": " }{ t.t(&format!("plan-progress-{}", r.progress.slug())) }
                    </li>
                }
            </ul>
            if !ev.changes.is_empty() {
                <p>{ t.t("plan-eval-changes") }{ ": " }<bdi>{ &ev.changes }</bdi></p>
            }
            if let Some(r) = ev.new_rung {
                <p>{ t.t_args("plan-eval-new-rung", &[("rung", FluentValue::from(t.t(&r.name_id())))]) }
                    { " · " }{ t.t(ev.viewpoint.message_id()) }</p>
            }
            <details>
                <summary>{ t.t("plan-eval-version") }</summary>
                <ul>
                    for g in ev.version.goals.iter() { <li><bdi>{ &g.title }</bdi></li> }
                </ul>
                <ul>
                    for a in ev.version.actions.iter() { <li><bdi>{ &a.what }</bdi></li> }
                </ul>
            </details>
            <button type="button" class="button eval-print" id={format!("plan-eval-print-{id}")}
                onclick={send(on_print, id)}>
                { t.t("plan-eval-print") }
            </button>
        </li>
    }
}
