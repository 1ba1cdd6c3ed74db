//! The GPMI, drafted together: a guided path through the steps, free to move between them,
//! remembered when stopped, with undo and redo.

mod actions;
mod agreements;
mod basics;
mod evaluations;
mod goals;
mod review;
mod step;
mod topics;

use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use yew::prelude::*;

use crate::domain::plan::{PlanEdit, PlanStep};
use crate::domain::rules::{deadline_status, DeadlineStatus};
use crate::domain::{Dossier, DossierEdit};
use crate::state::DossierView;
use crate::ui::i18n_context::use_i18n;
use crate::ui::Command;
use actions::PlanActions;
use agreements::PlanAgreements;
use basics::PlanBasics;
use evaluations::PlanEvaluations;
use goals::PlanGoals;
use review::PlanReview;
use step::PlanRef;
use topics::PlanTopics;

#[derive(Properties, PartialEq)]
pub struct PlanPageProps {
    /// Shared, not copied: the pages re-render on every keystroke.
    pub dossier: std::rc::Rc<Dossier>,
    #[prop_or_default]
    pub today: Option<NaiveDate>,
    pub on_command: Callback<Command>,
}

#[component]
pub fn PlanPage(props: &PlanPageProps) -> Html {
    let t = use_i18n();
    let plan = &props.dossier.plan;
    let on_edit = {
        let id = props.dossier.id.clone();
        props.on_command.reform(move |e: PlanEdit| Command::Edit(id.clone(), DossierEdit::Plan(e)))
    };
    let step = plan.step;
    let go = |s: PlanStep| on_edit.reform(move |_: MouseEvent| PlanEdit::SetStep(s));
    let today = props.today;
    let body = match step {
        PlanStep::Basics => {
            html! { <PlanBasics plan={PlanRef(props.dossier.clone())} {today} on_edit={on_edit.clone()} /> }
        }
        PlanStep::Topics => {
            html! { <PlanTopics plan={PlanRef(props.dossier.clone())} {today} on_edit={on_edit.clone()} /> }
        }
        PlanStep::Goals => {
            html! { <PlanGoals plan={PlanRef(props.dossier.clone())} {today} on_edit={on_edit.clone()} /> }
        }
        PlanStep::Actions => {
            html! { <PlanActions plan={PlanRef(props.dossier.clone())} {today} on_edit={on_edit.clone()} /> }
        }
        PlanStep::Agreements => {
            html! { <PlanAgreements plan={PlanRef(props.dossier.clone())} {today} on_edit={on_edit.clone()} /> }
        }
        PlanStep::Review => {
            html! { <PlanReview plan={PlanRef(props.dossier.clone())} {today} on_edit={on_edit.clone()} /> }
        }
        PlanStep::Evaluations => {
            html! { <PlanEvaluations plan={PlanRef(props.dossier.clone())} {today} on_edit={on_edit.clone()} /> }
        }
    };

    let signed = plan.signed_on.is_some() || props.dossier.fully_signed();
    let deadline = match (plan.due_date(), today, signed) {
        (Some(due), Some(today), false) => {
            let date = FluentValue::from(t.date(due));
            match deadline_status(&plan.rules, due, today) {
                DeadlineStatus::Comfortable { .. } => html! {
                    <p class="plan-deadline">{ t.t_args("plan-deadline-by", &[("date", date)]) }</p>
                },
                DeadlineStatus::Close { days_left } => html! {
                    <p class="plan-deadline plan-deadline-close" role="status">
                        { t.t_args("plan-deadline-close", &[("date", date), ("days", FluentValue::from(days_left))]) }
                    </p>
                },
                DeadlineStatus::Past { days_over } => html! {
                    <p class="plan-deadline plan-deadline-past" role="status">
                        { t.t_args("plan-deadline-past", &[("date", date), ("days", FluentValue::from(days_over))]) }
                    </p>
                },
            }
        }
        _ => Html::default(),
    };

    html! {
        <section class="plan" aria-labelledby="plan-title">
            <div class="plan-head">
                <h2 id="plan-title">{ t.t("plan-title") }</h2>
                <div class="plan-undo">
                    <button type="button" class="button" id="plan-undo" disabled={!plan.can_undo()}
                        onclick={on_edit.reform(|_: MouseEvent| PlanEdit::Undo)}>
                        <span aria-hidden="true">{ "↶ " }</span>{ t.t("plan-undo") }
                    </button>
                    <button type="button" class="button" id="plan-redo" disabled={!plan.can_redo()}
                        onclick={on_edit.reform(|_: MouseEvent| PlanEdit::Redo)}>
                        <span aria-hidden="true">{ "↷ " }</span>{ t.t("plan-redo") }
                    </button>
                </div>
            </div>
            <p class="lead">{ t.t("plan-intro") }</p>
            { deadline }
            <nav aria-label={t.t("plan-steps-label")}>
                <ol class="plan-steps">
                    for s in PlanStep::ALL {
                        <li>
                            <button type="button" id={format!("plan-step-{}", s.slug())}
                                class={classes!("tab", (s == step).then_some("tab-current"))}
                                aria-current={(s == step).then_some("step")} onclick={go(s)}>
                                { format!("{}. {}", s.index() + 1, t.t(&s.message_id())) }
                            </button>
                        </li>
                    }
                </ol>
            </nav>
            <div class="plan-step-body">
                <h3>{ t.t(&s_title(step)) }</h3>
                { body }
            </div>
            if step == PlanStep::Review {
                <div class="card plan-sign-links">
                    <button type="button" class="button button-primary" id="plan-go-sign"
                        onclick={props.on_command.reform(|_: MouseEvent| Command::ShowView(DossierView::Sign))}>
                        { t.t("sign-title") }
                    </button>
                    <button type="button" class="button" id="plan-go-print"
                        onclick={props.on_command.reform(|_: MouseEvent| Command::ShowPrint(None))}>
                        { t.t("sign-go-print") }
                    </button>
                </div>
            }
            <div class="plan-step-nav">
                if let Some(prev) = step.previous() {
                    <button type="button" class="button" onclick={go(prev)}>
                        { t.t_args("plan-previous", &[("step", FluentValue::from(t.t(&prev.message_id())))]) }
                    </button>
                }
                if let Some(next) = step.next() {
                    <button type="button" class="button button-primary" onclick={go(next)}>
                        { t.t_args("plan-next", &[("step", FluentValue::from(t.t(&next.message_id())))]) }
                    </button>
                }
            </div>
        </section>
    }
}

fn s_title(step: PlanStep) -> String {
    format!("plan-step-{}-title", step.slug())
}
