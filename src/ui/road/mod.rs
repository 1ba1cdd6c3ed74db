//! "My road so far" (issue #18): the client's progress on one page, in the client's language and
//! the simplified view when it is on. The ladder history as a picture with the same data as a
//! list, the self-check then and now, the goals reached and the next steps; printable on A4
//! (the print stylesheet keeps the document and hides the buttons). Shown in the client turn and
//! on the worker's dossier view. What goes on it is `domain::road`.
//!
//! Plain functions, not components: every component costs wasm on the first visit.

mod chart;

use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use yew::prelude::*;

use crate::domain::plan::Owner;
use crate::domain::road::{road, ChecksThenNow, NextStep, ReachedGoal, Road};
use crate::domain::self_check::Movement;
use crate::domain::{Dossier, Lang, UtcOffset};
use crate::i18n::translator;
use crate::ui::callbacks::send;
use crate::ui::i18n_context::I18n;
use crate::ui::ladder::{move_text, position_text};
use crate::ui::Command;

/// The page in the client's language `t`. `today` is the device's date once known (until then the
/// day the dossier last changed).
pub fn road_page(
    d: &Dossier,
    today: Option<NaiveDate>,
    offset: UtcOffset,
    t: &I18n,
    on_command: &Callback<Command>,
) -> Html {
    let today = today.unwrap_or_else(|| offset.date(d.updated));
    let r = road(d, today);
    let lang = t.lang();
    let easy = d.simplified;
    html! {
        <section class={classes!("road-page", easy.then_some("road-simple"))} id="road-page"
            lang={lang.code()} dir={lang.dir()} aria-labelledby="road-title">
            <div class="road-controls">
                <button type="button" class="button button-primary" id="road-print"
                    onclick={send(on_command, Command::Print)}>
                    { t.t("road-print") }
                </button>
            </div>
            <article class="print-doc road-doc">
                <header class="road-header">
                    <h2 id="road-title">{ t.t("road-title") }</h2>
                    <p class="road-who"><bdi>{ &d.client_name }</bdi>{ " · " }
                        { t.t_args("road-as-of", &[("date", FluentValue::from(t.date(today)))]) }</p>
                    <p class="lead">{ t.t(if easy { "road-intro-easy" } else { "road-intro" }) }</p>
                    // On the page taken home too: a help translation, whether reviewed, the Dutch counts.
                    if let Some(id) = crate::i18n::review::note_id(lang) {
                        <p class="road-note" role="note">{ t.t(id) }</p>
                    }
                </header>
                { ladder(t, &r, easy) }
                { checks(t, offset, r.checks.as_ref(), easy) }
                { reached(t, &r.reached) }
                { next_steps(t, d, &r.next_steps) }
            </article>
        </section>
    }
}

/// A term in the client's language; in the simplified view with the Dutch word under it, so the
/// client learns the words the OCMW uses.
fn term(t: &I18n, id: &str, easy: bool) -> Html {
    let home = t.t(id);
    let dutch = translator(Lang::Nl).t(id);
    if !easy || t.lang() == Lang::Nl || home == dutch {
        return html! { { home } };
    }
    html! {
        <span class="term">
            <span class="term-home">{ home }</span>
            <span class="term-nl" lang="nl" dir="ltr">
                <span class="visually-hidden">{ t.t("easy-dutch-label") }{ " " }</span>{ dutch }
            </span>
        </span>
    }
}

fn ladder(t: &I18n, r: &Road, easy: bool) -> Html {
    html! {
        <section class="road-section" aria-labelledby="road-ladder-title">
            <h3 id="road-ladder-title">{ term(t, "road-ladder-title", easy) }</h3>
            if r.ladder.is_empty() {
                <p>{ t.t("road-ladder-none") }</p>
            } else {
                <figure class="road-figure">
                    { chart::chart(t, &r.ladder, r.target) }
                </figure>
                <ol class="road-ladder-list" id="road-ladder-list">
                    for h in r.ladder.iter() {
                        <li class={classes!(format!("move-{}", h.movement.slug()))}>
                            <span class="road-date">{ t.date(h.date) }</span>{ ": " }
                            <strong>{ position_text(t, h.position) }</strong>{ " — " }{ move_text(t, h) }
                            { " (" }{ t.t(h.viewpoint.message_id()) }{ ")" }
                        </li>
                    }
                </ol>
            }
            if let Some(target) = r.target {
                <p class="road-target">{ t.t_args("road-target", &[
                    ("number", FluentValue::from(target.number())),
                    ("rung", FluentValue::from(t.t(&target.name_id()))),
                ]) }</p>
            }
        </section>
    }
}

fn checks(t: &I18n, offset: UtcOffset, checks: Option<&ChecksThenNow>, easy: bool) -> Html {
    let Some(c) = checks else {
        return html! {
            <section class="road-section" aria-labelledby="road-checks-title">
                <h3 id="road-checks-title">{ t.t("road-checks-title") }</h3>
                <p>{ t.t("road-checks-none") }</p>
            </section>
        };
    };
    let dated = |id: &str, at| t.t_args(id, &[("date", FluentValue::from(t.date(offset.date(at))))]);
    let answer = |a: Option<crate::domain::self_check::ClientAnswer>| match a {
        Some(a) => t.t(&a.message_id()),
        None => t.t("road-no-answer"),
    };
    html! {
        <section class="road-section" aria-labelledby="road-checks-title">
            <h3 id="road-checks-title">{ term(t, "road-checks-title", easy) }</h3>
            if c.latest.is_none() {
                <p>{ t.t("road-checks-one") }</p>
            }
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="road-checks-title">
                <table class="road-table">
                    <thead>
                        <tr>
                            <th scope="col">{ t.t("self-check-col-domain") }</th>
                            <th scope="col">{ dated("road-checks-then", c.first) }</th>
                            if let Some(latest) = c.latest {
                                <th scope="col">{ dated("road-checks-now", latest) }</th>
                            }
                        </tr>
                    </thead>
                    <tbody>
                        for row in c.domains.iter() {
                            <tr>
                                <th scope="row">{ t.t(&format!("life-domain-{}", row.domain.slug())) }</th>
                                <td>{ answer(row.then) }</td>
                                if c.latest.is_some() {
                                    <td>
                                        { answer(row.now) }
                                        { movement(t, row.movement) }
                                    </td>
                                }
                            </tr>
                        }
                    </tbody>
                </table>
            </div>
        </section>
    }
}

fn movement(t: &I18n, m: Option<Movement>) -> Html {
    let (class, id, arrow) = match m {
        Some(Movement::Eased) => ("road-eased", "road-moved-eased", "↗"),
        Some(Movement::Harder) => ("road-harder", "road-moved-harder", "↘"),
        None => return Html::default(),
    };
    html! { <span class={classes!("road-moved", class)}><span aria-hidden="true">{ arrow }{ " " }</span>{ t.t(id) }</span> }
}

fn reached(t: &I18n, goals: &[ReachedGoal]) -> Html {
    html! {
        <section class="road-section" aria-labelledby="road-reached-title">
            <h3 id="road-reached-title">{ t.t("road-reached-title") }</h3>
            if goals.is_empty() {
                <p>{ t.t("road-reached-none") }</p>
            } else {
                <ul class="road-list" id="road-reached">
                    for g in goals.iter() {
                        <li>
                            <bdi class="road-what">{ &g.title }</bdi>
                            <span class="road-when">{ t.t_args("road-reached-on", &[("date", FluentValue::from(t.date(g.on)))]) }</span>
                        </li>
                    }
                </ul>
            }
        </section>
    }
}

fn next_steps(t: &I18n, d: &Dossier, steps: &[NextStep]) -> Html {
    let who = |owner: Option<Owner>| match owner {
        Some(Owner::Client) => t.t("plan-owner-client"),
        Some(Owner::Ocmw) => t.t("plan-owner-ocmw"),
        Some(Owner::ThirdParty(id)) => {
            d.plan.third_party(id).map(|p| p.name.clone()).unwrap_or_else(|| t.t("plan-owner-third"))
        }
        None => String::new(),
    };
    html! {
        <section class="road-section" aria-labelledby="road-next-title">
            <h3 id="road-next-title">{ t.t("road-next-title") }</h3>
            if steps.is_empty() {
                <p>{ t.t("road-next-none") }</p>
            } else {
                <ul class="road-list" id="road-next">
                    for s in steps.iter() {
                        <li class={classes!(s.overdue.then_some("road-late"))}>
                            <bdi class="road-what">{ &s.what }</bdi>
                            <span class="road-when">
                                { match s.due {
                                    Some(due) => t.t_args("road-next-due", &[("date", FluentValue::from(t.date(due)))]),
                                    None => t.t("road-next-no-date"),
                                } }
                                if s.overdue { { " · " }<strong>{ t.t("road-next-late") }</strong> }
                            </span>
                            if s.owner.is_some() {
                                <span class="road-who-does"><bdi>{ who(s.owner) }</bdi></span>
                            }
                        </li>
                    }
                </ul>
            }
        </section>
    }
}
