//! Step 7: the evaluation moments (proposed by the rule set, due and overdue given today), a form
//! to record one, and the evaluations so far with the plan as it stood then.

use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::step::PlanStepProps;
use crate::domain::plan::{EvaluationInput, GoalProgress, GoalReview, Plan, PlanEdit};
use crate::domain::rules::{evaluation_status, EvaluationStatus};
use crate::domain::Rung;
use crate::ui::i18n_context::use_i18n;
use crate::ui::widgets::fields::{date_value, parse_date};

#[derive(Clone, PartialEq, Default)]
struct Draft {
    date: Option<NaiveDate>,
    in_person: bool,
    present: String,
    goals: Vec<(u64, GoalProgress)>,
    changes: String,
    rung: Option<Rung>,
    error: bool,
}

#[component]
pub fn PlanEvaluations(props: &PlanStepProps) -> Html {
    let t = use_i18n();
    let plan = &props.plan;
    let e = &props.on_edit;
    let draft = use_state(|| Draft { date: props.today, in_person: true, ..Default::default() });

    let schedule = html! {
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
                    onclick={e.reform(|_: MouseEvent| PlanEdit::ProposeEvaluations)}>
                    { t.t("plan-schedule-propose") }
                </button>
            }
            <ul class="plan-list plan-schedule">
                for p in plan.planned_evaluations.iter() {
                    { planned_row(&t, plan, p, props.today, e) }
                }
            </ul>
        </section>
    };

    let update = |f: fn(&mut Draft, String)| {
        let draft = draft.clone();
        move |value: String| {
            let mut d = (*draft).clone();
            f(&mut d, value);
            draft.set(d);
        }
    };
    let on_date = {
        let u = update(|d, v| {
            d.date = parse_date(&v);
            d.error = false;
        });
        Callback::from(move |ev: Event| u(ev.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let on_in_person = {
        let draft = draft.clone();
        Callback::from(move |ev: Event| {
            let mut d = (*draft).clone();
            d.in_person = ev.target_unchecked_into::<HtmlInputElement>().checked();
            draft.set(d);
        })
    };
    let on_present = {
        let u = update(|d, v| d.present = v);
        Callback::from(move |ev: InputEvent| u(ev.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let on_changes = {
        let u = update(|d, v| d.changes = v);
        Callback::from(move |ev: InputEvent| u(ev.target_unchecked_into::<HtmlTextAreaElement>().value()))
    };
    let on_rung = {
        let u = update(|d, v| d.rung = v.parse().ok().and_then(Rung::new));
        Callback::from(move |ev: Event| u(ev.target_unchecked_into::<HtmlSelectElement>().value()))
    };
    let on_goal = |goal: u64| {
        let draft = draft.clone();
        Callback::from(move |ev: Event| {
            let value = ev.target_unchecked_into::<HtmlSelectElement>().value();
            let mut d = (*draft).clone();
            d.goals.retain(|(g, _)| *g != goal);
            if let Some(p) = GoalProgress::from_slug(&value) {
                d.goals.push((goal, p));
            }
            draft.set(d);
        })
    };
    let on_save = {
        let draft = draft.clone();
        let e = e.clone();
        let today = props.today;
        Callback::from(move |ev: SubmitEvent| {
            ev.prevent_default();
            let d = (*draft).clone();
            match d.date {
                Some(date) => {
                    e.emit(PlanEdit::RecordEvaluation(EvaluationInput {
                        date,
                        in_person: d.in_person,
                        present: d.present.trim().to_owned(),
                        goals: d
                            .goals
                            .iter()
                            .map(|(goal, progress)| GoalReview { goal: *goal, progress: *progress })
                            .collect(),
                        changes: d.changes.trim().to_owned(),
                        new_rung: d.rung,
                    }));
                    draft.set(Draft { date: today, in_person: true, ..Default::default() });
                }
                None => draft.set(Draft { error: true, ..d }),
            }
        })
    };
    let current = |goal: u64| draft.goals.iter().find(|(g, _)| *g == goal).map(|(_, p)| p.slug()).unwrap_or("");

    let form = html! {
        <section class="card" aria-labelledby="plan-record-title">
            <h4 id="plan-record-title">{ t.t("plan-record-title") }</h4>
            <form class="plan-record" onsubmit={on_save} novalidate=true>
                <div class="plan-row">
                    <div class="field field-date">
                        <label for="plan-eval-date">{ t.t("plan-eval-date") }</label>
                        <input id="plan-eval-date" type="date" value={date_value(draft.date)} onchange={on_date}
                            aria-invalid={if draft.error { "true" } else { "false" }} aria-describedby="plan-eval-date-error" />
                    </div>
                    <div class="field plan-check-field">
                        <input id="plan-eval-in-person" type="checkbox" checked={draft.in_person} onchange={on_in_person} />
                        <label for="plan-eval-in-person">{ t.t("plan-eval-in-person") }</label>
                    </div>
                </div>
                <p class="field-error" id="plan-eval-date-error" role="alert">
                    if draft.error { { t.t("plan-eval-date-missing") } }
                </p>
                <div class="field">
                    <label for="plan-eval-present">{ t.t("plan-eval-present") }</label>
                    <input id="plan-eval-present" type="text" autocomplete="off" value={draft.present.clone()} oninput={on_present} />
                </div>
                for (i, g) in plan.goals.iter().enumerate() {
                    <div class="field">
                        <label for={format!("plan-eval-goal-{}", g.id)}>
                            { t.t_args("plan-eval-goal", &[("goal", FluentValue::from(if g.title.trim().is_empty() {
                                t.t_args("plan-goal-legend", &[("n", FluentValue::from(i + 1))]) } else { g.title.clone() }))]) }
                        </label>
                        <select id={format!("plan-eval-goal-{}", g.id)} onchange={on_goal(g.id)}>
                            <option value="" selected={current(g.id).is_empty()}>{ t.t("plan-choose") }</option>
                            for p in GoalProgress::ALL {
                                <option value={p.slug()} selected={current(g.id) == p.slug()}>{ t.t(&format!("plan-progress-{}", p.slug())) }</option>
                            }
                        </select>
                    </div>
                }
                <div class="field">
                    <label for="plan-eval-changes">{ t.t("plan-eval-changes") }</label>
                    <p class="hint" id="plan-eval-changes-hint">{ t.t("plan-eval-changes-hint") }</p>
                    <textarea id="plan-eval-changes" rows="3" value={draft.changes.clone()} oninput={on_changes}
                        aria-describedby="plan-eval-changes-hint" />
                </div>
                <div class="field">
                    <label for="plan-eval-rung">{ t.t("plan-eval-rung") }</label>
                    <select id="plan-eval-rung" onchange={on_rung}>
                        <option value="" selected={draft.rung.is_none()}>{ t.t("plan-eval-rung-same") }</option>
                        for r in Rung::all() {
                            <option value={r.number().to_string()} selected={draft.rung == Some(r)}>
                                { format!("{}. {}", r.number(), t.t(&r.name_id())) }
                            </option>
                        }
                    </select>
                </div>
                <button type="submit" class="button button-primary">{ t.t("plan-eval-save") }</button>
            </form>
        </section>
    };

    html! {
        <div class="plan-evaluations">
            { schedule }
            { form }
            <section class="card" aria-labelledby="plan-history-title">
                <h4 id="plan-history-title">{ t.t("plan-history-title") }</h4>
                if plan.evaluations.is_empty() {
                    <p>{ t.t("plan-history-empty") }</p>
                }
                <ul class="plan-list plan-history">
                    for ev in plan.evaluations.iter().rev() {
                        <li class="plan-evaluation" key={ev.id.to_string()}>
                            <p><strong>{ t.date(ev.date) }</strong>{ " · " }
                                { t.t(if ev.in_person { "plan-eval-was-in-person" } else { "plan-eval-was-remote" }) }</p>
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
                                <p>{ t.t_args("plan-eval-new-rung", &[("rung", FluentValue::from(t.t(&r.name_id())))]) }</p>
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
                        </li>
                    }
                </ul>
            </section>
        </div>
    }
}

fn planned_row(
    t: &crate::ui::i18n_context::I18n,
    plan: &Plan,
    p: &crate::domain::plan::PlannedEvaluation,
    today: Option<NaiveDate>,
    e: &Callback<PlanEdit>,
) -> Html {
    let done = plan.planned_done(p.id);
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
    html! {
        <li class={class} key={p.id.to_string()}>
            <span><strong>{ t.date(p.date) }</strong>{ " · " }
                { t.t(if p.in_person { "plan-eval-in-person-short" } else { "plan-eval-remote-short" }) }
                if let Some(s) = status_text { { " · " }{ s } }
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
