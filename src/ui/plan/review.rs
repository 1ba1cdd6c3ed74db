//! Step 6: the ready-to-sign check, reflection time and signing, and the whole plan to read
//! through together before printing.

use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use yew::prelude::*;

use crate::domain::rules::DayCount;

use super::actions::{origin_text, owner_name};
use super::agreements::rights_and_duties;
use super::step::PlanStepProps;
use crate::domain::plan::{MeansOf, Missing, Plan, PlanEdit, PlanStep, Question, Topic};
use crate::ui::callbacks::send;
use crate::ui::i18n_context::{use_i18n, I18n};
use crate::ui::widgets::fields::PlanDate;

#[component]
pub fn PlanReview(props: &PlanStepProps) -> Html {
    let t = use_i18n();
    let (plan, e) = (&props.plan, &props.on_edit);
    html! {
        <div class="plan-review">
            { ready_section(&t, plan, e) }
            { sign_section(&t, plan, e) }
            { summary(&t, plan) }
            { rights_and_duties(&t, &plan.rules) }
        </div>
    }
}

/// The text itself, or "not filled in" when it is blank.
fn or_dash(t: &I18n, s: &str) -> String {
    if s.trim().is_empty() {
        t.t("plan-not-filled")
    } else {
        s.to_owned()
    }
}

/// The date, or "not set".
fn date_or_not_set(t: &I18n, d: Option<NaiveDate>) -> String {
    d.map(|d| t.date(d)).unwrap_or_else(|| t.t("plan-not-set"))
}

/// Ready to sign, or what is still missing (which never blocks signing).
fn ready_section(t: &I18n, plan: &Plan, e: &Callback<PlanEdit>) -> Html {
    let missing = plan.missing();
    html! {
        <section class={classes!("card", "plan-ready", missing.is_empty().then_some("plan-ready-ok"))}
            aria-labelledby="plan-ready-title">
            <h4 id="plan-ready-title">{ t.t("plan-ready-title") }</h4>
            <div role="status" id="plan-ready-status">
                if missing.is_empty() {
                    <p><strong>{ t.t("plan-ready-ok") }</strong></p>
                } else {
                    <p>{ t.t_args("plan-ready-missing", &[("count", FluentValue::from(missing.len()))]) }</p>
                    <ul class="plan-missing">
                        for m in missing.iter() {
                            <li>{ missing_text(t, m) }</li>
                        }
                    </ul>
                    <p class="hint">{ t.t("plan-ready-never-blocks") }</p>
                }
            </div>
            if plan.planned_evaluations.is_empty() {
                <button type="button" class="button" onclick={send(e, PlanEdit::SetStep(PlanStep::Evaluations))}>
                    { t.t("plan-go-evaluations") }
                </button>
            }
        </section>
    }
}

/// One thing still missing, naming the action it is about (or "unnamed action").
fn missing_text(t: &I18n, m: &Missing) -> String {
    match m.what() {
        Some(what) => t.t_args(
            m.message_id(),
            &[("what", FluentValue::from(if what.is_empty() { t.t("plan-unnamed-action") } else { what.to_owned() }))],
        ),
        None => match m {
            Missing::TooFewEvaluations { minimum, months } => t.t_args(
                m.message_id(),
                &[
                    ("total", FluentValue::from(minimum.total)),
                    ("in_person", FluentValue::from(minimum.in_person)),
                    ("months", FluentValue::from(*months)),
                ],
            ),
            _ => t.t(m.message_id()),
        },
    }
}

/// Reflection time (working or calendar days), when it was asked for and when the plan was signed.
fn sign_section(t: &I18n, plan: &Plan, e: &Callback<PlanEdit>) -> Html {
    html! {
        <section class="card" aria-labelledby="plan-sign-title">
            <h4 id="plan-sign-title">{ t.t("plan-sign-title") }</h4>
            <p class="hint">
                { t.t_args(match plan.rules.reflection_count {
                    DayCount::Working => "plan-reflection-hint",
                    DayCount::Calendar => "plan-reflection-hint-calendar",
                }, &[("days", FluentValue::from(plan.rules.reflection_days))]) }
            </p>
            { reflection_count_select(t, plan, e) }
            <div class="plan-row">
                <PlanDate id="plan-reflection" label={t.t("plan-reflection-label")} value={plan.reflection_asked}
                    on_change={e.reform(PlanEdit::AskReflection)} />
                <PlanDate id="plan-signed" label={t.t("plan-signed-label")} value={plan.signed_on}
                    on_change={e.reform(PlanEdit::SetSignedOn)} />
            </div>
            if let Some(end) = plan.reflection_end() {
                <p id="plan-reflection-end">{ t.t_args("plan-reflection-until", &[("date", FluentValue::from(t.date(end)))]) }</p>
            }
            { reflection_waiver(t, plan, e) }
        </section>
    }
}

/// The client's choice to sign within the reflection time, with its date, and a warning (never a
/// block) when the plan was signed inside the reflection time without that choice.
fn reflection_waiver(t: &I18n, plan: &Plan, e: &Callback<PlanEdit>) -> Html {
    let inside = plan.signed_on.is_some_and(|d| plan.signs_inside_reflection(d));
    html! {
        <>
            if plan.reflection_asked.is_some() {
                <PlanDate id="plan-reflection-waived" label={t.t("plan-reflection-waived-label")}
                    hint={Some(AttrValue::from(t.t("plan-reflection-waived-hint")))}
                    value={plan.reflection_waived} on_change={e.reform(PlanEdit::WaiveReflection)} />
            }
            if inside {
                <p class="notice-inline notice-warning" role="status" id="plan-signed-inside-reflection">
                    { t.t("plan-signed-inside-reflection") }
                </p>
            }
        </>
    }
}

/// Whether reflection time counts working or calendar days; changes the plan's rule set.
fn reflection_count_select(t: &I18n, plan: &Plan, e: &Callback<PlanEdit>) -> Html {
    let on_change = {
        let (rules, e) = (plan.rules.clone(), e.clone());
        Callback::from(move |ev: Event| {
            let value = ev.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            let mut rules = rules.clone();
            rules.reflection_count = if value == "calendar" { DayCount::Calendar } else { DayCount::Working };
            e.emit(PlanEdit::SetRules(rules));
        })
    };
    html! {
        <div class="field">
            <label for="plan-reflection-count">{ t.t("plan-reflection-count-label") }</label>
            <select id="plan-reflection-count" onchange={on_change}>
                <option value="working" selected={plan.rules.reflection_count == DayCount::Working}>{ t.t("plan-reflection-count-working") }</option>
                <option value="calendar" selected={plan.rules.reflection_count == DayCount::Calendar}>{ t.t("plan-reflection-count-calendar") }</option>
            </select>
        </div>
    }
}

/// The whole plan to read through together: the basics, topics, goals, actions and agreements.
pub(super) fn summary(t: &I18n, plan: &Plan) -> Html {
    html! {
        <article class="card plan-summary" aria-labelledby="plan-summary-title">
            <h4 id="plan-summary-title">{ t.t("plan-summary-title") }</h4>
            { summary_basics(t, plan) }
            <h5>{ t.t("plan-step-topics") }</h5>
            <dl class="plan-facts">
                for topic in Topic::ALL {
                    <dt>{ t.t(&format!("plan-topic-{}", topic.slug())) }</dt>
                    <dd><bdi>{ or_dash(t, plan.topics.get(topic)) }</bdi></dd>
                }
            </dl>
            { summary_goals(t, plan) }
            { summary_actions(t, plan) }
            { summary_agreements(t, plan) }
        </article>
    }
}

/// The kind of plan, its period and who takes part.
fn summary_basics(t: &I18n, plan: &Plan) -> Html {
    html! {
        <dl class="plan-facts">
            <dt>{ t.t("plan-orientations-label") }</dt>
            <dd>{ orientations_text(t, plan) }</dd>
            <dt>{ t.t("plan-period") }</dt>
            <dd>{ format!("{} – {}", date_or_not_set(t, plan.start), date_or_not_set(t, plan.end)) }</dd>
            <dt>{ t.t("plan-worker-label") }</dt><dd><bdi>{ or_dash(t, &plan.worker_name) }</bdi></dd>
            <dt>{ t.t("plan-ocmw-label") }</dt><dd><bdi>{ or_dash(t, &plan.ocmw_name) }</bdi></dd>
            for p in plan.third_parties.iter() {
                <dt>{ or_dash(t, &p.role) }</dt><dd><bdi>{ or_dash(t, &p.name) }</bdi>{ " " }<bdi>{ &p.tasks }</bdi></dd>
            }
        </dl>
    }
}

/// The plan's orientations, joined, or "not set".
fn orientations_text(t: &I18n, plan: &Plan) -> String {
    if plan.orientations.is_empty() {
        return t.t("plan-not-set");
    }
    plan.orientations.iter().map(|k| t.t(&k.message_id())).collect::<Vec<_>>().join(", ")
}

fn summary_goals(t: &I18n, plan: &Plan) -> Html {
    html! {
        <>
            <h5>{ t.t("plan-step-goals") }</h5>
            <ol class="plan-summary-goals">
                for g in plan.goals.iter() {
                    <li>
                        <strong><bdi>{ or_dash(t, &g.title) }</bdi></strong>
                        if let Some(d) = g.domain { { " · " }{ t.t(&d.name_id()) } }
                        if !g.why.trim().is_empty() { <br /><bdi>{ &g.why }</bdi> }
                    </li>
                }
            </ol>
        </>
    }
}

fn summary_actions(t: &I18n, plan: &Plan) -> Html {
    html! {
        <>
            <h5>{ t.t("plan-step-actions") }</h5>
            <ol class="plan-summary-actions">
                for a in plan.actions.iter() {
                    <li>
                        <strong><bdi>{ or_dash(t, &a.what) }</bdi></strong><br />
                        { a.owner.map(|o| owner_name(t, plan, o)).unwrap_or_else(|| t.t("plan-no-owner")) }
                        { " · " }{ a.due.map(|d| t.date(d)).unwrap_or_else(|| t.t("plan-no-date")) }
                        { " · " }{ t.t(&format!("plan-status-{}", a.status.slug())) }
                        { " · " }{ origin_text(t, &a.origin) }
                        if let Some(s) = a.strength { { " · " }{ t.t(&s.message_id()) } }
                    </li>
                }
            </ol>
        </>
    }
}

/// The agreements: the questions answered together and what each side puts in.
fn summary_agreements(t: &I18n, plan: &Plan) -> Html {
    html! {
        <>
            <h5>{ t.t("plan-questions-title") }</h5>
            <dl class="plan-facts">
                for q in Question::ALL {
                    <dt>{ t.t(&format!("plan-question-{}", q.slug())) }</dt>
                    <dd><bdi>{ or_dash(t, plan.agreements.question(q)) }</bdi></dd>
                }
                for m in MeansOf::ALL {
                    <dt>{ t.t(&format!("plan-means-{}", m.slug())) }</dt>
                    <dd><bdi>{ or_dash(t, plan.agreements.means(m)) }</bdi></dd>
                }
            </dl>
        </>
    }
}
