//! Step 5: the three questions of the action plan, the means of each party, and the rights and
//! duties that come with the plan.

use yew::prelude::*;

use super::step::PlanStepProps;
use crate::domain::plan::{MeansOf, PlanEdit, Question, TextField};
use crate::domain::rules::RuleSet;
use crate::ui::i18n_context::{use_i18n, I18n};
use crate::ui::widgets::fields::PlanText;
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
            { rights_and_duties(&t, &plan.rules) }
        </div>
    }
}
