//! The evaluation moments of step 7: proposed by the rule set, due and overdue given today, and
//! every plan year counted against the yearly minimum on what was held and what is still planned.

use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use yew::prelude::*;

use crate::domain::plan::{Plan, PlanEdit, PlannedEvaluation};
use crate::domain::rules::{evaluation_status, EvaluationStatus, YearCount};
use crate::ui::callbacks::send;
use crate::ui::i18n_context::I18n;

/// The evaluation moments the rule set asks for, proposed from the start date, and the years.
pub(super) fn schedule_section(t: &I18n, plan: &Plan, today: Option<NaiveDate>, e: &Callback<PlanEdit>) -> Html {
    html! {
        <section class="card" aria-labelledby="plan-schedule-title">
            <h4 id="plan-schedule-title">{ t.t("plan-schedule-title") }</h4>
            <p class="hint">{ t.t_args("plan-schedule-rule", &[
                ("count", FluentValue::from(plan.rules.evaluations_per_year)),
                ("inperson", FluentValue::from(plan.rules.in_person_per_year)),
            ]) }</p>
            if plan.start.is_none() {
                <p>{ t.t("plan-schedule-needs-start") }</p>
            } else {
                <button type="button" class="button" id="plan-propose"
                    onclick={send(e, PlanEdit::ProposeEvaluations)}>
                    { t.t("plan-schedule-propose") }
                </button>
            }
            <ul class="plan-list plan-schedule">
                for p in plan.planned_evaluations.iter() {
                    { planned_row(t, plan, p, today, e) }
                }
            </ul>
            if let Some(today) = today {
                { years(t, &plan.year_counts(today)) }
            }
        </section>
    }
}

/// Each plan year: held and still planned against its minimum, with a warning when it falls short.
fn years(t: &I18n, counts: &[YearCount]) -> Html {
    if counts.is_empty() {
        return Html::default();
    }
    html! {
        <div role="status">
        <ul class="plan-list plan-years">
            for c in counts.iter() {
                <li class={classes!("plan-year", format!("plan-year-{}", c.status.slug()))}
                    data-warning={c.status.is_warning().to_string()}>
                    <span>{ t.t_args("plan-year-line", &[
                        ("year", FluentValue::from(c.year.number)),
                        ("from", FluentValue::from(t.date(c.year.from))),
                        ("until", FluentValue::from(t.date(c.year.until))),
                        ("held", FluentValue::from(c.held.total)),
                        ("heldinperson", FluentValue::from(c.held.in_person)),
                        ("planned", FluentValue::from(c.planned.total)),
                        ("plannedinperson", FluentValue::from(c.planned.in_person)),
                        ("total", FluentValue::from(c.year.minimum.total)),
                        ("inperson", FluentValue::from(c.year.minimum.in_person)),
                    ]) }</span>
                    { " " }<strong>{ t.t(&format!("plan-year-{}", c.status.slug())) }</strong>
                </li>
            }
        </ul>
        </div>
    }
}

/// One planned moment: its date and kind, where it stands, and (when held another way) how it
/// was held.
fn planned_row(t: &I18n, plan: &Plan, p: &PlannedEvaluation, today: Option<NaiveDate>, e: &Callback<PlanEdit>) -> Html {
    let held = plan.evaluations.iter().find(|ev| ev.planned == Some(p.id));
    let done = held.is_some();
    let status = today.map(|today| evaluation_status(&plan.rules, p.date, done, today));
    let status_text = status.map(|s| match s {
        EvaluationStatus::Overdue { days_over } => t.t_args(s.message_id(), &[("days", FluentValue::from(days_over))]),
        EvaluationStatus::Due { days_left } => t.t_args(s.message_id(), &[("days", FluentValue::from(days_left))]),
        _ => t.t(s.message_id()),
    });
    let class = match status {
        Some(EvaluationStatus::Overdue { .. }) => "plan-moment plan-moment-overdue",
        Some(EvaluationStatus::Due { .. }) => "plan-moment plan-moment-due",
        _ => "plan-moment",
    };
    let other_kind = held.filter(|ev| ev.kind != p.kind);
    html! {
        <li class={class} key={p.id.to_string()}>
            <span><strong>{ t.date(p.date) }</strong>{ " · " }{ t.t(&p.kind.message_id()) }
                if let Some(s) = status_text { { " · " }{ s } }
                if let Some(ev) = other_kind {
                    <span class="plan-moment-other-kind">{ " · " }{ t.t_args("plan-eval-kind-mismatch", &[
                        ("planned", FluentValue::from(t.t(&p.kind.message_id()))),
                        ("held", FluentValue::from(t.t(&ev.kind.message_id()))),
                    ]) }</span>
                }
            </span>
            if !done {
                <button type="button" class="button button-quiet-danger"
                    aria-label={t.t_args("plan-schedule-remove-label", &[("date", FluentValue::from(t.date(p.date)))])}
                    onclick={e.reform({ let id = p.id; move |_: MouseEvent| PlanEdit::RemovePlannedEvaluation(id) })}>
                    { t.t("plan-schedule-remove") }
                </button>
            }
        </li>
    }
}
