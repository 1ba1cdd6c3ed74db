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
    // The detail as pieces: (typed by someone, so isolated; text). One `html!` renders them.
    let said = |id: &str| (false, t.t(id));
    let day = |v: Option<NaiveDate>| v.map_or_else(|| said("plan-no-date"), |v| (false, date(t, v)));
    let period = |(from, until): Period| (false, format!("{} – {}", day(from).1, day(until).1));
    let typed = |s: &str| if s.trim().is_empty() { said("plan-not-filled") } else { (true, s.to_owned()) };
    let who = |w: &Who| match w {
        Who::Ocmw(name) | Who::Partner(name) if free_text && !name.is_empty() => (true, name.clone()),
        Who::Nobody => said("doc-who-nobody"),
        Who::Client => said("doc-who-client"),
        Who::Ocmw(_) => said("doc-who-ocmw"),
        Who::Partner(_) => said("doc-who-third"),
    };
    let dot = || (false, "·".to_owned());
    let now_was = |now, was| vec![said("changes-now"), now, dot(), said("changes-was"), was];
    let detail = match c {
        PlanChange::GoalChanged { was: Some(was), .. } | PlanChange::ActionWhat { was, .. } if free_text => {
            vec![said("changes-was"), typed(was)]
        }
        PlanChange::GoalPeriod { was, now, .. } => now_was(period(*now), period(*was)),
        PlanChange::ActionAdded { who: w, due, .. } => vec![who(w), dot(), day(*due)],
        PlanChange::ActionWho { was, now, .. } => now_was(who(now), who(was)),
        PlanChange::ActionDue { was, now, .. } | PlanChange::DateMoved { was, now, .. } => {
            now_was(day(*now), day(*was))
        }
        PlanChange::EvaluationAdded(d) | PlanChange::EvaluationRemoved(d) | PlanChange::EvaluationChanged(d) => {
            vec![day(Some(*d))]
        }
        PlanChange::NewRung { rung, on } => vec![said(&rung.name_id()), dot(), day(Some(*on))],
        _ => vec![],
    };
    let subject = c.subject().filter(|_| free_text).map(typed);
    html! {
        <>
            <strong class="change-what">{ t.t(c.message_id()) }</strong>
            if let Some((_, s)) = subject { { ": " }<bdi>{ s }</bdi> }
            if !detail.is_empty() {
                <span class="change-detail">
                    for (i, (isolated, text)) in detail.into_iter().enumerate() {
                        if i > 0 { { " " } }
                        if isolated { <bdi>{ text }</bdi> } else { { text } }
                    }
                </span>
            }
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
