//! The GPMI, drafted together: a guided path through the steps, free to move between them,
//! remembered when stopped, with undo and redo.

mod actions;
mod agreements;
mod basics;
mod closing;
mod evaluation_history;
mod evaluation_settings;
mod evaluations;
mod goals;
mod review;
mod schedule;
mod step;
mod studies;
mod topics;

use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use yew::prelude::*;

use crate::domain::plan::{Plan, PlanEdit, PlanStep};
use crate::domain::rules::{deadline_status, DeadlineStatus};
use crate::domain::{Dossier, DossierEdit};
use crate::state::DossierView;
use crate::ui::callbacks::send;
use crate::ui::i18n_context::{use_i18n, I18n};
use crate::ui::Command;
use actions::PlanActions;
use agreements::PlanAgreements;
use basics::PlanBasics;
use evaluations::PlanEvaluations;
use goals::PlanGoals;
use review::PlanReview;
use step::{PlanRef, PlanStepProps};
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
    // Kept while the dossier and the root's callback are the same: a part whose data did not
    // change then gets equal props and is not redrawn on a keystroke elsewhere.
    let (on_edit, on_print) = &*use_memo((props.dossier.id.clone(), props.on_command.clone()), |(id, on_command)| {
        let id = id.clone();
        let on_edit = on_command.reform(move |e: PlanEdit| Command::Edit(id.clone(), DossierEdit::Plan(e)));
        (on_edit, on_command.reform(Command::ShowEvaluationPrint))
    });
    let step = plan.step;
    let step_props = PlanStepProps {
        plan: PlanRef(props.dossier.clone()),
        today: props.today,
        on_edit: on_edit.clone(),
        on_print: on_print.clone(),
    };
    if plan.closing.ended {
        return ended_plan(&t, props, on_edit);
    }

    html! {
        <section class="plan" aria-labelledby="plan-title">
            { plan_head(&t, plan, on_edit) }
            <p class="lead">{ t.t("plan-intro") }</p>
            { deadline_notice(&t, &props.dossier, props.today) }
            { step_tabs(&t, step, on_edit) }
            <div class="plan-step-body">
                <h3>{ t.t(&s_title(step)) }</h3>
                { step_body(step, step_props) }
            </div>
            if step == PlanStep::Review {
                { closing::explained_section(&t, plan, props.today, on_edit) }
                { sign_links(&t, &props.on_command) }
                { closing::end_section(&t, plan, on_edit) }
                { closing::move_section(&t, &props.dossier, on_edit, &props.on_command) }
            }
            { step_nav(&t, step, on_edit) }
        </section>
    }
}

/// An ended plan: that it ended, the whole plan to read and print, and the move to another OCMW;
/// no step to edit and no signing.
fn ended_plan(t: &I18n, props: &PlanPageProps, on_edit: &Callback<PlanEdit>) -> Html {
    let plan = &props.dossier.plan;
    html! {
        <section class="plan" aria-labelledby="plan-title">
            <div class="plan-head"><h2 id="plan-title">{ t.t("plan-title") }</h2></div>
            { closing::ended_banner(t, plan) }
            { review::summary(t, plan) }
            <div class="card plan-sign-links">
                <button type="button" class="button button-primary" id="plan-go-print"
                    onclick={send(&props.on_command, Command::ShowPrint(None))}>
                    { t.t("sign-go-print") }
                </button>
            </div>
            { closing::move_section(t, &props.dossier, on_edit, &props.on_command) }
        </section>
    }
}

/// A callback that moves the plan to step `s`.
fn go(on_edit: &Callback<PlanEdit>, s: PlanStep) -> Callback<MouseEvent> {
    send(on_edit, PlanEdit::SetStep(s))
}

/// The title, with undo and redo beside it.
fn plan_head(t: &I18n, plan: &Plan, on_edit: &Callback<PlanEdit>) -> Html {
    html! {
        <div class="plan-head">
            <h2 id="plan-title">{ t.t("plan-title") }</h2>
            <div class="plan-undo">
                <button type="button" class="button" id="plan-undo" disabled={!plan.can_undo()}
                    onclick={send(on_edit, PlanEdit::Undo)}>
                    <span aria-hidden="true">{ "↶ " }</span>{ t.t("plan-undo") }
                </button>
                <button type="button" class="button" id="plan-redo" disabled={!plan.can_redo()}
                    onclick={send(on_edit, PlanEdit::Redo)}>
                    <span aria-hidden="true">{ "↷ " }</span>{ t.t("plan-redo") }
                </button>
            </div>
        </div>
    }
}

/// By when the plan must be signed, and how close that is; nothing once it is signed or while the
/// due date or today is unknown.
fn deadline_notice(t: &I18n, dossier: &Dossier, today: Option<NaiveDate>) -> Html {
    let plan = &dossier.plan;
    let signed = plan.signed_on.is_some() || dossier.fully_signed();
    let (Some(due), Some(today), false) = (plan.due_date(), today, signed) else {
        return Html::default();
    };
    let (date, months) = (FluentValue::from(t.date(due)), FluentValue::from(plan.rules.deadline_months));
    match deadline_status(&plan.rules, due, today) {
        DeadlineStatus::Comfortable { .. } => html! {
            <p class="plan-deadline">{ t.t_args("plan-deadline-by", &[("date", date), ("months", months)]) }</p>
        },
        DeadlineStatus::Close { days_left } => html! {
            <p class="plan-deadline plan-deadline-close" role="status">
                { t.t_args("plan-deadline-close", &[("date", date), ("months", months), ("days", FluentValue::from(days_left))]) }
            </p>
        },
        DeadlineStatus::Past { days_over } => html! {
            <p class="plan-deadline plan-deadline-past" role="status">
                { t.t_args("plan-deadline-past", &[("date", date), ("months", months), ("days", FluentValue::from(days_over))]) }
            </p>
        },
    }
}

/// One tab per step, free to move between them; the current one is marked.
fn step_tabs(t: &I18n, step: PlanStep, on_edit: &Callback<PlanEdit>) -> Html {
    html! {
        <nav aria-label={t.t("plan-steps-label")}>
            <ol class="plan-steps">
                for s in PlanStep::ALL {
                    <li>
                        <button type="button" id={format!("plan-step-{}", s.slug())}
                            class={classes!("tab", (s == step).then_some("tab-current"))}
                            aria-current={(s == step).then_some("step")} onclick={go(on_edit, s)}>
                            { format!("{}. {}", s.index() + 1, t.t(&s.message_id())) }
                        </button>
                    </li>
                }
            </ol>
        </nav>
    }
}

/// The current step's own form.
fn step_body(step: PlanStep, props: PlanStepProps) -> Html {
    match step {
        PlanStep::Basics => html! { <PlanBasics ..props /> },
        PlanStep::Topics => html! { <PlanTopics ..props /> },
        PlanStep::Goals => html! { <PlanGoals ..props /> },
        PlanStep::Actions => html! { <PlanActions ..props /> },
        PlanStep::Agreements => html! { <PlanAgreements ..props /> },
        PlanStep::Review => html! { <PlanReview ..props /> },
        PlanStep::Evaluations => html! { <PlanEvaluations ..props /> },
    }
}

/// From the review, on to signing or printing.
fn sign_links(t: &I18n, on_command: &Callback<Command>) -> Html {
    html! {
        <div class="card plan-sign-links">
            <button type="button" class="button button-primary" id="plan-go-sign"
                onclick={send(on_command, Command::ShowView(DossierView::Sign))}>
                { t.t("sign-title") }
            </button>
            <button type="button" class="button" id="plan-go-print"
                onclick={send(on_command, Command::ShowPrint(None))}>
                { t.t("sign-go-print") }
            </button>
        </div>
    }
}

/// The guided path: back to the previous step, on to the next.
fn step_nav(t: &I18n, step: PlanStep, on_edit: &Callback<PlanEdit>) -> Html {
    html! {
        <div class="plan-step-nav">
            if let Some(prev) = step.previous() {
                <button type="button" class="button" onclick={go(on_edit, prev)}>
                    { t.t_args("plan-previous", &[("step", FluentValue::from(t.t(&prev.message_id())))]) }
                </button>
            }
            if let Some(next) = step.next() {
                <button type="button" class="button button-primary" onclick={go(on_edit, next)}>
                    { t.t_args("plan-next", &[("step", FluentValue::from(t.t(&next.message_id())))]) }
                </button>
            }
        </div>
    }
}

fn s_title(step: PlanStep) -> String {
    format!("plan-step-{}-title", step.slug())
}
