//! What changed since the last signed version, as plain lines: on the sign screen (the worker's
//! and the client turn's, before anyone signs again) and in the print's annex. One line per
//! change: what happened, the goal or action it is about (isolated with `<bdi>`, so a Latin title
//! keeps its order in right-to-left text), and the dates or people now and before.

use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use yew::prelude::*;

use crate::domain::plan::{ChangesSince, Period, PlanChange, Who};
use crate::i18n::Translator;

/// How a date is written: the screen's long form, or the print's.
pub type DateText = fn(&Translator, NaiveDate) -> String;

/// The screen's long date.
pub fn long_date(t: &Translator, date: NaiveDate) -> String {
    t.date(date)
}

/// One change in `t`'s language. Without `free_text` (the help line of a bilingual print, where
/// typed text stands once, on the main line) titles and names are left out.
pub fn change_line(t: &Translator, c: &PlanChange, date: DateText, free_text: bool) -> Html {
    let day = |v: Option<NaiveDate>| v.map(|v| date(t, v)).unwrap_or_else(|| t.t("plan-no-date"));
    let period = |(from, until): Period| html! { { format!("{} – {}", day(from), day(until)) } };
    let typed = |s: &str| -> Html {
        match (free_text, s.trim().is_empty()) {
            (false, _) => Html::default(),
            (true, true) => html! { { t.t("plan-not-filled") } },
            (true, false) => html! { <bdi>{ s.to_owned() }</bdi> },
        }
    };
    let who = |w: &Who| -> Html {
        match w {
            Who::Ocmw(name) | Who::Partner(name) if free_text && !name.is_empty() => typed(name),
            Who::Nobody => html! { { t.t("doc-who-nobody") } },
            Who::Client => html! { { t.t("doc-who-client") } },
            Who::Ocmw(_) => html! { { t.t("doc-who-ocmw") } },
            Who::Partner(_) => html! { { t.t("doc-who-third") } },
        }
    };
    let now_was = |now: Html, was: Html| {
        html! { <>{ t.t("changes-now") }{ " " }{ now }{ " · " }{ t.t("changes-was") }{ " " }{ was }</> }
    };
    let detail = match c {
        PlanChange::GoalChanged { was: Some(was), .. } | PlanChange::ActionWhat { was, .. } if free_text => {
            html! { <>{ t.t("changes-was") }{ " " }{ typed(was) }</> }
        }
        PlanChange::GoalPeriod { was, now, .. } => now_was(period(*now), period(*was)),
        PlanChange::ActionAdded { who: w, due, .. } => html! { <>{ who(w) }{ " · " }{ day(*due) }</> },
        PlanChange::ActionWho { was, now, .. } => now_was(who(now), who(was)),
        PlanChange::ActionDue { was, now, .. } | PlanChange::DateMoved { was, now, .. } => {
            now_was(html! { { day(*now) } }, html! { { day(*was) } })
        }
        PlanChange::EvaluationAdded(d) | PlanChange::EvaluationRemoved(d) | PlanChange::EvaluationChanged(d) => {
            html! { { date(t, *d) } }
        }
        PlanChange::NewRung { rung, on } => html! { <>{ t.t(&rung.name_id()) }{ " · " }{ date(t, *on) }</> },
        _ => Html::default(),
    };
    html! {
        <>
            <strong class="change-what">{ t.t(c.message_id()) }</strong>
            if let (true, Some(subject)) = (free_text, c.subject()) { { ": " }{ typed(subject) } }
            if detail != Html::default() { <span class="change-detail">{ detail }</span> }
        </>
    }
}

/// The list on the sign screen, in the reader's language; shorter in the simplified view.
pub fn change_list(t: &Translator, c: &ChangesSince, simplified: bool) -> Html {
    let date = [("date", FluentValue::from(t.date(c.signed_on)))];
    html! {
        <section class={classes!("card", "plan-changes", simplified.then_some("plan-changes-simple"))}
            id="sign-changes" aria-labelledby="sign-changes-title">
            <h3 id="sign-changes-title">
                { t.t_args(if simplified { "easy-changes-title" } else { "changes-title" }, &date) }
            </h3>
            if !simplified { <p class="hint">{ t.t("changes-intro") }</p> }
            <ul class="plan-changes-list">
                for change in c.changes.iter() {
                    <li data-change={change.message_id()}>{ change_line(t, change, long_date, true) }</li>
                }
            </ul>
        </section>
    }
}
