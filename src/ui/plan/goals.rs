//! Step 3: the goals, each with a life domain, a period and why it matters to the client.

use std::rc::Rc;

use fluent_bundle::FluentValue;
use yew::prelude::*;

use super::step::PlanStepProps;
use crate::domain::plan::{Goal, PlanEdit, TextField};
use crate::domain::LifeDomain;
use crate::ui::callbacks::send;
use crate::ui::i18n_context::use_i18n;
use crate::ui::widgets::fields::{PlanDate, PlanSelect, PlanText};

#[component]
pub fn PlanGoals(props: &PlanStepProps) -> Html {
    let t = use_i18n();
    html! {
        <div class="plan-goals">
            <p class="hint">{ t.t("plan-goals-intro") }</p>
            if props.plan.goals.is_empty() {
                <p class="card plan-empty">{ t.t("plan-goals-empty") }</p>
            }
            <ul class="plan-list">
                for (i, g) in props.plan.goals.iter().enumerate() {
                    <GoalCard key={g.id.to_string()} goal={g.clone()} n={i + 1} on_edit={props.on_edit.clone()} />
                }
            </ul>
            <button type="button" class="button" id="plan-add-goal"
                onclick={send(&props.on_edit, PlanEdit::AddGoal)}>
                { t.t("plan-goal-add") }
            </button>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct GoalCardProps {
    /// Shared with the plan: unchanged goals compare by pointer.
    goal: Rc<Goal>,
    /// Its number in the list, from 1.
    n: usize,
    on_edit: Callback<PlanEdit>,
}

/// One goal. A component rather than a function (see ARCHITECTURE.md) because a big plan has
/// dozens: typing in one then redraws that one only (measured: typing p95 on the large dossier).
#[component]
fn GoalCard(props: &GoalCardProps) -> Html {
    let t = use_i18n();
    let (g, e) = (&props.goal, &props.on_edit);
    let mut domains = vec![(String::new(), t.t("plan-choose"))];
    domains.extend(LifeDomain::ALL.iter().map(|d| (d.slug().to_owned(), t.t(&d.name_id()))));
    html! {
        <li class="card plan-item plan-goal">
            <fieldset>
                <legend>{ t.t_args("plan-goal-legend", &[("n", FluentValue::from(props.n))]) }</legend>
                <PlanText id={format!("plan-goal-title-{}", g.id)} label={t.t("plan-goal-title")}
                    value={g.title.clone()}
                    on_input={e.reform({ let id = g.id; move |v| PlanEdit::SetText(TextField::GoalTitle(id), v) })} />
                <div class="plan-row">
                    <PlanSelect id={format!("plan-goal-domain-{}", g.id)} label={t.t("plan-goal-domain")}
                        options={domains} selected={g.domain.map(|d| d.slug()).unwrap_or("").to_owned()}
                        on_change={e.reform({ let id = g.id; move |v: String| PlanEdit::SetGoalDomain(id, LifeDomain::from_slug(&v)) })} />
                    <PlanDate id={format!("plan-goal-from-{}", g.id)} label={t.t("plan-goal-from")} value={g.from}
                        on_change={e.reform({ let id = g.id; move |d| PlanEdit::SetGoalFrom(id, d) })} />
                    <PlanDate id={format!("plan-goal-until-{}", g.id)} label={t.t("plan-goal-until")} value={g.until}
                        on_change={e.reform({ let id = g.id; move |d| PlanEdit::SetGoalUntil(id, d) })} />
                </div>
                <PlanText id={format!("plan-goal-why-{}", g.id)} label={t.t("plan-goal-why")} multiline=true
                    value={g.why.clone()}
                    on_input={e.reform({ let id = g.id; move |v| PlanEdit::SetText(TextField::GoalWhy(id), v) })} />
                <button type="button" class="button button-quiet-danger"
                    onclick={e.reform({ let id = g.id; move |_: MouseEvent| PlanEdit::RemoveGoal(id) })}>
                    { t.t("plan-goal-remove") }
                </button>
            </fieldset>
        </li>
    }
}
