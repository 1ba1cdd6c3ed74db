//! Layer 1: every interface language has exactly the Dutch message ids, with the same variables.
use std::collections::BTreeSet;

use trede::domain::Lang;
use trede::i18n::{message_ids, sources, Translator};

fn variables(source: &str, id: &str) -> BTreeSet<String> {
    // The lines of one message, from its id to the next unindented line.
    let mut lines = source.lines().skip_while(|l| !l.starts_with(&format!("{id} ="))).peekable();
    let mut text = lines.next().map(str::to_owned).unwrap_or_default();
    while let Some(line) = lines.next_if(|l| l.starts_with(' ') || l.is_empty()) {
        text.push_str(line);
    }
    text.split('$')
        .skip(1)
        .map(|rest| rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '-').collect())
        .collect()
}

#[test]
fn every_interface_language_has_the_dutch_ids_and_variables() {
    let dutch = sources(Lang::Nl).unwrap().join("\n");
    let dutch = dutch.as_str();
    let reference = message_ids(dutch);
    assert!(reference.len() > 40);
    for &lang in Lang::with_interface() {
        let source = sources(lang).unwrap_or_else(|| panic!("{} has no source", lang.code())).join("\n");
        let source = source.as_str();
        let ids = message_ids(source);
        let mut unique = ids.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), ids.len(), "{}: an id is defined twice", lang.code());
        let missing: Vec<_> = reference.iter().filter(|id| !ids.contains(id)).collect();
        let extra: Vec<_> = ids.iter().filter(|id| !reference.contains(id)).collect();
        assert!(missing.is_empty() && extra.is_empty(), "{}: missing {missing:?}, extra {extra:?}", lang.code());
        for id in &reference {
            assert_eq!(variables(source, id), variables(dutch, id), "{}: variables of {id}", lang.code());
        }
        let translator = Translator::new(lang);
        for id in &reference {
            assert!(translator.has(id), "{}: {id} has no value", lang.code());
        }
    }
}

#[test]
fn plurals_follow_each_language() {
    let nl = Translator::new(Lang::Nl);
    assert_eq!(nl.t_args("home-count", &[("count", 0.into())]), "Nog geen dossiers op dit toestel.");
    assert_eq!(nl.t_args("home-count", &[("count", 1.into())]), "Eén dossier op dit toestel.");
    assert_eq!(nl.t_args("home-count", &[("count", 5.into())]), "5 dossiers op dit toestel.");
    let en = Translator::new(Lang::En);
    assert_eq!(en.t_args("home-count", &[("count", 1.into())]), "One dossier on this device.");
}

#[test]
fn dates_read_naturally() {
    let date = chrono::NaiveDate::from_ymd_opt(2026, 2, 3).unwrap();
    assert_eq!(Translator::new(Lang::Nl).date(date), "3 februari 2026");
    assert_eq!(Translator::new(Lang::En).date(date), "3 February 2026");
}

#[test]
fn a_missing_message_is_visible_not_blank() {
    assert_eq!(Translator::new(Lang::Nl).t("no-such-message"), "⟦no-such-message⟧");
    // A language without an interface translation falls back to Dutch.
    assert_eq!(Translator::new(Lang::Ti).lang(), Lang::Nl);
}

#[test]
fn every_life_domain_and_rung_has_a_name() {
    for &lang in Lang::with_interface() {
        let t = Translator::new(lang);
        for d in trede::domain::LifeDomain::ALL {
            assert!(t.has(&d.name_id()), "{}: {}", lang.code(), d.name_id());
        }
        for r in trede::domain::Rung::all() {
            assert!(t.has(&r.name_id()), "{}: {}", lang.code(), r.name_id());
        }
    }
}

#[test]
fn arabic_has_every_signing_and_printing_message() {
    let dutch = include_str!("../src/i18n/locales/nl/print.ftl");
    let arabic = include_str!("../src/i18n/locales/ar/print.ftl");
    assert_eq!(message_ids(arabic), message_ids(dutch));
    for id in message_ids(dutch) {
        assert_eq!(variables(arabic, &id), variables(dutch, &id), "ar: variables of {id}");
    }
    let t = Translator::new(Lang::Ar);
    assert_eq!(t.lang(), Lang::Ar);
    assert_eq!(t.t("doc-goals"), "الأهداف");
    assert!(!t.t_args("sign-signed", &[("date", "1/2/2026".into())]).contains('⟦'));
}
