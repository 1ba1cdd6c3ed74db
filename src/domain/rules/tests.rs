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
fn reflection_time_skips_the_weekend_by_default() {
    let rules = RuleSet::default();
    // Asked on Thursday 26 November 2026: Fri, Mon, Tue, Wed, Thu.
    assert_eq!(reflection_end(&rules, d(2026, 11, 26)), d(2026, 12, 3));
    // Asked on a Saturday: Mon to Fri.
    assert_eq!(reflection_end(&rules, d(2026, 11, 28)), d(2026, 12, 4));
    let calendar = RuleSet { reflection_count: DayCount::Calendar, ..RuleSet::default() };
    assert_eq!(reflection_end(&calendar, d(2026, 11, 26)), d(2026, 12, 1));
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
    let plain = RuleSet::default();
    assert_eq!(reflection_end(&plain, d(2026, 11, 9)), d(2026, 11, 16));
    let holidays = RuleSet { skip_public_holidays: true, ..RuleSet::default() };
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
