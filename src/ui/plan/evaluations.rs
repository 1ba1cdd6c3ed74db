//! Step 7: the evaluation moments (proposed by the rule set, due and overdue given today, counted
//! per plan year), a form to record one, and the evaluations so far with the plan as it stood then.

use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::evaluation_history::history_section;
use super::evaluation_settings::evaluation_settings;
use super::schedule::schedule_section;
use super::step::PlanStepProps;
use crate::domain::ladder::Viewpoint;
use crate::domain::plan::{EvaluationInput, EvaluationKind, Goal, GoalProgress, GoalReview, Plan, PlanEdit};
use crate::domain::Rung;
use crate::ui::i18n_context::{use_i18n, I18n};
use crate::ui::widgets::fields::{date_value, parse_date};
use crate::ui::widgets::rung_definition::{rung_definition, rung_definitions};

/// The evaluation being recorded, before it is saved.
#[derive(Clone, PartialEq, Default)]
struct Draft {
    date: Option<NaiveDate>,
    kind: EvaluationKind,
    /// The planned moment chosen; `None` until the worker chooses (then the plan's default).
    link: Option<Option<u64>>,
    present: String,
    goals: Vec<(u64, GoalProgress)>,
    changes: String,
    rung: Option<Rung>,
    viewpoint: Viewpoint,
    /// The message of what keeps it from being saved.
    error: Option<&'static str>,
}

impl Draft {
    /// A fresh draft: today, in person.
    fn new(today: Option<NaiveDate>) -> Self {
        Draft { date: today, ..Default::default() }
    }

    /// The planned moment it fulfils: the one chosen, else the plan's default for its date.
    fn link(&self, plan: &Plan) -> Option<u64> {
        self.link.unwrap_or_else(|| self.date.and_then(|d| plan.default_link(d)))
    }

    /// What is recorded for the evaluation on `date`, trimmed.
    fn input(&self, date: NaiveDate, plan: &Plan) -> EvaluationInput {
        EvaluationInput {
            date,
            kind: self.kind,
            planned: self.link(plan),
            present: self.present.trim().to_owned(),
            goals: self.goals.iter().map(|(goal, progress)| GoalReview { goal: *goal, progress: *progress }).collect(),
            changes: self.changes.trim().to_owned(),
            new_rung: self.rung,
            viewpoint: self.viewpoint,
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
    // A link margin typed that is not a usable number, kept on screen with its message.
    let margin = use_state(|| None::<String>);
    html! {
        <div class="plan-evaluations">
            { schedule_section(&t, &props.plan, props.today, &props.on_edit) }
            { evaluation_settings(&t, &props.plan, &margin, &props.on_edit) }
            { evaluation_form(&t, props, &draft) }
            { history_section(&t, &props.plan, &props.on_print) }
        </div>
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

/// Records the draft and starts a fresh one; without a date, or with a date after today, says
/// so instead and keeps everything typed.
fn save(draft: &UseStateHandle<Draft>, props: &PlanStepProps) -> Callback<SubmitEvent> {
    let (draft, e, today, plan) = (draft.clone(), props.on_edit.clone(), props.today, props.plan.clone());
    Callback::from(move |ev: SubmitEvent| {
        ev.prevent_default();
        let d = (*draft).clone();
        match d.date {
            None => draft.set(Draft { error: Some("plan-eval-date-missing"), ..d }),
            Some(date) if today.is_some_and(|today| date > today) => {
                draft.set(Draft { error: Some("plan-eval-date-future"), ..d })
            }
            Some(date) => {
                e.emit(PlanEdit::RecordEvaluation(d.input(date, &plan)));
                draft.set(Draft::new(today));
            }
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
            <form class="plan-record" onsubmit={save(draft, props)} novalidate=true>
                { date_fields(t, draft) }
                { link_field(t, &props.plan, draft) }
                <div class="field">
                    <label for="plan-eval-present">{ t.t("plan-eval-present") }</label>
                    <input id="plan-eval-present" type="text" dir="auto" autocomplete="off" value={draft.present.clone()} oninput={on_present} />
                </div>
                for (i, g) in props.plan.goals.iter().enumerate() {
                    { goal_progress_field(t, i, g, draft) }
                }
                <div class="field">
                    <label for="plan-eval-changes">{ t.t("plan-eval-changes") }</label>
                    <p class="hint" id="plan-eval-changes-hint">{ t.t("plan-eval-changes-hint") }</p>
                    <textarea id="plan-eval-changes" dir="auto" rows="3" value={draft.changes.clone()} oninput={on_changes}
                        aria-describedby="plan-eval-changes-hint" />
                </div>
                { rung_field(t, draft) }
                <button type="submit" class="button button-primary">{ t.t("plan-eval-save") }</button>
            </form>
        </section>
    }
}

/// The date (with what is wrong with it) and how the evaluation took place.
fn date_fields(t: &I18n, draft: &UseStateHandle<Draft>) -> Html {
    let on_date = edit_draft(
        draft,
        |ev: &Event| ev.target_unchecked_into::<HtmlInputElement>().value(),
        |d, v| {
            d.date = parse_date(&v);
            d.error = None;
            // Another date may have another nearest moment.
            d.link = None;
        },
    );
    let on_kind = edit_draft(
        draft,
        |ev: &Event| ev.target_unchecked_into::<HtmlSelectElement>().value(),
        |d, v| d.kind = EvaluationKind::from_slug(&v).unwrap_or_default(),
    );
    html! {
        <>
            <div class="plan-row">
                <div class="field field-date">
                    <label for="plan-eval-date">{ t.t("plan-eval-date") }</label>
                    <input id="plan-eval-date" type="date" value={date_value(draft.date)} onchange={on_date}
                        aria-invalid={if draft.error.is_some() { "true" } else { "false" }} aria-describedby="plan-eval-date-error" />
                </div>
                <div class="field">
                    <label for="plan-eval-kind">{ t.t("plan-eval-kind-label") }</label>
                    <select id="plan-eval-kind" onchange={on_kind}>
                        for k in EvaluationKind::ALL {
                            <option value={k.slug()} selected={draft.kind == k}>{ t.t(&k.message_id()) }</option>
                        }
                    </select>
                </div>
            </div>
            <p class="field-error" id="plan-eval-date-error" role="alert">
                if let Some(id) = draft.error { { t.t(id) } }
            </p>
        </>
    }
}

/// Which planned moment this evaluation is: the open ones up to the margin after its date, or
/// none; a kind that differs from the one planned is said, not silently booked.
fn link_field(t: &I18n, plan: &Plan, draft: &UseStateHandle<Draft>) -> Html {
    let on_link = edit_draft(
        draft,
        |ev: &Event| ev.target_unchecked_into::<HtmlSelectElement>().value(),
        |d, v| d.link = Some(v.parse().ok()),
    );
    let chosen = draft.link(plan);
    let moments = draft.date.map(|d| plan.linkable_moments(d)).unwrap_or_default();
    let mismatch = plan.kind_mismatch(chosen, draft.kind);
    html! {
        <div class="field">
            <label for="plan-eval-link">{ t.t("plan-eval-link") }</label>
            <select id="plan-eval-link" onchange={on_link} aria-describedby="plan-eval-link-warning">
                <option value="" selected={chosen.is_none()}>{ t.t("plan-eval-link-none") }</option>
                for p in moments {
                    <option value={p.id.to_string()} selected={chosen == Some(p.id)}>
                        { format!("{} · {}", t.date(p.date), t.t(&p.kind.message_id())) }
                    </option>
                }
            </select>
            <p class="field-warning" id="plan-eval-link-warning" role="status">
                if let Some(planned) = mismatch {
                    { t.t_args("plan-eval-kind-mismatch", &[
                        ("planned", FluentValue::from(t.t(&planned.message_id()))),
                        ("held", FluentValue::from(t.t(&draft.kind.message_id()))),
                    ]) }
                }
            </p>
        </div>
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

/// A new place on the ladder (it becomes a placement with the evaluation's date), and whose view;
/// the chosen rung's definition and every definition folded, as on the ladder (seed 000).
fn rung_field(t: &I18n, draft: &UseStateHandle<Draft>) -> Html {
    let on_rung = edit_draft(
        draft,
        |ev: &Event| ev.target_unchecked_into::<HtmlSelectElement>().value(),
        |d, v| d.rung = v.parse().ok().and_then(Rung::new),
    );
    let on_view = edit_draft(
        draft,
        |ev: &Event| ev.target_unchecked_into::<HtmlSelectElement>().value(),
        |d, v| d.viewpoint = Viewpoint::from_slug(&v).unwrap_or_default(),
    );
    let described = match draft.rung {
        Some(_) => "plan-eval-rung-hint plan-eval-rung-definition",
        None => "plan-eval-rung-hint",
    };
    html! {
        <div class="plan-row">
            <div class="field">
                <label for="plan-eval-rung">{ t.t("plan-eval-rung") }</label>
                <select id="plan-eval-rung" onchange={on_rung} aria-describedby={described}>
                    <option value="" selected={draft.rung.is_none()}>{ t.t("plan-eval-rung-same") }</option>
                    for r in Rung::all() {
                        <option value={r.number().to_string()} selected={draft.rung == Some(r)}>
                            { format!("{}. {}", r.number(), t.t(&r.name_id())) }
                        </option>
                    }
                </select>
                <p class="hint" id="plan-eval-rung-hint">{ t.t("plan-eval-rung-to-ladder") }</p>
                if let Some(rung) = draft.rung { { rung_definition(t, rung, "plan-eval-rung-definition") } }
                { rung_definitions(t) }
            </div>
            if draft.rung.is_some() {
                <div class="field">
                    <label for="plan-eval-view">{ t.t("ladder-viewpoint-label") }</label>
                    <select id="plan-eval-view" onchange={on_view}>
                        for v in Viewpoint::ALL {
                            <option value={v.slug()} selected={draft.viewpoint == v}>{ t.t(v.message_id()) }</option>
                        }
                    </select>
                </div>
            }
        </div>
    }
}
