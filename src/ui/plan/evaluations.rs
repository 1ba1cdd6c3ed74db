//! Step 7: the evaluation moments (proposed by the rule set, due and overdue given today), a form
//! to record one, and the evaluations so far with the plan as it stood then.

use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::step::PlanStepProps;
use crate::domain::plan::{Evaluation, EvaluationInput, Goal, GoalProgress, GoalReview, Plan, PlanEdit};
use crate::domain::rules::{evaluation_status, EvaluationStatus};
use crate::domain::Rung;
use crate::ui::i18n_context::{use_i18n, I18n};
use crate::ui::widgets::fields::{date_value, parse_date};

/// The evaluation being recorded, before it is saved.
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

impl Draft {
    /// A fresh draft: today, in person.
    fn new(today: Option<NaiveDate>) -> Self {
        Draft { date: today, in_person: true, ..Default::default() }
    }

    /// What is recorded for the evaluation on `date`, trimmed.
    fn input(&self, date: NaiveDate) -> EvaluationInput {
        EvaluationInput {
            date,
            in_person: self.in_person,
            present: self.present.trim().to_owned(),
            goals: self.goals.iter().map(|(goal, progress)| GoalReview { goal: *goal, progress: *progress }).collect(),
            changes: self.changes.trim().to_owned(),
            new_rung: self.rung,
        }
    }

    /// The progress chosen for a goal, as its slug; empty when none is.
    fn progress(&self, goal: u64) -> &'static str {
        self.goals.iter().find(|(g, _)| *g == goal).map(|(_, p)| p.slug()).unwrap_or("")
    }
}

#[component]
pub fn PlanEvaluations(props: &PlanStepProps) -> Html {
    let t = use_i18n();
    // The form's draft lives as long as this step is shown, until it is saved.
    let draft = use_state(|| Draft::new(props.today));
    html! {
        <div class="plan-evaluations">
            { schedule_section(&t, &props.plan, props.today, &props.on_edit) }
            { evaluation_form(&t, props, &draft) }
            { history_section(&t, &props.plan) }
        </div>
    }
}

/// The evaluation moments the rule set asks for, proposed from the start date.
fn schedule_section(t: &I18n, plan: &Plan, today: Option<NaiveDate>, e: &Callback<PlanEdit>) -> Html {
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
                    onclick={e.reform(|_: MouseEvent| PlanEdit::ProposeEvaluations)}>
                    { t.t("plan-schedule-propose") }
                </button>
            }
            <ul class="plan-list plan-schedule">
                for p in plan.planned_evaluations.iter() {
                    { planned_row(t, plan, p, today, e) }
                }
            </ul>
        </section>
    }
}

/// A callback that changes the draft with what it reads from the event (the field's value).
fn edit_draft<E: 'static, V: 'static>(
    draft: &UseStateHandle<Draft>,
    read: fn(&E) -> V,
    change: impl Fn(&mut Draft, V) + 'static,
) -> Callback<E> {
    let draft = draft.clone();
    Callback::from(move |ev: E| {
        let mut d = (*draft).clone();
        change(&mut d, read(&ev));
        draft.set(d);
    })
}

/// Records the draft and starts a fresh one; without a date, marks the date as missing instead.
fn save(draft: &UseStateHandle<Draft>, e: &Callback<PlanEdit>, today: Option<NaiveDate>) -> Callback<SubmitEvent> {
    let (draft, e) = (draft.clone(), e.clone());
    Callback::from(move |ev: SubmitEvent| {
        ev.prevent_default();
        let d = (*draft).clone();
        match d.date {
            Some(date) => {
                e.emit(PlanEdit::RecordEvaluation(d.input(date)));
                draft.set(Draft::new(today));
            }
            None => draft.set(Draft { error: true, ..d }),
        }
    })
}

/// The form to record an evaluation into the step's `draft`. A function of the step, not a
/// component: every component costs wasm on the first visit.
fn evaluation_form(t: &I18n, props: &PlanStepProps, draft: &UseStateHandle<Draft>) -> Html {
    let on_present = edit_draft(
        draft,
        |ev: &InputEvent| ev.target_unchecked_into::<HtmlInputElement>().value(),
        |d, v| d.present = v,
    );
    let on_changes = edit_draft(
        draft,
        |ev: &InputEvent| ev.target_unchecked_into::<HtmlTextAreaElement>().value(),
        |d, v| d.changes = v,
    );

    html! {
        <section class="card" aria-labelledby="plan-record-title">
            <h4 id="plan-record-title">{ t.t("plan-record-title") }</h4>
            <form class="plan-record" onsubmit={save(draft, &props.on_edit, props.today)} novalidate=true>
                { date_fields(t, draft) }
                <div class="field">
                    <label for="plan-eval-present">{ t.t("plan-eval-present") }</label>
                    <input id="plan-eval-present" type="text" autocomplete="off" value={draft.present.clone()} oninput={on_present} />
                </div>
                for (i, g) in props.plan.goals.iter().enumerate() {
                    { goal_progress_field(t, i, g, draft) }
                }
                <div class="field">
                    <label for="plan-eval-changes">{ t.t("plan-eval-changes") }</label>
                    <p class="hint" id="plan-eval-changes-hint">{ t.t("plan-eval-changes-hint") }</p>
                    <textarea id="plan-eval-changes" rows="3" value={draft.changes.clone()} oninput={on_changes}
                        aria-describedby="plan-eval-changes-hint" />
                </div>
                { rung_field(t, draft) }
                <button type="submit" class="button button-primary">{ t.t("plan-eval-save") }</button>
            </form>
        </section>
    }
}

/// The date (with its error when missing) and whether the evaluation was in person.
fn date_fields(t: &I18n, draft: &UseStateHandle<Draft>) -> Html {
    let on_date = edit_draft(
        draft,
        |ev: &Event| ev.target_unchecked_into::<HtmlInputElement>().value(),
        |d, v| {
            d.date = parse_date(&v);
            d.error = false;
        },
    );
    let on_in_person = edit_draft(
        draft,
        |ev: &Event| ev.target_unchecked_into::<HtmlInputElement>().checked(),
        |d, checked| d.in_person = checked,
    );
    html! {
        <>
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
        </>
    }
}

/// How far the client got with one goal (the `i`-th), named by its title or its number.
fn goal_progress_field(t: &I18n, i: usize, g: &Goal, draft: &UseStateHandle<Draft>) -> Html {
    let goal = g.id;
    let on_goal = edit_draft(
        draft,
        |ev: &Event| ev.target_unchecked_into::<HtmlSelectElement>().value(),
        move |d, value| {
            d.goals.retain(|(g, _)| *g != goal);
            if let Some(p) = GoalProgress::from_slug(&value) {
                d.goals.push((goal, p));
            }
        },
    );
    let current = draft.progress(goal);
    html! {
        <div class="field">
            <label for={format!("plan-eval-goal-{}", g.id)}>
                { t.t_args("plan-eval-goal", &[("goal", FluentValue::from(if g.title.trim().is_empty() {
                    t.t_args("plan-goal-legend", &[("n", FluentValue::from(i + 1))]) } else { g.title.clone() }))]) }
            </label>
            <select id={format!("plan-eval-goal-{}", g.id)} onchange={on_goal}>
                <option value="" selected={current.is_empty()}>{ t.t("plan-choose") }</option>
                for p in GoalProgress::ALL {
                    <option value={p.slug()} selected={current == p.slug()}>{ t.t(&format!("plan-progress-{}", p.slug())) }</option>
                }
            </select>
        </div>
    }
}

/// A new place on the ladder, or the same one.
fn rung_field(t: &I18n, draft: &UseStateHandle<Draft>) -> Html {
    let on_rung = edit_draft(
        draft,
        |ev: &Event| ev.target_unchecked_into::<HtmlSelectElement>().value(),
        |d, v| d.rung = v.parse().ok().and_then(Rung::new),
    );
    html! {
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
    }
}

/// The evaluations so far, newest first.
fn history_section(t: &I18n, plan: &Plan) -> Html {
    html! {
        <section class="card" aria-labelledby="plan-history-title">
            <h4 id="plan-history-title">{ t.t("plan-history-title") }</h4>
            if plan.evaluations.is_empty() {
                <p>{ t.t("plan-history-empty") }</p>
            }
            <ul class="plan-list plan-history">
                for ev in plan.evaluations.iter().rev() {
                    { history_entry(t, ev) }
                }
            </ul>
        </section>
    }
}

/// One evaluation as recorded, with the plan (goals and actions) as it stood then.
fn history_entry(t: &I18n, ev: &Evaluation) -> Html {
    html! {
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
}

fn planned_row(
    t: &I18n,
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
