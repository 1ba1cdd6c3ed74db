//! Step 2: the five conversation topics, in the client's own words.

use yew::prelude::*;

use super::step::PlanStepProps;
use crate::domain::plan::{PlanEdit, TextField, Topic};
use crate::ui::i18n_context::use_i18n;
use crate::ui::widgets::fields::PlanText;

#[component]
pub fn PlanTopics(props: &PlanStepProps) -> Html {
    let t = use_i18n();
    html! {
        <div class="card plan-topics">
            <p class="hint">{ t.t("plan-topics-intro") }</p>
            for topic in Topic::ALL {
                <PlanText id={format!("plan-topic-{}", topic.slug())} multiline=true
                    label={t.t(&format!("plan-topic-{}", topic.slug()))}
                    hint={Some(AttrValue::from(t.t(&format!("plan-topic-{}-hint", topic.slug()))))}
                    value={props.plan.topics.get(topic).to_owned()}
                    on_input={props.on_edit.reform(move |v: String| PlanEdit::SetText(TextField::Topic(topic), v))} />
            }
        </div>
    }
}
