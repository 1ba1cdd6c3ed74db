use chrono::{NaiveDate, TimeZone, Utc};

use super::*;
use crate::domain::example::example_dossier;
use crate::domain::fixtures::large_dossier;
use crate::domain::ladder::{apply as ladder, LadderEdit, PlacementDraft, Position};
use crate::domain::plan::{apply as plan, ActionStatus, PlanEdit, TextField};
use crate::domain::self_check::{apply as sc, SelfCheckEdit};
use crate::domain::{DossierId, Lang};

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap()
}

fn example() -> Dossier {
    example_dossier(DossierId("ex".into()), now())
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
}

/// The Dutch messages, as the print page hands them in.
fn nl() -> std::rc::Rc<crate::i18n::Translator> {
    crate::i18n::translator(Lang::Nl)
}

const IDENTIFICATION: &str = "
1. IDENTIFICATIE
Cliënt: Voorbeeld: Samira
Geboortedatum: 17-01-2003
OCMW: OCMW Oostende
Maatschappelijk werker: Lotte Vermeulen
Beslissing leefloon: 17-06-2026
Looptijd: 17-07-2026 tot 17-07-2027
Oriëntatie: Gericht op werk; Gericht op opleiding of studie
Getekend op: 17-07-2026
Vertrouwenspersoon: Nadia (zus)
";

const PLAN_BLOCKS: &str = "
2. ACTIEDOMEINEN
Geld en schulden:
- Doel: Mijn schulden onder controle (17-07-2026 tot 17-07-2027)
Werkervaring en vaardigheden:
- Doel: Werk vinden als zorgkundige (17-07-2026 tot 17-07-2027)

3. STAPPEN WAARTOE DE CLIËNT ZICH ENGAGEERT
- Inschrijven voor de opleiding zorgkundige — tegen 16-08-2026 — doel: Werk vinden als zorgkundige — bewijs: Inschrijvingsbewijs — status: Bezig
- Alle brieven over schulden meebrengen — tegen 31-07-2026 — doel: Mijn schulden onder controle — bewijs: Map met brieven — status: Klaar
Wat de cliënt zal doen: Ik volg de opleiding en solliciteer voor stageplaatsen.
Wat het OCMW van de cliënt verwacht: Dat Samira naar de afspraken komt of tijdig verwittigt.
Middelen van de cliënt: Tijd voor de opleiding, twee dagen per week.

4. STAPPEN WAARTOE HET OCMW ZICH ENGAGEERT
- Samen vacatures zoeken en sollicitaties opvolgen — tegen 15-09-2026 — doel: Werk vinden als zorgkundige — bewijs: Verslag van het gesprek — status: Gepland
Wat de cliënt van het OCMW verwacht: Hulp bij het zoeken naar een stage en bij mijn brieven.
Middelen van het OCMW: Een gesprek elke twee weken; de kosten van de opleiding.
Kosten die het OCMW draagt: inschrijvingsgeld; verplaatsingskosten

5. STUDIES
Niet van toepassing.

6. OPLEIDING
Oriëntatie van het plan: ja

7. TEWERKSTELLING
Oriëntatie van het plan: ja
- Doel: Werk vinden als zorgkundige (17-07-2026 tot 17-07-2027)

8. EXTERNE PARTNERS
Koen Declercq (Schuldbemiddelaar):
- Taken: Maakt samen met Samira een afbetalingsplan en volgt het op.
- Een afbetalingsplan opmaken — tegen 31-08-2026 — doel: Mijn schulden onder controle — bewijs: Getekend afbetalingsplan — status: Gepland
Middelen van anderen: De schuldbemiddelaar: een afspraak per maand.

9. EVALUATIE
Minimum per jaar: 3 evaluaties, waarvan 2 van persoon tot persoon.
- 17-11-2026 — van persoon tot persoon — gehouden
- 17-03-2027 — van persoon tot persoon — gepland
- 17-07-2027 — telefonisch of met video — gepland
";

const EVALUATION_BLOCK: &str = "
9. EVALUATIE
Datum: 17-11-2026
Vorm: van persoon tot persoon
Aanwezig: Samira, Lotte Vermeulen, Nadia
Vervult: het moment van 17-11-2026
Voortgang per doel:
- Werk vinden als zorgkundige: Op schema
- Mijn schulden onder controle: Bijgestuurd
Stappen bij deze evaluatie:
- Inschrijven voor de opleiding zorgkundige — tegen 16-08-2026 — doel: Werk vinden als zorgkundige — bewijs: Inschrijvingsbewijs — status: Bezig
- Samen vacatures zoeken en sollicitaties opvolgen — tegen 15-09-2026 — doel: Werk vinden als zorgkundige — bewijs: Verslag van het gesprek — status: Gepland
- Een afbetalingsplan opmaken — tegen 31-08-2026 — doel: Mijn schulden onder controle — bewijs: Getekend afbetalingsplan — status: Gepland
- Alle brieven over schulden meebrengen — tegen 31-07-2026 — doel: Mijn schulden onder controle — bewijs: Map met brieven — status: Klaar
Wat verandert: Samira schrijft zich ook in bij twee uitzendkantoren. Het afbetalingsplan loopt een maand langer.
Trede op de participatieladder: trede 3: Arbeidsmatige activiteiten
Volgende evaluatie: 17-03-2027 — van persoon tot persoon
";

#[test]
fn the_example_plan_reads_as_expected_in_the_blocks_of_the_pod_mi_form() {
    let expected = format!("GPMI — samenvatting voor het cliëntdossier (24-11-2026)\n{IDENTIFICATION}{PLAN_BLOCKS}");
    assert_eq!(plan_text(&example(), today(), &*nl()), expected);
}

#[test]
fn the_example_evaluation_reads_as_expected() {
    let d = example();
    let expected = format!("GPMI — evaluatie voor het cliëntdossier (24-11-2026)\n{IDENTIFICATION}{EVALUATION_BLOCK}");
    assert_eq!(evaluation_text(&d, d.plan.evaluations[0].id, today(), &*nl()).as_deref(), Some(expected.as_str()));
    assert_eq!(evaluation_text(&d, 9999, today(), &*nl()), None, "no such evaluation");
}

#[test]
fn the_blocks_come_in_the_order_of_the_form() {
    let text = plan_text(&example(), today(), &*nl());
    let blocks: Vec<&str> = text.lines().filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_digit())).collect();
    let numbers: Vec<char> = blocks.iter().map(|b| b.chars().next().unwrap()).collect();
    assert_eq!(numbers, ['1', '2', '3', '4', '5', '6', '7', '8', '9']);
}

/// The model has no "private" marking: notes outside the signed plan are what stays private.
#[test]
fn notes_outside_the_signed_plan_never_reach_the_case_file() {
    let mut d = example();
    let check = d.self_checks[0].id;
    let private = [
        ("client note", "PRIVÉ-CLIËNT slaapt slecht"),
        ("worker note", "PRIVÉ-WERKER vermoeden"),
        ("ladder note", "PRIVÉ-LADDER thuissituatie"),
        ("stop reason", "PRIVÉ-STOP ziekte"),
        ("topic", "PRIVÉ-VERHAAL mijn verleden"),
    ];
    let domain = LifeDomain::Mind;
    sc(&mut d, SelfCheckEdit::ClientNote { check, domain, note: private[0].1.into() }, now());
    sc(&mut d, SelfCheckEdit::WorkerNote { check, domain, note: private[1].1.into() }, now());
    let draft = PlacementDraft {
        date: today(),
        position: Position::CareFirst,
        viewpoint: Default::default(),
        language_course: false,
        note: private[2].1.into(),
    };
    assert!(ladder(&mut d, LadderEdit::AddPlacement(draft), now()));
    let action = d.plan.actions[1].id;
    assert!(plan(&mut d, PlanEdit::SetActionStatus(action, ActionStatus::Stopped), now()));
    assert!(plan(&mut d, PlanEdit::SetText(TextField::ActionStopReason(action), private[3].1.into()), now()));
    let topic = crate::domain::plan::Topic::Needs;
    assert!(plan(&mut d, PlanEdit::SetText(TextField::Topic(topic), private[4].1.into()), now()));
    let plan_text = plan_text(&d, today(), &*nl());
    assert!(plan_text.contains("status: Gestopt"), "the status itself is part of the summary");
    let evaluations = d.plan.evaluations.iter().map(|e| evaluation_text(&d, e.id, today(), &*nl()).unwrap());
    for text in std::iter::once(plan_text.clone()).chain(evaluations) {
        for (what, note) in private {
            assert!(!text.contains(note), "{what} leaked:\n{text}");
            assert!(!text.contains("PRIVÉ"), "{what} leaked:\n{text}");
        }
        // The example's own notes outside the plan stay out too.
        for note in ["Wachtlijst kinderopvang", "energieleverancier", "Kinderopvang viel weg", "Rust in mijn hoofd"] {
            assert!(!text.contains(note), "{note} leaked");
        }
    }
}

#[test]
fn the_large_dossier_has_every_message_and_no_multi_line_field() {
    let d = large_dossier(now());
    let text = plan_text(&d, today(), &*nl());
    assert!(!text.contains('⟦'), "a Dutch message is missing");
    assert!(text.lines().count() > 200, "every goal and action is there");
    for e in &d.plan.evaluations {
        let text = evaluation_text(&d, e.id, today(), &*nl()).unwrap();
        assert!(!text.contains('⟦') && !text.contains('\r'));
    }
}

#[test]
fn the_file_name_is_the_date_and_a_random_part_never_a_name() {
    assert_eq!(file_name(today(), "3f9a1c77-x"), "trede-2026-11-24-3f9a1c.txt");
    // Only letters and digits of the random part: no path, no space.
    assert_eq!(file_name(today(), "a/b c.d-e"), "trede-2026-11-24-abcde.txt");
}
