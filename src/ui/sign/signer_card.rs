//! One signer on the signing screen: their signature for this version, or the way to give it, or
//! the signature pad while they sign. A function of the signing page, not a component: every
//! component costs wasm on the first visit.

use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use yew::prelude::*;

use super::{signer_heading, signer_title};
use crate::domain::signing::{Signature, SignerRole, SigningEdit};
use crate::domain::Dossier;
use crate::ui::callbacks::send;
use crate::ui::i18n_context::I18n;
use crate::ui::widgets::signature_pad::{signature_svg, SignaturePad};

/// What one signer's card shows and does.
pub(super) struct SignerCard<'a> {
    pub role: SignerRole,
    pub dossier: &'a Dossier,
    /// Their signature of the plan as it is now.
    pub signature: Option<&'a Signature>,
    /// Their signature pad is open.
    pub open: bool,
    /// The date the pad starts with.
    pub today: NaiveDate,
    /// The place of the last signature in this version, to start with when they have none.
    pub last_place: &'a str,
    /// Opens a signer's pad (`Some`) or closes it (`None`).
    pub on_open: &'a Callback<Option<SignerRole>>,
    pub on_edit: &'a Callback<SigningEdit>,
}

/// The card of one signer, keyed by their role in the list.
pub(super) fn signer_card(t: &I18n, card: SignerCard) -> Html {
    let (d, role, key) = (card.dossier, card.role, card.role.slug());
    let title = signer_title(t, d, role);
    let signature = card.signature;
    if card.open {
        let on_save = {
            let (on_edit, on_open) = (card.on_edit.clone(), card.on_open.clone());
            Callback::from(move |s: Signature| {
                on_edit.emit(SigningEdit::Sign(s));
                on_open.emit(None);
            })
        };
        return html! {
            <li class="sign-item" key={key.clone()}>
                <SignaturePad id={format!("pad-{key}")} {role} title={title}
                    name={signature.map(|s| s.name.clone()).unwrap_or_else(|| role.known_name(&d.client_name, &d.plan))}
                    date={card.today} place={signature.map(|s| s.place.clone()).unwrap_or_else(|| card.last_place.to_owned())}
                    {on_save} on_cancel={send(card.on_open, None)} />
            </li>
        };
    }
    let open_pad = send(card.on_open, Some(role));
    html! {
        <li class="card sign-item" key={key.clone()} id={format!("signer-{key}")} data-signed={signature.is_some().to_string()}>
            <div class="sign-item-head">
                <h4>{ signer_heading(t, d, role) }</h4>
                <span class="hint">{ t.t(if role.is_party() { "sign-as-party" } else { "sign-as-present" }) }</span>
            </div>
            if let Some(s) = signature {
                { signed(t, s) }
                <div class="card-actions">
                    <button type="button" class="button" id={format!("sign-again-{key}")} onclick={open_pad}>
                        { t.t("sign-again") }
                    </button>
                    <button type="button" class="button button-quiet-danger" id={format!("sign-withdraw-{key}")}
                        onclick={send(card.on_edit, SigningEdit::Withdraw(role))}>
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
