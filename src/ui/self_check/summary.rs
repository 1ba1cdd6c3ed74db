//! Summary of one self-check: both voices side by side in a chart (with a table as its text
//! alternative), differences, preconditions, the client's requests for help, and what moved since
//! the previous check. Facts for the conversation; never a verdict.

use fluent_bundle::FluentValue;
use yew::prelude::*;

use super::pictogram::answer_path;
use crate::domain::self_check::{
    suggested_actions, Change, ClientAnswer, Movement, SelfCheck, SuggestedAction, Voice, WorkerScore,
};
use crate::domain::{LifeDomain, UtcOffset};
use crate::ui::callbacks::send;
use crate::ui::i18n_context::{use_i18n, I18n};

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub check: std::rc::Rc<SelfCheck>,
    #[prop_or_default]
    pub previous: Option<std::rc::Rc<SelfCheck>>,
    #[prop_or_default]
    pub utc_offset: UtcOffset,
    /// Adds a suggested action to the GPMI with one tap.
    #[prop_or_default]
    pub on_add_action: Option<Callback<SuggestedAction>>,
    /// Ids of the suggestions already in the plan.
    #[prop_or_default]
    pub in_plan: Vec<String>,
}

const ROW: i32 = 34;
const TOP: i32 = 64;
const WIDTH: i32 = 760;
const CLIENT_X: [i32; 4] = [330, 370, 410, 450];
const WORKER_X: [i32; 4] = [530, 570, 610, 650];
const DIFF_X: i32 = 700;
const PRE_X: i32 = 736;

fn client_word(t: &I18n, sc: &SelfCheck, d: LifeDomain) -> String {
    let e = sc.client_entry(d);
    match e.answer {
        Some(a) => t.t(&a.message_id()),
        None if e.skipped => t.t("self-check-skipped"),
        None => t.t("self-check-not-answered"),
    }
}

fn worker_word(t: &I18n, sc: &SelfCheck, d: LifeDomain) -> String {
    sc.worker_entry(d).score.map(|s| t.t(&s.message_id())).unwrap_or_else(|| t.t("self-check-score-none"))
}

#[component]
pub fn Summary(props: &SummaryProps) -> Html {
    let t = use_i18n();
    let sc = &props.check;
    let pre = sc.preconditions();
    html! {
        <div class="self-check-summary">
            <section class="card" aria-labelledby="self-check-chart-title">
                <h3 id="self-check-chart-title">{ t.t("self-check-summary-chart-title") }</h3>
                <p class="hint">{ t.t("self-check-summary-chart-hint") }</p>
                { chart(&t, sc, &pre) }
                { chart_as_table(&t, sc, &pre) }
            </section>
            { differences(&t, sc) }
            { preconditions(&t, &pre) }
            { help_requests(&t, sc, &props.in_plan, props.on_add_action.as_ref()) }
            { changes_since_previous(&t, sc, props.previous.as_deref(), props.utc_offset) }
        </div>
    }
}

/// Both voices per domain: the client's answer as a dot, the worker's score as a square, and
/// marks for a difference and a precondition.
fn chart(t: &I18n, sc: &SelfCheck, pre: &[LifeDomain]) -> Html {
    let height = TOP + ROW * LifeDomain::ALL.len() as i32 + 8;
    html! {
        <svg class="self-check-chart" viewBox={format!("0 0 {WIDTH} {height}")} aria-hidden="true" focusable="false"
            font-size="15" fill="#1d2428">
            <text x={((CLIENT_X[0] + CLIENT_X[3]) / 2).to_string()} y="20" text-anchor="middle" font-weight="700">{ t.t("self-check-col-client") }</text>
            <text x={((WORKER_X[0] + WORKER_X[3]) / 2).to_string()} y="20" text-anchor="middle" font-weight="700">{ t.t("self-check-col-worker") }</text>
            for (i, a) in ClientAnswer::ALL.iter().enumerate() {
                <svg x={(CLIENT_X[i] - 11).to_string()} y="30" width="22" height="22" viewBox="0 0 24 24" fill="none"
                    stroke="#4a555c" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
                    <path d={answer_path(*a)} />
                </svg>
            }
            for (i, s) in WorkerScore::ALL.iter().enumerate() {
                <text x={WORKER_X[i].to_string()} y="46" text-anchor="middle" fill="#4a555c">{ s.number().to_string() }</text>
            }
            <text x={DIFF_X.to_string()} y="46" text-anchor="middle" fill="#4a555c">{ "≠" }</text>
            <text x={PRE_X.to_string()} y="46" text-anchor="middle" fill="#4a555c">{ "!" }</text>
            for (row, d) in LifeDomain::ALL.iter().copied().enumerate() {
                { chart_row(t, sc, row as i32, d, pre.contains(&d)) }
            }
        </svg>
    }
}

/// The chart's text alternative, for screen readers.
fn chart_as_table(t: &I18n, sc: &SelfCheck, pre: &[LifeDomain]) -> Html {
    html! {
        <div class="self-check-visually-hidden"><table>
            <caption>{ t.t("self-check-summary-table-caption") }</caption>
            <thead><tr>
                <th scope="col">{ t.t("self-check-col-domain") }</th>
                <th scope="col">{ t.t("self-check-col-client") }</th>
                <th scope="col">{ t.t("self-check-col-worker") }</th>
                <th scope="col">{ t.t("self-check-col-marks") }</th>
            </tr></thead>
            <tbody>
                for d in LifeDomain::ALL {
                    <tr key={d.slug()}>
                        <th scope="row">{ t.t(&d.name_id()) }</th>
                        <td>{ client_word(t, sc, d) }</td>
                        <td>{ worker_word(t, sc, d) }</td>
                        <td>{ marks(t, sc, d, pre.contains(&d)) }</td>
                    </tr>
                }
            </tbody>
        </table></div>
    }
}

/// The domains where the client and the worker see things differently.
fn differences(t: &I18n, sc: &SelfCheck) -> Html {
    let diffs: Vec<LifeDomain> = LifeDomain::ALL.into_iter().filter(|d| sc.differs(*d)).collect();
    html! {
        <section class="card" aria-labelledby="self-check-diff-title">
            <h3 id="self-check-diff-title">{ t.t("self-check-summary-diff-title") }</h3>
            if diffs.is_empty() {
                <p>{ t.t("self-check-summary-diff-none") }</p>
            } else {
                <ul class="self-check-list self-check-diff-list">
                    for d in diffs {
                        <li key={d.slug()}>
                            <strong>{ t.t(&d.name_id()) }</strong>{ ": " }
                            { t.t("self-check-col-client") }{ " — " }{ client_word(t, sc, d) }{ "; " }
                            { t.t("self-check-col-worker") }{ " — " }{ worker_word(t, sc, d) }
                        </li>
                    }
                </ul>
            }
        </section>
    }
}

fn preconditions(t: &I18n, pre: &[LifeDomain]) -> Html {
    html! {
        <section class="card self-check-pre" aria-labelledby="self-check-pre-title">
            <h3 id="self-check-pre-title">{ t.t("self-check-summary-pre-title") }</h3>
            <p class="hint">{ t.t("self-check-summary-pre-hint") }</p>
            if pre.is_empty() {
                <p>{ t.t("self-check-summary-pre-none") }</p>
            } else {
                <ul class="self-check-list self-check-pre-list">
                    for d in pre.iter() {
                        <li key={d.slug()}>{ t.t(&d.name_id()) }</li>
                    }
                </ul>
            }
        </section>
    }
}

/// Where the client asked for help, each with what could be done about it.
fn help_requests(
    t: &I18n,
    sc: &SelfCheck,
    in_plan: &[String],
    on_add_action: Option<&Callback<SuggestedAction>>,
) -> Html {
    let help = sc.wants_help();
    html! {
        <section class="card" aria-labelledby="self-check-help-title">
            <h3 id="self-check-help-title">{ t.t("self-check-summary-help-title") }</h3>
            if help.is_empty() {
                <p>{ t.t("self-check-summary-help-none") }</p>
            } else {
                <ul class="self-check-list self-check-help-list">
                    for d in help {
                        { help_request(t, d, &sc.client_entry(d).note, in_plan, on_add_action) }
                    }
                </ul>
            }
        </section>
    }
}

/// One domain the client wants help with: their words (`note`, possibly empty) and the suggested
/// actions. A function of the summary, not a component: every component costs wasm on the first
/// visit.
fn help_request(
    t: &I18n,
    d: LifeDomain,
    note: &str,
    in_plan: &[String],
    on_add_action: Option<&Callback<SuggestedAction>>,
) -> Html {
    html! {
        <li key={d.slug()}>
            <strong>{ t.t(&d.name_id()) }</strong>
            if !note.is_empty() {
                <p class="self-check-client-words">
                    { t.t("self-check-summary-client-note") }{ ": " }<bdi>{ note.to_owned() }</bdi>
                </p>
            }
            <p class="hint">{ t.t("self-check-summary-actions") }</p>
            <ul class="self-check-suggestions">
                for a in suggested_actions(d).iter().copied() {
                    { suggestion(t, a, in_plan.iter().any(|id| id == a.id), on_add_action) }
                }
            </ul>
        </li>
    }
}

/// A suggested action: already in the plan, or a button that adds it.
fn suggestion(t: &I18n, a: SuggestedAction, in_plan: bool, on_add: Option<&Callback<SuggestedAction>>) -> Html {
    html! {
        <li key={a.id}>
            <span>{ t.t(&a.message_id()) }</span>
            if in_plan {
                <span class="self-check-in-plan">{ t.t("self-check-in-plan") }</span>
            } else if let Some(add) = on_add {
                <button type="button" class="button"
                    aria-label={t.t_args("self-check-add-to-plan-named", &[("action", FluentValue::from(t.t(&a.message_id())))])}
                    onclick={send(add, a)}>
                    { t.t("self-check-add-to-plan") }
                </button>
            }
        </li>
    }
}

/// What moved since the previous check, or that this is the first.
fn changes_since_previous(t: &I18n, sc: &SelfCheck, previous: Option<&SelfCheck>, offset: UtcOffset) -> Html {
    html! {
        <section class="card" aria-labelledby="self-check-changes-title">
            if let Some(previous) = previous {
                <h3 id="self-check-changes-title">
                    { t.t_args("self-check-summary-changes-title", &[("date", FluentValue::from(t.date(offset.date(previous.created))))]) }
                </h3>
                { change_list(t, sc.changes_since(previous)) }
            } else {
                <p id="self-check-changes-title">{ t.t("self-check-summary-first") }</p>
            }
        </section>
    }
}

fn change_list(t: &I18n, changes: Vec<Change>) -> Html {
    if changes.is_empty() {
        return html! { <p>{ t.t("self-check-summary-changes-none") }</p> };
    }
    html! {
        <ul class="self-check-list self-check-changes">
            for c in changes {
                <li class={classes!(match c.movement { Movement::Eased => "self-check-eased", Movement::Harder => "self-check-harder" })}>
                    <span class="self-check-change-word">
                        { t.t(match c.movement { Movement::Eased => "self-check-change-eased", Movement::Harder => "self-check-change-harder" }) }
                    </span>
                    { t.t_args("self-check-change-line", &[
                        ("domain", FluentValue::from(t.t(&c.domain.name_id()))),
                        ("voice", FluentValue::from(t.t(match c.voice { Voice::Client => "self-check-voice-client", Voice::Worker => "self-check-voice-worker" }))),
                        ("from", FluentValue::from(t.t(&c.from))),
                        ("to", FluentValue::from(t.t(&c.to))),
                    ]) }
                </li>
            }
        </ul>
    }
}

fn marks(t: &I18n, sc: &SelfCheck, d: LifeDomain, precondition: bool) -> String {
    let mut out = Vec::new();
    if sc.differs(d) {
        out.push(t.t("self-check-diff"));
    }
    if precondition {
        out.push(t.t("self-check-precondition"));
    }
    if sc.client_entry(d).wants_help {
        out.push(t.t("self-check-wants-help"));
    }
    out.join(", ")
}

fn chart_row(t: &I18n, sc: &SelfCheck, row: i32, d: LifeDomain, precondition: bool) -> Html {
    let y = TOP + row * ROW;
    let mid = y + ROW / 2;
    let differs = sc.differs(d);
    let band = if differs {
        "#fff4d6"
    } else if row % 2 == 0 {
        "#f2f4f2"
    } else {
        "#ffffff"
    };
    let client = sc.client_entry(d).answer.and_then(|a| ClientAnswer::ALL.iter().position(|x| *x == a));
    let worker = sc.worker_entry(d).score.map(|s| (s.number() - 1) as usize);
    html! {
        <g key={d.slug()} class={classes!("self-check-chart-row", differs.then_some("self-check-chart-diff"))} data-domain={d.slug()}>
            <rect x="0" y={y.to_string()} width={WIDTH.to_string()} height={ROW.to_string()} fill={band} />
            <text x="10" y={(mid + 5).to_string()}>{ t.t(&d.name_id()) }</text>
            for (i, x) in CLIENT_X.iter().enumerate() {
                if client == Some(i) {
                    <circle cx={x.to_string()} cy={mid.to_string()} r="10" fill="#1f5f5b" />
                } else {
                    <circle cx={x.to_string()} cy={mid.to_string()} r="3" fill="#c4cac6" />
                }
            }
            for (i, x) in WORKER_X.iter().enumerate() {
                if worker == Some(i) {
                    <rect x={(x - 9).to_string()} y={(mid - 9).to_string()} width="18" height="18" fill="#6b3fa0" />
                } else {
                    <rect x={(x - 3).to_string()} y={(mid - 3).to_string()} width="6" height="6" fill="#c4cac6" />
                }
            }
            if differs {
                <text x={DIFF_X.to_string()} y={(mid + 6).to_string()} text-anchor="middle" font-size="20" font-weight="700" fill="#8a5a00">{ "≠" }</text>
            }
            if precondition {
                <path d={format!("M{} {}l10 17h-20z", PRE_X, mid - 9)} fill="#a4262c" />
                <text x={PRE_X.to_string()} y={(mid + 6).to_string()} text-anchor="middle" font-size="13" font-weight="700" fill="#ffffff">{ "!" }</text>
            }
        </g>
    }
}
