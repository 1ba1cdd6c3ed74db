//! Step 6: the ready-to-sign check, reflection time and signing, and the whole plan to read
//! through together before printing.

use fluent_bundle::FluentValue;
use yew::prelude::*;

use crate::domain::rules::DayCount;

use super::actions::{origin_text, owner_name};
use super::agreements::rights_and_duties;
use super::step::PlanStepProps;
use crate::domain::plan::{MeansOf, PlanEdit, PlanStep, Question, Topic};
use crate::ui::i18n_context::use_i18n;
use crate::ui::widgets::fields::PlanDate;

#[component]
pub fn PlanReview(props: &PlanStepProps) -> Html {
    let t = use_i18n();
    let plan = &props.plan;
    let e = &props.on_edit;
    let missing = plan.missing();
    let date = |d: Option<chrono::NaiveDate>| d.map(|d| t.date(d)).unwrap_or_else(|| t.t("plan-not-set"));
    let or_dash = |s: &str| if s.trim().is_empty() { t.t("plan-not-filled") } else { s.to_owned() };

    html! {
        <div class="plan-review">
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
                                <li>{ match m.what() {
                                    Some(what) => t.t_args(m.message_id(), &[("what", FluentValue::from(if what.is_empty() { t.t("plan-unnamed-action") } else { what.to_owned() }))]),
                                    None => t.t(m.message_id()),
                                } }</li>
                            }
                        </ul>
                        <p class="hint">{ t.t("plan-ready-never-blocks") }</p>
                    }
                </div>
                if plan.planned_evaluations.is_empty() {
                    <button type="button" class="button" onclick={e.reform(|_: MouseEvent| PlanEdit::SetStep(PlanStep::Evaluations))}>
                        { t.t("plan-go-evaluations") }
                    </button>
                }
            </section>
            <section class="card" aria-labelledby="plan-sign-title">
                <h4 id="plan-sign-title">{ t.t("plan-sign-title") }</h4>
                <p class="hint">
                    { t.t_args(match plan.rules.reflection_count {
                        DayCount::Working => "plan-reflection-hint",
                        DayCount::Calendar => "plan-reflection-hint-calendar",
                    }, &[("days", FluentValue::from(plan.rules.reflection_days))]) }
                </p>
                <div class="field">
                    <label for="plan-reflection-count">{ t.t("plan-reflection-count-label") }</label>
                    <select id="plan-reflection-count" onchange={{
                        let (rules, e) = (plan.rules.clone(), e.clone());
                        Callback::from(move |ev: Event| {
                            let value = ev.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
                            let mut rules = rules.clone();
                            rules.reflection_count = if value == "calendar" { DayCount::Calendar } else { DayCount::Working };
                            e.emit(PlanEdit::SetRules(rules));
                        })
                    }}>
                        <option value="working" selected={plan.rules.reflection_count == DayCount::Working}>{ t.t("plan-reflection-count-working") }</option>
                        <option value="calendar" selected={plan.rules.reflection_count == DayCount::Calendar}>{ t.t("plan-reflection-count-calendar") }</option>
                    </select>
                </div>
                <div class="plan-row">
                    <PlanDate id="plan-reflection" label={t.t("plan-reflection-label")} value={plan.reflection_asked}
                        on_change={e.reform(PlanEdit::AskReflection)} />
                    <PlanDate id="plan-signed" label={t.t("plan-signed-label")} value={plan.signed_on}
                        on_change={e.reform(PlanEdit::SetSignedOn)} />
                </div>
                if let Some(end) = plan.reflection_end() {
                    <p>{ t.t_args("plan-reflection-until", &[("date", FluentValue::from(t.date(end)))]) }</p>
                }
            </section>
            <article class="card plan-summary" aria-labelledby="plan-summary-title">
                <h4 id="plan-summary-title">{ t.t("plan-summary-title") }</h4>
                <dl class="plan-facts">
                    <dt>{ t.t("plan-type-label") }</dt>
                    <dd>{ plan.plan_type.map(|k| t.t(&k.message_id())).unwrap_or_else(|| t.t("plan-not-set")) }</dd>
                    <dt>{ t.t("plan-period") }</dt>
                    <dd>{ format!("{} – {}", date(plan.start), date(plan.end)) }</dd>
                    <dt>{ t.t("plan-worker-label") }</dt><dd><bdi>{ or_dash(&plan.worker_name) }</bdi></dd>
                    <dt>{ t.t("plan-ocmw-label") }</dt><dd><bdi>{ or_dash(&plan.ocmw_name) }</bdi></dd>
                    for p in plan.third_parties.iter() {
                        <dt>{ or_dash(&p.role) }</dt><dd><bdi>{ or_dash(&p.name) }</bdi>{ " " }<bdi>{ &p.tasks }</bdi></dd>
                    }
                </dl>
                <h5>{ t.t("plan-step-topics") }</h5>
                <dl class="plan-facts">
                    for topic in Topic::ALL {
                        <dt>{ t.t(&format!("plan-topic-{}", topic.slug())) }</dt>
                        <dd><bdi>{ or_dash(plan.topics.get(topic)) }</bdi></dd>
                    }
                </dl>
                <h5>{ t.t("plan-step-goals") }</h5>
                <ol class="plan-summary-goals">
                    for g in plan.goals.iter() {
                        <li>
                            <strong><bdi>{ or_dash(&g.title) }</bdi></strong>
                            if let Some(d) = g.domain { { " · " }{ t.t(&d.name_id()) } }
                            if !g.why.trim().is_empty() { <br /><bdi>{ &g.why }</bdi> }
                        </li>
                    }
                </ol>
                <h5>{ t.t("plan-step-actions") }</h5>
                <ol class="plan-summary-actions">
                    for a in plan.actions.iter() {
                        <li>
                            <strong><bdi>{ or_dash(&a.what) }</bdi></strong><br />
                            { a.owner.map(|o| owner_name(&t, plan, o)).unwrap_or_else(|| t.t("plan-no-owner")) }
                            { " · " }{ a.due.map(|d| t.date(d)).unwrap_or_else(|| t.t("plan-no-date")) }
                            { " · " }{ t.t(&format!("plan-status-{}", a.status.slug())) }
                            { " · " }{ origin_text(&t, &a.origin) }
                        </li>
                    }
                </ol>
                <h5>{ t.t("plan-questions-title") }</h5>
                <dl class="plan-facts">
                    for q in Question::ALL {
                        <dt>{ t.t(&format!("plan-question-{}", q.slug())) }</dt>
                        <dd><bdi>{ or_dash(plan.agreements.question(q)) }</bdi></dd>
                    }
                    for m in MeansOf::ALL {
                        <dt>{ t.t(&format!("plan-means-{}", m.slug())) }</dt>
                        <dd><bdi>{ or_dash(plan.agreements.means(m)) }</bdi></dd>
                    }
                </dl>
            </article>
            { rights_and_duties(&t) }
        </div>
    }
}
