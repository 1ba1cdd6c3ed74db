//! Step 4: the actions: what, who, by when, how it is shown, how it stands, where it came from.

use std::rc::Rc;

use fluent_bundle::FluentValue;
use yew::prelude::*;

use super::step::PlanStepProps;
use crate::domain::catalogue::LocalText;
use crate::domain::plan::{ActionOrigin, ActionStatus, Owner, Plan, PlanAction, PlanEdit, Strength, TextField};
use crate::ui::callbacks::send;
use crate::ui::i18n_context::{use_i18n, I18n};
use crate::ui::widgets::fields::{PlanDate, PlanSelect, PlanText};

/// The name of whoever takes an action on, as shown on screen.
pub fn owner_name(t: &I18n, plan: &Plan, owner: Owner) -> String {
    match owner {
        Owner::Client => t.t("plan-owner-client"),
        Owner::Ocmw if !plan.ocmw_name.trim().is_empty() => plan.ocmw_name.clone(),
        Owner::Ocmw => t.t("plan-owner-ocmw"),
        Owner::ThirdParty(id) => match plan.third_party(id) {
            Some(p) if !p.name.trim().is_empty() && !p.role.trim().is_empty() => format!("{} ({})", p.name, p.role),
            Some(p) if !p.name.trim().is_empty() => p.name.clone(),
            Some(p) if !p.role.trim().is_empty() => p.role.clone(),
            _ => t.t("plan-owner-third"),
        },
    }
}

pub fn origin_text(t: &I18n, origin: &ActionOrigin) -> String {
    match origin {
        ActionOrigin::Free => t.t("plan-origin-free"),
        ActionOrigin::SelfCheck { domain, .. } => {
            t.t_args("plan-origin-self-check", &[("domain", FluentValue::from(t.t(&domain.name_id())))])
        }
        ActionOrigin::Catalogue { catalogue, catalogue_name, edition, offer, name_nl, .. } => {
            let dutch = LocalText([("nl".to_owned(), name_nl.clone())].into_iter().collect());
            let name = crate::i18n::catalogue_text(t, catalogue, offer, "name", &dutch);
            // The catalogue by its name and edition, never its internal id.
            let source = if catalogue_name.is_empty() { catalogue } else { catalogue_name };
            t.t_args(
                "plan-origin-catalogue-from",
                &[
                    ("offer", FluentValue::from(name)),
                    ("catalogue", FluentValue::from(source.as_str())),
                    ("edition", FluentValue::from(edition.as_str())),
                ],
            )
        }
    }
}

#[component]
pub fn PlanActions(props: &PlanStepProps) -> Html {
    let t = use_i18n();
    let plan = &props.plan;
    let e = &props.on_edit;
    let mut owners = vec![(String::new(), t.t("plan-choose"))];
    owners.push((Owner::Client.slug(), owner_name(&t, plan, Owner::Client)));
    owners.push((Owner::Ocmw.slug(), owner_name(&t, plan, Owner::Ocmw)));
    for p in &plan.third_parties {
        owners.push((Owner::ThirdParty(p.id).slug(), owner_name(&t, plan, Owner::ThirdParty(p.id))));
    }
    let statuses: Vec<_> =
        ActionStatus::ALL.iter().map(|s| (s.slug().to_owned(), t.t(&format!("plan-status-{}", s.slug())))).collect();
    let mut goals = vec![(String::new(), t.t("plan-action-no-goal"))];
    goals.extend(plan.goals.iter().enumerate().map(|(i, g)| {
        let title = if g.title.trim().is_empty() {
            t.t_args("plan-goal-legend", &[("n", FluentValue::from(i + 1))])
        } else {
            g.title.clone()
        };
        (g.id.to_string(), title)
    }));
    // Equal from one keystroke to the next unless a name or goal title in them changed.
    let choices = Rc::new(ActionChoices { owners, statuses, goals });
    let add = send(
        e,
        PlanEdit::AddAction { origin: ActionOrigin::Free, what: String::new(), owner: None, due: None, goal: None },
    );
    html! {
        <div class="plan-actions">
            <p class="hint">{ t.t("plan-actions-intro") }</p>
            if plan.actions.is_empty() {
                <p class="card plan-empty">{ t.t("plan-actions-empty") }</p>
            }
            <ul class="plan-list">
                for (i, a) in plan.actions.iter().enumerate() {
                    <ActionCard key={a.id.to_string()} action={a.clone()} n={i + 1} choices={choices.clone()} on_edit={e.clone()} />
                }
            </ul>
            <button type="button" class="button" id="plan-add-action" onclick={add}>{ t.t("plan-action-add") }</button>
        </div>
    }
}

/// The options of the action's select boxes, the same for every action.
#[derive(PartialEq)]
struct ActionChoices {
    owners: Vec<(String, String)>,
    statuses: Vec<(String, String)>,
    goals: Vec<(String, String)>,
}

#[derive(Properties, PartialEq)]
struct ActionCardProps {
    /// Shared with the plan: unchanged actions compare by pointer.
    action: Rc<PlanAction>,
    /// Its number in the list, from 1.
    n: usize,
    choices: Rc<ActionChoices>,
    on_edit: Callback<PlanEdit>,
}

/// One action: what, who, by when, how it stands, where the strength comes from, how it is shown.
/// A component rather than a function (see ARCHITECTURE.md) because a big plan has hundreds:
/// typing in one then redraws that one only (measured on the large dossier's 200 actions).
#[component]
fn ActionCard(props: &ActionCardProps) -> Html {
    let t = &use_i18n();
    let (a, choices, e) = (&props.action, &*props.choices, &props.on_edit);
    html! {
        <li class="card plan-item plan-action">
            <fieldset>
                <legend>{ t.t_args("plan-action-legend", &[("n", FluentValue::from(props.n))]) }</legend>
                <p class="hint">{ origin_text(t, &a.origin) }</p>
                <PlanText id={format!("plan-action-what-{}", a.id)} label={t.t("plan-action-what")}
                    value={a.what.clone()}
                    on_input={e.reform({ let id = a.id; move |v| PlanEdit::SetText(TextField::ActionWhat(id), v) })} />
                <div class="plan-row">
                    <PlanSelect id={format!("plan-action-owner-{}", a.id)} label={t.t("plan-action-owner")}
                        options={choices.owners.to_vec()} selected={a.owner.map(|o| o.slug()).unwrap_or_default()}
                        on_change={e.reform({ let id = a.id; move |v: String| PlanEdit::SetActionOwner(id, Owner::from_slug(&v)) })} />
                    <PlanDate id={format!("plan-action-due-{}", a.id)} label={t.t("plan-action-due")} value={a.due}
                        on_change={e.reform({ let id = a.id; move |d| PlanEdit::SetActionDue(id, d) })} />
                    <PlanSelect id={format!("plan-action-status-{}", a.id)} label={t.t("plan-action-status")}
                        options={choices.statuses.to_vec()} selected={a.status.slug().to_owned()}
                        on_change={e.reform({ let id = a.id; move |v: String| PlanEdit::SetActionStatus(id, ActionStatus::from_slug(&v).unwrap_or_default()) })} />
                </div>
                if a.status == ActionStatus::Stopped {
                    <PlanText id={format!("plan-action-stop-{}", a.id)} label={t.t("plan-action-stop-reason")}
                        value={a.stop_reason.clone()}
                        on_input={e.reform({ let id = a.id; move |v| PlanEdit::SetText(TextField::ActionStopReason(id), v) })} />
                }
                { strength_choice(t, a, e) }
                <div class="plan-row">
                    <PlanText id={format!("plan-action-evidence-{}", a.id)} label={t.t("plan-action-evidence")}
                        value={a.evidence.clone()}
                        on_input={e.reform({ let id = a.id; move |v| PlanEdit::SetText(TextField::ActionEvidence(id), v) })} />
                    <PlanSelect id={format!("plan-action-goal-{}", a.id)} label={t.t("plan-action-goal")}
                        options={choices.goals.to_vec()} selected={a.goal.map(|g| g.to_string()).unwrap_or_default()}
                        on_change={e.reform({ let id = a.id; move |v: String| PlanEdit::SetActionGoal(id, v.parse().ok()) })} />
                </div>
                <button type="button" class="button button-quiet-danger"
                    onclick={e.reform({ let id = a.id; move |_: MouseEvent| PlanEdit::RemoveAction(id) })}>
                    { t.t("plan-action-remove") }
                </button>
            </fieldset>
        </li>
    }
}

/// Where the strength for the action comes from (Krachtenwijzer): one tap on a choice, a tap on
/// the chosen one takes it back. Optional.
fn strength_choice(t: &I18n, a: &PlanAction, e: &Callback<PlanEdit>) -> Html {
    html! {
        <fieldset class="plan-strength" id={format!("plan-action-strength-{}", a.id)}>
            <legend>{ t.t("plan-strength-label") }</legend>
            <div class="plan-strength-choices">
                for s in Strength::ALL {
                    <button type="button" class="button plan-strength-choice" aria-pressed={(a.strength == Some(s)).to_string()}
                        onclick={e.reform({ let (id, chosen) = (a.id, a.strength == Some(s)); move |_: MouseEvent| {
                            PlanEdit::SetActionStrength(id, (!chosen).then_some(s))
                        } })}>
                        { t.t(&s.message_id()) }
                    </button>
                }
            </div>
        </fieldset>
    }
}
