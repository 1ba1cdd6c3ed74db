//! Reading the plan: its texts and items, and what the rules say about it.

use std::rc::Rc;

use chrono::NaiveDate;

use super::{Goal, MeansOf, Owner, Plan, PlanAction, PlanType, Question, TextField, ThirdParty};
use crate::domain::rules::{self, Ground, Mandate, MandateFacts};

impl Plan {
    pub fn text(&self, field: TextField) -> &str {
        match field {
            TextField::WorkerName => &self.worker_name,
            TextField::OcmwName => &self.ocmw_name,
            TextField::PresentName(kind) => self.present_name(kind).unwrap_or(""),
            TextField::StudiesSchool => &self.studies.school,
            TextField::StudiesDirection => &self.studies.direction,
            TextField::StudiesDuration => &self.studies.duration,
            TextField::StudentOther => &self.studies.student_other,
            TextField::StudiesOcmw => &self.studies.ocmw,
            TextField::CostsOther => &self.costs.other,
            TextField::EndReason => &self.closing.reason,
            TextField::NewOcmw => &self.closing.new_ocmw,
            TextField::OverrideReason => self.mandate_override.as_ref().map(|o| o.reason.as_str()).unwrap_or(""),
            TextField::ExemptionReason => self.exemption.as_ref().map(|x| x.reason.as_str()).unwrap_or(""),
            TextField::Topic(t) => self.topics.get(t),
            TextField::Question(q) => self.agreements.question(q),
            TextField::Means(m) => self.agreements.means(m),
            TextField::GoalTitle(id) => self.goal(id).map(|g| g.title.as_str()).unwrap_or(""),
            TextField::GoalWhy(id) => self.goal(id).map(|g| g.why.as_str()).unwrap_or(""),
            TextField::ActionWhat(id) => self.action(id).map(|a| a.what.as_str()).unwrap_or(""),
            TextField::ActionEvidence(id) => self.action(id).map(|a| a.evidence.as_str()).unwrap_or(""),
            TextField::ActionStopReason(id) => self.action(id).map(|a| a.stop_reason.as_str()).unwrap_or(""),
            TextField::ThirdPartyName(id) => self.third_party(id).map(|p| p.name.as_str()).unwrap_or(""),
            TextField::ThirdPartyRole(id) => self.third_party(id).map(|p| p.role.as_str()).unwrap_or(""),
            TextField::ThirdPartyTasks(id) => self.third_party(id).map(|p| p.tasks.as_str()).unwrap_or(""),
        }
    }

    pub(super) fn text_mut(&mut self, field: TextField) -> Option<&mut String> {
        Some(match field {
            TextField::WorkerName => &mut self.worker_name,
            TextField::OcmwName => &mut self.ocmw_name,
            TextField::PresentName(kind) => self.present_slot(kind).as_mut()?,
            TextField::StudiesSchool => &mut self.studies.school,
            TextField::StudiesDirection => &mut self.studies.direction,
            TextField::StudiesDuration => &mut self.studies.duration,
            TextField::StudentOther => &mut self.studies.student_other,
            TextField::StudiesOcmw => &mut self.studies.ocmw,
            TextField::CostsOther => &mut self.costs.other,
            TextField::EndReason => &mut self.closing.reason,
            TextField::NewOcmw => &mut self.closing.new_ocmw,
            TextField::OverrideReason => &mut self.mandate_override.as_mut()?.reason,
            TextField::ExemptionReason => &mut self.exemption.as_mut()?.reason,
            TextField::Topic(t) => self.topics.get_mut(t),
            TextField::Question(Question::ClientWillDo) => &mut self.agreements.client_will_do,
            TextField::Question(Question::ClientExpects) => &mut self.agreements.client_expects,
            TextField::Question(Question::OcmwExpects) => &mut self.agreements.ocmw_expects,
            TextField::Means(MeansOf::Client) => &mut self.agreements.means_client,
            TextField::Means(MeansOf::Ocmw) => &mut self.agreements.means_ocmw,
            TextField::Means(MeansOf::Others) => &mut self.agreements.means_others,
            TextField::GoalTitle(id) => &mut self.goal_mut(id)?.title,
            TextField::GoalWhy(id) => &mut self.goal_mut(id)?.why,
            TextField::ActionWhat(id) => &mut self.action_mut(id)?.what,
            TextField::ActionEvidence(id) => &mut self.action_mut(id)?.evidence,
            TextField::ActionStopReason(id) => &mut self.action_mut(id)?.stop_reason,
            TextField::ThirdPartyName(id) => &mut self.third_party_mut(id)?.name,
            TextField::ThirdPartyRole(id) => &mut self.third_party_mut(id)?.role,
            TextField::ThirdPartyTasks(id) => &mut self.third_party_mut(id)?.tasks,
        })
    }

    pub fn goal(&self, id: u64) -> Option<&Goal> {
        self.goals.iter().find(|g| g.id == id).map(Rc::as_ref)
    }
    /// Copies only that goal when it is shared with an earlier version.
    pub(super) fn goal_mut(&mut self, id: u64) -> Option<&mut Goal> {
        self.goals.iter_mut().find(|g| g.id == id).map(Rc::make_mut)
    }
    pub fn action(&self, id: u64) -> Option<&PlanAction> {
        self.actions.iter().find(|a| a.id == id).map(Rc::as_ref)
    }
    /// Copies only that action when it is shared with an earlier version.
    pub(super) fn action_mut(&mut self, id: u64) -> Option<&mut PlanAction> {
        self.actions.iter_mut().find(|a| a.id == id).map(Rc::make_mut)
    }
    pub fn third_party(&self, id: u64) -> Option<&ThirdParty> {
        self.third_parties.iter().find(|p| p.id == id)
    }
    pub(super) fn third_party_mut(&mut self, id: u64) -> Option<&mut ThirdParty> {
        self.third_parties.iter_mut().find(|p| p.id == id)
    }

    /// What is known to decide whether a GPMI is required.
    pub fn mandate_facts(&self) -> MandateFacts {
        MandateFacts {
            birth_date: self.birth_date,
            had_recent_right: self.had_recent_right,
            asked_by_client: self.asked_by_client,
            asked_by_ocmw: self.asked_by_ocmw,
            part_time_top_up: self.part_time_top_up,
            // Full-time studies the OCMW accepts: the plan's studies orientation.
            full_time_student: self.orientations.contains(&PlanType::Studies),
            exempted: self.exemption.is_some(),
        }
    }

    /// Whether a GPMI is required, by the rules (judged on the decision date, else today).
    pub fn mandate(&self, today: NaiveDate) -> Mandate {
        rules::mandate(&self.rules, &self.mandate_facts(), self.decision_date.unwrap_or(today))
    }

    /// The rules' answer unless the worker overrode it. Full-time studies the OCMW accepts make
    /// the GPMI mandatory (art. 11 §2 a RMI-wet; seed 000 exempts students from activation, not
    /// from the GPMI).
    pub fn required(&self, today: NaiveDate) -> Option<bool> {
        match (&self.mandate_override, self.mandate(today)) {
            (Some(o), _) => Some(o.required),
            (None, Mandate::Required(_)) => Some(true),
            (None, Mandate::NotRequired | Mandate::Exempted) => Some(false),
            (None, Mandate::Unknown) => None,
        }
    }

    pub fn grounds(&self, today: NaiveDate) -> Vec<Ground> {
        match self.mandate(today) {
            Mandate::Required(g) => g,
            _ => Vec::new(),
        }
    }

    pub fn due_date(&self) -> Option<NaiveDate> {
        self.decision_date.map(|d| rules::due_date(&self.rules, d))
    }

    pub fn reflection_end(&self) -> Option<NaiveDate> {
        self.reflection_asked.map(|d| rules::reflection_end(&self.rules, d))
    }

    /// Whether signing on `date` falls inside the reflection time the client did not waive.
    pub fn signs_inside_reflection(&self, date: NaiveDate) -> bool {
        rules::signed_inside_reflection(&self.rules, self.reflection_asked, self.reflection_waived, date)
    }

    /// The name shown for an owner, if it still exists.
    pub fn owner_exists(&self, owner: Owner) -> bool {
        match owner {
            Owner::ThirdParty(id) => self.third_party(id).is_some(),
            _ => true,
        }
    }
}
