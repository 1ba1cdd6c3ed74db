//! Translations: Fluent files, one folder per language, one file per feature.
//! Dutch, the binding language, is compiled in. In the browser every other language arrives as a
//! script of its own when a screen first needs it (see `platform::locales`) and is registered
//! here; natively (tests, server rendering) the files are read from the source tree.
//! A message that is missing shows as `⟦id⟧`, so tests can find it and no screen is ever blank.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use chrono::{Datelike, NaiveDate};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

use crate::domain::Lang;

pub mod review;

/// Languages whose long dates carry the date in numbers beside the month's name.
const NUMERIC_DATE_BESIDE: [Lang; 1] = [Lang::Ti];

/// The feature files of a language, in load order.
pub const FILES: [&str; 8] =
    ["app.ftl", "self_check.ftl", "plan.ftl", "ladder.ftl", "catalogue.ftl", "print.ftl", "easy.ftl", "road.ftl"];

/// Dutch, always present: the worker's default and the binding text of the GPMI.
const DUTCH: &[&str] = &[
    include_str!("locales/nl/app.ftl"),
    include_str!("locales/nl/self_check.ftl"),
    include_str!("locales/nl/plan.ftl"),
    include_str!("locales/nl/ladder.ftl"),
    include_str!("locales/nl/print.ftl"),
    include_str!("locales/nl/easy.ftl"),
    include_str!("locales/nl/road.ftl"),
];

thread_local! {
    /// Languages that arrived at run time: their Fluent files joined into one text.
    static REGISTERED: RefCell<HashMap<Lang, Rc<str>>> = RefCell::new(HashMap::new());
    static CACHE: RefCell<HashMap<Lang, Rc<Translator>>> = RefCell::new(HashMap::new());
}

/// Makes a language available: `source` is all its Fluent files joined.
pub fn register(lang: Lang, source: String) {
    REGISTERED.with(|r| r.borrow_mut().insert(lang, Rc::from(source)));
    CACHE.with(|c| c.borrow_mut().remove(&lang));
}

/// Whether a screen in `lang` can be shown in that language now (not as the Dutch fallback).
pub fn is_available(lang: Lang) -> bool {
    lang == Lang::Nl || REGISTERED.with(|r| r.borrow().contains_key(&lang)) || native_source(lang).is_some()
}

/// Natively, every language is read from the source tree, so tests see exactly what ships.
#[cfg(not(target_arch = "wasm32"))]
fn native_source(lang: Lang) -> Option<Rc<str>> {
    thread_local! {
        static READ: RefCell<HashMap<Lang, Option<Rc<str>>>> = RefCell::new(HashMap::new());
    }
    if lang == Lang::Nl {
        return None;
    }
    READ.with(|read| {
        read.borrow_mut()
            .entry(lang)
            .or_insert_with(|| {
                let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/i18n/locales").join(lang.code());
                let texts: Vec<String> =
                    FILES.iter().filter_map(|f| std::fs::read_to_string(dir.join(f)).ok()).collect();
                (!texts.is_empty()).then(|| Rc::from(texts.join("\n")))
            })
            .clone()
    })
}

#[cfg(target_arch = "wasm32")]
fn native_source(_lang: Lang) -> Option<Rc<str>> {
    None
}

/// The Fluent files of a language as far as they are available here.
pub fn sources(lang: Lang) -> Option<Vec<Rc<str>>> {
    if lang == Lang::Nl {
        return Some(DUTCH.iter().map(|s| Rc::from(*s)).collect());
    }
    REGISTERED.with(|r| r.borrow().get(&lang).cloned()).or_else(|| native_source(lang)).map(|s| vec![s])
}

pub struct Translator {
    lang: Lang,
    bundle: RefCell<FluentBundle<FluentResource>>,
    /// Dutch feature files not parsed yet: the home screen needs `app.ftl` only, so the others
    /// wait until a message is not found (parsing all of them was about 25 ms of a cold start at
    /// 4x CPU slowdown). Other languages arrive as one text and are parsed at once.
    later: RefCell<Vec<Rc<str>>>,
}

impl crate::domain::messages::Messages for Translator {
    fn message(&self, id: &str) -> String {
        self.t(id)
    }
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
    /// Builds the translator; a language that is not available (yet) falls back to Dutch.
    pub fn new(lang: Lang) -> Translator {
        let (lang, files) = match sources(lang) {
            Some(files) => (lang, files),
            None => (Lang::Nl, sources(Lang::Nl).expect("Dutch is always shipped")),
        };
        let langid = lang.code().parse().expect("language codes are valid BCP 47");
        let mut bundle = FluentBundle::new(vec![langid]);
        // Names are wrapped in <bdi> in the markup; isolation marks would only get in the way.
        bundle.set_use_isolating(false);
        let mut files = files.into_iter();
        if let Some(first) = files.next() {
            add_source(&mut bundle, lang, &first);
        }
        Translator { lang, bundle: RefCell::new(bundle), later: RefCell::new(files.collect()) }
    }

    /// How many of the language's files are not parsed yet (work left for when it is needed).
    pub fn unparsed_files(&self) -> usize {
        self.later.borrow().len()
    }

    /// Parses the files left for later, once; whether there were any.
    fn parse_later(&self) -> bool {
        let later = std::mem::take(&mut *self.later.borrow_mut());
        let mut bundle = self.bundle.borrow_mut();
        for source in &later {
            add_source(&mut bundle, self.lang, source);
        }
        !later.is_empty()
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn has(&self, id: &str) -> bool {
        let found = |t: &Self| t.bundle.borrow().get_message(id).and_then(|m| m.value()).is_some();
        found(self) || (self.parse_later() && found(self))
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
        let formatted = {
            let bundle = self.bundle.borrow();
            bundle.get_message(id).and_then(|m| m.value()).and_then(|pattern| {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, args, &mut errors);
                errors.is_empty().then(|| text.into_owned())
            })
        };
        match formatted {
            Some(text) => text,
            // Not found (or it names something not found): maybe in a file not parsed yet.
            None if self.parse_later() => self.format(id, args),
            None => format!("⟦{id}⟧"),
        }
    }

    /// A date in this language's long form, e.g. "24 november 2026" or "24 November 2026".
    pub fn date(&self, date: NaiveDate) -> String {
        let month = self.t(&format!("month-{}", date.month()));
        let long = self.t_args(
            "date-long",
            &[
                ("day", FluentValue::from(date.day().to_string())),
                ("month", FluentValue::from(month)),
                ("year", FluentValue::from(date.year().to_string())),
            ],
        );
        // Readers who know the Ethiopian calendar take Tigrinya month names for their own months:
        // the Gregorian date in numbers beside them says which day is meant.
        if NUMERIC_DATE_BESIDE.contains(&self.lang()) {
            format!("{long} ({:02}/{:02}/{})", date.day(), date.month(), date.year())
        } else {
            long
        }
    }
}

fn add_source(bundle: &mut FluentBundle<FluentResource>, lang: Lang, source: &str) {
    let resource = FluentResource::try_new(source.to_owned())
        .unwrap_or_else(|(_, errors)| panic!("{}: FTL syntax errors: {errors:?}", lang.code()));
    bundle.add_resource(resource).expect("message ids are unique within a language");
}

/// The shared translator of a language, built once per page life. While a language is still on
/// its way the Dutch translator stands in (and is not remembered under that language).
pub fn translator(lang: Lang) -> Rc<Translator> {
    let lang = if is_available(lang) { lang } else { Lang::Nl };
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
