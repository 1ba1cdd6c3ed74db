//! The action plan on paper: what, who, by when, and how we see it happened.

use yew::prelude::*;

use super::document::{Doc, PrintMode};
use super::texts::{column_heads, free, help_span, party};
use crate::domain::catalogue::Catalogue;
use crate::domain::plan::{ActionOrigin, Owner, PlanAction};
use crate::domain::Lang;
use crate::i18n::{catalogue_text, translator, Translator};

impl Doc<'_> {
    pub(super) fn actions(&self) -> Html {
        let x = self.x;
        html! {
            <section class="doc-section">
                { self.heading("doc-actions") }
                <table class="doc-actions">
                    { column_heads(x, &["doc-col-what", "doc-col-who", "doc-col-due", "doc-col-evidence"]) }
                    <tbody>
                        for a in self.plan.actions.iter() { { self.action_row(a) } }
                    </tbody>
                </table>
            </section>
        }
    }

    pub(super) fn action_row(&self, a: &PlanAction) -> Html {
        html! {
            <tr>
                <td>{ self.action_what(a) }{ self.action_offer(a) }{ self.action_strength(a) }</td>
                <td>{ self.owner(a.owner) }</td>
                <td>{ self.date_or(a.due) }</td>
                <td>{ free(&a.evidence, Html::default()) }</td>
            </tr>
        }
    }

    /// What is to be done: a standard action in the page's language on the client's copy, else as
    /// typed; with the help translation of a standard action beside it.
    pub(super) fn action_what(&self, a: &PlanAction) -> Html {
        let x = self.x;
        html! {
            <>
                <span class="bi-main">{ match (self.props.mode, standard_action(&x.main, &a.origin, &a.what)) {
                    (PrintMode::ClientOnly, Some(text)) => html! { text },
                    _ => self.free_or_not_set(&a.what),
                } }</span>
                if let Some(h) = &x.help {
                    if let Some(text) = standard_action(h, &a.origin, &a.what) { { help_span(h, text) } }
                }
            </>
        }
    }

    /// The picked offer an action came from, if any.
    pub(super) fn action_offer(&self, a: &PlanAction) -> Html {
        let (x, catalogue) = (self.x, &self.props.catalogue);
        let Some(name) = offer_name(&x.main, catalogue, &a.origin) else { return Html::default() };
        html! {
            <span class="doc-origin">
                { x.plain("doc-origin-catalogue") }{ ": " }<bdi>{ name }</bdi>
                if let Some(h) = &x.help {
                    if let Some(help) = offer_name(h, catalogue, &a.origin) {
                        { help_span(h, format!("{}: {}", h.t("doc-origin-catalogue"), help)) }
                    }
                }
            </span>
        }
    }

    /// Where the strength for the action comes from, when it was said.
    fn action_strength(&self, a: &PlanAction) -> Html {
        let Some(strength) = a.strength else { return Html::default() };
        html! { <span class="doc-strength">{ self.x.pair("doc-strength", &strength.message_id()) }</span> }
    }

    pub(super) fn owner(&self, owner: Option<Owner>) -> Html {
        let (x, plan) = (self.x, self.plan);
        match owner {
            Some(Owner::Client) => x.text("doc-who-client"),
            Some(Owner::Ocmw) if !plan.ocmw_name.trim().is_empty() => free(&plan.ocmw_name, Html::default()),
            Some(Owner::Ocmw) => x.text("doc-who-ocmw"),
            Some(Owner::ThirdParty(id)) => match plan.third_party(id) {
                Some(p) if !(p.name.trim().is_empty() && p.role.trim().is_empty()) => party(p),
                _ => x.text("doc-who-third"),
            },
            None => x.text("doc-who-nobody"),
        }
    }
}

/// The text of a standard action in `t`'s language, when the action still reads as the standard.
fn standard_action(t: &Translator, origin: &ActionOrigin, what: &str) -> Option<String> {
    let ActionOrigin::SelfCheck { suggestion, .. } = origin else { return None };
    let id = format!("self-check-act-{suggestion}");
    let standard = [Lang::Nl, Lang::En].iter().any(|l| translator(*l).t(&id) == what.trim());
    (standard && t.has(&id)).then(|| t.t(&id))
}

/// The name of a picked offer in `t`'s language. The binding text is the name as picked, which
/// the fingerprint covers; the catalogue's translation is used only while the catalogue still
/// names the offer exactly so (a changed catalogue cannot change a printed plan).
fn offer_name(t: &Translator, catalogue: &Catalogue, origin: &ActionOrigin) -> Option<String> {
    let ActionOrigin::Catalogue { catalogue: id, offer, name_nl, name_en, .. } = origin else { return None };
    if *id == catalogue.id && ![Lang::Nl, Lang::En].contains(&t.lang()) {
        if let Some(o) = catalogue.offer(offer).filter(|o| o.name.get(Lang::Nl) == name_nl) {
            return Some(catalogue_text(t, id, offer, "name", &o.name));
        }
    }
    Some(if t.lang() == Lang::En { name_en.clone() } else { name_nl.clone() })
}
