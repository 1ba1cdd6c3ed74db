use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

use super::*;
use crate::domain::example::example_dossier;
use crate::domain::plan::{apply as plan_edit, ActionStatus, Owner, PlanEdit, TextField, Topic};
use crate::domain::Dossier;
use crate::domain::{DossierEdit, DossierId};
use chrono::{Duration, TimeZone};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap()
}
fn example() -> Dossier {
    example_dossier(DossierId("ex".into()), now())
}
fn signature(role: SignerRole, name: &str) -> Signature {
    Signature {
        role,
        name: name.into(),
        date: now().date_naive(),
        place: "Oostende".into(),
        strokes: vec![vec![(10, 20), (40, 80), (90, 60)], vec![(200, 150)]],
        typed: false,
    }
}
fn sign(d: &mut Dossier, role: SignerRole, name: &str) -> bool {
    DossierEdit::Signing(SigningEdit::Sign(signature(role, name))).apply(d, now())
}
fn mediator(d: &Dossier) -> SignerRole {
    SignerRole::ThirdParty(d.plan.third_parties[0].id)
}

#[test]
fn the_fingerprint_is_stable_across_a_serde_round_trip() {
    let d = example();
    let fp = d.plan_fingerprint();
    assert_eq!(fp.len(), 64);
    assert!(fp.chars().all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase()));
    let json = serde_json::to_string(&d).unwrap();
    let back: Dossier = serde_json::from_str(&json).unwrap();
    assert_eq!(back.plan_fingerprint(), fp);
    assert_eq!(canonical_form(&back.client_name, &back.plan), canonical_form(&d.client_name, &d.plan));
    // Pretty-printed and re-read: still the same.
    let pretty = serde_json::to_string_pretty(&back).unwrap();
    assert_eq!(serde_json::from_str::<Dossier>(&pretty).unwrap().plan_fingerprint(), fp);
    // The canonical form is compact JSON with sorted keys.
    let canonical = canonical_form(&d.client_name, &d.plan);
    assert!(canonical.starts_with(r#"{"actions":[{"due":"#), "{canonical}");
    assert!(!canonical.contains('\n') && canonical.contains(r#","client_name":"Voorbeeld: Samira","#));
}

#[test]
fn the_fingerprint_is_sha256_of_the_canonical_form() {
    let d = example();
    let canonical = canonical_form(&d.client_name, &d.plan);
    let expected: String = Sha256::digest(canonical.as_bytes()).iter().map(|b| format!("{b:02x}")).collect();
    assert_eq!(d.plan_fingerprint(), expected);
    // A known vector, so the hash itself is the standard one.
    let empty: String = Sha256::digest(b"").iter().map(|b| format!("{b:02x}")).collect();
    assert_eq!(empty, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assert_eq!(grouped("0123456789abcdef01"), "01234567 89abcdef 01");
}

#[test]
fn the_printed_evaluation_rule_is_covered_and_old_fingerprints_stay() {
    let base = example();
    // The legal default is implied by the format: plans signed before keep their fingerprint.
    assert!(!canonical_form(&base.client_name, &base.plan).contains("evaluation_rule"));
    let mut tuned = base.clone();
    tuned.plan.rules.evaluations_per_year = 4;
    assert_ne!(tuned.plan_fingerprint(), base.plan_fingerprint(), "the printed rule is covered");
    let mut in_person = base.clone();
    in_person.plan.rules.in_person_per_year = 1;
    assert_ne!(in_person.plan_fingerprint(), base.plan_fingerprint());
}

#[test]
fn the_running_line_isolates_the_name_and_prints_the_whole_fingerprint() {
    let fp = example().plan_fingerprint();
    let line = running_line("GPMI", "Olena", &fp);
    assert!(line.contains("\u{2068}Olena\u{2069}"));
    assert!(line.ends_with(&grouped(&fp)));
    assert_eq!(grouped(&fp).split(' ').count(), 8);
}

#[test]
fn any_content_change_changes_the_fingerprint() {
    let base = example();
    let fp = base.plan_fingerprint();
    let action = base.plan.actions[1].id;
    let goal = base.plan.goals[0].id;
    let due = base.plan.actions[1].due.unwrap();
    let edits = [
        PlanEdit::SetActionDue(action, Some(due + Duration::days(1))),
        PlanEdit::SetText(TextField::ActionWhat(action), "Samen vacatures zoeken".into()),
        PlanEdit::SetText(TextField::ActionEvidence(action), "Verslag".into()),
        PlanEdit::SetActionOwner(action, Some(Owner::Client)),
        PlanEdit::SetText(TextField::GoalTitle(goal), "Werk vinden".into()),
        PlanEdit::SetText(TextField::Topic(Topic::Future), "Anders".into()),
        PlanEdit::SetText(TextField::WorkerName, "Lotte V.".into()),
        PlanEdit::SetEnd(None),
        PlanEdit::RemovePlannedEvaluation(base.plan.planned_evaluations[2].id),
        PlanEdit::AddGoal,
    ];
    for edit in edits {
        let mut d = base.clone();
        assert!(plan_edit(&mut d, edit.clone(), now()), "{edit:?} changes the plan");
        assert_ne!(d.plan_fingerprint(), fp, "{edit:?} must change the fingerprint");
    }
    let mut renamed = base.clone();
    renamed.client_name = "Samira B.".into();
    assert_ne!(renamed.plan_fingerprint(), fp, "the client's name is signed too");

    // Following the plan up is not a change of what was agreed.
    let mut d = base.clone();
    plan_edit(&mut d, PlanEdit::SetActionStatus(action, ActionStatus::Done), now());
    plan_edit(&mut d, PlanEdit::SetStep(crate::domain::plan::PlanStep::Evaluations), now());
    assert_eq!(d.plan_fingerprint(), fp);
}

#[test]
fn required_parties_are_client_worker_and_third_parties_with_tasks() {
    let mut d = example();
    let m = mediator(&d);
    assert_eq!(required_signers(&d.plan), vec![SignerRole::Client, SignerRole::Worker, m]);
    // A third party without an action may sign but is not required.
    plan_edit(&mut d, PlanEdit::AddThirdParty, now());
    let other = SignerRole::ThirdParty(d.plan.third_parties[1].id);
    assert!(!required_signers(&d.plan).contains(&other));
    assert!(possible_signers(&d.plan).contains(&other));
    // Present-only roles are never required.
    assert!(!SignerRole::Interpreter.is_party() && !SignerRole::SupportPerson.is_party());
    assert!(!required_signers(&d.plan).iter().any(|r| !r.is_party()));
    assert_eq!(SignerRole::SupportPerson.known_name(&d.client_name, &d.plan), "Nadia (zus)");
    assert_eq!(SignerRole::Interpreter.known_name(&d.client_name, &d.plan), "");
    assert_eq!(m.known_name(&d.client_name, &d.plan), "Koen Declercq");
}

#[test]
fn fully_signed_only_when_every_required_party_signed_this_version() {
    let mut d = example();
    let fp = d.plan_fingerprint();
    assert_eq!(d.signing.state(&fp, &d.plan), SignState::Unsigned);
    assert!(sign(&mut d, SignerRole::Client, "Samira"));
    assert!(sign(&mut d, SignerRole::SupportPerson, "Nadia"));
    let m = mediator(&d);
    assert_eq!(d.signing.state(&fp, &d.plan), SignState::Partly { missing: vec![SignerRole::Worker, m] });
    assert!(sign(&mut d, SignerRole::Worker, "Lotte Vermeulen"));
    assert!(!d.fully_signed(), "the debt mediator has tasks and has not signed");
    assert!(sign(&mut d, m, "Koen Declercq"));
    assert!(d.fully_signed());
    assert_eq!(d.signing.rounds.len(), 1);
    let round = &d.signing.rounds[0];
    assert_eq!(round.fingerprint, fp);
    assert_eq!(round.signatures.len(), 4);
    assert_eq!(fingerprint(&round.client_name, &round.plan), fp, "the snapshot is what was signed");
    // Signing again in a role replaces that signature.
    let mut again = signature(SignerRole::Client, "Samira A.");
    again.place = "Brugge".into();
    assert!(DossierEdit::Signing(SigningEdit::Sign(again)).apply(&mut d, now()));
    assert_eq!(d.signing.rounds[0].signatures.len(), 4);
    assert_eq!(d.signing.rounds[0].signature(SignerRole::Client).unwrap().place, "Brugge");
    // Withdrawn: no longer complete.
    assert!(DossierEdit::Signing(SigningEdit::Withdraw(SignerRole::Worker)).apply(&mut d, now()));
    assert!(!d.fully_signed());
}

#[test]
fn editing_after_signing_voids_the_signatures_and_keeps_the_signed_version() {
    let mut d = example();
    let m = mediator(&d);
    for (role, name) in [(SignerRole::Client, "Samira"), (SignerRole::Worker, "Lotte"), (m, "Koen")] {
        sign(&mut d, role, name);
    }
    let signed_fp = d.plan_fingerprint();
    assert!(d.fully_signed());
    let goal = d.plan.goals[0].id;
    let old_title = d.plan.goals[0].title.clone();
    plan_edit(&mut d, PlanEdit::SetText(TextField::GoalTitle(goal), "Werk vinden in een rusthuis".into()), now());
    let fp = d.plan_fingerprint();
    assert_ne!(fp, signed_fp);
    assert!(!d.fully_signed());
    assert!(d.signing.is_outdated(&fp));
    assert_eq!(d.signing.state(&fp, &d.plan), SignState::Unsigned);
    let earlier = d.signing.earlier(&fp);
    assert_eq!(earlier.len(), 1);
    assert_eq!(earlier[0].1.plan.goals[0].title, old_title, "the signed version stays readable");
    assert!(earlier[0].1.is_complete());
    // Signing again starts a new round; the earlier one stays.
    sign(&mut d, SignerRole::Client, "Samira");
    assert_eq!(d.signing.rounds.len(), 2);
    assert!(!d.signing.is_outdated(&fp));
    assert_eq!(d.signing.rounds[0].fingerprint, signed_fp);
    assert_eq!(d.signing.rounds[1].plan.goals[0].title, "Werk vinden in een rusthuis");
    // Undoing the change to the signed text does not bring back a round that is not the last.
    plan_edit(&mut d, PlanEdit::Undo, now());
    assert!(d.signing.is_outdated(&d.plan_fingerprint()));
}

#[test]
fn undoing_a_change_before_anyone_signs_again_restores_the_signatures() {
    let mut d = example();
    sign(&mut d, SignerRole::Client, "Samira");
    let fp = d.plan_fingerprint();
    plan_edit(&mut d, PlanEdit::SetText(TextField::Topic(Topic::Needs), "Iets anders".into()), now());
    assert!(d.signing.is_outdated(&d.plan_fingerprint()));
    plan_edit(&mut d, PlanEdit::Undo, now());
    assert_eq!(d.plan_fingerprint(), fp);
    assert!(d.signing.current(&fp).is_some());
}

#[test]
fn invalid_signatures_change_nothing() {
    let mut d = example();
    let mut s = signature(SignerRole::Client, "  ");
    assert_eq!(s.problems(&d.plan), vec![SignProblem::NoName]);
    s.name = "Samira".into();
    s.strokes = vec![vec![]];
    assert_eq!(s.problems(&d.plan), vec![SignProblem::NoStrokes]);
    // Someone who cannot draw signs with the typed name instead.
    s.typed = true;
    assert!(s.problems(&d.plan).is_empty());
    s.typed = false;
    s.strokes = vec![vec![(1, 1); MAX_POINTS + 1]];
    assert_eq!(s.problems(&d.plan), vec![SignProblem::TooManyPoints]);
    assert!(!DossierEdit::Signing(SigningEdit::Sign(s)).apply(&mut d, now()));
    assert_eq!(signature(SignerRole::ThirdParty(999), "X").problems(&d.plan), vec![SignProblem::UnknownSigner]);
    assert!(!sign(&mut d, SignerRole::ThirdParty(999), "X"));
    assert!(d.signing.rounds.is_empty());
    assert!(!DossierEdit::Signing(SigningEdit::Withdraw(SignerRole::Client)).apply(&mut d, now()));
    // A saved signature is tidied: names trimmed, points kept in the box.
    let mut s = signature(SignerRole::Worker, " Lotte ");
    s.strokes = vec![vec![(5000, 5000), (3, 4)], vec![]];
    assert!(DossierEdit::Signing(SigningEdit::Sign(s)).apply(&mut d, now()));
    let saved = d.signing.rounds[0].signature(SignerRole::Worker).unwrap();
    assert_eq!(saved.name, "Lotte");
    assert_eq!(saved.strokes, vec![vec![(BOX_WIDTH, BOX_HEIGHT), (3, 4)]]);
    // Withdrawing the only signature removes the empty round.
    assert!(DossierEdit::Signing(SigningEdit::Withdraw(SignerRole::Worker)).apply(&mut d, now()));
    assert!(d.signing.rounds.is_empty());
}

#[test]
fn signatures_survive_a_round_trip_and_stay_small() {
    let mut d = example();
    sign(&mut d, SignerRole::Client, "Samira");
    let json = serde_json::to_string(&d).unwrap();
    assert!(json.contains(r#""strokes":[[[10,20],[40,80],[90,60]],[[200,150]]]"#), "{json}");
    assert!(json.contains(r#""role":{"kind":"client"}"#));
    let back: Dossier = serde_json::from_str(&json).unwrap();
    assert_eq!(back, d);
    assert!(back.signing.current(&back.plan_fingerprint()).is_some());
}

#[test]
fn a_dossier_stored_before_signing_existed_still_loads() {
    let v1 = r#"{"schema_version":1,"id":"d1","client_name":"Amina","interface_lang":"nl",
        "client_lang":"ar","created":"2026-11-24T09:00:00Z","updated":"2026-11-24T09:05:00Z",
        "plan":{"worker_name":"Lotte"}}"#;
    let (d, migrated) = crate::storage::migration::load_dossier(v1).unwrap();
    assert!(!migrated);
    assert_eq!(d.signing, Signing::default());
    assert!(!d.fully_signed());
}

#[test]
fn screen_points_map_into_the_box_and_strokes_become_smooth_paths() {
    assert_eq!(to_box(0.0, 0.0, 500.0, 150.0), (0, 0));
    assert_eq!(to_box(250.0, 75.0, 500.0, 150.0), (500, 150));
    assert_eq!(to_box(-10.0, 900.0, 500.0, 150.0), (0, BOX_HEIGHT));
    assert_eq!(to_box(10.0, 10.0, 0.0, 150.0).0, 0);
    assert_eq!(stroke_path(&[]), "");
    assert_eq!(stroke_path(&[vec![(5, 6)]]), "M5 6l0.1 0");
    assert_eq!(stroke_path(&[vec![(0, 0), (10, 10), (20, 0)]]), "M0 0Q10 10 15 5L20 0");
    assert_eq!(stroke_path(&[vec![(0, 0), (10, 10)], vec![(1, 2)]]), "M0 0L10 10M1 2l0.1 0");
}

/// The midpoints are written in integers now; they read as the `f32` the path used to print.
#[test]
fn midpoints_read_as_the_f32_they_were() {
    for a in (0..=BOX_WIDTH).step_by(7) {
        for b in [0, 1, 2, 299, 300, 333, 999, 1000] {
            let f32_mid = (f32::from(a) + f32::from(b)) / 2.0;
            let path = stroke_path(&[vec![(a, b), (b, a), (0, 0)]]);
            assert_eq!(path, format!("M{a} {b}Q{b} {a} {} {}L0 0", f32::from(b) / 2.0, f32::from(a) / 2.0));
            let path = stroke_path(&[vec![(0, 0), (a, a), (b, b)]]);
            assert_eq!(path, format!("M0 0Q{a} {a} {f32_mid} {f32_mid}L{b} {b}"));
        }
    }
}

/// Fingerprints written by the code before the canonical form stopped going through
/// `serde_json::to_value` (so the plan's types are not serialised twice in the wasm): the bytes
/// of the canonical form must not change, or every signed plan breaks.
#[test]
fn golden_fingerprints_of_the_example_and_the_large_dossier() {
    use crate::domain::plan::{ActionOrigin, PlanType};
    use crate::domain::LifeDomain;
    let example = example();
    let large = crate::domain::fixtures::large_dossier(now());
    // Every origin and owner, several orientations, a float-free mix of everything.
    let mut mixed = example.clone();
    mixed.plan.orientations = vec![PlanType::Employment, PlanType::Studies];
    let origins = [
        ActionOrigin::SelfCheck { domain: LifeDomain::Housing, suggestion: "Zoek \"woning\" \u{e9}".into() },
        ActionOrigin::Catalogue {
            catalogue: "c1".into(),
            catalogue_name: "Cat".into(),
            edition: "2026".into(),
            offer: "o1".into(),
            name_nl: "Cursus".into(),
            name_en: "Course".into(),
        },
        ActionOrigin::Catalogue {
            catalogue: "c1".into(),
            catalogue_name: String::new(),
            edition: "2026".into(),
            offer: "o1".into(),
            name_nl: "Cursus".into(),
            name_en: "Course".into(),
        },
        ActionOrigin::Free,
    ];
    let owners = [Some(Owner::Client), Some(Owner::Ocmw), Some(Owner::ThirdParty(3)), None];
    for (i, a) in mixed.plan.actions.iter_mut().map(std::rc::Rc::make_mut).enumerate() {
        a.origin = origins[i % 4].clone();
        a.owner = owners[i % 4];
    }
    let got: Vec<(String, usize)> = [&example, &large, &mixed]
        .iter()
        .map(|d| (d.plan_fingerprint(), canonical_form(&d.client_name, &d.plan).len()))
        .collect();
    // Written by the derived serde code and the `to_value` canonical form (commit a18d88e).
    let golden = [
        ("4135c94369acfb09f7c1e78d2c4748492a0ba63435ce54cf623f61a6c1b08f2b", 2475),
        ("12279c976f2da39131a1dffbbe731c949a7ebf52ac09af5c7873f9816d14881e", 53123),
        ("070831e43c61c8d72d017d0bbcd021f9420d8a7e09abcc3346bfcd2535375587", 2872),
    ];
    assert_eq!(got, golden.map(|(f, n)| (f.to_owned(), n)));
}
