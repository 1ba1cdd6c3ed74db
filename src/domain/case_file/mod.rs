//! The case-file summary (issue #18): after the meeting the worker re-enters the plan, and each
//! evaluation, into the OCMW's registration software (PrimaWeb or its own). One plain Dutch text,
//! in the order of the blocks of POD MI's form `GPMI_data` (domain notes, anchors §5):
//! identification, action domains, the client's steps, the OCMW's steps, studies, training,
//! employment, external partners, evaluation. Dutch only, by design: it is the binding language
//! and the registration is in Dutch.
//!
//! Names of domains, rungs, statuses and kinds are the binding Dutch messages, handed in by the
//! caller (`nl`, the Dutch translator), so the text says what the printed plan says. Plain Rust,
//! "today" a parameter.
//!
//! **What it leaves out.** The model has no "private" marking on a note. So the summary carries
//! free text only from what the parties sign (the plan's signed content, `signing::fingerprint`)
//! and from the evaluation's report (`plan::report`). Notes that are not part of the signed plan
//! stay out: the self-check's notes of client and worker, the ladder's placement notes, the
//! reason an action stopped, the reasons of an exemption, a mandate decision or an early end.
//! The client's story in their own words (the five topics) is signed but not a block of the form:
//! it stays out too.

use chrono::{Datelike, NaiveDate};

use super::messages::Messages;
use super::plan::{Evaluation, EvaluationKind, EvaluationReport, Goal, Owner, Plan, PlanAction, PlanType};
use super::plan::{StudentCommitment, SupportKind};
use super::{Dossier, LifeDomain};

/// The text of the whole plan, as it stands on `today`; `nl` gives the Dutch messages.
pub fn plan_text(d: &Dossier, today: NaiveDate, nl: &dyn Messages) -> String {
    let p = &d.plan;
    let mut w = Writer::default();
    w.line(&format!("GPMI — samenvatting voor het cliëntdossier ({})", date(today)));
    identification(&mut w, nl, d);
    action_domains(&mut w, nl, p);
    w.block("3. STAPPEN WAARTOE DE CLIËNT ZICH ENGAGEERT");
    steps(&mut w, nl, p, |o| o == Some(Owner::Client));
    w.field("Wat de cliënt zal doen", &p.agreements.client_will_do);
    w.field("Wat het OCMW van de cliënt verwacht", &p.agreements.ocmw_expects);
    w.field("Middelen van de cliënt", &p.agreements.means_client);
    w.block("4. STAPPEN WAARTOE HET OCMW ZICH ENGAGEERT");
    steps(&mut w, nl, p, |o| o == Some(Owner::Ocmw));
    w.field("Wat de cliënt van het OCMW verwacht", &p.agreements.client_expects);
    w.field("Middelen van het OCMW", &p.agreements.means_ocmw);
    costs(&mut w, nl, p);
    studies(&mut w, nl, p);
    orientation_block(&mut w, p, "6. OPLEIDING", PlanType::Training, &[LifeDomain::Dutch, LifeDomain::Learning]);
    orientation_block(&mut w, p, "7. TEWERKSTELLING", PlanType::Employment, &[LifeDomain::Work, LifeDomain::Attitude]);
    partners(&mut w, nl, p);
    w.block("9. EVALUATIE");
    let rules = &p.rules;
    w.line(&format!(
        "Minimum per jaar: {} evaluaties, waarvan {} van persoon tot persoon.",
        rules.evaluations_per_year, rules.in_person_per_year
    ));
    for moment in &p.planned_evaluations {
        let state = match p.planned_done(moment.id) {
            true => "gehouden",
            false if moment.date < today => "nog niet gehouden, datum voorbij",
            false => "gepland",
        };
        w.item(&format!("{} — {} — {state}", date(moment.date), kind(nl, moment.kind)));
    }
    // Held evaluations that fulfil no planned moment: the planned ones are above.
    for e in held(p).into_iter().filter(|e| e.planned.is_none()) {
        w.item(&format!("{} — {} — extra evaluatie, gehouden", date(e.date), kind(nl, e.kind)));
    }
    w.finish()
}

/// The text of one held evaluation, as it stands on `today`; `None` when there is no such one.
pub fn evaluation_text(d: &Dossier, id: u64, today: NaiveDate, nl: &dyn Messages) -> Option<String> {
    let report = d.evaluation_report(id)?;
    let mut w = Writer::default();
    w.line(&format!("GPMI — evaluatie voor het cliëntdossier ({})", date(today)));
    identification(&mut w, nl, d);
    evaluation_block(&mut w, nl, &d.plan, &report);
    Some(w.finish())
}

/// The name of the `.txt` offered when the clipboard refuses: the date and a random part, as an
/// export's name, never the client's name (`trede-2026-11-24-3f9a1c.txt`).
pub fn file_name(today: NaiveDate, random: &str) -> String {
    let random: String = random.chars().filter(char::is_ascii_alphanumeric).take(6).collect();
    format!("trede-{today}-{random}.txt")
}

fn identification(w: &mut Writer, nl: &dyn Messages, d: &Dossier) {
    let p = &d.plan;
    w.block("1. IDENTIFICATIE");
    w.field("Cliënt", &d.client_name);
    w.field("Geboortedatum", &opt_date(p.birth_date));
    w.field("OCMW", &p.ocmw_name);
    w.field("Maatschappelijk werker", &p.worker_name);
    w.field("Beslissing leefloon", &opt_date(p.decision_date));
    w.field("Looptijd", &format!("{} tot {}", opt_date(p.start), opt_date(p.end)));
    let orientations: Vec<String> = p.orientations.iter().map(|t| nl.message(&t.message_id())).collect();
    w.field("Oriëntatie", &orientations.join("; "));
    w.field("Getekend op", &opt_date(p.signed_on));
    for (kind, label) in [(SupportKind::Interpreter, "Tolk"), (SupportKind::SupportPerson, "Vertrouwenspersoon")] {
        if let Some(name) = p.present_name(kind) {
            w.field(label, name);
        }
    }
}

fn action_domains(w: &mut Writer, nl: &dyn Messages, p: &Plan) {
    w.block("2. ACTIEDOMEINEN");
    // Domains in the self-check's order, goals without a domain last.
    let all = LifeDomain::ALL.into_iter().map(Some).chain([None]);
    let domains: Vec<Option<LifeDomain>> = all.filter(|d| p.goals.iter().any(|g| g.domain == *d)).collect();
    if domains.is_empty() {
        w.line("Geen doelen ingevuld.");
    }
    for domain in domains {
        let name =
            domain.map_or_else(|| "Zonder domein".to_owned(), |d| nl.message(&format!("life-domain-{}", d.slug())));
        w.line(&format!("{name}:"));
        for goal in p.goals.iter().filter(|g| g.domain == domain) {
            w.item(&goal_line(goal));
        }
    }
}

fn goal_line(goal: &Goal) -> String {
    let mut line = format!("Doel: {}", or_dash(&goal.title));
    if goal.from.is_some() || goal.until.is_some() {
        line.push_str(&format!(" ({} tot {})", opt_date(goal.from), opt_date(goal.until)));
    }
    line
}

fn steps(w: &mut Writer, nl: &dyn Messages, p: &Plan, whose: impl Fn(Option<Owner>) -> bool) {
    let mine: Vec<&PlanAction> = p.actions.iter().map(|a| &**a).filter(|a| whose(a.owner)).collect();
    if mine.is_empty() {
        w.line("Geen stappen.");
    }
    for a in mine {
        w.item(&action_line(nl, p, a));
    }
}

fn action_line(nl: &dyn Messages, p: &Plan, a: &PlanAction) -> String {
    let mut line = or_dash(&a.what).to_owned();
    if let Some(due) = a.due {
        line.push_str(&format!(" — tegen {}", date(due)));
    }
    if let Some(goal) = a.goal.and_then(|g| p.goal(g)) {
        line.push_str(&format!(" — doel: {}", or_dash(&goal.title)));
    }
    if !a.evidence.trim().is_empty() {
        line.push_str(&format!(" — bewijs: {}", a.evidence.trim()));
    }
    line.push_str(&format!(" — status: {}", nl.message(&format!("plan-status-{}", a.status.slug()))));
    line
}

fn costs(w: &mut Writer, nl: &dyn Messages, p: &Plan) {
    let c = &p.costs;
    let mut covered: Vec<String> = c.covered.iter().map(|cost| nl.message(&cost.message_id())).collect();
    if !c.other.trim().is_empty() {
        covered.push(c.other.trim().to_owned());
    }
    if c.none_apply && covered.is_empty() {
        covered.push("geen van toepassing".into());
    }
    w.field("Kosten die het OCMW draagt", &covered.join("; "));
}

fn studies(w: &mut Writer, nl: &dyn Messages, p: &Plan) {
    w.block("5. STUDIES");
    if !p.orientations.contains(&PlanType::Studies) {
        w.line("Niet van toepassing.");
        return;
    }
    let s = &p.studies;
    w.field("School", &s.school);
    w.field("Studierichting", &s.direction);
    w.field("Duur", &s.duration);
    let commitments: Vec<String> = StudentCommitment::ALL
        .into_iter()
        .filter(|c| s.commitments.contains(c))
        .map(|c| nl.message(&c.message_id()))
        .chain((!s.student_other.trim().is_empty()).then(|| s.student_other.trim().to_owned()))
        .collect();
    w.field("Engagement van de student", &commitments.join("; "));
    w.field("Engagement van het OCMW", &s.ocmw);
}

/// Training and employment: whether the plan takes that orientation, and the goals in its domains.
fn orientation_block(w: &mut Writer, p: &Plan, title: &str, orientation: PlanType, domains: &[LifeDomain]) {
    w.block(title);
    let chosen = p.orientations.contains(&orientation);
    let goals: Vec<&Goal> =
        p.goals.iter().map(|g| &**g).filter(|g| g.domain.is_some_and(|d| domains.contains(&d))).collect();
    if !chosen && goals.is_empty() {
        w.line("Niet van toepassing.");
        return;
    }
    w.field("Oriëntatie van het plan", if chosen { "ja" } else { "nee" });
    for goal in goals {
        w.item(&goal_line(goal));
    }
}

fn partners(w: &mut Writer, nl: &dyn Messages, p: &Plan) {
    w.block("8. EXTERNE PARTNERS");
    if p.third_parties.is_empty() {
        w.line("Geen.");
    }
    for party in &p.third_parties {
        let mut head = or_dash(&party.name).to_owned();
        if !party.role.trim().is_empty() {
            head.push_str(&format!(" ({})", party.role.trim()));
        }
        w.line(&format!("{head}:"));
        if !party.tasks.trim().is_empty() {
            w.item(&format!("Taken: {}", party.tasks.trim()));
        }
        for a in p.actions.iter().filter(|a| a.owner == Some(Owner::ThirdParty(party.id))) {
            w.item(&action_line(nl, p, a));
        }
    }
    w.field("Middelen van anderen", &p.agreements.means_others);
}

fn evaluation_block(w: &mut Writer, nl: &dyn Messages, p: &Plan, r: &EvaluationReport) {
    let e = &r.evaluation;
    w.block("9. EVALUATIE");
    w.field("Datum", &date(e.date));
    w.field("Vorm", &kind(nl, e.kind));
    w.field("Aanwezig", &e.present);
    let fulfils = r.fulfils.as_ref().map(|m| format!("het moment van {}", date(m.date)));
    w.field("Vervult", fulfils.as_deref().unwrap_or("een extra evaluatie"));
    w.line("Voortgang per doel:");
    for review in &e.goals {
        let title = e.version.goals.iter().chain(&p.goals).find(|g| g.id == review.goal).map(|g| g.title.as_str());
        let progress = nl.message(&format!("plan-progress-{}", review.progress.slug()));
        w.item(&format!("{}: {}", or_dash(title.unwrap_or_default()), progress));
    }
    w.line("Stappen bij deze evaluatie:");
    for a in &e.version.actions {
        w.item(&action_line(nl, p, a));
    }
    w.field("Wat verandert", &e.changes);
    let rung = e.new_rung.map(|r| format!("trede {}: {}", r.number(), nl.message(&r.name_id())));
    w.field("Trede op de participatieladder", rung.as_deref().unwrap_or("ongewijzigd"));
    let next = r.next.as_ref().map(|m| format!("{} — {}", date(m.date), kind(nl, m.kind)));
    w.field("Volgende evaluatie", next.as_deref().unwrap_or("nog niet gepland"));
}

fn held(p: &Plan) -> Vec<&Evaluation> {
    super::order::ordered(p.evaluations.iter().map(|e| &**e), |e| (e.date, e.id))
}

fn kind(nl: &dyn Messages, kind: EvaluationKind) -> String {
    nl.message(&kind.message_id())
}

/// A date as the registration software takes it: 17-07-2026.
fn date(d: NaiveDate) -> String {
    format!("{:02}-{:02}-{}", d.day(), d.month(), d.year())
}

fn opt_date(d: Option<NaiveDate>) -> String {
    d.map_or_else(|| "—".to_owned(), date)
}

fn or_dash(text: &str) -> &str {
    match text.trim() {
        "" => "—",
        t => t,
    }
}

/// Plain lines: a block title after an empty line, "label: value", "- item". Free text is kept
/// on one line, so a pasted field does not break the layout.
#[derive(Default)]
struct Writer {
    out: String,
}

impl Writer {
    fn line(&mut self, text: &str) {
        self.out.push_str(&one_line(text));
        self.out.push('\n');
    }
    /// A block's title, written in capitals.
    fn block(&mut self, title: &str) {
        self.out.push('\n');
        self.line(title);
    }
    fn field(&mut self, label: &str, value: &str) {
        self.line(&format!("{label}: {}", or_dash(value)));
    }
    fn item(&mut self, text: &str) {
        self.line(&format!("- {text}"));
    }
    fn finish(self) -> String {
        self.out
    }
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests;
