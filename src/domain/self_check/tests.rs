use chrono::{DateTime, TimeZone, Utc};

use super::*;
use crate::domain::{Dossier, DossierEdit, DossierId, Lang, LifeDomain};

fn at(day: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, day, 9, 0, 0).unwrap()
}

fn dossier() -> Dossier {
    Dossier::new(DossierId("d1".into()), "Amina".into(), Lang::Nl, at(1))
}

fn edit(d: &mut Dossier, e: SelfCheckEdit) -> bool {
    DossierEdit::SelfCheck(e).apply(d, at(2))
}

fn started(d: &mut Dossier) -> u64 {
    assert!(edit(d, SelfCheckEdit::Start));
    d.self_checks.last().unwrap().id
}

#[test]
fn start_dates_the_check_and_gives_unique_ids() {
    let mut d = dossier();
    let a = started(&mut d);
    let b = started(&mut d);
    assert_ne!(a, b);
    assert_eq!(d.self_checks.len(), 2);
    assert_eq!(d.self_checks[0].created, at(2));
    assert!(edit(&mut d, SelfCheckEdit::Delete { check: a }));
    assert!(!edit(&mut d, SelfCheckEdit::Delete { check: a }), "deleting twice changes nothing");
    assert_eq!(d.self_checks.len(), 1);
}

#[test]
fn answers_and_scores_round_trip_through_json() {
    let mut d = dossier();
    let c = started(&mut d);
    use LifeDomain::*;
    edit(&mut d, SelfCheckEdit::ClientAnswer { check: c, domain: Money, answer: Some(ClientAnswer::BigProblem) });
    edit(&mut d, SelfCheckEdit::ClientWantsHelp { check: c, domain: Money, wants_help: true });
    edit(&mut d, SelfCheckEdit::ClientNote { check: c, domain: Money, note: "Huur is te hoog".into() });
    edit(&mut d, SelfCheckEdit::ClientSkip { check: c, domain: Housing });
    edit(&mut d, SelfCheckEdit::WorkerScore { check: c, domain: Childcare, score: Some(WorkerScore::NotNow) });
    edit(
        &mut d,
        SelfCheckEdit::WorkerSubItem {
            check: c,
            domain: Childcare,
            item: "childcare-waiting-list".into(),
            ticked: true,
        },
    );
    edit(&mut d, SelfCheckEdit::WorkerNote { check: c, domain: Childcare, note: "Wachtlijst tot maart".into() });
    edit(&mut d, SelfCheckEdit::DutchLevel { check: c, level: Some(DutchLevel::L1_2) });
    edit(&mut d, SelfCheckEdit::Literacy { check: c, skill: LatinSkill::Reading, value: Some(true) });
    edit(&mut d, SelfCheckEdit::Literacy { check: c, skill: LatinSkill::Writing, value: Some(false) });
    let json = serde_json::to_string(&d).unwrap();
    assert!(json.contains(r#""money":{"answer":"big_problem","wants_help":true"#), "{json}");
    assert!(json.contains(r#""score":"not_now""#) && json.contains(r#""level":"l1_2""#), "{json}");
    let back: Dossier = serde_json::from_str(&json).unwrap();
    assert_eq!(back, d);
    let sc = &back.self_checks[0];
    assert_eq!(sc.client_position, 2, "skipping housing moves on to the third domain");
    assert!(sc.client_entry(Housing).skipped);
    assert_eq!(sc.worker_entry(Childcare).sub_items, ["childcare-waiting-list"]);
    assert_eq!(
        sc.dutch,
        DutchDetails { level: Some(DutchLevel::L1_2), reads_latin: Some(true), writes_latin: Some(false) }
    );
}

#[test]
fn a_stored_dossier_without_self_checks_still_loads() {
    let d = dossier();
    let mut value = serde_json::to_value(&d).unwrap();
    value.as_object_mut().unwrap().remove("self_checks");
    let back: Dossier = serde_json::from_value(value).unwrap();
    assert!(back.self_checks.is_empty());
    // And a check stored with only its id and date reads as empty.
    let sc: SelfCheck = serde_json::from_str(r#"{"id":3,"created":"2026-11-02T09:00:00Z"}"#).unwrap();
    assert_eq!(sc, SelfCheck::new(3, at(2)));
}

#[test]
fn edits_that_change_nothing_report_so() {
    let mut d = dossier();
    let c = started(&mut d);
    let help = SelfCheckEdit::ClientWantsHelp { check: c, domain: LifeDomain::Work, wants_help: true };
    assert!(edit(&mut d, help.clone()));
    assert!(!edit(&mut d, help));
    assert!(!edit(&mut d, SelfCheckEdit::ClientGoTo { check: c, position: 19 }), "past the end");
    assert!(!edit(&mut d, SelfCheckEdit::ClientGoTo { check: 999, position: 1 }), "unknown check");
    let other_domain = SelfCheckEdit::WorkerSubItem {
        check: c,
        domain: LifeDomain::Money,
        item: "childcare-waiting-list".into(),
        ticked: true,
    };
    assert!(!edit(&mut d, other_domain), "a sub-item of another domain is refused");
    let long = "é".repeat(MAX_NOTE_CHARS + 10);
    edit(&mut d, SelfCheckEdit::ClientNote { check: c, domain: LifeDomain::Work, note: long });
    assert_eq!(d.self_checks[0].client_entry(LifeDomain::Work).note.chars().count(), MAX_NOTE_CHARS);
}

#[test]
fn answering_a_skipped_domain_clears_the_skip() {
    let mut d = dossier();
    let c = started(&mut d);
    edit(&mut d, SelfCheckEdit::ClientSkip { check: c, domain: LifeDomain::Money });
    assert_eq!(d.self_checks[0].progress().client_skipped, 1);
    edit(
        &mut d,
        SelfCheckEdit::ClientAnswer { check: c, domain: LifeDomain::Money, answer: Some(ClientAnswer::GoesWell) },
    );
    let p = d.self_checks[0].progress();
    assert_eq!((p.client_answered, p.client_skipped), (1, 0));
}

#[test]
fn partial_checks_show_their_progress() {
    let mut d = dossier();
    let c = started(&mut d);
    for domain in &LifeDomain::ALL[..6] {
        edit(
            &mut d,
            SelfCheckEdit::ClientAnswer { check: c, domain: *domain, answer: Some(ClientAnswer::SometimesHard) },
        );
        let position = d.self_checks[0].client_position + 1;
        edit(&mut d, SelfCheckEdit::ClientGoTo { check: c, position });
    }
    edit(&mut d, SelfCheckEdit::ClientSkip { check: c, domain: LifeDomain::ALL[6] });
    let sc = &d.self_checks[0];
    assert_eq!(sc.client_domain(), Some(LifeDomain::ALL[7]), "resumes at the eighth domain");
    let p = sc.progress();
    assert_eq!(p, Progress { client_answered: 6, client_skipped: 1, worker_scored: 0, total: 18 });
    assert!(!p.is_complete());

    let mut full = SelfCheck::new(1, at(2));
    for domain in LifeDomain::ALL {
        full.client.insert(domain, ClientEntry { answer: Some(ClientAnswer::RatherNotSay), ..Default::default() });
        full.worker.insert(domain, WorkerEntry { score: Some(WorkerScore::CannotAssess), ..Default::default() });
    }
    assert!(full.progress().is_complete());
    full.client_position = LifeDomain::ALL.len();
    assert_eq!(full.client_domain(), None, "the end screen");
}

#[test]
fn preconditions_are_the_four_domains_scored_three() {
    let mut sc = SelfCheck::new(1, at(2));
    let score = |s| WorkerEntry { score: Some(s), ..Default::default() };
    sc.worker.insert(LifeDomain::Housing, score(WorkerScore::NotNow));
    sc.worker.insert(LifeDomain::Addiction, score(WorkerScore::NotNow));
    sc.worker.insert(LifeDomain::Mind, score(WorkerScore::CannotAssess));
    sc.worker.insert(LifeDomain::Childcare, score(WorkerScore::WithSupport));
    sc.worker.insert(LifeDomain::Money, score(WorkerScore::NotNow));
    assert_eq!(sc.preconditions(), [LifeDomain::Housing, LifeDomain::Addiction]);
}

#[test]
fn differences_compare_only_what_can_be_weighed() {
    let mut sc = SelfCheck::new(1, at(2));
    let answer = |a| ClientEntry { answer: Some(a), ..Default::default() };
    let score = |s| WorkerEntry { score: Some(s), ..Default::default() };
    sc.client.insert(LifeDomain::Money, answer(ClientAnswer::GoesWell));
    sc.worker.insert(LifeDomain::Money, score(WorkerScore::NotNow));
    sc.client.insert(LifeDomain::Work, answer(ClientAnswer::SometimesHard));
    sc.worker.insert(LifeDomain::Work, score(WorkerScore::WithSupport));
    sc.client.insert(LifeDomain::Mind, answer(ClientAnswer::RatherNotSay));
    sc.worker.insert(LifeDomain::Mind, score(WorkerScore::NotNow));
    sc.client.insert(LifeDomain::Dutch, answer(ClientAnswer::BigProblem));
    sc.worker.insert(LifeDomain::Dutch, score(WorkerScore::CannotAssess));
    sc.client.insert(LifeDomain::Health, answer(ClientAnswer::BigProblem));
    assert!(sc.differs(LifeDomain::Money));
    assert!(!sc.differs(LifeDomain::Work));
    assert!(!sc.differs(LifeDomain::Mind), "rather not say is never a difference");
    assert!(!sc.differs(LifeDomain::Dutch), "cannot assess is never a difference");
    assert!(!sc.differs(LifeDomain::Health), "one voice alone is not a difference");
}

#[test]
fn comparison_with_the_previous_check() {
    let mut d = dossier();
    let first = started(&mut d);
    use LifeDomain::*;
    let answers =
        [(Money, ClientAnswer::BigProblem), (Housing, ClientAnswer::GoesWell), (Mind, ClientAnswer::SometimesHard)];
    for (domain, a) in answers {
        edit(&mut d, SelfCheckEdit::ClientAnswer { check: first, domain, answer: Some(a) });
    }
    edit(&mut d, SelfCheckEdit::WorkerScore { check: first, domain: Dutch, score: Some(WorkerScore::NotNow) });
    edit(&mut d, SelfCheckEdit::WorkerScore { check: first, domain: Work, score: Some(WorkerScore::WithSupport) });
    let second = DossierEdit::SelfCheck(SelfCheckEdit::Start).apply(&mut d, at(20));
    assert!(second);
    let second = d.self_checks[1].id;
    let answers =
        [(Money, ClientAnswer::SometimesHard), (Housing, ClientAnswer::BigProblem), (Mind, ClientAnswer::RatherNotSay)];
    for (domain, a) in answers {
        edit(&mut d, SelfCheckEdit::ClientAnswer { check: second, domain, answer: Some(a) });
    }
    edit(&mut d, SelfCheckEdit::WorkerScore { check: second, domain: Dutch, score: Some(WorkerScore::WithSupport) });
    edit(&mut d, SelfCheckEdit::WorkerScore { check: second, domain: Work, score: Some(WorkerScore::WithSupport) });

    let (a, b) = (&d.self_checks[0], &d.self_checks[1]);
    assert_eq!(previous(&d.self_checks, b), Some(a));
    assert_eq!(previous(&d.self_checks, a), None);
    let changes = b.changes_since(a);
    let summary: Vec<_> = changes.iter().map(|c| (c.domain, c.voice, c.movement)).collect();
    assert_eq!(
        summary,
        [
            (Money, Voice::Client, Movement::Eased),
            (Housing, Voice::Client, Movement::Harder),
            (Dutch, Voice::Worker, Movement::Eased),
        ],
        "mind (rather not say) and work (same score) are not listed"
    );
    assert_eq!((changes[0].from.as_str(), changes[0].to.as_str()), ("self-check-answer-big", "self-check-answer-hard"));
}

#[test]
fn data_ids_are_unique_and_sub_items_belong_to_their_domain() {
    let mut subs: Vec<_> = data::all_sub_items().map(|s| s.id).collect();
    let n = subs.len();
    subs.sort();
    subs.dedup();
    assert_eq!(subs.len(), n);
    for domain in LifeDomain::ALL {
        for s in sub_items(domain) {
            assert!(s.id.starts_with(domain.slug()), "{}", s.id);
        }
        assert!(!suggested_actions(domain).is_empty(), "{domain:?} has actions");
        for a in suggested_actions(domain) {
            assert_eq!(a.domain, domain);
            assert!(a.id.starts_with(domain.slug()));
        }
    }
    let mut acts: Vec<_> = data::all_suggested_actions().map(|a| a.id).collect();
    let n = acts.len();
    acts.sort();
    acts.dedup();
    assert_eq!(acts.len(), n);
    assert!(sub_items(LifeDomain::Mind).is_empty(), "mind is described in the note, as in the HIVA instrument");
}
