//! Step 1: the plan's orientations (and a student's block), why it is there, its dates and who
//! takes part.

use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use yew::prelude::*;

use super::step::PlanStepProps;
use crate::domain::plan::{Plan, PlanEdit, PlanType, SupportKind, TextField, ThirdParty};
use crate::domain::rules::{ExemptionGround, Mandate, RuleSet};
use crate::ui::callbacks::send;
use crate::ui::i18n_context::{use_i18n, I18n};
use crate::ui::widgets::fields::{PlanCheck, PlanDate, PlanSelect, PlanText};

#[component]
pub fn PlanBasics(props: &PlanStepProps) -> Html {
    let t = use_i18n();
    let (plan, e) = (&props.plan, &props.on_edit);
    html! {
        <div class="plan-basics">
            { kind_section(&t, plan, e) }
            { why_section(&t, plan, props.today, e) }
            { parties_section(&t, plan, e) }
        </div>
    }
}

/// A callback that sets one of the plan's text fields (the student block uses it too).
pub(super) fn set_text(e: &Callback<PlanEdit>, field: TextField) -> Callback<String> {
    e.reform(move |v: String| PlanEdit::SetText(field, v))
}

/// The orientations of the plan (one or more), the student block when studies is one of them,
/// and the plan's dates.
fn kind_section(t: &I18n, plan: &Plan, e: &Callback<PlanEdit>) -> Html {
    html! {
        <section class="card" aria-labelledby="plan-kind-title">
            <h4 id="plan-kind-title">{ t.t("plan-kind-title") }</h4>
            <fieldset class="plan-orientations">
                <legend>{ t.t("plan-orientations-label") }</legend>
                for k in PlanType::ALL {
                    <PlanCheck id={format!("plan-type-{}", k.slug())} label={t.t(&k.message_id())}
                        checked={plan.orientations.contains(&k)}
                        on_change={e.reform(move |on| PlanEdit::SetOrientation(k, on))} />
                }
            </fieldset>
            if plan.orientations.contains(&PlanType::Studies) {
                { super::studies::studies_block(t, plan, e) }
            }
            <div class="plan-row">
                <PlanDate id="plan-decision" label={t.t("plan-decision-label")} hint={Some(AttrValue::from(t.t("plan-decision-hint")))}
                    value={plan.decision_date} on_change={e.reform(PlanEdit::SetDecisionDate)} />
                <PlanDate id="plan-start" label={t.t("plan-start-label")}
                    value={plan.start} on_change={e.reform(PlanEdit::SetStart)} />
                <PlanDate id="plan-end" label={t.t("plan-end-label")}
                    value={plan.end} on_change={e.reform(PlanEdit::SetEnd)} />
            </div>
        </section>
    }
}

/// Why there is a plan: the facts the rules weigh, whether they make it required, and the
/// worker's override with its reason.
fn why_section(t: &I18n, plan: &Plan, today: Option<NaiveDate>, e: &Callback<PlanEdit>) -> Html {
    html! {
        <section class="card" aria-labelledby="plan-why-title">
            <h4 id="plan-why-title">{ t.t("plan-why-title") }</h4>
            <div class="plan-row">
                <PlanDate id="plan-birth" label={t.t("plan-birth-label")} hint={Some(AttrValue::from(t.t("plan-birth-hint")))}
                    value={plan.birth_date} on_change={e.reform(PlanEdit::SetBirthDate)} />
                { recent_right_select(t, plan, e) }
            </div>
            <PlanCheck id="plan-asked-client" label={t.t("plan-asked-client")} checked={plan.asked_by_client}
                on_change={e.reform(PlanEdit::SetAskedByClient)} />
            <PlanCheck id="plan-asked-ocmw" label={t.t("plan-asked-ocmw")} checked={plan.asked_by_ocmw}
                on_change={e.reform(PlanEdit::SetAskedByOcmw)} />
            <PlanCheck id="plan-part-time" label={t.t("plan-part-time-top-up")} checked={plan.part_time_top_up}
                on_change={e.reform(PlanEdit::SetPartTimeTopUp)} />
            if plan.part_time_top_up { { part_time_rule(t, plan, e) } }
            { exemption_fields(t, plan, e) }
            <div class="plan-mandate" role="status">{ mandate_text(t, plan, today) }</div>
            { override_select(t, plan, e) }
            if plan.mandate_override.is_some() {
                <PlanText id="plan-override-reason" label={t.t("plan-override-reason")}
                    value={plan.text(TextField::OverrideReason).to_owned()} on_input={set_text(e, TextField::OverrideReason)} />
            }
        </section>
    }
}

/// Whether the client had the right recently: yes, no or unknown.
fn recent_right_select(t: &I18n, plan: &Plan, e: &Callback<PlanEdit>) -> Html {
    let recent = vec![
        (String::new(), t.t("plan-unknown")),
        ("no".to_owned(), t.t("plan-recent-right-no")),
        ("yes".to_owned(), t.t("plan-recent-right-yes")),
    ];
    let recent_value = match plan.had_recent_right {
        None => "",
        Some(true) => "yes",
        Some(false) => "no",
    };
    let on_recent = e.reform(|v: String| {
        PlanEdit::SetHadRecentRight(match v.as_str() {
            "yes" => Some(true),
            "no" => Some(false),
            _ => None,
        })
    });
    html! {
        <PlanSelect id="plan-recent-right" options={recent}
            label={t.t_args("plan-recent-right-label", &[("months", FluentValue::from(plan.rules.no_right_months))])}
            selected={recent_value.to_owned()} on_change={on_recent} />
    }
}

/// What the rules say on the decision date (or today, before there is one): required and on
/// which grounds, not required, or not known yet.
fn mandate_text(t: &I18n, plan: &Plan, today: Option<NaiveDate>) -> Html {
    let judged_on = plan.decision_date.or(today);
    let mandate = judged_on.map(|on| crate::domain::rules::mandate(&plan.rules, &plan.mandate_facts(), on));
    let months = [("months", FluentValue::from(plan.rules.no_right_months))];
    match &mandate {
        Some(Mandate::Required(grounds)) => html! {
            <>
                <p><strong>{ t.t("plan-mandate-required") }</strong></p>
                <ul class="plan-grounds">
                    for g in grounds.iter() { <li>{ t.t_args(g.message_id(), &months) }</li> }
                </ul>
            </>
        },
        Some(Mandate::NotRequired) => html! { <p>{ t.t("plan-mandate-not-required") }</p> },
        Some(Mandate::Exempted) => html! { <p>{ t.t("plan-mandate-exempted") }</p> },
        _ => html! { <p>{ t.t_args("plan-mandate-unknown", &months) }</p> },
    }
}

/// The rule-set setting for part-time workers with a top-up, where the sources differ: required
/// (seed 000, the default) or only on request (the Brussels guides).
fn part_time_rule(t: &I18n, plan: &Plan, e: &Callback<PlanEdit>) -> Html {
    let options = vec![
        ("required".to_owned(), t.t("plan-part-time-rule-required")),
        ("optional".to_owned(), t.t("plan-part-time-rule-optional")),
    ];
    let selected = if plan.rules.part_time_top_up_required { "required" } else { "optional" }.to_owned();
    let rules = plan.rules.clone();
    let on_change = e.reform(move |v: String| {
        PlanEdit::SetRules(RuleSet { part_time_top_up_required: v == "required", ..rules.clone() })
    });
    html! {
        <PlanSelect id="plan-part-time-rule" label={t.t("plan-part-time-rule-label")} {options} {selected} {on_change} />
    }
}

/// The OCMW's exemption for health or equity reasons: its ground, the date of the decision and
/// its reason, each missing part named (a warning: the choice is saved as it is).
fn exemption_fields(t: &I18n, plan: &Plan, e: &Callback<PlanEdit>) -> Html {
    let mut options = vec![(String::new(), t.t("plan-exemption-none"))];
    options.extend(ExemptionGround::ALL.iter().map(|g| (g.slug().to_owned(), t.t(&g.message_id()))));
    let on_ground =
        e.reform(|v: String| PlanEdit::SetExemption(ExemptionGround::ALL.into_iter().find(|g| g.slug() == v)));
    let selected = plan.exemption.as_ref().map(|x| x.ground.slug()).unwrap_or("").to_owned();
    html! {
        <>
            <PlanSelect id="plan-exemption" label={t.t("plan-exemption-label")} {options} {selected} on_change={on_ground} />
            if let Some(x) = &plan.exemption {
                <div class="plan-row">
                    <PlanDate id="plan-exemption-date" label={t.t("plan-exemption-date")} value={x.decided_on}
                        on_change={e.reform(PlanEdit::SetExemptionDate)} />
                    <PlanText id="plan-exemption-reason" label={t.t("plan-exemption-reason")}
                        value={x.reason.clone()} on_input={set_text(e, TextField::ExemptionReason)} />
                </div>
                if x.decided_on.is_none() { <p class="field-error" role="status">{ t.t("plan-exemption-date-missing") }</p> }
                if x.reason.trim().is_empty() { <p class="field-error" role="status">{ t.t("plan-exemption-reason-missing") }</p> }
                <p class="hint">{ t.t("plan-exemption-ladder") }</p>
            }
        </>
    }
}

/// The worker's override of the rules: none, required or optional.
fn override_select(t: &I18n, plan: &Plan, e: &Callback<PlanEdit>) -> Html {
    let override_options = vec![
        (String::new(), t.t("plan-override-none")),
        ("required".to_owned(), t.t("plan-override-required")),
        ("optional".to_owned(), t.t("plan-override-optional")),
    ];
    let override_value = match &plan.mandate_override {
        None => "",
        Some(o) if o.required => "required",
        Some(_) => "optional",
    };
    let on_override = e.reform(|v: String| {
        PlanEdit::SetOverride(match v.as_str() {
            "required" => Some(true),
            "optional" => Some(false),
            _ => None,
        })
    });
    html! {
        <PlanSelect id="plan-override" label={t.t("plan-override-label")} options={override_options}
            selected={override_value.to_owned()} on_change={on_override} />
    }
}

/// Who takes part: the worker, the OCMW, third parties, and an interpreter or support person.
fn parties_section(t: &I18n, plan: &Plan, e: &Callback<PlanEdit>) -> Html {
    html! {
        <section class="card" aria-labelledby="plan-parties-title">
            <h4 id="plan-parties-title">{ t.t("plan-parties-title") }</h4>
            <div class="plan-row">
                <PlanText id="plan-worker" label={t.t("plan-worker-label")} value={plan.worker_name.clone()}
                    on_input={set_text(e, TextField::WorkerName)} />
                <PlanText id="plan-ocmw" label={t.t("plan-ocmw-label")} value={plan.ocmw_name.clone()}
                    on_input={set_text(e, TextField::OcmwName)} />
            </div>
            <ul class="plan-list">
                for (i, p) in plan.third_parties.iter().enumerate() {
                    { third_party_item(t, i + 1, p, e) }
                }
            </ul>
            <button type="button" class="button" id="plan-add-third" onclick={send(e, PlanEdit::AddThirdParty)}>
                { t.t("plan-third-add") }
            </button>
            { support_row(t, plan, e) }
        </section>
    }
}

/// One third party, the `n`-th (counted from 1): name, role and tasks, and a button to remove it.
/// A function of the step, not a component: every component costs wasm on the first visit.
fn third_party_item(t: &I18n, n: usize, p: &ThirdParty, e: &Callback<PlanEdit>) -> Html {
    html! {
        <li class="plan-item plan-third" key={p.id.to_string()}>
            <fieldset>
                <legend>{ t.t_args("plan-third-legend", &[("n", FluentValue::from(n))]) }</legend>
                <div class="plan-row">
                    <PlanText id={format!("plan-third-name-{}", p.id)} label={t.t("plan-third-name")}
                        value={p.name.clone()} on_input={set_text(e, TextField::ThirdPartyName(p.id))} />
                    <PlanText id={format!("plan-third-role-{}", p.id)} label={t.t("plan-third-role")}
                        value={p.role.clone()} on_input={set_text(e, TextField::ThirdPartyRole(p.id))} />
                </div>
                <PlanText id={format!("plan-third-tasks-{}", p.id)} label={t.t("plan-third-tasks")} multiline=true
                    value={p.tasks.clone()} on_input={set_text(e, TextField::ThirdPartyTasks(p.id))} />
                <button type="button" class="button button-quiet-danger"
                    onclick={e.reform({ let id = p.id; move |_: MouseEvent| PlanEdit::RemoveThirdParty(id) })}>
                    { t.t("plan-third-remove") }
                </button>
            </fieldset>
        </li>
    }
}

/// An interpreter, a support person, or both, and each one's name once chosen.
fn support_row(t: &I18n, plan: &Plan, e: &Callback<PlanEdit>) -> Html {
    html! {
        <fieldset class="plan-present">
            <legend>{ t.t("plan-support-label") }</legend>
            for k in SupportKind::ALL {
                <div class="plan-row">
                    <PlanCheck id={format!("plan-support-{}", k.slug())} label={t.t(&format!("plan-support-{}", k.slug()))}
                        checked={plan.present_name(k).is_some()} on_change={e.reform(move |on| PlanEdit::SetPresent(k, on))} />
                    if let Some(name) = plan.present_name(k) {
                        <PlanText id={format!("plan-support-name-{}", k.slug())} label={t.t(&format!("plan-present-name-{}", k.slug()))}
                            value={name.to_owned()} on_input={set_text(e, TextField::PresentName(k))} />
                    }
                </div>
            }
        </fieldset>
    }
}
