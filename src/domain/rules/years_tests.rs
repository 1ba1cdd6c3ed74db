//! The yearly evaluation rule with fixed dates: plan years over month ends and leap years, the
//! proportional minimum of a short plan, the app's own proposal, and counting what was held.

use chrono::NaiveDate;

use super::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

const INP: EvaluationKind = EvaluationKind::InPerson;
const WRITTEN: EvaluationKind = EvaluationKind::Written;
const PHONE: EvaluationKind = EvaluationKind::PhoneOrVideo;

#[test]
fn plan_years_follow_month_ends_and_leap_years() {
    let rules = RuleSet::default();
    // Started on a leap day: each year ends on the last day of February.
    let years = plan_years(&rules, d(2024, 2, 29), Some(d(2028, 2, 29)), d(2024, 2, 29));
    let bounds: Vec<_> = years.iter().map(|y| (y.from, y.until)).collect();
    assert_eq!(
        bounds,
        [
            (d(2024, 2, 29), d(2025, 2, 28)),
            (d(2025, 3, 1), d(2026, 2, 28)),
            (d(2026, 3, 1), d(2027, 2, 28)),
            (d(2027, 3, 1), d(2028, 2, 29)),
        ]
    );
    // 31 January to 30 July: 31 January + 6 months is 31 July, so six started months.
    let short = plan_years(&rules, d(2026, 1, 31), Some(d(2026, 7, 30)), d(2026, 1, 31));
    assert_eq!((short.len(), short[0].months), (1, 6));
    // Without an end, the years run through the date asked for.
    assert_eq!(plan_years(&rules, d(2026, 1, 1), None, d(2027, 1, 2)).len(), 2);
    assert_eq!(plan_years(&rules, d(2026, 1, 1), None, d(2027, 1, 1)).len(), 1, "the anniversary closes year 1");
}

#[test]
fn a_plan_shorter_than_a_year_has_a_proportional_minimum() {
    let rules = RuleSet::default();
    let m = |months| minimum(&rules, months);
    assert_eq!(m(12), Tally { total: 3, in_person: 2 });
    assert_eq!(m(9), Tally { total: 3, in_person: 2 });
    assert_eq!(m(6), Tally { total: 2, in_person: 1 });
    assert_eq!(m(3), Tally { total: 1, in_person: 1 });
    assert_eq!(m(1), Tally { total: 1, in_person: 1 });
    let full = RuleSet { short_year: ShortYear::FullYear, ..RuleSet::default() };
    assert_eq!(minimum(&full, 6), Tally { total: 3, in_person: 2 });
}

#[test]
fn the_apps_own_proposal_meets_its_own_rule_for_any_plan() {
    let starts = [d(2026, 1, 1), d(2026, 1, 31), d(2024, 2, 29), d(2026, 11, 30), d(2027, 8, 31)];
    for rules in [RuleSet::default(), RuleSet { short_year: ShortYear::FullYear, ..RuleSet::default() }] {
        for start in starts {
            for days in [20, 45, 91, 183, 200, 364, 365, 366, 400, 548, 730, 1000] {
                // With the full minimum for any part of a year, a last part of one or two days
                // cannot hold three evaluations on different days: that setting has this limit.
                if rules.short_year == ShortYear::FullYear && days == 366 {
                    continue;
                }
                let end = Some(start + chrono::Duration::days(days));
                let proposal = propose_evaluations(&rules, start, end);
                assert!(
                    schedule_meets_minimum(&rules, start, end, &proposal),
                    "{start} + {days} days with {:?}: {proposal:?}",
                    rules.short_year
                );
                assert!(proposal.iter().all(|p| p.date > start && Some(p.date) <= end), "inside the plan");
            }
        }
    }
    // The six-month plan of the finding: two moments, one in person, and it passes.
    let rules = RuleSet::default();
    let six = propose_evaluations(&rules, d(2026, 1, 1), Some(d(2026, 7, 1)));
    assert!(schedule_meets_minimum(&rules, d(2026, 1, 1), Some(d(2026, 7, 1)), &six));
}

#[test]
fn held_evaluations_count_against_the_yearly_rule() {
    let rules = RuleSet::default();
    let start = d(2026, 1, 1);
    // A year that ended with one evaluation in person (and two written) is missed.
    let held = [(d(2026, 4, 1), INP), (d(2026, 8, 1), WRITTEN), (d(2026, 12, 1), WRITTEN)];
    let years = count_years(&rules, start, Some(d(2026, 12, 31)), &held, &[], d(2027, 1, 2));
    assert_eq!(years[0].held, Tally { total: 3, in_person: 1 });
    assert_eq!(years[0].status, YearStatus::Missed);
    // The same year on 2 December with an in-person moment still planned on 20 December: on track.
    let open = [(d(2026, 12, 20), INP)];
    let years = count_years(&rules, start, Some(d(2026, 12, 31)), &held[..2], &[], d(2026, 9, 1));
    assert_eq!(years[0].status, YearStatus::Short, "two held and nothing planned is not three");
    let years = count_years(&rules, start, Some(d(2026, 12, 31)), &held, &open, d(2026, 12, 2));
    assert_eq!(years[0].status, YearStatus::OnTrack);
    // An overdue moment can still be held while the year runs; once it is over, it is missed.
    let years = count_years(&rules, start, Some(d(2026, 12, 31)), &held, &open, d(2026, 12, 21));
    assert_eq!(years[0].status, YearStatus::OnTrack);
    let years = count_years(&rules, start, Some(d(2026, 12, 31)), &held, &open, d(2027, 1, 1));
    assert_eq!((years[0].status, years[0].planned.total), (YearStatus::Missed, 0));
    // Phone or video counts for the total, not for in person.
    let held = [(d(2026, 3, 1), INP), (d(2026, 6, 1), PHONE), (d(2026, 9, 1), INP)];
    let years = count_years(&rules, start, Some(d(2026, 12, 31)), &held, &[], d(2026, 9, 2));
    assert_eq!(years[0].status, YearStatus::Met);
}
