use super::*;
use crate::domain::{Lang, Rung};

#[test]
fn the_default_catalogue_is_complete_in_dutch() {
    let c = Catalogue::default_ref();
    assert_eq!((c.id.as_str(), c.edition.as_str()), ("oostende", "2024"));
    assert!(c.offers.len() >= 35, "only {} offers", c.offers.len());
    for o in &c.offers {
        for (field, text) in [("name", &o.name), ("provider", &o.provider), ("description", &o.description)] {
            assert!(text.has(Lang::Nl), "{}: {field} needs the binding Dutch text", o.id);
        }
        for (field, text) in [("duration", &o.duration), ("allowance", &o.allowance), ("conditions", &o.conditions)] {
            if let Some(text) = text {
                assert!(text.has(Lang::Nl), "{}: {field} needs the binding Dutch text", o.id);
            }
        }
    }
    for rung in Rung::all() {
        assert!(c.offers_on(rung).count() >= 1, "rung {} has no offer", rung.number());
    }
    let ww = c.offer("wijk-werken").unwrap();
    assert_eq!(ww.rung.number(), 4);
    // Other languages come from the translations (catalogue.ftl), tested in tests/translations.rs.
    assert!(ww.allowance.as_ref().unwrap().get(Lang::Nl).contains("4,10"));
}

fn offer_place(number: usize, id: Option<&str>, field: &str) -> Place {
    Place::Offer { number, id: id.map(str::to_owned), field: Some(field.to_owned()) }
}

fn minimal(offers: &str) -> String {
    format!(
        r#"{{"format": "trede-catalogue", "version": 1, "id": "gent", "name": {{"nl": "OCMW Gent"}},
           "edition": "2025", "offers": [{offers}]}}"#
    )
}

const GOOD: &str =
    r#"{"id": "a", "rung": 2, "name": {"nl": "A"}, "provider": {"nl": "P"}, "description": {"nl": "D"}}"#;

#[test]
fn a_minimal_file_parses_and_texts_fall_back_to_dutch() {
    let c = parse_catalogue(&minimal(GOOD)).unwrap();
    assert_eq!(c.offers.len(), 1);
    assert_eq!(c.offers[0].name.get(Lang::En), "A");
    assert_eq!(c.offers[0].duration, None);
}

#[test]
fn bad_json_names_line_and_column() {
    let problems = parse_catalogue("{\n  \"format\": \"trede-catalogue\",\n  \"version\": 1,,\n}").unwrap_err();
    assert_eq!(problems, vec![Problem { place: Place::File, kind: ProblemKind::NotJson { line: 3, column: 16 } }]);
    assert_eq!(parse_catalogue("[1]").unwrap_err()[0].kind, ProblemKind::NotAnObject);
}

#[test]
fn every_problem_is_reported_with_its_place() {
    let offers = [
        GOOD,
        r#"{"id": "b", "rung": 9, "name": {"nl": "B"}, "provider": {"nl": "P"}, "description": {"nl": "D"}}"#,
        r#"{"id": "c", "rung": "4", "provider": {"nl": "P"}, "description": {"en": "only English"}}"#,
        r#"{"id": "a", "rung": 3, "name": {"nl": "A2"}, "provider": {"nl": "P"}, "description": {"nl": "D"}, "prijs": 3}"#,
        r#"{"id": "Wijk Werken", "rung": 4, "name": "Wijk-werken", "provider": {"nl": "P", "xx": "?"}, "description": {"nl": "  "}}"#,
        r#"7"#,
    ];
    let problems = parse_catalogue(&minimal(&offers.join(","))).unwrap_err();
    let k = |found: &str| ProblemKind::NotARung { found: found.into() };
    assert_eq!(
        problems,
        vec![
            Problem { place: offer_place(2, Some("b"), "rung"), kind: k("9") },
            Problem { place: offer_place(3, Some("c"), "rung"), kind: ProblemKind::WrongType { expected: "number" } },
            Problem { place: offer_place(3, Some("c"), "name"), kind: ProblemKind::Missing },
            Problem { place: offer_place(3, Some("c"), "description"), kind: ProblemKind::NoDutch },
            Problem { place: offer_place(4, Some("a"), "id"), kind: ProblemKind::DuplicateId { first: 1 } },
            Problem { place: offer_place(4, Some("a"), "prijs"), kind: ProblemKind::UnknownField },
            Problem {
                place: offer_place(5, Some("Wijk Werken"), "id"),
                kind: ProblemKind::BadId { found: "Wijk Werken".into() }
            },
            Problem {
                place: offer_place(5, Some("Wijk Werken"), "name"),
                kind: ProblemKind::WrongType { expected: "object" }
            },
            Problem {
                place: offer_place(5, Some("Wijk Werken"), "provider"),
                kind: ProblemKind::UnknownLanguage { code: "xx".into() }
            },
            Problem { place: offer_place(5, Some("Wijk Werken"), "description"), kind: ProblemKind::EmptyText },
            Problem {
                place: Place::Offer { number: 6, id: None, field: None },
                kind: ProblemKind::WrongType { expected: "offer" }
            },
        ]
    );
}

#[test]
fn the_header_is_checked_too() {
    let problems =
        parse_catalogue(r#"{"format": "excel", "version": 2, "id": 5, "edition": "", "offers": []}"#).unwrap_err();
    let field = |f: &str| Place::Field(f.into());
    assert_eq!(
        problems,
        vec![
            Problem { place: field("format"), kind: ProblemKind::WrongFormat { found: "excel".into() } },
            Problem { place: field("version"), kind: ProblemKind::UnsupportedVersion { found: "2".into() } },
            Problem { place: field("id"), kind: ProblemKind::WrongType { expected: "text" } },
            Problem { place: field("name"), kind: ProblemKind::Missing },
            Problem { place: field("edition"), kind: ProblemKind::EmptyText },
            Problem { place: field("offers"), kind: ProblemKind::NoOffers },
        ]
    );
}

#[test]
fn who_carries_an_offer_is_read_and_checked() {
    let offer = |carried: &str| {
        format!(
            r#"{{"format":"trede-catalogue","version":1,"id":"x","name":{{"nl":"X"}},"edition":"1","offers":[
            {{"id":"a","rung":2,"name":{{"nl":"A"}},"provider":{{"nl":"P"}},"description":{{"nl":"D"}}{carried}}}]}}"#
        )
    };
    let plain = parse_catalogue(&offer("")).unwrap();
    assert_eq!(plain.offers[0].carried_by, Carrier::Client, "the client by default");
    let partner = parse_catalogue(&offer(r#","carried_by":"partner""#)).unwrap();
    assert_eq!(partner.offers[0].carried_by, Carrier::Partner);
    let problems = parse_catalogue(&offer(r#","carried_by":"buren""#)).unwrap_err();
    assert!(problems.iter().any(|p| matches!(&p.kind, ProblemKind::NotACarrier { found } if found.contains("buren"))));
}

#[test]
fn a_catalogue_too_large_or_with_too_many_offers_is_refused_with_its_limit() {
    use super::{size_problem, MAX_CATALOGUE_BYTES, MAX_OFFERS};
    assert!(size_problem(MAX_CATALOGUE_BYTES as f64).is_none());
    let big = size_problem(10.0 * 1024.0 * 1024.0).expect("refused before reading");
    assert_eq!(big.kind.message_id(), "catalogue-problem-too-large");
    let padded = format!("{}{}", " ".repeat(MAX_CATALOGUE_BYTES), DEFAULT_SOURCE);
    assert_eq!(parse_catalogue(&padded).unwrap_err()[0].kind.message_id(), "catalogue-problem-too-large");
    let mut value: serde_json::Value = serde_json::from_str(DEFAULT_SOURCE).unwrap();
    let offer = value["offers"][0].clone();
    value["offers"] = serde_json::Value::Array(vec![offer; MAX_OFFERS + 1]);
    let problems = parse_catalogue(&value.to_string()).unwrap_err();
    assert_eq!(problems[0].kind.message_id(), "catalogue-problem-too-many");
    assert_eq!(problems.len(), 1, "one problem, not one per offer");
}
