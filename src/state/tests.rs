use super::*;
use crate::domain::{DossierEdit, LockSettings, Rung};
use chrono::TimeZone;

fn at(day: u32, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, day, hour, 0, 0).unwrap()
}

fn id(s: &str) -> DossierId {
    DossierId(s.into())
}

fn with_two() -> AppState {
    AppState::default()
        .apply(Msg::Loaded {
            dossiers: vec![],
            unreadable: vec![],
            ui_lang: None,
            utc_offset: UtcOffset { minutes: 60 },
        })
        .apply(Msg::Create { id: id("a"), name: "Amina".into(), now: at(1, 9) })
        .apply(Msg::Create { id: id("b"), name: "Bram".into(), now: at(2, 9) })
}

#[test]
fn create_validates_opens_and_lists_newest_first() {
    let state = with_two();
    let names: Vec<_> = state.dossiers.iter().map(|d| d.client_name.as_str()).collect();
    assert_eq!(names, ["Bram", "Amina"]);
    assert_eq!(state.open, Some(id("b")));
    let state = state.apply(Msg::Create { id: id("c"), name: "   ".into(), now: at(3, 9) });
    assert_eq!(state.dossiers.len(), 2, "a blank name creates nothing");
    let state = state.apply(Msg::Create { id: id("a"), name: "Dup".into(), now: at(3, 9) });
    assert_eq!(state.dossiers.len(), 2, "an existing id is never replaced");
}

#[test]
fn loaded_dossiers_list_newest_first_and_by_id_when_made_at_the_same_moment() {
    let made = |i: &str, when| Dossier::new(id(i), i.to_uppercase(), Lang::Nl, when);
    let dossiers =
        vec![made("c", at(1, 9)), made("b", at(2, 9)), made("e", at(1, 9)), made("a", at(2, 9)), made("d", at(3, 9))];
    let state = AppState::default().apply(Msg::Loaded {
        dossiers,
        unreadable: vec![],
        ui_lang: None,
        utc_offset: UtcOffset { minutes: 60 },
    });
    let ids: Vec<_> = state.dossiers.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["d", "a", "b", "c", "e"]);
    let state = state.apply(Msg::LockedFound(vec![id("z"), id("x"), id("y")]));
    assert_eq!(state.locked, [id("x"), id("y"), id("z")]);
    let state = state.apply(Msg::ExternalLock(id("c"))).apply(Msg::ExternalLock(id("y")));
    assert_eq!(state.locked, [id("c"), id("x"), id("y"), id("z")], "in order, and once");
    assert!(state.dossier(&id("c")).is_none());
}

#[test]
fn rename_trims_and_touches_only_on_change() {
    let state = with_two().apply(Msg::Rename { id: id("a"), name: " Amina B ".into(), now: at(5, 9) });
    let a = state.dossier(&id("a")).unwrap();
    assert_eq!(a.client_name, "Amina B");
    assert_eq!(a.updated, at(5, 9));
    let state = state.apply(Msg::Rename { id: id("a"), name: "Amina B".into(), now: at(6, 9) });
    assert_eq!(state.dossier(&id("a")).unwrap().updated, at(5, 9));
    let state = state.apply(Msg::Rename { id: id("a"), name: "".into(), now: at(7, 9) });
    assert_eq!(state.dossier(&id("a")).unwrap().client_name, "Amina B");
}

#[test]
fn delete_closes_the_open_dossier() {
    let state = with_two().apply(Msg::Delete { id: id("b") });
    assert_eq!(state.dossiers.len(), 1);
    assert_eq!(state.open, None);
}

#[test]
fn language_follows_the_open_dossier() {
    let state = with_two().apply(Msg::SetUiLang { lang: Lang::En, now: at(8, 9) });
    assert_eq!(state.dossier(&id("b")).unwrap().interface_lang, Lang::En);
    assert_eq!(state.dossier(&id("a")).unwrap().interface_lang, Lang::Nl);
    let state = state.apply(Msg::Open(id("a")));
    assert_eq!(state.ui_lang, Lang::Nl);
    let state = state.apply(Msg::GoHome).apply(Msg::Open(id("zzz")));
    assert_eq!(state.open, None, "an unknown id opens nothing");
}

#[test]
fn client_language_is_kept_apart_from_the_interface() {
    let state = with_two().apply(Msg::SetClientLang { id: id("a"), lang: Lang::Ar, now: at(9, 9) });
    let a = state.dossier(&id("a")).unwrap();
    assert_eq!((a.client_lang, a.interface_lang), (Lang::Ar, Lang::Nl));
}

#[test]
fn platform_news_is_kept_for_the_screen() {
    let state = with_two().apply(Msg::StoragePersistence(false)).apply(Msg::UpdateReady);
    assert_eq!(state.storage_persistent, Some(false));
    assert!(state.update_ready);
}

#[test]
fn an_import_never_replaces_a_dossier_on_the_device() {
    let state = with_two();
    let mut incoming = state.dossier(&id("a")).unwrap().clone();
    incoming.client_name = "Amina (from file)".into();
    let state = state.apply(Msg::Import { dossier: Box::new(incoming), fresh_id: id("c"), keyed: false });
    assert_eq!(state.dossier(&id("a")).unwrap().client_name, "Amina");
    assert_eq!(state.dossier(&id("c")).unwrap().client_name, "Amina (from file)");
    assert_eq!(state.import_outcome, Some(ImportOutcome::Imported { name: "Amina (from file)".into(), as_copy: true }));
    let failed = state.clone().apply(Msg::ImportFailed { file_name: "x.json".into(), problems: vec![] });
    assert_eq!(failed.dossiers, state.dossiers, "a failed import changes no dossier");
}

#[test]
fn an_import_never_takes_the_id_of_a_locked_or_unreadable_record() {
    let state = with_two().apply(Msg::LockedFound(vec![id("locked")]));
    let mut state = state;
    state.unreadable.push(crate::storage::dossier_store::UnreadableRecord {
        key: crate::storage::dossier_store::dossier_key(&id("broken")),
        message_id: "load-error-not-json",
    });
    let mut incoming = state.dossier(&id("a")).unwrap().clone();
    for (taken, fresh) in [("locked", "c1"), ("broken", "c2")] {
        incoming.id = id(taken);
        state = state.apply(Msg::Import { dossier: Box::new(incoming.clone()), fresh_id: id(fresh), keyed: false });
        assert!(state.dossier(&id(taken)).is_none(), "{taken} is not overwritten");
        assert!(state.dossier(&id(fresh)).is_some());
    }
}

#[test]
fn an_imported_lock_stays_only_with_a_key_to_seal_it() {
    let mut incoming = with_two().dossier(&id("a")).unwrap().clone();
    incoming.id = id("n");
    incoming.lock = Some(crate::domain::LockSettings { idle_minutes: 5 });
    let plain = Msg::Import { dossier: Box::new(incoming.clone()), fresh_id: id("x"), keyed: false };
    assert_eq!(AppState::default().apply(plain).dossier(&id("n")).unwrap().lock, None);
    let keyed = Msg::Import { dossier: Box::new(incoming), fresh_id: id("x"), keyed: true };
    assert!(AppState::default().apply(keyed).dossier(&id("n")).unwrap().lock.is_some());
}

#[test]
fn wiping_removes_every_dossier() {
    let state = with_two().apply(Msg::WipeAll);
    assert!(state.dossiers.is_empty());
    assert_eq!(state.open, None);
}

#[test]
fn the_export_dialog_closes_when_its_dossier_leaves() {
    let mut locked = with_two();
    Rc::make_mut(&mut locked.dossiers[0]).lock = Some(LockSettings { idle_minutes: 5 });
    let first = locked.dossiers[0].id.clone();
    let state = locked.apply(Msg::AskExport(Some(first.clone())));
    assert_eq!(state.export_asked, Some(first.clone()));
    assert_eq!(state.apply(Msg::Relocked(first)).export_asked, None);
    assert_eq!(with_two().apply(Msg::AskExport(Some(id("nobody")))).export_asked, None);
}

#[test]
fn locking_on_hide_is_a_device_setting() {
    let state = with_two().apply(Msg::LockOnHide(true));
    assert!(state.lock_on_hide);
    assert!(!state.apply(Msg::LockOnHide(false)).lock_on_hide);
}

#[test]
fn wiping_leaves_no_name_file_or_error_on_screen() {
    let mut state = with_two().apply(Msg::Open(id("a"))).apply(Msg::LockedFound(vec![id("l")]));
    state.tab_conflict = Some("Amina".into());
    state.pending_import = Some(PendingImport { file_name: "amina.json".into(), text: "{}".into(), error: None });
    state.unlock_error = Some((id("l"), "crypto-error-wrong-passphrase"));
    state.export_asked = Some(id("a"));
    state.unreadable.push(crate::storage::dossier_store::UnreadableRecord { key: "k".into(), message_id: "m" });
    state.catalogue.problems = vec![];
    let (ui_lang, loaded) = (state.ui_lang, state.loaded);
    let state = state.apply(Msg::WipeAll);
    assert_eq!(state.tab_conflict, None);
    assert_eq!(state.pending_import, None);
    assert_eq!(state.unlock_error, None);
    assert_eq!(state.export_asked, None);
    assert!(state.unreadable.is_empty() && state.locked.is_empty() && state.dossiers.is_empty());
    assert_eq!((state.ui_lang, state.loaded), (ui_lang, loaded), "the device's settings stay");
    assert_eq!(state.wipe_report, Some(vec![]));
    let state = state.apply(Msg::WipeChecked(vec!["trede.catalogue".into()]));
    assert_eq!(state.wipe_report, Some(vec!["trede.catalogue".to_owned()]));
}

#[test]
fn a_locked_dossier_leaves_memory_and_comes_back_with_its_passphrase() {
    let state = with_two().apply(Msg::LockedFound(vec![id("z")])).apply(Msg::LockSet {
        id: id("a"),
        idle_minutes: 10,
        now: at(4, 9),
    });
    assert_eq!(state.dossier(&id("a")).unwrap().lock, Some(LockSettings { idle_minutes: 10 }));
    let state = state.apply(Msg::Open(id("a"))).apply(Msg::Relocked(id("a")));
    assert!(state.dossier(&id("a")).is_none(), "nothing of it stays in memory");
    assert_eq!(state.locked, [id("a"), id("z")]);
    assert_eq!(state.open, None);
    // An unlocked dossier cannot be "relocked" away: only locked ones leave memory.
    let state = state.apply(Msg::Relocked(id("b")));
    assert!(state.dossier(&id("b")).is_some());

    let state = state.apply(Msg::UnlockFailed { id: id("a"), message_id: "crypto-error-wrong-passphrase" });
    assert_eq!(state.unlock_error, Some((id("a"), "crypto-error-wrong-passphrase")));
    assert_eq!(state.clone().apply(Msg::DismissUnlockError).unlock_error, None);
    let mut back = Dossier::new(id("a"), "Amina".into(), Lang::Nl, at(1, 9));
    back.lock = Some(LockSettings { idle_minutes: 10 });
    let state = state.apply(Msg::Unlocked(Box::new(back)));
    assert_eq!(state.locked, [id("z")]);
    assert_eq!(state.open, Some(id("a")));
    assert_eq!(state.unlock_error, None);
    let state = state.apply(Msg::LockRemoved { id: id("a"), now: at(5, 9) });
    assert_eq!(state.dossier(&id("a")).unwrap().lock, None);
}

#[test]
fn changes_from_another_tab_never_replace_unsaved_work() {
    let state = with_two();
    let mut theirs = state.dossier(&id("a")).unwrap().clone();
    theirs.client_name = "Amina (other tab)".into();
    let adopted = state.clone().apply(Msg::ExternalUpdate(Box::new(theirs.clone())));
    assert_eq!(adopted.dossier(&id("a")).unwrap().client_name, "Amina (other tab)");
    assert_eq!(adopted.dossiers.len(), 2);
    let both = state.clone().apply(Msg::ExternalConflict { theirs: Box::new(theirs), fresh_id: id("c") });
    assert_eq!(both.dossier(&id("a")).unwrap().client_name, "Amina");
    assert_eq!(both.dossier(&id("c")).unwrap().client_name, "Amina (other tab)");
    assert_eq!(both.tab_conflict.as_deref(), Some("Amina (other tab)"));
    let gone = state.apply(Msg::ExternalRemove(id("b")));
    assert_eq!((gone.dossiers.len(), gone.open.clone()), (1, None));
}

#[test]
fn local_dates_use_the_device_offset() {
    let state = with_two();
    let late = Utc.with_ymd_and_hms(2026, 11, 24, 23, 30, 0).unwrap();
    assert_eq!(state.local_date(late), NaiveDate::from_ymd_opt(2026, 11, 25).unwrap());
}

#[test]
fn plan_edits_go_through_the_reducer_and_the_example_opens_on_its_plan() {
    use crate::domain::plan::{PlanEdit, PlanType};
    let state = with_two().apply(Msg::Edit {
        id: id("a"),
        edit: DossierEdit::Plan(PlanEdit::SetType(Some(PlanType::Training))),
        now: at(10, 9),
    });
    assert_eq!(state.dossier(&id("a")).unwrap().plan.orientations, vec![PlanType::Training]);
    assert_eq!(state.dossier(&id("a")).unwrap().updated, at(10, 9));
    assert_eq!(state.today(), Some(NaiveDate::from_ymd_opt(2026, 11, 10).unwrap()));
    let state = state.apply(Msg::CreateExample { id: id("ex"), now: at(11, 9) });
    assert_eq!(state.open, Some(id("ex")));
    assert_eq!(state.view, DossierView::Plan);
    assert!(state.open_dossier().unwrap().is_example);
    let state = state.apply(Msg::Tick(at(12, 23)));
    assert_eq!(state.today(), Some(NaiveDate::from_ymd_opt(2026, 11, 13).unwrap()));
}

#[test]
fn a_catalogue_file_replaces_the_current_one_only_when_valid() {
    let state = with_two();
    assert_eq!(state.catalogue.current().id, "oostende");
    let good = r#"{"format": "trede-catalogue", "version": 1, "id": "gent", "name": {"nl": "OCMW Gent"},
        "edition": "2025", "offers": [{"id": "a", "rung": 2, "name": {"nl": "A"}, "provider": {"nl": "P"}, "description": {"nl": "D"}}]}"#;
    let state = state.apply(Msg::LoadCatalogue(good.into()));
    assert_eq!(state.catalogue.current().id, "gent");
    assert!(state.catalogue.just_loaded);
    let state = state.apply(Msg::LoadCatalogue("{".into()));
    assert_eq!(state.catalogue.current().id, "gent", "a broken file leaves the current catalogue");
    assert_eq!(state.catalogue.problems.len(), 1);
    assert_eq!(state.catalogue.source(), Some(good));
    let state = state.apply(Msg::ResetCatalogue);
    assert_eq!((state.catalogue.current().id.as_str(), state.catalogue.source()), ("oostende", None));
    let state = state.apply(Msg::RestoreCatalogue(good.into())).apply(Msg::RestoreCatalogue("nonsense".into()));
    assert_eq!(state.catalogue.current().id, "gent");
    assert!(state.catalogue.problems.is_empty(), "a restore never shows problems");
}

#[test]
fn ladder_edits_go_through_the_dossier_edit() {
    use crate::domain::ladder::{LadderEdit, PlacementDraft, Position, Viewpoint};
    use crate::domain::Rung;
    let draft = PlacementDraft {
        date: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
        position: Position::Rung(Rung::new(2).unwrap()),
        viewpoint: Viewpoint::Agreed,
        language_course: true,
        note: String::new(),
    };
    let state = with_two().apply(Msg::ShowView(DossierView::Ladder)).apply(Msg::Edit {
        id: id("a"),
        edit: DossierEdit::Ladder(LadderEdit::AddPlacement(draft)),
        now: at(10, 9),
    });
    assert_eq!(state.view, DossierView::Ladder);
    let a = state.dossier(&id("a")).unwrap();
    assert_eq!(a.ladder.current_rung(), Rung::new(2));
    assert_eq!(a.updated, at(10, 9));
}

#[test]
fn signing_goes_through_the_dossier_edit_and_earlier_versions_can_be_printed() {
    use crate::domain::plan::{PlanEdit, TextField};
    use crate::domain::signing::{Signature, SignerRole, SigningEdit};
    let sig = |role| Signature {
        role,
        name: "Amina".into(),
        date: NaiveDate::from_ymd_opt(2026, 11, 10).unwrap(),
        place: "Gent".into(),
        strokes: vec![vec![(1, 2), (3, 4)]],
        typed: false,
    };
    let edit = |e| Msg::Edit { id: id("a"), edit: e, now: at(10, 9) };
    let state = with_two()
        .apply(Msg::Open(id("a")))
        .apply(Msg::ShowView(DossierView::Sign))
        .apply(edit(DossierEdit::Signing(SigningEdit::Sign(sig(SignerRole::Client)))))
        .apply(edit(DossierEdit::Signing(SigningEdit::Sign(sig(SignerRole::Worker)))));
    assert_eq!(state.view, DossierView::Sign);
    assert!(state.dossier(&id("a")).unwrap().fully_signed());
    let state = state.apply(edit(DossierEdit::Plan(PlanEdit::SetText(TextField::WorkerName, "Lotte".into()))));
    let a = state.dossier(&id("a")).unwrap();
    assert!(!a.fully_signed());
    assert!(a.signing.is_outdated(&a.plan_fingerprint()));
    let state = state.apply(Msg::ShowPrint(Some(0)));
    assert_eq!((state.view, state.print_round), (DossierView::Print, Some(0)));
    let signed = &state.dossier(&id("a")).unwrap().signing.rounds[0].fingerprint;
    // The whole fingerprint, grouped, and the name isolated so it cannot reorder the digits.
    let line = state.print_running_line().unwrap();
    assert_eq!(line, format!("GPMI · \u{2068}Amina\u{2069} · SHA-256 {}", crate::domain::signing::grouped(signed)));
    let state = state.apply(Msg::ShowPrint(Some(7)));
    assert_eq!(state.print_round, None, "an unknown round prints the current plan");
    let state = state.apply(Msg::ShowPrint(Some(0))).apply(Msg::ShowView(DossierView::Plan));
    assert_eq!(state.print_round, None);
    assert_eq!(state.print_running_line(), None, "only the print view has a running line");
}

#[test]
fn save_errors_are_shown_until_a_save_succeeds() {
    let state = with_two().apply(Msg::SaveFailed("save-error-full"));
    assert_eq!(state.save_error, Some("save-error-full"));
    assert_eq!(state.dossiers.len(), 2, "data stays in memory");
    assert_eq!(state.apply(Msg::SaveSucceeded).save_error, None);
}

#[test]
fn what_is_open_on_a_view_is_forgotten_when_the_view_changes() {
    let check = OpenSelfCheck { id: 1, mode: SelfCheckMode::Worker };
    let state = with_two().apply(Msg::ShowRung(Some(Rung::new(3).unwrap())));
    assert_eq!(state.focus.rung, None, "a rung opens only on the ladder view");
    let state = state.apply(Msg::ShowView(DossierView::Ladder)).apply(Msg::ShowRung(Some(Rung::new(3).unwrap())));
    assert_eq!(state.focus.rung, Rung::new(3));
    let state = state.apply(Msg::ShowView(DossierView::SelfCheck));
    assert_eq!(state.focus, Focus::default());
    let state = state.apply(Msg::ShowSelfCheck(Some(check)));
    assert_eq!(state.focus.self_check, Some(check));
    let state = state.apply(Msg::GoHome).apply(Msg::Open(id("a")));
    assert_eq!(state.focus, Focus::default(), "opening a dossier starts on its overview with nothing open");
}

#[test]
fn a_keystroke_copies_only_its_goal_and_shares_the_rest_of_the_plan_evaluations_signed_versions_self_checks_and_ladder()
{
    use crate::domain::fixtures::large_dossier;
    use crate::domain::plan::{PlanEdit, TextField};
    use crate::domain::signing::{Signature, SignerRole, SigningEdit};
    let mut dossier = large_dossier(at(10, 9));
    let signature = Signature {
        role: SignerRole::Client,
        name: "Amina".into(),
        date: NaiveDate::from_ymd_opt(2026, 11, 10).unwrap(),
        place: "Gent".into(),
        strokes: vec![vec![(1, 2), (3, 4)]],
        typed: false,
    };
    assert!(DossierEdit::Signing(SigningEdit::Sign(signature)).apply(&mut dossier, at(10, 9)));
    let (large, goal) = (dossier.id.clone(), dossier.plan.goals[0].id);
    let before = AppState::default().apply(Msg::Loaded {
        dossiers: vec![dossier],
        unreadable: vec![],
        ui_lang: None,
        utc_offset: UtcOffset { minutes: 60 },
    });
    let typed = |state: &AppState, title: &str| {
        let edit = DossierEdit::Plan(PlanEdit::SetText(TextField::GoalTitle(goal), title.into()));
        // As the app does: the previous state stays alive beside the new one.
        state.clone().apply(Msg::Edit { id: large.clone(), edit, now: at(11, 9) })
    };
    fn shared<T>(a: &[Rc<T>], b: &[Rc<T>]) -> bool {
        a.len() == b.len() && a.iter().zip(b).all(|(a, b)| Rc::ptr_eq(a, b))
    }
    let first = typed(&before, "W");
    let second = typed(&first, "We");
    for (old, new) in [(&before, &first), (&first, &second)] {
        let (old, new) = (old.dossier(&large).unwrap(), new.dossier(&large).unwrap());
        assert_ne!(old.plan.goals[0].title, new.plan.goals[0].title, "the keystroke landed");
        assert!(!old.plan.evaluations.is_empty() && !old.signing.rounds.is_empty());
        assert!(shared(&old.plan.evaluations, &new.plan.evaluations), "evaluations are shared, not copied");
        assert!(shared(&old.signing.rounds, &new.signing.rounds), "signed versions are shared, not copied");
        assert!(!old.self_checks.is_empty() && shared(&old.self_checks, &new.self_checks), "self-checks are shared");
        assert!(!Rc::ptr_eq(&old.plan.goals[0], &new.plan.goals[0]), "the goal typed in is a copy");
        assert!(
            old.plan.goals.len() > 1 && shared(&old.plan.goals[1..], &new.plan.goals[1..]),
            "other goals are shared"
        );
        assert!(!old.plan.actions.is_empty() && shared(&old.plan.actions, &new.plan.actions), "actions are shared");
        assert!(!old.ladder.placements.is_empty() && Rc::ptr_eq(&old.ladder, &new.ladder), "the ladder is shared");
    }
}

#[test]
fn a_dossier_is_a_new_rc_exactly_when_it_changed() {
    use crate::domain::plan::{PlanEdit, TextField};
    let before = with_two();
    let name = |name: &str| DossierEdit::Plan(PlanEdit::SetText(TextField::WorkerName, name.into()));
    let after = before.clone().apply(Msg::Edit { id: id("a"), edit: name("Lotte"), now: at(10, 9) });
    let same = |s: &AppState, t: &AppState, d: &str| {
        let find = |s: &AppState| s.dossiers.iter().find(|x| x.id == id(d)).unwrap().clone();
        Rc::ptr_eq(&find(s), &find(t))
    };
    assert!(!same(&before, &after, "a"), "the edited dossier is new, so the save writes it");
    assert!(same(&before, &after, "b"), "the other one is the same, so the save skips it");
    let again = after.clone().apply(Msg::Edit { id: id("a"), edit: name("Lotte"), now: at(11, 9) });
    assert!(same(&after, &again, "a"), "an edit that changes nothing leaves the same dossier");
    assert_eq!(again.dossier(&id("a")).unwrap().updated, at(10, 9));
}
