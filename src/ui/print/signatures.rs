//! The signatures section of the printed plan: a place for everyone who signs, filled in or blank.

use yew::prelude::*;

use super::document::Doc;
use super::texts::{free, party, term};
use crate::domain::signing::{grouped, possible_signers, required_signers, Signature, SignerRole};
use crate::ui::widgets::signature_pad::signature_svg;

impl Doc<'_> {
    pub(super) fn signatures(&self) -> Html {
        let x = self.x;
        html! {
            <section class="doc-section doc-signatures">
                { self.heading("doc-signatures") }
                <p>{ x.text("doc-signatures-intro") }</p>
                <p class="doc-fingerprint-line">
                    { x.text("doc-fingerprint") }
                    <code class="doc-fingerprint" dir="ltr">{ grouped(self.props.fingerprint) }</code>
                </p>
                <div class="doc-signature-grid">
                    for role in self.signers() { { self.signature_block(role) } }
                </div>
            </section>
        }
    }

    /// Who has a place to sign: the required signers, whoever signed, and the interpreter or
    /// support person the plan names.
    pub(super) fn signers(&self) -> Vec<SignerRole> {
        let plan = self.plan;
        let required = required_signers(plan);
        possible_signers(plan)
            .into_iter()
            .filter(|r| required.contains(r) || self.props.signatures.iter().any(|s| s.role == *r) || !r.is_party())
            .collect()
    }

    pub(super) fn signature_block(&self, role: SignerRole) -> Html {
        let signature = self.props.signatures.iter().find(|s| s.role == role);
        html! {
            <div class={classes!("doc-signature", (!role.is_party()).then_some("doc-signature-present"))}
                data-role={role.slug()}>
                <p class="doc-signer">{ self.signer_name(role) }</p>
                if !role.is_party() {
                    <p class="doc-signer-as">{ self.x.text("sign-as-present") }</p>
                }
                { match signature {
                    Some(s) => self.signed(s),
                    None => self.blank_signature(),
                } }
            </div>
        }
    }

    pub(super) fn signer_name(&self, role: SignerRole) -> Html {
        let (x, plan) = (self.x, self.plan);
        match role {
            SignerRole::ThirdParty(id) => html! {
                <>
                    { x.text("sign-role-third") }
                    if let Some(p) = plan.third_party(id) {
                        <span class="doc-signer-who">{ party(p) }</span>
                    }
                </>
            },
            role => {
                let known = role.known_name(self.props.client_name, plan);
                html! {
                    <>
                        { x.text(role.message_id()) }
                        if !role.is_party() && !known.trim().is_empty() {
                            <span class="doc-signer-who">{ free(&known, Html::default()) }</span>
                        }
                    </>
                }
            }
        }
    }

    pub(super) fn signed(&self, s: &Signature) -> Html {
        let x = self.x;
        html! {
            <>
                <div class="doc-signature-box">{ signature_svg(s, s.name.clone()) }</div>
                <dl class="doc-signature-facts">
                    { term(x.text("doc-sign-name"), html! { <bdi>{ &s.name }</bdi> }) }
                    { term(x.text("doc-sign-date"), x.date(s.date)) }
                    { term(x.text("doc-sign-place"), html! { <bdi>{ &s.place }</bdi> }) }
                </dl>
            </>
        }
    }

    pub(super) fn blank_signature(&self) -> Html {
        let x = self.x;
        html! {
            <>
                <div class="doc-signature-box doc-signature-blank"></div>
                <dl class="doc-signature-facts doc-signature-lines">
                    for id in ["doc-sign-name", "doc-sign-date", "doc-sign-place"] {
                        { term(x.text(id), Html::default()) }
                    }
                </dl>
            </>
        }
    }
}
