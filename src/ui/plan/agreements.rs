//! Step 5: the three questions of the action plan, the means of each party, the costs the OCMW
//! covers, and the rights and duties that come with the plan.

use yew::prelude::*;

use super::step::PlanStepProps;
use crate::domain::plan::{Cost, MeansOf, Plan, PlanEdit, Question, TextField};
use crate::domain::rules::RuleSet;
use crate::ui::i18n_context::{use_i18n, I18n};
use crate::ui::widgets::fields::{PlanCheck, PlanText};
use crate::ui::widgets::rule_args::rights_args;

/// The message ids of the rights and duties statement, in order.
pub const RIGHTS: [&str; 8] = [
    "plan-rights-1",
    "plan-rights-2",
    "plan-rights-meeting",
    "plan-rights-3",
    "plan-rights-change",
    "plan-rights-4",
    "plan-rights-5",
    "plan-rights-6",
];

/// The rights and duties, with the numbers of the plan's rule set.
pub fn rights_and_duties(t: &I18n, rules: &RuleSet) -> Html {
    let args = rights_args(rules);
    html! {
        <section class="card plan-rights" aria-labelledby="plan-rights-title">
            <h4 id="plan-rights-title">{ t.t("plan-rights-title") }</h4>
            <ul>
                for id in RIGHTS { <li>{ t.t_args(id, &args) }</li> }
            </ul>
        </section>
    }
}

#[component]
pub fn PlanAgreements(props: &PlanStepProps) -> Html {
    let t = use_i18n();
    let plan = &props.plan;
    html! {
        <div class="plan-agreements">
            <section class="card" aria-labelledby="plan-questions-title">
                <h4 id="plan-questions-title">{ t.t("plan-questions-title") }</h4>
                for q in Question::ALL {
                    <PlanText id={format!("plan-question-{}", q.slug())} multiline=true
                        label={t.t(&format!("plan-question-{}", q.slug()))}
                        value={plan.agreements.question(q).to_owned()}
                        on_input={props.on_edit.reform(move |v| PlanEdit::SetText(TextField::Question(q), v))} />
                }
            </section>
            <section class="card" aria-labelledby="plan-means-title">
                <h4 id="plan-means-title">{ t.t("plan-means-title") }</h4>
                <p class="hint">{ t.t("plan-means-intro") }</p>
                for m in MeansOf::ALL {
                    <PlanText id={format!("plan-means-{}", m.slug())} multiline=true
                        label={t.t(&format!("plan-means-{}", m.slug()))}
                        value={plan.agreements.means(m).to_owned()}
                        on_input={props.on_edit.reform(move |v| PlanEdit::SetText(TextField::Means(m), v))} />
                }
            </section>
            { costs_section(&t, plan, &props.on_edit) }
            { rights_and_duties(&t, &plan.rules) }
        </div>
    }
}

/// The costs of a training or activity the OCMW covers, or "none apply" (KB art. 11 as replaced
/// in 2016).
fn costs_section(t: &I18n, plan: &Plan, e: &Callback<PlanEdit>) -> Html {
    let costs = &plan.costs;
    html! {
        <section class="card" aria-labelledby="plan-costs-title" id="plan-costs">
            <h4 id="plan-costs-title">{ t.t("plan-costs-title") }</h4>
            <p class="hint">{ t.t("plan-costs-intro") }</p>
            for c in Cost::ALL {
                <PlanCheck id={format!("plan-cost-{}", c.slug())} label={t.t(&c.message_id())}
                    checked={costs.covered.contains(&c)} on_change={e.reform(move |on| PlanEdit::SetCost(c, on))} />
            }
            <PlanText id="plan-costs-other" label={t.t("plan-costs-other")} value={costs.other.clone()}
                on_input={e.reform(|v| PlanEdit::SetText(TextField::CostsOther, v))} />
            <PlanCheck id="plan-costs-none" label={t.t("plan-costs-none")} checked={costs.none_apply}
                on_change={e.reform(PlanEdit::SetNoCosts)} />
        </section>
    }
}
