//! Signing the plan on the tablet: who signs, who still has to, the fingerprint of this version,
//! one signature pad at a time, and the versions signed before the plan changed.

use std::rc::Rc;

use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use yew::prelude::*;

use crate::domain::signing::{
    grouped, possible_signers, required_signers, SignState, Signature, SignerRole, SigningEdit,
};
use crate::domain::{Dossier, DossierEdit};
use crate::state::DossierView;
use crate::ui::i18n_context::{use_i18n, I18n};
use crate::ui::widgets::signature_pad::{signature_svg, SignaturePad};
use crate::ui::Command;

#[derive(Properties, PartialEq)]
pub struct SignPageProps {
    pub dossier: Rc<Dossier>,
    #[prop_or_default]
    pub today: Option<NaiveDate>,
    pub on_command: Callback<Command>,
}

/// Who signs, as shown: the role, and the person's name where the plan knows it.
pub fn signer_title(t: &I18n, d: &Dossier, role: SignerRole) -> String {
    let name = role.known_name(&d.client_name, &d.plan);
    let role_name = match role {
        SignerRole::ThirdParty(id) => match d.plan.third_party(id) {
            Some(p) if !p.role.trim().is_empty() => format!("{} ({})", t.t(role.message_id()), p.role.trim()),
            _ => t.t(role.message_id()),
        },
        _ => t.t(role.message_id()),
    };
    if name.trim().is_empty() {
        role_name
    } else {
        format!("{role_name}: {}", name.trim())
    }
}

#[component]
pub fn SignPage(props: &SignPageProps) -> Html {
    let t = use_i18n();
    let d = &*props.dossier;
    let open = use_state(|| None::<SignerRole>);
    let fingerprint = d.plan_fingerprint();
    let state = d.signing.state(&fingerprint, &d.plan);
    let current = d.signing.current(&fingerprint);
    let today = props.today.unwrap_or_else(|| d.updated.date_naive());
    let required = required_signers(&d.plan);
    let edit = {
        let id = d.id.clone();
        props.on_command.reform(move |e: SigningEdit| Command::Edit(id.clone(), DossierEdit::Signing(e)))
    };
    let on_save = {
        let (edit, open) = (edit.clone(), open.clone());
        Callback::from(move |s: Signature| {
            edit.emit(SigningEdit::Sign(s));
            open.set(None);
        })
    };
    let names = |roles: &[SignerRole]| roles.iter().map(|r| signer_title(&t, d, *r)).collect::<Vec<_>>().join(", ");
    // The place of an earlier signature in this version, to offer it again.
    let last_place = current.and_then(|r| r.signatures.last()).map(|s| s.place.clone()).unwrap_or_default();

    let signer_card = |role: SignerRole| -> Html {
        let title = signer_title(&t, d, role);
        let signature = current.and_then(|r| r.signature(role));
        let key = role.key();
        if *open == Some(role) {
            return html! {
                <li key={key.clone()} class="sign-item">
                    <SignaturePad id={format!("pad-{key}")} {role} title={title}
                        name={signature.map(|s| s.name.clone()).unwrap_or_else(|| role.known_name(&d.client_name, &d.plan))}
                        date={today} place={signature.map(|s| s.place.clone()).unwrap_or_else(|| last_place.clone())}
                        on_save={on_save.clone()} on_cancel={{ let open = open.clone(); Callback::from(move |_| open.set(None)) }} />
                </li>
            };
        }
        html! {
            <li key={key.clone()} class="card sign-item" id={format!("signer-{key}")}
                data-signed={signature.is_some().to_string()}>
                <div class="sign-item-head">
                    <h4>{ title.clone() }</h4>
                    <span class="hint">{ t.t(if role.is_party() { "sign-as-party" } else { "sign-as-present" }) }</span>
                </div>
                if let Some(s) = signature {
                    <div class="sign-done">
                        { signature_svg(s, s.name.clone()) }
                        <p>
                            <bdi>{ &s.name }</bdi>{ " · " }
                            { if s.place.is_empty() {
                                t.t_args("sign-signed", &[("date", FluentValue::from(t.date(s.date)))])
                            } else {
                                t.t_args("sign-signed-at", &[("date", FluentValue::from(t.date(s.date))), ("place", FluentValue::from(s.place.clone()))])
                            } }
                        </p>
                    </div>
                    <div class="card-actions">
                        <button type="button" class="button" id={format!("sign-again-{key}")}
                            onclick={{ let open = open.clone(); move |_: MouseEvent| open.set(Some(role)) }}>
                            { t.t("sign-again") }
                        </button>
                        <button type="button" class="button button-quiet-danger" id={format!("sign-withdraw-{key}")}
                            onclick={edit.reform(move |_: MouseEvent| SigningEdit::Withdraw(role))}>
                            { t.t("sign-withdraw") }
                        </button>
                    </div>
                } else {
                    <p class="sign-missing">{ t.t("sign-not-signed") }</p>
                    <button type="button" class="button button-primary" id={format!("sign-{key}")}
                        aria-label={format!("{}: {}", t.t("sign-start"), title)}
                        onclick={{ let open = open.clone(); move |_: MouseEvent| open.set(Some(role)) }}>
                        { t.t("sign-start") }
                    </button>
                }
            </li>
        }
    };
    let (parties, present): (Vec<SignerRole>, Vec<SignerRole>) =
        possible_signers(&d.plan).into_iter().partition(|r| required.contains(r));
    let earlier = d.signing.earlier(&fingerprint);

    html! {
        <section class="sign-page" aria-labelledby="sign-title">
            <h2 id="sign-title">{ t.t("sign-title") }</h2>
            <p class="lead">{ t.t("sign-intro") }</p>
            <p class="hint">{ t.t("sign-reflection") }</p>
            if !d.plan.missing().is_empty() {
                <div class="notice-inline notice-warning">
                    <p>{ t.t("sign-not-ready") }</p>
                    <button type="button" class="button" id="sign-go-review"
                        onclick={props.on_command.reform(|_: MouseEvent| Command::ShowView(DossierView::Plan))}>
                        { t.t("sign-go-review") }
                    </button>
                </div>
            }
            if d.signing.is_outdated(&fingerprint) {
                <div class="notice-inline notice-warning sign-outdated" role="status">
                    <p>{ t.t("sign-outdated") }</p>
                </div>
            }
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
                    <code id="sign-fingerprint" dir="ltr" data-fingerprint={fingerprint.clone()}>{ grouped(&fingerprint) }</code>
                </p>
                <p class="hint">{ t.t("sign-fingerprint-hint") }</p>
            </div>
            <h3>{ t.t("sign-parties-title") }</h3>
            <ul class="sign-list">
                for role in parties { { signer_card(role) } }
            </ul>
            <h3>{ t.t("sign-present-title") }</h3>
            <ul class="sign-list">
                for role in present { { signer_card(role) } }
            </ul>
            <div class="plan-step-nav">
                <button type="button" class="button button-primary" id="sign-go-print"
                    onclick={props.on_command.reform(|_: MouseEvent| Command::ShowPrint(None))}>
                    { t.t("sign-go-print") }
                </button>
            </div>
            if !earlier.is_empty() {
                <section class="card sign-earlier" aria-labelledby="sign-earlier-title">
                    <h3 id="sign-earlier-title">{ t.t("sign-earlier-title") }</h3>
                    <ul class="sign-earlier-list">
                        for (i, round) in earlier {
                            <li key={round.fingerprint.clone()}>
                                <p>{ t.t_args("sign-earlier-item", &[
                                    ("fingerprint", FluentValue::from(round.fingerprint[..8].to_owned())),
                                    ("names", FluentValue::from(round.signatures.iter().map(|s| s.name.clone()).collect::<Vec<_>>().join(", "))),
                                ]) }</p>
                                <button type="button" class="button" id={format!("sign-show-round-{i}")}
                                    onclick={props.on_command.reform(move |_: MouseEvent| Command::ShowPrint(Some(i)))}>
                                    { t.t("sign-show-version") }
                                </button>
                            </li>
                        }
                    </ul>
                </section>
            }
        </section>
    }
}
