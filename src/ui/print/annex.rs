//! The annex "changes since the version of <date>": the fingerprints of the version signed before
//! and of this one, and what changed between them, in the page's languages (typed text once, on
//! the main line).

use chrono::NaiveDate;
use yew::prelude::*;

use super::document::Doc;
use super::texts::print_date;
use crate::domain::plan::{ChangesSince, PlanChange};
use crate::domain::signing::grouped;
use crate::ui::widgets::changes::change_line;

/// What the annex prints.
#[derive(Clone, Debug)]
pub struct Annex {
    /// The day the earlier version was signed.
    pub signed_on: NaiveDate,
    /// The fingerprints of the earlier version and of the printed one.
    pub old: String,
    pub new: String,
    pub changes: Vec<PlanChange>,
}

/// The same annex: the same two versions (which fix their changes), the same evaluations since.
/// Compared without the list itself, whose comparison would only add wasm.
impl PartialEq for Annex {
    fn eq(&self, other: &Annex) -> bool {
        (&self.old, &self.new, self.signed_on, self.changes.len())
            == (&other.old, &other.new, other.signed_on, other.changes.len())
    }
}

impl Annex {
    pub fn new(c: &ChangesSince) -> Annex {
        Annex {
            signed_on: c.signed_on,
            old: c.round.fingerprint.clone(),
            new: c.fingerprint.clone(),
            changes: c.changes.clone(),
        }
    }
}

impl Doc<'_> {
    pub(super) fn annex(&self) -> Html {
        let Some(a) = &self.props.changes else { return Html::default() };
        let x = self.x;
        let fingerprint = |id: &str, fp: &str, class: &'static str| {
            html! {
                <p class={classes!("doc-fingerprint-line", class)}>
                    { x.text(id) }
                    <code class="doc-fingerprint" dir="ltr" data-fingerprint={fp.to_owned()}>{ grouped(fp) }</code>
                </p>
            }
        };
        html! {
            <section class="doc-section doc-annex" id="doc-changes">
                <h2 class="doc-h2">{ x.dated("doc-changes-title", a.signed_on) }</h2>
                { fingerprint("doc-changes-old", &a.old, "doc-changes-old") }
                { fingerprint("doc-changes-new", &a.new, "doc-changes-new") }
                <ul class="doc-changes">
                    for c in a.changes.iter() {
                        <li data-change={c.message_id()}>
                            <span class="bi-main">{ change_line(&x.main, c, print_date, true) }</span>
                            if let Some(h) = &x.help {
                                <span class="bi-help" lang={h.lang().code()} dir={h.lang().dir()}>
                                    { change_line(h, c, print_date, false) }
                                </span>
                            }
                        </li>
                    }
                </ul>
            </section>
        }
    }
}
