//! Below the read-through: that the plan was explained, ending it, and a move to another OCMW
//! with the client's consent and the export for the new OCMW. Functions of the plan page, not
//! components: every component costs wasm on the first visit.

use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use yew::prelude::*;

use crate::domain::plan::{EndKind, Plan, PlanEdit, TextField};
use crate::domain::Dossier;
use crate::ui::callbacks::send;
use crate::ui::i18n_context::I18n;
use crate::ui::widgets::fields::{PlanDate, PlanSelect, PlanText};
use crate::ui::Command;

/// When the worker explained content, scope and consequences, and a button to record it today
/// (again after a change: KB art. 11 as replaced in 2016).
pub(super) fn explained_section(t: &I18n, plan: &Plan, today: Option<NaiveDate>, e: &Callback<PlanEdit>) -> Html {
    html! {
        <section class="card plan-explained" aria-labelledby="plan-explained-title">
            <h4 id="plan-explained-title">{ t.t("plan-explained-title") }</h4>
            <ul>
                for x in plan.explained.iter() {
                    <li>{ t.t_args("plan-explained-on", &[("date", FluentValue::from(t.date(x.on)))]) }</li>
                }
            </ul>
            if plan.explained.last().is_some() && !plan.explained_now() {
                <p class="hint" role="status">{ t.t("plan-missing-explained-again") }</p>
            }
            if let (Some(today), false) = (today, plan.closing.ended) {
                <button type="button" class="button" id="plan-explained-record"
                    onclick={send(e, PlanEdit::RecordExplained(today))}>
                    { t.t("plan-explained-record") }
                </button>
            }
        </section>
    }
}

/// Ending the plan: how, on which date, why (for an early end), and what is still needed.
pub(super) fn end_section(t: &I18n, plan: &Plan, e: &Callback<PlanEdit>) -> Html {
    let closing = &plan.closing;
    let mut kinds = vec![(String::new(), t.t("plan-choose"))];
    kinds.extend(EndKind::ALL.iter().map(|k| (k.slug().to_owned(), t.t(&k.message_id()))));
    let problems = closing.problems();
    html! {
        <section class="card plan-end" aria-labelledby="plan-end-title" id="plan-end">
            <h4 id="plan-end-title">{ t.t("plan-end-title") }</h4>
            <p class="hint">{ t.t("plan-end-intro") }</p>
            <div class="plan-row">
                <PlanSelect id="plan-end-kind" label={t.t("plan-end-kind")} options={kinds}
                    selected={closing.kind.map(|k| k.slug()).unwrap_or("").to_owned()}
                    on_change={e.reform(|v: String| PlanEdit::SetEndKind(EndKind::ALL.into_iter().find(|k| k.slug() == v)))} />
                <PlanDate id="plan-end-date" label={t.t("plan-end-date")} value={closing.on}
                    on_change={e.reform(PlanEdit::SetEndDate)} />
            </div>
            <PlanText id="plan-end-reason" label={t.t("plan-end-reason")} multiline=true value={closing.reason.clone()}
                on_input={e.reform(|v| PlanEdit::SetText(TextField::EndReason, v))} />
            if !problems.is_empty() {
                <ul class="plan-missing" id="plan-end-problems">
                    for p in problems.iter() { <li>{ t.t(p.message_id()) }</li> }
                </ul>
            }
            <button type="button" class="button button-primary" id="plan-end-confirm" disabled={!problems.is_empty()}
                onclick={send(e, PlanEdit::EndPlan)}>
                { t.t("plan-end-confirm") }
            </button>
        </section>
    }
}

/// That the plan ended: how, when and why. Shown above an ended plan.
pub(super) fn ended_banner(t: &I18n, plan: &Plan) -> Html {
    let closing = &plan.closing;
    let (Some(kind), Some(on), true) = (closing.kind, closing.on, closing.ended) else {
        return Html::default();
    };
    html! {
        <div class="notice-inline notice-info plan-ended" id="plan-ended" role="status">
            <p><strong>{ t.t_args("plan-ended", &[
                ("date", FluentValue::from(t.date(on))),
                ("kind", FluentValue::from(t.t(&kind.message_id()))),
            ]) }</strong></p>
            if !closing.reason.trim().is_empty() { <p><bdi>{ &closing.reason }</bdi></p> }
            <p class="hint">{ t.t("plan-ended-hint") }</p>
        </div>
    }
}

/// A move to another OCMW: the new OCMW and the day the client agreed that the file goes there;
/// the export for the new OCMW only once that consent is recorded.
pub(super) fn move_section(
    t: &I18n,
    dossier: &Dossier,
    e: &Callback<PlanEdit>,
    on_command: &Callback<Command>,
) -> Html {
    let closing = &dossier.plan.closing;
    let id = dossier.id.clone();
    html! {
        <section class="card plan-move" aria-labelledby="plan-move-title" id="plan-move">
            <h4 id="plan-move-title">{ t.t("plan-move-title") }</h4>
            <div class="plan-row">
                <PlanText id="plan-move-ocmw" label={t.t("plan-move-ocmw")} value={closing.new_ocmw.clone()}
                    on_input={e.reform(|v| PlanEdit::SetText(TextField::NewOcmw, v))} />
                <PlanDate id="plan-move-consent" label={t.t("plan-move-consent")} value={closing.consent_on}
                    on_change={e.reform(PlanEdit::SetMoveConsent)} />
            </div>
            if closing.move_consented() {
                <button type="button" class="button" id="plan-move-export"
                    onclick={send(on_command, Command::AskExport(Some(id.clone())))}>
                    { t.t("plan-move-export") }
                </button>
            } else {
                <p class="hint" id="plan-move-needs-consent">{ t.t("plan-move-needs-consent") }</p>
            }
        </section>
    }
}
