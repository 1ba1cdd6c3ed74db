//! The languages of a printed page: the main one, the help translation beside it, and Dutch
//! wherever a language lacks a message; and the small pieces every section of the page is made of.

use std::rc::Rc;

use chrono::{Datelike, NaiveDate};
use fluent_bundle::FluentValue;
use yew::prelude::*;

use super::document::PrintMode;
use crate::domain::plan::ThirdParty;
use crate::domain::Lang;
use crate::i18n::{translator, Translator};

/// Whether `lang` has its own translation of the print messages.
pub(crate) fn has_print_translation(lang: Lang) -> bool {
    let t = translator(lang);
    t.lang() == lang && t.has("doc-title")
}

/// A date: in the language's long form where it has one, else as day/month/year.
pub(super) fn print_date(t: &Translator, date: NaiveDate) -> String {
    if t.has("date-long") && t.has("month-1") {
        t.date(date)
    } else {
        // As `%d/%m/%Y`: the year is what the ISO form (`%Y-%m-%d`) has before `-MM-DD`.
        let iso = date.to_string();
        format!("{:02}/{:02}/{}", date.day(), date.month(), &iso[..iso.len() - 6])
    }
}

pub(super) type Args = [(&'static str, FluentValue<'static>)];

/// The languages of one printed page.
pub(super) struct Texts {
    pub main: Rc<Translator>,
    pub help: Option<Rc<Translator>>,
    dutch: Rc<Translator>,
}

impl Texts {
    pub fn new(client_lang: Lang, mode: PrintMode) -> Texts {
        let dutch = translator(Lang::Nl);
        let client = (client_lang != Lang::Nl && has_print_translation(client_lang)).then(|| translator(client_lang));
        match mode {
            PrintMode::Bilingual => Texts { main: dutch.clone(), help: client, dutch },
            PrintMode::ClientOnly => Texts { main: client.unwrap_or_else(|| dutch.clone()), help: None, dutch },
        }
    }

    /// One language's text; Dutch (marked as Dutch) where that language lacks the message.
    pub fn one(&self, t: &Translator, id: &str, args: &Args) -> Html {
        if t.has(id) {
            html! { { t.t_args(id, args) } }
        } else {
            html! { <span lang="nl" dir="ltr">{ self.dutch.t_args(id, args) }</span> }
        }
    }

    /// A text the app wrote: the main language, and the help translation beside it.
    pub fn text(&self, id: &str) -> Html {
        self.args(id, &[])
    }

    pub fn args(&self, id: &str, args: &Args) -> Html {
        html! {
            <>
                <span class="bi-main">{ self.one(&self.main, id, args) }</span>
                { self.help_for(id, args) }
            </>
        }
    }

    fn help_for(&self, id: &str, args: &Args) -> Html {
        match &self.help {
            Some(h) if h.has(id) => help_span(h, h.t_args(id, args)),
            _ => Html::default(),
        }
    }

    /// A plain string in the main language (for attributes).
    pub fn plain(&self, id: &str) -> String {
        if self.main.has(id) {
            self.main.t(id)
        } else {
            self.dutch.t(id)
        }
    }

    /// From one date to another, as one line in each language.
    pub fn period(&self, from: Option<NaiveDate>, until: Option<NaiveDate>) -> Html {
        let line = |t: &Translator| {
            let d =
                |d: Option<NaiveDate>| d.map(|d| print_date(t, d)).unwrap_or_else(|| self.plain_in(t, "doc-not-set"));
            format!("{} – {}", d(from), d(until))
        };
        let main = line(&self.main);
        html! {
            <>
                <span class="bi-main">{ main.clone() }</span>
                if let Some(h) = &self.help {
                    if line(h) != main { { help_span(h, line(h)) } }
                }
            </>
        }
    }

    /// "label: value", both messages, as one line in each language.
    pub fn pair(&self, label: &str, value: &str) -> Html {
        let line = |t: &Translator| format!("{}: {}", self.plain_in(t, label), self.plain_in(t, value));
        html! {
            <>
                <span class="bi-main">{ line(&self.main) }</span>
                if let Some(h) = &self.help { { help_span(h, line(h)) } }
            </>
        }
    }

    /// A message with a `$date`, the date written in each language's own form.
    pub fn dated(&self, id: &str, date: NaiveDate) -> Html {
        let line = |t: &Translator| t.t_args(id, &[("date", FluentValue::from(print_date(t, date)))]);
        html! {
            <>
                <span class="bi-main">{ line(&self.main) }</span>
                if let Some(h) = &self.help { { help_span(h, line(h)) } }
            </>
        }
    }

    fn plain_in(&self, t: &Translator, id: &str) -> String {
        if t.has(id) {
            t.t(id)
        } else {
            self.dutch.t(id)
        }
    }

    pub fn date(&self, date: NaiveDate) -> Html {
        let main = print_date(&self.main, date);
        html! {
            <>
                <span class="bi-main">{ main.clone() }</span>
                if let Some(h) = &self.help {
                    if print_date(h, date) != main { { help_span(h, print_date(h, date)) } }
                }
            </>
        }
    }
}

/// A row of a table of facts: its label and its value. One function for every row, not an
/// `html!` each: every element written out in `html!` is code of its own in the wasm.
pub(super) fn row(label: Html, value: Html) -> Html {
    html! { <tr><th scope="row">{ label }</th><td>{ value }</td></tr> }
}

/// A table's head: one column heading per message.
pub(super) fn column_heads(x: &Texts, ids: &[&str]) -> Html {
    html! { <thead><tr>for id in ids { <th scope="col">{ x.text(id) }</th> }</tr></thead> }
}

/// A term and its description in a `<dl>`; one function for all of them, as [`row`].
pub(super) fn term(label: Html, value: Html) -> Html {
    html! { <><dt>{ label }</dt><dd>{ value }</dd></> }
}

pub(super) fn help_span(t: &Translator, text: String) -> Html {
    html! { <span class="bi-help" lang={t.lang().code()} dir={t.lang().dir()}>{ text }</span> }
}

pub(super) fn free(text: &str, empty: Html) -> Html {
    if text.trim().is_empty() {
        empty
    } else {
        html! { <bdi class="free-text">{ text.to_owned() }</bdi> }
    }
}

/// A partner as one piece of free text, "name (role)", isolated as a whole so its parts keep their
/// order on a right-to-left page.
pub(super) fn party(p: &ThirdParty) -> Html {
    let (name, role) = (p.name.trim(), p.role.trim());
    let text = match (name.is_empty(), role.is_empty()) {
        (false, false) => format!("{name} ({role})"),
        (false, true) => name.to_owned(),
        (true, _) => role.to_owned(),
    };
    html! { <bdi class="free-text">{ text }</bdi> }
}
