//! A dossier's stored JSON, made again after every change without serialising its evaluations
//! again: they are shared (`Rc`) from one edit to the next and are most of a big dossier's bytes,
//! so the text of each is kept for as long as the same evaluation is. The text is exactly
//! `serde_json::to_string(dossier)` (tested), so a record made this way is the usual one.

use std::rc::Rc;

use crate::domain::plan::Evaluation;
use crate::domain::Dossier;

/// What the plan's evaluations are written as when there are none: the place to put them back.
const NO_EVALUATIONS: &str = "\"evaluations\":[]";

/// The text of the evaluations last written, each with the evaluation it is the text of.
#[derive(Default)]
pub struct DossierJson {
    evaluations: Vec<(Rc<Evaluation>, String)>,
}

impl DossierJson {
    /// The dossier's JSON, as `serde_json::to_string` writes it.
    pub fn write(&mut self, dossier: &Dossier) -> String {
        let mut rest = dossier.clone();
        let evaluations = std::mem::take(&mut rest.plan.evaluations);
        let json = serde_json::to_string(&rest).expect("a dossier always serialises");
        let mut kept = std::mem::take(&mut self.evaluations);
        for e in evaluations {
            let text = match kept.iter().position(|(k, _)| Rc::ptr_eq(k, &e)) {
                Some(i) => kept.remove(i).1,
                None => serde_json::to_string(&*e).expect("an evaluation always serialises"),
            };
            self.evaluations.push((e, text));
        }
        // The plan's own list comes first after `"plan":` (a signed round's plan comes later, in
        // `signing`); a typed text cannot hold it, as its quotes are escaped.
        let at = json.find("\"plan\":{").and_then(|p| json[p..].find(NO_EVALUATIONS).map(|e| p + e));
        let Some(at) = at else {
            return serde_json::to_string(dossier).expect("a dossier always serialises");
        };
        let list_at = at + NO_EVALUATIONS.len() - 1;
        let size = self.evaluations.iter().map(|(_, t)| t.len() + 1).sum::<usize>();
        let mut out = String::with_capacity(json.len() + size);
        out.push_str(&json[..list_at]);
        for (i, (_, text)) in self.evaluations.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str(text);
        }
        out.push_str(&json[list_at..]);
        out
    }
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone, Utc};

    use super::*;
    use crate::domain::fixtures::large_dossier;
    use crate::domain::plan::{PlanEdit, TextField};
    use crate::domain::DossierEdit;

    #[test]
    fn writes_what_serde_writes_and_reuses_the_evaluations_it_wrote() {
        let now = Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap();
        let mut dossier = large_dossier(now);
        let mut json = DossierJson::default();
        assert_eq!(json.write(&dossier), serde_json::to_string(&dossier).unwrap());
        let goal = dossier.plan.goals[0].id;
        let kept = json.evaluations[0].1.as_ptr();
        let edit = PlanEdit::SetText(TextField::GoalTitle(goal), "Een \"evaluations\":[] in tekst".into());
        assert!(DossierEdit::Plan(edit).apply(&mut dossier, now));
        assert_eq!(json.write(&dossier), serde_json::to_string(&dossier).unwrap());
        assert_eq!(json.evaluations[0].1.as_ptr(), kept, "the same evaluation is not written again");
        dossier.plan.evaluations.clear();
        assert_eq!(json.write(&dossier), serde_json::to_string(&dossier).unwrap());
    }
}
