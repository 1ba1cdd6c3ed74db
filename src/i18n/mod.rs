//! Translations: Fluent files, one folder per language, embedded at build time.
//! A message that is missing shows as `⟦id⟧`, so tests can find it and no screen is ever blank.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use chrono::{Datelike, NaiveDate};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

use crate::domain::Lang;

/// Embeds one language's Fluent files. Each feature keeps its messages in a file of its own.
macro_rules! locale {
    ($code:literal) => {
        &[
            include_str!(concat!("locales/", $code, "/app.ftl")),
            include_str!(concat!("locales/", $code, "/selfcheck.ftl")),
            include_str!(concat!("locales/", $code, "/plan.ftl")),
            include_str!(concat!("locales/", $code, "/ladder.ftl")),
            include_str!(concat!("locales/", $code, "/print.ftl")),
        ]
    };
}

/// The Fluent sources of a language, or `None` when it has none yet. A language may have only
/// some files (Arabic: the print messages); screens check `Lang::has_interface` before using it.
pub fn sources(lang: Lang) -> Option<&'static [&'static str]> {
    match lang {
        Lang::Nl => Some(locale!("nl")),
        Lang::En => Some(locale!("en")),
        // Only the signing and printing messages so far: enough for the client's copy of the plan.
        Lang::Ar => Some(&[include_str!("locales/ar/print.ftl")]),
        _ => None,
    }
}

pub struct Translator {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl PartialEq for Translator {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
    }
}

impl std::fmt::Debug for Translator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Translator({})", self.lang.code())
    }
}

impl Translator {
    /// Builds the translator; a language without an interface translation falls back to Dutch.
    pub fn new(lang: Lang) -> Translator {
        let (lang, files) = match sources(lang) {
            Some(files) => (lang, files),
            None => (Lang::Nl, sources(Lang::Nl).expect("Dutch is always shipped")),
        };
        let langid = lang.code().parse().expect("language codes are valid BCP 47");
        let mut bundle = FluentBundle::new(vec![langid]);
        // Names are wrapped in <bdi> in the markup; isolation marks would only get in the way.
        bundle.set_use_isolating(false);
        for source in files.iter() {
            let resource = FluentResource::try_new((*source).to_owned())
                .unwrap_or_else(|(_, errors)| panic!("{}: FTL syntax errors: {errors:?}", lang.code()));
            bundle.add_resource(resource).expect("message ids are unique within a language");
        }
        Translator { lang, bundle }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.get_message(id).and_then(|m| m.value()).is_some()
    }

    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// A message with variables, e.g. `t_args("home-count", &[("count", 3.into())])`.
    pub fn t_args(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(id, Some(&fluent_args))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return format!("⟦{id}⟧");
        };
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        if errors.is_empty() {
            text.into_owned()
        } else {
            format!("⟦{id}⟧")
        }
    }

    /// A date in this language's long form, e.g. "24 november 2026" or "24 November 2026".
    pub fn date(&self, date: NaiveDate) -> String {
        let month = self.t(&format!("month-{}", date.month()));
        self.t_args(
            "date-long",
            &[
                ("day", FluentValue::from(date.day().to_string())),
                ("month", FluentValue::from(month)),
                ("year", FluentValue::from(date.year().to_string())),
            ],
        )
    }
}

thread_local! {
    static CACHE: RefCell<HashMap<Lang, Rc<Translator>>> = RefCell::new(HashMap::new());
}

/// The shared translator of a language, built once per page life.
pub fn translator(lang: Lang) -> Rc<Translator> {
    CACHE.with(|cache| cache.borrow_mut().entry(lang).or_insert_with(|| Rc::new(Translator::new(lang))).clone())
}

/// The message ids of a Fluent source, in order (for the completeness tests).
pub fn message_ids(source: &str) -> Vec<String> {
    let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(_, e)| panic!("{e:?}"));
    resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

/// A catalogue text in `t`'s language: the catalogue's own text when it carries that language,
/// else the app's translation of the default catalogue (`offer-<offer>-<field>` in catalogue.ftl),
/// else the binding Dutch text.
pub fn catalogue_text(
    t: &Translator,
    catalogue_id: &str,
    offer_id: &str,
    field: &str,
    text: &crate::domain::catalogue::LocalText,
) -> String {
    let lang = t.lang();
    if text.has(lang) {
        return text.get(lang).to_owned();
    }
    if catalogue_id == crate::domain::catalogue::Catalogue::default_ref().id {
        let id = format!("offer-{offer_id}-{field}");
        if t.has(&id) {
            return t.t(&id);
        }
    }
    text.get(Lang::Nl).to_owned()
}
