use chrono::NaiveDate;

use super::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn age_counts_whole_years_and_leap_day_birthdays() {
    assert_eq!(age_on(d(2003, 5, 10), d(2026, 5, 9)), 22);
    assert_eq!(age_on(d(2003, 5, 10), d(2026, 5, 10)), 23);
    // Born on 29 February: a year older only from 1 March in common years.
    assert_eq!(age_on(d(2004, 2, 29), d(2029, 2, 28)), 24);
    assert_eq!(age_on(d(2004, 2, 29), d(2029, 3, 1)), 25);
}

#[test]
fn under_25_is_always_required() {
    let facts = MandateFacts { birth_date: Some(d(2003, 5, 10)), ..Default::default() };
    assert_eq!(mandate(&RuleSet::default(), &facts, d(2026, 11, 24)), Mandate::Required(vec![Ground::Under25]));
    // The 25th birthday on the decision day: no longer under 25.
    let facts = MandateFacts { birth_date: Some(d(2001, 11, 24)), had_recent_right: Some(true), ..Default::default() };
    assert_eq!(mandate(&RuleSet::default(), &facts, d(2026, 11, 24)), Mandate::NotRequired);
    assert_eq!(mandate(&RuleSet::default(), &facts, d(2026, 11, 23)), Mandate::Required(vec![Ground::Under25]));
}

#[test]
fn older_clients_depend_on_history_or_a_request() {
    let rules = RuleSet::default();
    let on = d(2026, 11, 24);
    let mut facts = MandateFacts { birth_date: Some(d(1980, 1, 1)), ..Default::default() };
    assert_eq!(mandate(&rules, &facts, on), Mandate::Unknown);
    facts.had_recent_right = Some(false);
    assert_eq!(mandate(&rules, &facts, on), Mandate::Required(vec![Ground::NewBeneficiary]));
    facts.had_recent_right = Some(true);
    assert_eq!(mandate(&rules, &facts, on), Mandate::NotRequired);
    facts.asked_by_client = true;
    assert_eq!(mandate(&rules, &facts, on), Mandate::Required(vec![Ground::AskedByClient]));
    facts.asked_by_client = false;
    facts.asked_by_ocmw = true;
    assert_eq!(mandate(&rules, &facts, on), Mandate::Required(vec![Ground::AskedByOcmw]));
    assert_eq!(mandate(&rules, &MandateFacts::default(), on), Mandate::Unknown);
}

#[test]
fn no_birth_date_and_no_recent_right_is_required() {
    let rules = RuleSet::default();
    let facts = MandateFacts { had_recent_right: Some(false), ..Default::default() };
    assert_eq!(mandate(&rules, &facts, d(2028, 2, 29)), Mandate::Required(vec![Ground::NewBeneficiary]));
    // A right in the 3 months before but no birth date: the age still decides.
    let facts = MandateFacts { had_recent_right: Some(true), ..Default::default() };
    assert_eq!(mandate(&rules, &facts, d(2028, 2, 29)), Mandate::Unknown);
    // Under 25 and new: the age is the ground named.
    let facts = MandateFacts { birth_date: Some(d(2004, 2, 29)), had_recent_right: Some(false), ..Default::default() };
    assert_eq!(mandate(&rules, &facts, d(2028, 2, 29)), Mandate::Required(vec![Ground::Under25]));
}

#[test]
fn an_exemption_lifts_the_legal_grounds_not_a_request_nor_studies() {
    let rules = RuleSet::default();
    let on = d(2027, 1, 31);
    let young = MandateFacts { birth_date: Some(d(2005, 1, 31)), exempted: true, ..Default::default() };
    assert_eq!(mandate(&rules, &young, on), Mandate::Exempted);
    let new = MandateFacts { had_recent_right: Some(false), asked_by_ocmw: true, exempted: true, ..Default::default() };
    assert_eq!(mandate(&rules, &new, on), Mandate::Exempted);
    let asked = MandateFacts { asked_by_client: true, ..young.clone() };
    assert_eq!(mandate(&rules, &asked, on), Mandate::Required(vec![Ground::AskedByClient]));
    let student = MandateFacts { full_time_student: true, ..young };
    assert_eq!(mandate(&rules, &student, on), Mandate::Required(vec![Ground::FullTimeStudies]));
}

#[test]
fn a_full_time_student_always_needs_a_plan() {
    let rules = RuleSet::default();
    let facts = MandateFacts {
        birth_date: Some(d(1990, 12, 31)),
        had_recent_right: Some(true),
        full_time_student: true,
        ..Default::default()
    };
    assert_eq!(mandate(&rules, &facts, d(2026, 12, 31)), Mandate::Required(vec![Ground::FullTimeStudies]));
}

#[test]
fn a_part_time_worker_with_a_top_up_follows_the_setting() {
    let facts = MandateFacts {
        birth_date: Some(d(1980, 3, 31)),
        had_recent_right: Some(true),
        part_time_top_up: true,
        ..Default::default()
    };
    let on = d(2027, 3, 31);
    let seed_000 = RuleSet::default();
    assert!(seed_000.part_time_top_up_required);
    assert_eq!(mandate(&seed_000, &facts, on), Mandate::Required(vec![Ground::PartTimeTopUp]));
    let brussels = RuleSet { part_time_top_up_required: false, ..RuleSet::default() };
    assert_eq!(mandate(&brussels, &facts, on), Mandate::NotRequired);
}

#[test]
fn rights_numbers_come_from_the_rule_set() {
    let rules = RuleSet::default();
    assert_eq!(
        (rules.appeal_months, rules.sanction_months, rules.sanction_repeat_months, rules.meeting_working_days),
        (3, 1, 3, 5)
    );
    assert_eq!((rules.reflection_days, rules.deadline_months), (5, 3));
}

#[test]
fn due_date_is_three_months_later_clamped_to_month_end() {
    let rules = RuleSet::default();
    assert_eq!(due_date(&rules, d(2026, 11, 24)), d(2027, 2, 24));
    assert_eq!(due_date(&rules, d(2026, 11, 30)), d(2027, 2, 28));
    assert_eq!(due_date(&rules, d(2027, 11, 30)), d(2028, 2, 29), "leap year");
    assert_eq!(due_date(&rules, d(2027, 11, 29)), d(2028, 2, 29));
    assert_eq!(due_date(&rules, d(2026, 5, 31)), d(2026, 8, 31));
    assert_eq!(due_date(&rules, d(2026, 3, 31)), d(2026, 6, 30));
    assert_eq!(due_date(&rules, d(2026, 10, 15)), d(2027, 1, 15), "across the year end");
}

#[test]
fn deadline_warns_when_close_or_past() {
    let rules = RuleSet::default();
    let due = d(2027, 2, 28);
    assert_eq!(deadline_status(&rules, due, d(2027, 2, 1)), DeadlineStatus::Comfortable { days_left: 27 });
    assert_eq!(deadline_status(&rules, due, d(2027, 2, 14)), DeadlineStatus::Close { days_left: 14 });
    assert_eq!(deadline_status(&rules, due, d(2027, 2, 28)), DeadlineStatus::Close { days_left: 0 });
    assert_eq!(deadline_status(&rules, due, d(2027, 3, 1)), DeadlineStatus::Past { days_over: 1 });
}

#[test]
fn reflection_time_counts_calendar_days_by_default() {
    let rules = RuleSet::default();
    assert_eq!(rules.reflection_count, DayCount::Calendar);
    // Asked on Thursday 26 November 2026: 27, 28, 29, 30 November and 1 December.
    assert_eq!(reflection_end(&rules, d(2026, 11, 26)), d(2026, 12, 1));
    // Across a leap day and a month end: 26 February 2028 + 5 days = 2 March.
    assert_eq!(reflection_end(&rules, d(2028, 2, 26)), d(2028, 3, 2));
    assert_eq!(reflection_end(&rules, d(2027, 2, 26)), d(2027, 3, 3));
    // Across the year end.
    assert_eq!(reflection_end(&rules, d(2026, 12, 29)), d(2027, 1, 3));
}

#[test]
fn reflection_time_in_working_days_skips_the_weekend() {
    let rules = RuleSet { reflection_count: DayCount::Working, ..RuleSet::default() };
    // Asked on Thursday 26 November 2026: Fri, Mon, Tue, Wed, Thu.
    assert_eq!(reflection_end(&rules, d(2026, 11, 26)), d(2026, 12, 3));
    // Asked on a Saturday: Mon to Fri.
    assert_eq!(reflection_end(&rules, d(2026, 11, 28)), d(2026, 12, 4));
}

#[test]
fn signing_inside_the_reflection_time_is_noticed_unless_waived() {
    let rules = RuleSet::default();
    let asked = Some(d(2028, 2, 26)); // ends on 2 March 2028 (leap year)
    assert!(signed_inside_reflection(&rules, asked, None, d(2028, 2, 29)));
    assert!(signed_inside_reflection(&rules, asked, None, d(2028, 3, 2)), "the last day is still inside");
    assert!(!signed_inside_reflection(&rules, asked, None, d(2028, 3, 3)));
    assert!(!signed_inside_reflection(&rules, asked, Some(d(2028, 2, 27)), d(2028, 2, 29)), "waived");
    assert!(!signed_inside_reflection(&rules, None, None, d(2028, 2, 29)), "not asked");
}

#[test]
fn a_meeting_asked_for_is_due_within_five_working_days() {
    let rules = RuleSet::default();
    // Asked on Friday 26 February 2027: Mon 1 ... Fri 5 March.
    assert_eq!(meeting_due(&rules, d(2027, 2, 26)), d(2027, 3, 5));
    // Asked on Thursday 24 February 2028: Fri 25, Mon 28, Tue 29 Feb, Wed 1, Thu 2 March.
    assert_eq!(meeting_due(&rules, d(2028, 2, 24)), d(2028, 3, 2));
    // With public holidays skipped: 11 November 2026 (Wednesday) does not count.
    let holidays = RuleSet { skip_public_holidays: true, ..RuleSet::default() };
    assert_eq!(meeting_due(&rules, d(2026, 11, 9)), d(2026, 11, 16));
    assert_eq!(meeting_due(&holidays, d(2026, 11, 9)), d(2026, 11, 17));
}

#[test]
fn public_holidays_are_skipped_only_when_set() {
    assert_eq!(easter(2026), d(2026, 4, 5));
    assert_eq!(easter(2027), d(2027, 3, 28));
    assert!(is_belgian_public_holiday(d(2026, 4, 6)), "Easter Monday");
    assert!(is_belgian_public_holiday(d(2026, 5, 14)), "Ascension");
    assert!(is_belgian_public_holiday(d(2026, 5, 25)), "Whit Monday");
    assert!(is_belgian_public_holiday(d(2026, 11, 11)));
    assert!(!is_belgian_public_holiday(d(2026, 11, 12)));
    // Asked on Monday 9 November 2026; 11 November is a Wednesday holiday.
    let plain = RuleSet { reflection_count: DayCount::Working, ..RuleSet::default() };
    assert_eq!(reflection_end(&plain, d(2026, 11, 9)), d(2026, 11, 16));
    let holidays = RuleSet { skip_public_holidays: true, ..plain.clone() };
    assert_eq!(reflection_end(&holidays, d(2026, 11, 9)), d(2026, 11, 17));
}

#[test]
fn a_year_gets_three_evaluations_two_in_person() {
    let rules = RuleSet::default();
    let start = d(2026, 11, 30);
    let plan = propose_evaluations(&rules, start, None);
    let (inp, phone) = (EvaluationKind::InPerson, EvaluationKind::PhoneOrVideo);
    assert_eq!(
        plan,
        vec![
            Proposal { date: d(2027, 3, 30), kind: inp },
            Proposal { date: d(2027, 7, 30), kind: inp },
            Proposal { date: d(2027, 11, 30), kind: phone },
        ]
    );
    assert!(schedule_meets_minimum(&rules, start, None, &plan));
    assert!(!schedule_meets_minimum(&rules, start, None, &plan[..2]));
    // Month ends and a leap year: 31 October + 4 months = 29 February 2028.
    let plan = propose_evaluations(&rules, d(2027, 10, 31), None);
    assert_eq!(plan[0].date, d(2028, 2, 29));
    assert_eq!(plan[1].date, d(2028, 6, 30));
}

#[test]
fn a_short_plan_still_gets_its_evaluations_and_a_long_one_more() {
    let rules = RuleSet::default();
    let six_months = propose_evaluations(&rules, d(2026, 1, 1), Some(d(2026, 7, 1)));
    assert_eq!(six_months.iter().map(|p| p.date).collect::<Vec<_>>(), vec![d(2026, 4, 1), d(2026, 7, 1)]);
    assert_eq!(six_months.iter().filter(|p| p.kind.is_in_person()).count(), 1);
    let two_years = propose_evaluations(&rules, d(2026, 1, 1), Some(d(2028, 1, 1)));
    assert_eq!(two_years.len(), 6);
    assert_eq!(two_years.iter().filter(|p| p.kind.is_in_person()).count(), 4);
}

#[test]
fn evaluations_are_due_overdue_or_done() {
    let rules = RuleSet::default();
    let date = d(2027, 3, 30);
    assert_eq!(evaluation_status(&rules, date, false, d(2027, 3, 1)), EvaluationStatus::Later);
    assert_eq!(evaluation_status(&rules, date, false, d(2027, 3, 20)), EvaluationStatus::Due { days_left: 10 });
    assert_eq!(evaluation_status(&rules, date, false, d(2027, 4, 2)), EvaluationStatus::Overdue { days_over: 3 });
    assert_eq!(evaluation_status(&rules, date, true, d(2027, 4, 2)), EvaluationStatus::Done);
}

#[test]
fn rules_round_trip_and_fill_defaults() {
    let rules: RuleSet = serde_json::from_str(r#"{"reflection_count":"calendar"}"#).unwrap();
    assert_eq!(rules.reflection_count, DayCount::Calendar);
    assert_eq!(rules.evaluations_per_year, 3);
    let json = serde_json::to_string(&RuleSet::default()).unwrap();
    assert_eq!(serde_json::from_str::<RuleSet>(&json).unwrap(), RuleSet::default());
}

/// The rules as the plan records them: the exemption decision, the part-time top-up and the
/// waived reflection time, through the plan's edits.
mod recorded_in_the_plan {
    use chrono::{TimeZone, Utc};

    use super::d;
    use crate::domain::plan::{apply, PlanEdit, TextField};
    use crate::domain::rules::{ExemptionGround, Ground, Mandate};
    use crate::domain::{Dossier, DossierId, Lang};

    fn dossier() -> Dossier {
        let now = Utc.with_ymd_and_hms(2028, 2, 29, 9, 0, 0).unwrap();
        let mut dos = Dossier::new(DossierId("r1".into()), "Samira".into(), Lang::Nl, now);
        for e in [PlanEdit::SetBirthDate(Some(d(2004, 2, 29))), PlanEdit::SetDecisionDate(Some(d(2028, 2, 29)))] {
            apply(&mut dos, e, now);
        }
        dos
    }

    #[test]
    fn an_exemption_is_recorded_with_ground_date_and_reason() {
        let mut dos = dossier();
        let now = dos.updated;
        // 24 on 29 February 2028 (a leap day birthday): under 25.
        assert_eq!(dos.plan.mandate(d(2028, 2, 29)), Mandate::Required(vec![Ground::Under25]));
        assert!(apply(&mut dos, PlanEdit::SetExemption(Some(ExemptionGround::Health)), now));
        assert!(apply(&mut dos, PlanEdit::SetExemptionDate(Some(d(2028, 2, 29))), now));
        assert!(apply(&mut dos, PlanEdit::SetText(TextField::ExemptionReason, "Medisch attest".into()), now));
        assert_eq!(dos.plan.mandate(d(2028, 2, 29)), Mandate::Exempted);
        assert_eq!(dos.plan.required(d(2028, 2, 29)), Some(false));
        // Another ground keeps the date and the reason; none removes the decision.
        assert!(apply(&mut dos, PlanEdit::SetExemption(Some(ExemptionGround::Equity)), now));
        let x = dos.plan.exemption.clone().unwrap();
        assert_eq!(
            (x.ground, x.decided_on, x.reason.as_str()),
            (ExemptionGround::Equity, Some(d(2028, 2, 29)), "Medisch attest")
        );
        assert!(apply(&mut dos, PlanEdit::SetExemption(None), now));
        assert_eq!(dos.plan.mandate(d(2028, 2, 29)), Mandate::Required(vec![Ground::Under25]));
        // A date without a decision changes nothing.
        assert!(!apply(&mut dos, PlanEdit::SetExemptionDate(Some(d(2028, 3, 1))), now));
    }

    #[test]
    fn a_waiver_silences_the_reflection_warning() {
        let mut dos = dossier();
        let now = dos.updated;
        apply(&mut dos, PlanEdit::AskReflection(Some(d(2028, 2, 26))), now);
        assert_eq!(dos.plan.reflection_end(), Some(d(2028, 3, 2)));
        assert!(dos.plan.signs_inside_reflection(d(2028, 2, 29)));
        assert!(apply(&mut dos, PlanEdit::WaiveReflection(Some(d(2028, 2, 28))), now));
        assert!(!dos.plan.signs_inside_reflection(d(2028, 2, 29)));
    }

    #[test]
    fn old_plans_read_without_the_new_fields() {
        let plan: crate::domain::plan::Plan = serde_json::from_str(r#"{"had_recent_right":false}"#).unwrap();
        assert_eq!((plan.exemption, plan.part_time_top_up, plan.reflection_waived), (None, false, None));
    }
}
