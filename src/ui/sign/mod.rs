//! Signing the plan on the tablet: who signs, who still has to, the fingerprint of this version,
//! one signature pad at a time, and the versions signed before the plan changed.

mod signer_card;
mod turn;

use std::rc::Rc;

use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use yew::prelude::*;

use crate::domain::plan::Plan;
use crate::domain::signing::{
    grouped, possible_signers, required_signers, SignState, SignerRole, SigningEdit, SigningRound,
};
use crate::domain::{Dossier, DossierEdit};
use crate::state::DossierView;
use crate::ui::callbacks::send;
use crate::ui::i18n_context::{use_i18n, I18n};
use crate::ui::widgets::changes::change_list;
use crate::ui::Command;
use signer_card::{signer_card, SignerCard};

#[derive(Properties, PartialEq)]
pub struct SignPageProps {
    pub dossier: Rc<Dossier>,
    #[prop_or_default]
    pub today: Option<NaiveDate>,
    pub on_command: Callback<Command>,
    /// In a client turn: only the client's card, the statement with the binding Dutch beside it,
    /// and who is present in both languages.
    #[prop_or_default]
    pub client_turn: bool,
}

/// Who signs, as shown: the role, and the person's name where the plan knows it.
pub fn signer_title(t: &I18n, d: &Dossier, role: SignerRole) -> String {
    let (role_name, own_role, name) = signer_parts(t, d, role);
    let role_name = if own_role.is_empty() { role_name } else { format!("{role_name} ({own_role})") };
    if name.is_empty() {
        role_name
    } else {
        format!("{role_name}: {name}")
    }
}

/// The same, for a heading: the typed role and the name isolated (`<bdi>`), so a Latin name in
/// right-to-left text keeps its order.
pub(crate) fn signer_heading(t: &I18n, d: &Dossier, role: SignerRole) -> Html {
    let (role_name, own_role, name) = signer_parts(t, d, role);
    html! {
        <>
            { role_name }
            if !own_role.is_empty() { { " (" }<bdi>{ own_role }</bdi>{ ")" } }
            if !name.is_empty() { { ": " }<bdi>{ name }</bdi> }
        </>
    }
}

/// The role's name, a third party's own role as typed, and the person's name.
fn signer_parts(t: &I18n, d: &Dossier, role: SignerRole) -> (String, String, String) {
    let own_role = match role {
        SignerRole::ThirdParty(id) => d.plan.third_party(id).map(|p| p.role.trim().to_owned()).unwrap_or_default(),
        _ => String::new(),
    };
    (t.t(role.message_id()), own_role, role.known_name(&d.client_name, &d.plan).trim().to_owned())
}

#[component]
pub fn SignPage(props: &SignPageProps) -> Html {
    let t = use_i18n();
    let d = &*props.dossier;
    let open = use_state(|| None::<SignerRole>);
    let fingerprint = d.plan_fingerprint();
    let current = d.signing.current(&fingerprint);
    let today = props.today.unwrap_or_else(|| d.updated.date_naive());
    let required = required_signers(&d.plan);
    let edit = {
        let id = d.id.clone();
        props.on_command.reform(move |e: SigningEdit| Command::Edit(id.clone(), DossierEdit::Signing(e)))
    };
    let on_open = {
        let open = open.clone();
        Callback::from(move |role: Option<SignerRole>| open.set(role))
    };
    // The place of an earlier signature in this version, to offer it again.
    let last_place = current.and_then(|r| r.signatures.last()).map(|s| s.place.clone()).unwrap_or_default();

    let card = |role: SignerRole| {
        let (signature, open) = (current.and_then(|r| r.signature(role)), *open == Some(role));
        let (last_place, on_open, on_edit) = (last_place.as_str(), &on_open, &edit);
        signer_card(&t, SignerCard { role, dossier: d, signature, open, today, last_place, on_open, on_edit })
    };
    let (parties, present): (Vec<SignerRole>, Vec<SignerRole>) =
        possible_signers(&d.plan).into_iter().partition(|r| required.contains(r));
    let earlier = d.signing.earlier(&fingerprint);
    let changes = (!d.fully_signed()).then(|| d.changes_since_signed()).flatten();

    html! {
        <section class="sign-page" aria-labelledby="sign-title">
            <h2 id="sign-title">{ t.t("sign-title") }</h2>
            <p class="lead">{ t.t("sign-intro") }</p>
            <p class="hint">{ t.t("sign-reflection") }</p>
            { reflection_notice(&t, &d.plan, today) }
            if !d.plan.missing().is_empty() && !d.plan.closing.ended {
                <div class="notice-inline notice-warning">
                    <p>{ t.t("sign-not-ready") }</p>
                    <button type="button" class="button" id="sign-go-review"
                        onclick={send(&props.on_command, Command::ShowView(DossierView::Plan))}>
                        { t.t("sign-go-review") }
                    </button>
                </div>
            }
            if d.signing.is_outdated(&fingerprint) {
                <div class="notice-inline notice-warning sign-outdated" role="status">
                    <p>{ t.t("sign-outdated") }</p>
                </div>
            }
            // What changed since the version signed before, shown before anyone signs again.
            if let Some(changes) = changes.as_ref().filter(|_| !d.plan.closing.ended) {
                { change_list(&t, changes, props.client_turn && d.simplified) }
            }
            { sign_state(&t, d, &fingerprint) }
            if d.plan.closing.ended {
                <p class="notice-inline notice-warning" id="sign-ended" role="status">{ t.t("sign-ended") }</p>
            } else if props.client_turn {
                { turn::statement(&t) }
                <ul class="sign-list">{ card(SignerRole::Client) }</ul>
                { turn::presence(&t, d) }
            } else {
                { signer_lists(&t, parties.into_iter().map(&card).collect(), present.into_iter().map(&card).collect()) }
            }
            <div class="plan-step-nav">
                <button type="button" class="button button-primary" id="sign-go-print"
                    onclick={send(&props.on_command, Command::ShowPrint(None))}>
                    { t.t("sign-go-print") }
                </button>
            </div>
            if !earlier.is_empty() {
                { earlier_versions(&t, &earlier, &props.on_command) }
            }
        </section>
    }
}

/// The parties' cards, and those present beside them.
fn signer_lists(t: &I18n, parties: Vec<Html>, present: Vec<Html>) -> Html {
    html! {
        <>
            <h3>{ t.t("sign-parties-title") }</h3>
            <ul class="sign-list">{ for parties }</ul>
            if !present.is_empty() {
                <h3>{ t.t("sign-present-title") }</h3>
                <ul class="sign-list">{ for present }</ul>
            }
        </>
    }
}

/// When the reflection time ends, and a warning (never a block) while signing today would fall
/// inside it and the client did not waive it.
fn reflection_notice(t: &I18n, plan: &Plan, today: NaiveDate) -> Html {
    let Some(end) = plan.reflection_end() else { return Html::default() };
    let date = [("date", FluentValue::from(t.date(end)))];
    html! {
        if plan.signs_inside_reflection(today) {
            <div class="notice-inline notice-warning" role="status" id="sign-inside-reflection">
                <p>{ t.t_args("sign-inside-reflection", &date) }</p>
            </div>
        } else {
            <p class="hint" id="sign-reflection-end">{ t.t_args("plan-reflection-until", &date) }</p>
        }
    }
}

/// Who signed this version and who still has to, and its fingerprint.
fn sign_state(t: &I18n, d: &Dossier, fingerprint: &str) -> Html {
    let state = d.signing.state(fingerprint, &d.plan);
    let names = |roles: &[SignerRole]| roles.iter().map(|r| signer_title(t, d, *r)).collect::<Vec<_>>().join(", ");
    html! {
        <div class={classes!("card", "sign-state", (state == SignState::Complete).then_some("sign-state-complete"))}
            id="sign-state" role="status" data-state={match &state {
                SignState::Unsigned => "unsigned",
                SignState::Partly { .. } => "partly",
                SignState::Complete => "complete",
            }}>
            <p><strong>{ match &state {
                SignState::Unsigned => t.t("sign-state-unsigned"),
                SignState::Partly { missing } => t.t_args("sign-state-partly", &[("names", FluentValue::from(names(missing)))]),
                SignState::Complete => t.t("sign-state-complete"),
            } }</strong></p>
            <p class="sign-fingerprint">
                { t.t("sign-fingerprint") }{ ": " }
                <code id="sign-fingerprint" dir="ltr" data-fingerprint={fingerprint.to_owned()}>{ grouped(fingerprint) }</code>
            </p>
            <p class="hint">{ t.t("sign-fingerprint-hint") }</p>
        </div>
    }
}

/// The versions signed before the plan changed, each to show as it was printed.
fn earlier_versions(t: &I18n, earlier: &[(usize, &SigningRound)], on_command: &Callback<Command>) -> Html {
    html! {
        <section class="card sign-earlier" aria-labelledby="sign-earlier-title">
            <h3 id="sign-earlier-title">{ t.t("sign-earlier-title") }</h3>
            <ul class="sign-earlier-list">
                for &(i, round) in earlier {
                    <li key={round.fingerprint.clone()}>
                        <p>{ t.t_args("sign-earlier-item", &[
                            ("fingerprint", FluentValue::from(round.fingerprint.get(..8).unwrap_or_default().to_owned())),
                            ("names", FluentValue::from(round.signatures.iter().map(|s| s.name.clone()).collect::<Vec<_>>().join(", "))),
                        ]) }</p>
                        <button type="button" class="button" id={format!("sign-show-round-{i}")}
                            onclick={send(on_command, Command::ShowPrint(Some(i)))}>
                            { t.t("sign-show-version") }
                        </button>
                    </li>
                }
            </ul>
        </section>
    }
}
