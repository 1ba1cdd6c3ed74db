//! The student block of step 1: for someone the OCMW lets study full-time, the GPMI is mandatory
//! (art. 11 §2 a RMI-wet) and names school, direction, duration and both sides' commitments.
//! A function of the step, not a component: every component costs wasm on the first visit.

use yew::prelude::*;

use super::basics::set_text;
use crate::domain::plan::{Plan, PlanEdit, StudentCommitment, TextField};
use crate::ui::i18n_context::I18n;
use crate::ui::widgets::fields::{PlanCheck, PlanText};

pub(super) fn studies_block(t: &I18n, plan: &Plan, e: &Callback<PlanEdit>) -> Html {
    let s = &plan.studies;
    let text = |id: &str, label: &str, field: TextField, value: &str| {
        html! {
            <PlanText id={id.to_owned()} label={t.t(label)} value={value.to_owned()} on_input={set_text(e, field)} />
        }
    };
    html! {
        <fieldset class="plan-studies" id="plan-studies">
            <legend>{ t.t("plan-studies-title") }</legend>
            <p class="hint">{ t.t("plan-studies-intro") }</p>
            <div class="plan-row">
                { text("plan-studies-school", "plan-studies-school", TextField::StudiesSchool, &s.school) }
                { text("plan-studies-direction", "plan-studies-direction", TextField::StudiesDirection, &s.direction) }
                { text("plan-studies-duration", "plan-studies-duration", TextField::StudiesDuration, &s.duration) }
            </div>
            <fieldset>
                <legend>{ t.t("plan-studies-student") }</legend>
                for c in StudentCommitment::ALL {
                    <PlanCheck id={format!("plan-student-{}", c.slug())} label={t.t(&c.message_id())}
                        checked={s.commitments.contains(&c)}
                        on_change={e.reform(move |on| PlanEdit::SetStudentCommitment(c, on))} />
                }
            </fieldset>
            { text("plan-studies-other", "plan-studies-other", TextField::StudentOther, &s.student_other) }
            { text("plan-studies-ocmw", "plan-studies-ocmw", TextField::StudiesOcmw, &s.ocmw) }
        </fieldset>
    }
}
