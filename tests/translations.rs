//! Layer 1: every language has every file, with exactly the Dutch message ids and the same
//! variables; the default catalogue and the domain data carry every language.
use std::collections::BTreeSet;
use std::path::Path;

use trede::domain::catalogue::Catalogue;
use trede::domain::Lang;
use trede::i18n::{message_ids, Translator, FILES};

fn read(lang: Lang, file: &str) -> Option<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/i18n/locales").join(lang.code()).join(file);
    std::fs::read_to_string(path).ok()
}

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

/// The ids the translation of the default catalogue must have: one per text of every offer.
fn catalogue_ids() -> Vec<String> {
    let catalogue = Catalogue::default_ref();
    let mut ids = vec!["catalogue-name".to_owned()];
    for offer in &catalogue.offers {
        ids.push(format!("offer-{}-name", offer.id));
        ids.push(format!("offer-{}-provider", offer.id));
        ids.push(format!("offer-{}-description", offer.id));
        for (field, text) in
            [("allowance", &offer.allowance), ("duration", &offer.duration), ("conditions", &offer.conditions)]
        {
            if text.is_some() {
                ids.push(format!("offer-{}-{field}", offer.id));
            }
        }
    }
    ids
}

fn assert_same_ids(lang: Lang, file: &str, source: &str, reference: &[String], dutch: Option<&str>) {
    let ids = message_ids(source);
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "{}/{file}: an id is defined twice", lang.code());
    let missing: Vec<_> = reference.iter().filter(|id| !ids.contains(id)).collect();
    let extra: Vec<_> = ids.iter().filter(|id| !reference.contains(id)).collect();
    assert!(missing.is_empty() && extra.is_empty(), "{}/{file}: missing {missing:?}, extra {extra:?}", lang.code());
    if let Some(dutch) = dutch {
        for id in reference {
            assert_eq!(variables(source, id), variables(dutch, id), "{}/{file}: variables of {id}", lang.code());
        }
    }
}

#[test]
fn every_language_has_every_file_with_the_dutch_ids_and_variables() {
    let mut total = 0;
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::Nl) {
        for file in FILES {
            let source = read(lang, file).unwrap_or_else(|| panic!("{}/{file} is missing", lang.code()));
            if file == "catalogue.ftl" {
                assert_same_ids(lang, file, &source, &catalogue_ids(), None);
            } else {
                let dutch = read(Lang::Nl, file).unwrap();
                let reference = message_ids(&dutch);
                assert!(!reference.is_empty(), "nl/{file} has messages");
                assert_same_ids(lang, file, &source, &reference, Some(&dutch));
                total += reference.len();
            }
        }
        // Every message has a value that formats without an error.
        let t = Translator::new(lang);
        assert_eq!(t.lang(), lang, "{} loads", lang.code());
        for file in FILES {
            let source = read(lang, file).unwrap();
            for id in message_ids(&source) {
                let names = variables(&source, &id);
                let args: Vec<(&str, fluent_bundle::FluentValue)> =
                    names.iter().map(|n| (n.as_str(), 3.into())).collect();
                let text = t.t_args(&id, &args);
                assert!(!text.contains('⟦') && !text.trim().is_empty(), "{}: {id} does not format", lang.code());
            }
        }
    }
    assert!(total > 15 * 400, "all languages are complete ({total} messages checked)");
}

#[test]
fn dutch_has_no_catalogue_file_because_the_catalogue_itself_is_dutch() {
    assert!(read(Lang::Nl, "catalogue.ftl").is_none());
    for offer in &Catalogue::default_ref().offers {
        assert!(offer.name.has(Lang::Nl) && offer.description.has(Lang::Nl), "{}", offer.id);
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
    // Languages with more than two forms pick different ones for 1, 3 and 5.
    for lang in [Lang::Ru, Lang::Uk, Lang::Pl, Lang::Ar] {
        let t = Translator::new(lang);
        let forms: BTreeSet<String> =
            [1, 3, 5].iter().map(|n| t.t_args("self-check-progress-skipped", &[("count", (*n).into())])).collect();
        assert_eq!(forms.len(), 3, "{}: {forms:?}", lang.code());
    }
}

#[test]
fn dates_read_naturally_in_each_language() {
    let date = chrono::NaiveDate::from_ymd_opt(2026, 2, 3).unwrap();
    assert_eq!(Translator::new(Lang::Nl).date(date), "3 februari 2026");
    assert_eq!(Translator::new(Lang::En).date(date), "3 February 2026");
    assert_eq!(Translator::new(Lang::De).date(date), "3. Februar 2026");
    assert_eq!(Translator::new(Lang::Fr).date(date), "3 février 2026");
    for lang in Lang::ALL {
        let text = Translator::new(lang).date(date);
        assert!(text.contains("2026") || text.contains("٢٠٢٦") || text.contains("۲۰۲۶"), "{}: {text}", lang.code());
        assert!(!text.contains('⟦'), "{}: {text}", lang.code());
    }
}

#[test]
fn a_missing_message_is_visible_not_blank() {
    assert_eq!(Translator::new(Lang::Nl).t("no-such-message"), "⟦no-such-message⟧");
}

#[test]
fn every_life_domain_rung_and_offer_reads_in_every_language() {
    for lang in Lang::ALL {
        let t = Translator::new(lang);
        for d in trede::domain::LifeDomain::ALL {
            assert!(t.has(&d.name_id()), "{}: {}", lang.code(), d.name_id());
            assert!(t.has(&trede::domain::self_check::question_id(d)), "{}: question of {}", lang.code(), d.slug());
        }
        for r in trede::domain::Rung::all() {
            assert!(t.has(&r.name_id()), "{}: {}", lang.code(), r.name_id());
        }
        // Offer names may be proper names; descriptions are always translated.
        let catalogue = Catalogue::default_ref();
        for offer in &catalogue.offers {
            let name = trede::i18n::catalogue_text(&t, &catalogue.id, &offer.id, "name", &offer.name);
            assert!(!name.is_empty(), "{}: {}", lang.code(), offer.id);
            let about = trede::i18n::catalogue_text(&t, &catalogue.id, &offer.id, "description", &offer.description);
            if lang != Lang::Nl {
                assert_ne!(about, offer.description.get(Lang::Nl), "{}: {} is translated", lang.code(), offer.id);
            }
        }
    }
}

#[test]
fn language_names_are_written_in_their_own_script() {
    assert_eq!(Lang::Ar.native_name(), "العربية");
    assert_eq!(Lang::Uk.native_name(), "Українська");
    assert_eq!(Lang::Ti.native_name(), "ትግርኛ");
    let names: BTreeSet<_> = Lang::ALL.iter().map(|l| l.native_name()).collect();
    assert_eq!(names.len(), 16);
}

/// The "Native review" column of TRANSLATIONS.md and the table the client screens read
/// (`i18n::review`) say the same for every language.
#[test]
fn the_review_status_on_screen_is_the_one_in_translations_md() {
    let md = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("TRANSLATIONS.md")).unwrap();
    for (lang, cell) in trede::i18n::review::NATIVE_REVIEW {
        let row = md
            .lines()
            .find(|l| l.starts_with(&format!("| {} |", lang.code())))
            .unwrap_or_else(|| panic!("TRANSLATIONS.md has no row for {}", lang.code()));
        let review = row.split('|').nth(5).map(str::trim).unwrap_or_default();
        assert_eq!(review, cell, "{}: TRANSLATIONS.md says {review:?}, the app says {cell:?}", lang.code());
    }
    assert_eq!(trede::i18n::review::NATIVE_REVIEW.len(), Lang::ALL.len());
}

/// A reviewer's findings stay fixed: Dari months in their Afghan form, one digit system (Western,
/// as the app's numbers and dates) in Dari and Pashto, a spoken interpreter in Pashto, and the
/// Gregorian date in numbers beside Tigrinya month names.
#[test]
fn the_reviewers_findings_stay_fixed() {
    let all = |lang: Lang| FILES.iter().filter_map(|f| read(lang, f)).collect::<Vec<_>>().join("\n");
    let fa = all(Lang::Fa);
    for iranian in ["ژانویه", "فوریه", "ژوئن", "ژوئیه", "دست بکشید"] {
        assert!(!fa.contains(iranian), "fa still has {iranian}");
    }
    for lang in [Lang::Fa, Lang::Ps] {
        let eastern = all(lang).chars().filter(|c| ('۰'..='۹').contains(c) || ('٠'..='٩').contains(c)).count();
        assert_eq!(eastern, 0, "{}: Eastern digits beside the app's Western ones", lang.code());
    }
    assert!(!all(Lang::Ps).contains("ژباړونکی"), "ps: a written translator where an interpreter is meant");
    let date = Translator::new(Lang::Ti).date(chrono::NaiveDate::from_ymd_opt(2026, 6, 5).unwrap());
    assert!(date.ends_with("(05/06/2026)"), "{date}");
}
