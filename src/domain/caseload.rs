//! A realistic caseload for capacity tests and the benchmark: [`caseload`] builds `n` dossiers of
//! about a year each (a signed plan, four evaluations, a self-check), every one through the same
//! edit functions the screens use. Used by native tests, `tools/bench.mjs` and the e2e layer
//! (through `cargo run --example caseload`).

use chrono::{DateTime, Duration, Months, Utc};

use super::example::example_dossier;
use super::ladder::Viewpoint;
use super::plan::{EvaluationInput, GoalProgress, GoalReview, PlanEdit, TextField};
use super::rules::EvaluationKind;
use super::signing::{Signature, SignerRole, SigningEdit};
use super::{Dossier, DossierEdit, DossierId, Lang, Rung};

/// A job coach in Oostende follows about 200 clients; 300 leaves room.
pub const CASELOAD: usize = 300;
pub const EVALUATIONS_A_YEAR: usize = 4;

const FIRST: [&str; 12] =
    ["Amina", "Yonas", "Olena", "Bram", "Fatima", "Dawit", "Ioana", "Kees", "Zahra", "Mehmet", "Lieke", "Samir"];
const LAST: [&str; 10] =
    ["El Idrissi", "Tesfaye", "Kovalenko", "Peeters", "Haidari", "Mekonnen", "Popescu", "Janssens", "Ahmadi", "Yilmaz"];
const LANGS: [Lang; 6] = [Lang::Nl, Lang::Ar, Lang::Uk, Lang::Ti, Lang::Fa, Lang::Ro];

/// The `i`-th dossier of a caseload, dated from `now`; its id is `caseload-<i>`.
pub fn caseload_dossier(i: usize, now: DateTime<Utc>) -> Dossier {
    let mut d = example_dossier(DossierId(format!("caseload-{i:03}")), now);
    d.is_example = false;
    d.client_name = format!("{} {}", FIRST[i % FIRST.len()], LAST[(i / FIRST.len()) % LAST.len()]);
    d.client_lang = LANGS[i % LANGS.len()];
    let today = now.date_naive();
    let start = today.checked_sub_months(Months::new(12)).unwrap_or(today);
    let edit = |d: &mut Dossier, e: DossierEdit, at: DateTime<Utc>| {
        e.apply(d, at);
    };
    edit(&mut d, DossierEdit::Plan(PlanEdit::SetStart(Some(start))), now);
    edit(&mut d, DossierEdit::Plan(PlanEdit::SetSignedOn(Some(start))), now);
    let note = format!("Afspraken met {} over werk, taal en budget, elke twee weken.", d.client_name);
    edit(&mut d, DossierEdit::Plan(PlanEdit::SetText(TextField::WorkerName, "Lotte Vermeulen".into())), now);
    edit(&mut d, DossierEdit::Plan(PlanEdit::SetText(TextField::Topic(super::plan::Topic::ALL[0]), note)), now);
    // The required parties sign the plan with drawn signatures of a few hundred points.
    let signers: Vec<(SignerRole, String)> = std::iter::once((SignerRole::Client, d.client_name.clone()))
        .chain([(SignerRole::Worker, "Lotte Vermeulen".to_owned())])
        .chain(d.plan.third_parties.iter().map(|p| (SignerRole::ThirdParty(p.id), p.name.clone())))
        .collect();
    for (k, (role, name)) in signers.into_iter().enumerate() {
        let signature =
            Signature { role, name, date: start, place: "Oostende".into(), strokes: strokes(i * 7 + k), typed: false };
        edit(&mut d, DossierEdit::Signing(SigningEdit::Sign(signature)), now);
    }
    // A year of evaluations, each reviewing every goal.
    let goals: Vec<u64> = d.plan.goals.iter().map(|g| g.id).collect();
    for e in 0..EVALUATIONS_A_YEAR {
        let date = start + Duration::days(91 * (e as i64 + 1)).min(today - start);
        let input = EvaluationInput {
            date,
            kind: EvaluationKind::ALL[e % EvaluationKind::ALL.len()],
            planned: None,
            present: "Cliënt, Lotte Vermeulen".into(),
            goals: goals
                .iter()
                .enumerate()
                .map(|(k, g)| GoalReview {
                    goal: *g,
                    progress: GoalProgress::ALL[(i + e + k) % GoalProgress::ALL.len()],
                })
                .collect(),
            changes: format!("Evaluatie {}: een actie afgerond, een andere bijgestuurd.", e + 1),
            new_rung: Rung::new(1 + ((i + e) % 5) as u8),
            viewpoint: Viewpoint::default(),
        };
        let at = date.and_hms_opt(10, 0, 0).expect("valid time").and_utc();
        edit(&mut d, DossierEdit::Plan(PlanEdit::RecordEvaluation(input)), at);
    }
    d.plan.history = Default::default();
    d.touch(now);
    d
}

/// Pen strokes of about 300 points in the signature box, different for every `seed`.
fn strokes(seed: usize) -> Vec<super::signing::Stroke> {
    (0..6)
        .map(|s| {
            (0..50)
                .map(|p| {
                    let x = (20 + s * 90 + p * 2 + seed % 17) as u16;
                    let y = (60 + ((p * 7 + s * 13 + seed) % 90)) as u16;
                    (x, y)
                })
                .collect()
        })
        .collect()
}

/// `n` dossiers, the first `caseload-000`.
pub fn caseload(n: usize, now: DateTime<Utc>) -> Vec<Dossier> {
    (0..n).map(|i| caseload_dossier(i, now)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn a_caseload_dossier_is_signed_evaluated_and_loads_back() {
        let now = Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap();
        let d = caseload_dossier(7, now);
        assert!(d.fully_signed(), "every required party signed");
        assert!(d.plan.evaluations.len() >= EVALUATIONS_A_YEAR);
        assert!(d.signing.rounds[0].signatures.iter().all(|s| s.point_count() >= 300));
        let json = serde_json::to_string(&d).unwrap();
        assert!(json.len() > 10_000, "a year of work is tens of KB, not {}", json.len());
        let (back, _) = crate::storage::migration::load_dossier(&json).unwrap();
        assert_eq!(back, d);
        assert_ne!(caseload_dossier(8, now).client_name, "");
    }
}
