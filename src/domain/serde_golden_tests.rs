//! Golden JSON of the types whose serde code is written by hand to keep the wasm small (no
//! `flatten`, no internally or adjacently tagged derive, which pull in serde's buffering of
//! values): each variant writes exactly the bytes the derived code wrote (fingerprints of signed
//! plans depend on them), reads back, and the forms the derived code read still read.
//! The strings were written by the derived code.

use std::fmt::Debug;

use chrono::NaiveDate;
use serde::{de::DeserializeOwned, Serialize};

use crate::domain::ladder::{Placement, PlacementDraft, Position, Viewpoint};
use crate::domain::plan::{ActionOrigin, Owner, VersionChange};
use crate::domain::signing::SignerRole;
use crate::domain::{LifeDomain, Rung};

fn golden<T: Serialize + DeserializeOwned + PartialEq + Debug>(value: &T, json: &str) {
    assert_eq!(serde_json::to_string(value).unwrap(), json);
    assert_eq!(&serde_json::from_str::<T>(json).unwrap(), value, "{json}");
    // Through a `Value` too, as storage and transfer read.
    let v: serde_json::Value = serde_json::from_str(json).unwrap();
    assert_eq!(&serde_json::from_value::<T>(v).unwrap(), value, "{json}");
}

fn reads<T: DeserializeOwned + PartialEq + Debug>(json: &str, value: &T) {
    assert_eq!(&serde_json::from_str::<T>(json).unwrap(), value, "{json}");
    let v: serde_json::Value = serde_json::from_str(json).unwrap();
    assert_eq!(&serde_json::from_value::<T>(v).unwrap(), value, "{json}");
}

fn fails<T: DeserializeOwned + Debug>(json: &str) {
    assert!(serde_json::from_str::<T>(json).is_err(), "{json}");
}

fn date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 14).unwrap()
}

#[test]
fn placement_golden_json() {
    let full = Placement {
        id: 7,
        draft: PlacementDraft {
            date: date(),
            position: Position::Rung(Rung::try_from(3).unwrap()),
            viewpoint: Viewpoint::Client,
            language_course: true,
            note: "a \"note\"".into(),
        },
        evaluation: Some(2),
    };
    golden(
        &full,
        r#"{"id":7,"date":"2026-03-14","position":{"rung":3},"viewpoint":"client","language_course":true,"note":"a \"note\"","evaluation":2}"#,
    );
    let bare = Placement {
        id: 8,
        draft: PlacementDraft {
            date: date(),
            position: Position::CareFirst,
            viewpoint: Viewpoint::Agreed,
            language_course: false,
            note: String::new(),
        },
        evaluation: None,
    };
    golden(
        &bare,
        r#"{"id":8,"date":"2026-03-14","position":"care-first","viewpoint":"agreed","language_course":false,"note":""}"#,
    );
    // Stored before the language course and the note; any order; unknown fields ignored.
    reads(r#"{"id":8,"date":"2026-03-14","position":"care-first","viewpoint":"agreed"}"#, &bare);
    reads(
        r#"{"evaluation":null,"viewpoint":"agreed","extra":[1,{"a":2}],"position":"care-first","date":"2026-03-14","id":8}"#,
        &bare,
    );
    reads(
        r#"{"note":"a \"note\"","evaluation":2,"language_course":true,"viewpoint":"client","position":{"rung":3},"date":"2026-03-14","id":7}"#,
        &full,
    );
    fails::<Placement>(r#"{"date":"2026-03-14","position":"care-first","viewpoint":"agreed"}"#);
    fails::<Placement>(r#"{"id":8,"position":"care-first","viewpoint":"agreed"}"#);
    fails::<Placement>(r#"{"id":8,"date":"2026-03-14","position":"nowhere","viewpoint":"agreed"}"#);
    fails::<Placement>(r#"[8]"#);
}

#[test]
fn action_origin_golden_json() {
    golden(
        &ActionOrigin::SelfCheck { domain: LifeDomain::Housing, suggestion: "Zoek woning".into() },
        r#"{"kind":"self_check","domain":"housing","suggestion":"Zoek woning"}"#,
    );
    let named = ActionOrigin::Catalogue {
        catalogue: "c1".into(),
        catalogue_name: "Cat".into(),
        edition: "2026".into(),
        offer: "o1".into(),
        name_nl: "Cursus".into(),
        name_en: "Course".into(),
    };
    golden(
        &named,
        r#"{"kind":"catalogue","catalogue":"c1","catalogue_name":"Cat","edition":"2026","offer":"o1","name_nl":"Cursus","name_en":"Course"}"#,
    );
    let unnamed = ActionOrigin::Catalogue {
        catalogue: "c1".into(),
        catalogue_name: String::new(),
        edition: "2026".into(),
        offer: "o1".into(),
        name_nl: "Cursus".into(),
        name_en: "Course".into(),
    };
    golden(
        &unnamed,
        r#"{"kind":"catalogue","catalogue":"c1","edition":"2026","offer":"o1","name_nl":"Cursus","name_en":"Course"}"#,
    );
    golden(&ActionOrigin::Free, r#"{"kind":"free"}"#);
    // The tag anywhere; unknown fields ignored.
    reads(
        r#"{"name_en":"Course","x":{"y":[1]},"offer":"o1","name_nl":"Cursus","edition":"2026","catalogue":"c1","kind":"catalogue"}"#,
        &unnamed,
    );
    reads(
        r#"{"suggestion":"Zoek woning","domain":"housing","kind":"self_check"}"#,
        &ActionOrigin::SelfCheck { domain: LifeDomain::Housing, suggestion: "Zoek woning".into() },
    );
    reads(r#"{"kind":"free","note":"x"}"#, &ActionOrigin::Free);
    fails::<ActionOrigin>(r#"{"kind":"elsewhere"}"#);
    fails::<ActionOrigin>(r#"{"domain":"housing"}"#);
    fails::<ActionOrigin>(r#"{"kind":"self_check","domain":"housing"}"#);
    fails::<ActionOrigin>(r#"{"kind":"catalogue","catalogue":"c1"}"#);
    fails::<ActionOrigin>(r#""free""#);
}

#[test]
fn owner_golden_json() {
    golden(&Owner::Client, r#"{"kind":"client"}"#);
    golden(&Owner::Ocmw, r#"{"kind":"ocmw"}"#);
    golden(&Owner::ThirdParty(4), r#"{"kind":"third_party","id":4}"#);
    reads(r#"{"id":4,"kind":"third_party"}"#, &Owner::ThirdParty(4));
    reads(r#"{"kind":"client","id":null}"#, &Owner::Client);
    fails::<Owner>(r#"{"kind":"third_party"}"#);
    fails::<Owner>(r#"{"kind":"nobody"}"#);
    fails::<Owner>(r#"{"id":4}"#);
    fails::<Owner>(r#""client""#);
}

#[test]
fn signer_role_golden_json() {
    golden(&SignerRole::Client, r#"{"kind":"client"}"#);
    golden(&SignerRole::Worker, r#"{"kind":"worker"}"#);
    golden(&SignerRole::ThirdParty(4), r#"{"kind":"third_party","id":4}"#);
    golden(&SignerRole::Interpreter, r#"{"kind":"interpreter"}"#);
    golden(&SignerRole::SupportPerson, r#"{"kind":"support_person"}"#);
    reads(r#"{"id":4,"kind":"third_party"}"#, &SignerRole::ThirdParty(4));
    reads(r#"{"kind":"worker","id":null}"#, &SignerRole::Worker);
    fails::<SignerRole>(r#"{"kind":"third_party"}"#);
    fails::<SignerRole>(r#"{"kind":"nobody"}"#);
    fails::<SignerRole>(r#"{"id":4}"#);
}

#[test]
fn version_change_golden_json() {
    for (change, json) in [
        (VersionChange::GoalAdded("a".into()), r#"{"change":"goal_added","title":"a"}"#),
        (VersionChange::GoalChanged("b".into()), r#"{"change":"goal_changed","title":"b"}"#),
        (VersionChange::GoalRemoved("c".into()), r#"{"change":"goal_removed","title":"c"}"#),
        (VersionChange::ActionAdded("d".into()), r#"{"change":"action_added","title":"d"}"#),
        (VersionChange::ActionChanged("e".into()), r#"{"change":"action_changed","title":"e"}"#),
        (VersionChange::ActionRemoved("\"f\"".into()), r#"{"change":"action_removed","title":"\"f\""}"#),
    ] {
        assert_eq!(serde_json::to_string(&change).unwrap(), json);
    }
}

#[test]
fn orientations_and_evaluation_kind_read_every_stored_form() {
    use crate::domain::plan::{EvaluationKind, Plan, PlanType};
    let orientations = |json: &str| serde_json::from_str::<Plan>(json).map(|p| p.orientations);
    assert_eq!(orientations(r#"{"plan_type":"studies"}"#).unwrap(), vec![PlanType::Studies]);
    assert_eq!(orientations(r#"{"plan_type":null}"#).unwrap(), vec![]);
    assert_eq!(
        orientations(r#"{"orientations":["activation","employment","activation"]}"#).unwrap(),
        vec![PlanType::Employment, PlanType::Activation]
    );
    assert!(orientations(r#"{"orientations":["nowhere"]}"#).is_err());
    assert!(orientations(r#"{"orientations":[1]}"#).is_err());
    assert!(orientations(r#"{"orientations":3}"#).is_err());
    for (json, kind) in [
        ("true", EvaluationKind::InPerson),
        ("false", EvaluationKind::PhoneOrVideo),
        (r#""in_person""#, EvaluationKind::InPerson),
        (r#""written""#, EvaluationKind::Written),
        (r#""phone_or_video""#, EvaluationKind::PhoneOrVideo),
    ] {
        reads(json, &kind);
    }
    fails::<EvaluationKind>(r#""elsewhere""#);
    fails::<EvaluationKind>("3");
}

/// An action's strength (Krachtenwijzer) is left out of the stored and the signed form while it is
/// unset, so actions stored before it existed read and write the same bytes, and a plan signed
/// before keeps its fingerprint; once chosen it is both stored and signed.
#[test]
fn action_strength_golden_json_and_fingerprint() {
    use crate::domain::example::example_dossier;
    use crate::domain::plan::{PlanAction, Strength};
    let bare = PlanAction {
        id: 5,
        what: "Bellen".into(),
        owner: Some(Owner::Client),
        due: Some(date()),
        evidence: String::new(),
        status: Default::default(),
        stop_reason: String::new(),
        origin: ActionOrigin::Free,
        goal: None,
        strength: None,
    };
    let old = r#"{"id":5,"what":"Bellen","owner":{"kind":"client"},"due":"2026-03-14","evidence":"","status":"planned","stop_reason":"","origin":{"kind":"free"},"goal":null}"#;
    golden(&bare, old);
    for (strength, slug) in
        [(Strength::Client, "client"), (Strength::Network, "network"), (Strength::Professional, "professional")]
    {
        let chosen = PlanAction { strength: Some(strength), ..bare.clone() };
        golden(&chosen, &old.replace(r#""goal":null}"#, &format!(r#""goal":null,"strength":"{slug}"}}"#)));
    }
    reads(&old.replace(r#""goal":null}"#, r#""goal":null,"strength":null}"#), &bare);
    fails::<PlanAction>(&old.replace(r#""goal":null}"#, r#""goal":null,"strength":"a_lot"}"#));

    let mut d = example_dossier(crate::domain::DossierId("ex".into()), chrono::DateTime::UNIX_EPOCH);
    let before = d.plan_fingerprint();
    assert!(!crate::domain::signing::canonical_form(&d.client_name, &d.plan).contains("strength"));
    std::rc::Rc::make_mut(&mut d.plan.actions[0]).strength = Some(Strength::Network);
    assert_ne!(d.plan_fingerprint(), before);
    assert!(crate::domain::signing::canonical_form(&d.client_name, &d.plan).contains(r#""strength":"network""#));
    std::rc::Rc::make_mut(&mut d.plan.actions[0]).strength = None;
    assert_eq!(d.plan_fingerprint(), before);
}
