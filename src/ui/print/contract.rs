//! The parts of the printed plan that KB art. 11 (as replaced in 2016) asks for beyond goals and
//! actions: the orientations, a student's block, the OCMW's commitments and the activity
//! domains, the costs the OCMW covers, when the plan was explained, and how it ended.

use yew::prelude::*;

use super::document::Doc;
use super::texts::{free, term};
use crate::domain::plan::{Owner, PlanType, StudentCommitment};
use crate::domain::LifeDomain;

impl Doc<'_> {
    /// The plan's orientations, one under the other.
    pub(super) fn orientations(&self) -> Html {
        if self.plan.orientations.is_empty() {
            return self.not_set.clone();
        }
        html! {
            for k in self.plan.orientations.iter() {
                <p>{ self.x.text(&k.message_id()) }</p>
            }
        }
    }

    /// That the plan ended: how and when, and why.
    pub(super) fn ended(&self) -> Html {
        let (x, closing) = (self.x, &self.plan.closing);
        let (Some(kind), Some(on), true) = (closing.kind, closing.on, closing.ended) else {
            return Html::default();
        };
        html! {
            <section class="doc-section doc-ended" id="doc-ended">
                <p><strong>{ x.text("doc-ended") }{ ": " }{ x.date(on) }{ " · " }{ x.text(&kind.message_id()) }</strong></p>
                if !closing.reason.trim().is_empty() { <p>{ free(&closing.reason, Html::default()) }</p> }
                if closing.move_consented() {
                    <p>{ x.text("doc-moved") }{ ": " }{ free(&closing.new_ocmw, Html::default()) }</p>
                }
            </section>
        }
    }

    /// A student's block: school, direction, duration and both sides' commitments.
    pub(super) fn studies(&self) -> Html {
        let (x, plan) = (self.x, self.plan);
        if !plan.orientations.contains(&PlanType::Studies) {
            return Html::default();
        }
        let s = &plan.studies;
        html! {
            <section class="doc-section doc-studies">
                { self.heading("plan-studies-title") }
                <dl class="doc-list">
                    { term(x.text("plan-studies-school"), self.free_or_not_set(&s.school)) }
                    { term(x.text("plan-studies-direction"), self.free_or_not_set(&s.direction)) }
                    { term(x.text("plan-studies-duration"), self.free_or_not_set(&s.duration)) }
                    <dt>{ x.text("plan-studies-student") }</dt>
                    <dd><ul>
                        for c in StudentCommitment::ALL.into_iter().filter(|c| s.commitments.contains(c)) {
                            <li>{ x.text(&c.message_id()) }</li>
                        }
                        if !s.student_other.trim().is_empty() { <li>{ free(&s.student_other, Html::default()) }</li> }
                    </ul></dd>
                    { term(x.text("plan-studies-ocmw"), self.free_or_not_set(&s.ocmw)) }
                </dl>
            </section>
        }
    }

    /// What the OCMW takes on (its actions), the activity domains of the goals, and the costs
    /// the OCMW covers.
    pub(super) fn commitments(&self) -> Html {
        let (x, plan) = (self.x, self.plan);
        let ocmw_actions: Vec<&str> =
            plan.actions.iter().filter(|a| a.owner == Some(Owner::Ocmw)).map(|a| a.what.as_str()).collect();
        let domains: Vec<LifeDomain> =
            LifeDomain::ALL.into_iter().filter(|d| plan.goals.iter().any(|g| g.domain == Some(*d))).collect();
        let costs = &plan.costs;
        html! {
            <section class="doc-section doc-commitments">
                { self.heading("doc-contract") }
                <dl class="doc-list">
                    <dt>{ x.text("doc-ocmw-actions") }</dt>
                    <dd>if ocmw_actions.is_empty() { { self.not_set.clone() } } else {
                        <ul>for w in ocmw_actions { <li>{ free(w, Html::default()) }</li> }</ul>
                    }</dd>
                    <dt>{ x.text("doc-domains") }</dt>
                    <dd>if domains.is_empty() { { self.not_set.clone() } } else {
                        <ul>for d in domains { <li>{ x.text(&d.name_id()) }</li> }</ul>
                    }</dd>
                    <dt>{ x.text("plan-costs-title") }</dt>
                    <dd><ul>
                        for c in costs.covered.iter() { <li>{ x.text(&c.message_id()) }</li> }
                        if !costs.other.trim().is_empty() { <li>{ free(&costs.other, Html::default()) }</li> }
                        if costs.none_apply { <li>{ x.text("plan-costs-none") }</li> }
                        if !costs.is_recorded() { <li>{ self.not_set.clone() }</li> }
                    </ul></dd>
                </dl>
            </section>
        }
    }

    /// The dates the worker explained content, scope and consequences to the client.
    pub(super) fn explained(&self) -> Html {
        let x = self.x;
        html! {
            <section class="doc-section doc-explained">
                <p>{ x.text("plan-explained-title") }{ ": " }
                    if self.plan.explained.is_empty() { { self.not_set.clone() } }
                    for (i, e) in self.plan.explained.iter().enumerate() {
                        if i > 0 { { ", " } }
                        { x.date(e.on) }
                    }
                </p>
            </section>
        }
    }
}
