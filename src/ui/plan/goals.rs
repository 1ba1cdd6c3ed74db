//! Step 3: the goals, each with a life domain, a period and why it matters to the client.

use fluent_bundle::FluentValue;
use yew::prelude::*;

use super::step::PlanStepProps;
use crate::domain::plan::{PlanEdit, TextField};
use crate::domain::LifeDomain;
use crate::ui::i18n_context::use_i18n;
use crate::ui::widgets::fields::{PlanDate, PlanSelect, PlanText};

#[component]
pub fn PlanGoals(props: &PlanStepProps) -> Html {
    let t = use_i18n();
    let e = &props.on_edit;
    let mut domains = vec![(String::new(), t.t("plan-choose"))];
    domains.extend(LifeDomain::ALL.iter().map(|d| (d.slug().to_owned(), t.t(&d.name_id()))));
    html! {
        <div class="plan-goals">
            <p class="hint">{ t.t("plan-goals-intro") }</p>
            if props.plan.goals.is_empty() {
                <p class="card plan-empty">{ t.t("plan-goals-empty") }</p>
            }
            <ul class="plan-list">
                for (i, g) in props.plan.goals.iter().enumerate() {
                    <li class="card plan-item plan-goal" key={g.id.to_string()}>
                        <fieldset>
                            <legend>{ t.t_args("plan-goal-legend", &[("n", FluentValue::from(i + 1))]) }</legend>
                            <PlanText id={format!("plan-goal-title-{}", g.id)} label={t.t("plan-goal-title")}
                                value={g.title.clone()}
                                on_input={e.reform({ let id = g.id; move |v| PlanEdit::SetText(TextField::GoalTitle(id), v) })} />
                            <div class="plan-row">
                                <PlanSelect id={format!("plan-goal-domain-{}", g.id)} label={t.t("plan-goal-domain")}
                                    options={domains.clone()} selected={g.domain.map(|d| d.slug()).unwrap_or("").to_owned()}
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
            </ul>
            <button type="button" class="button" id="plan-add-goal" onclick={e.reform(|_: MouseEvent| PlanEdit::AddGoal)}>
                { t.t("plan-goal-add") }
            </button>
        </div>
    }
}
