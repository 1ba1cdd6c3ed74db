//! One signer on the signing screen: their signature for this version, or the way to give it, or
//! the signature pad while they sign.

use std::rc::Rc;

use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use yew::prelude::*;

use super::signer_title;
use crate::domain::signing::{Signature, SignerRole, SigningEdit};
use crate::domain::Dossier;
use crate::ui::i18n_context::{use_i18n, I18n};
use crate::ui::widgets::signature_pad::{signature_svg, SignaturePad};

#[derive(Properties, PartialEq)]
pub(super) struct SignerCardProps {
    pub role: SignerRole,
    pub dossier: Rc<Dossier>,
    /// Their signature of the plan as it is now.
    pub signature: Option<Signature>,
    /// Their signature pad is open.
    pub open: bool,
    /// The date the pad starts with.
    pub today: NaiveDate,
    /// The place of the last signature in this version, to start with when they have none.
    pub last_place: String,
    /// Opens a signer's pad (`Some`) or closes it (`None`).
    pub on_open: Callback<Option<SignerRole>>,
    pub on_edit: Callback<SigningEdit>,
}

#[component]
pub(super) fn SignerCard(props: &SignerCardProps) -> Html {
    let t = use_i18n();
    let (d, role, key) = (&props.dossier, props.role, props.role.slug());
    let title = signer_title(&t, d, role);
    let signature = props.signature.as_ref();
    if props.open {
        let on_save = {
            let (on_edit, on_open) = (props.on_edit.clone(), props.on_open.clone());
            Callback::from(move |s: Signature| {
                on_edit.emit(SigningEdit::Sign(s));
                on_open.emit(None);
            })
        };
        return html! {
            <li class="sign-item">
                <SignaturePad id={format!("pad-{key}")} {role} title={title}
                    name={signature.map(|s| s.name.clone()).unwrap_or_else(|| role.known_name(&d.client_name, &d.plan))}
                    date={props.today} place={signature.map(|s| s.place.clone()).unwrap_or_else(|| props.last_place.clone())}
                    {on_save} on_cancel={props.on_open.reform(|_| None)} />
            </li>
        };
    }
    let open_pad = props.on_open.reform(move |_: MouseEvent| Some(role));
    html! {
        <li class="card sign-item" id={format!("signer-{key}")} data-signed={signature.is_some().to_string()}>
            <div class="sign-item-head">
                <h4>{ title.clone() }</h4>
                <span class="hint">{ t.t(if role.is_party() { "sign-as-party" } else { "sign-as-present" }) }</span>
            </div>
            if let Some(s) = signature {
                { signed(&t, s) }
                <div class="card-actions">
                    <button type="button" class="button" id={format!("sign-again-{key}")} onclick={open_pad}>
                        { t.t("sign-again") }
                    </button>
                    <button type="button" class="button button-quiet-danger" id={format!("sign-withdraw-{key}")}
                        onclick={props.on_edit.reform(move |_: MouseEvent| SigningEdit::Withdraw(role))}>
                        { t.t("sign-withdraw") }
                    </button>
                </div>
            } else {
                <p class="sign-missing">{ t.t("sign-not-signed") }</p>
                <button type="button" class="button button-primary" id={format!("sign-{key}")}
                    aria-label={format!("{}: {}", t.t("sign-start"), title)} onclick={open_pad}>
                    { t.t("sign-start") }
                </button>
            }
        </li>
    }
}

/// A given signature: the drawing (or typed name), who, when and where.
fn signed(t: &I18n, s: &Signature) -> Html {
    let date = FluentValue::from(t.date(s.date));
    html! {
        <div class="sign-done">
            { signature_svg(s, s.name.clone()) }
            <p>
                <bdi>{ &s.name }</bdi>{ " · " }
                { if s.place.is_empty() {
                    t.t_args("sign-signed", &[("date", date)])
                } else {
                    t.t_args("sign-signed-at", &[("date", date), ("place", FluentValue::from(s.place.clone()))])
                } }
            </p>
        </div>
    }
}
