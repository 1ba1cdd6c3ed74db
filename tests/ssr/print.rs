//! The signing screen and the print view, rendered natively in Dutch and English, with
//! Arabic as the client's language beside the binding Dutch text or alone on the client's copy.

use std::rc::Rc;

use trede::domain::catalogue::Catalogue;
use trede::domain::plan::{PlanEdit, TextField};
use trede::domain::signing::{grouped, Signature, SignerRole, SigningEdit};
use trede::domain::{Dossier, DossierEdit, Lang, UtcOffset};
use trede::state::{AppState, DossierView, Msg};
use trede::state::{OpenSelfCheck, SelfCheckMode};
use trede::ui::print::document::{plan_document, PlanPrintProps, PrintMode};
use trede::ui::self_check::{SelfCheckPage, SelfCheckPageProps};
use yew::Callback;

use crate::support::{assert_complete, example, example_id, loaded, now, render, render_bare, render_in};

fn open(lang: Lang, client_lang: Lang, view: DossierView) -> AppState {
    loaded(vec![example()], lang)
        .apply(Msg::Open(example_id()))
        .apply(Msg::SetUiLang { lang, now: now() })
        .apply(Msg::SetClientLang { id: example_id(), lang: client_lang, now: now() })
        .apply(Msg::Tick(now()))
        .apply(Msg::ShowView(view))
}

fn signature(role: SignerRole, name: &str) -> Signature {
    Signature {
        role,
        name: name.into(),
        date: now().date_naive(),
        place: "Oostende".into(),
        strokes: vec![vec![(100, 200), (150, 120), (220, 210), (300, 100)]],
        typed: false,
    }
}

fn sign_all(mut state: AppState) -> AppState {
    let mediator = state.open_dossier().unwrap().plan.third_parties[0].id;
    for (role, name) in [
        (SignerRole::Client, "Samira"),
        (SignerRole::Worker, "Lotte Vermeulen"),
        (SignerRole::ThirdParty(mediator), "Koen Declercq"),
    ] {
        state = state.apply(Msg::Edit {
            id: example_id(),
            edit: DossierEdit::Signing(SigningEdit::Sign(signature(role, name))),
            now: now(),
        });
    }
    state
}

fn fingerprint(state: &AppState) -> String {
    state.open_dossier().unwrap().plan_fingerprint()
}

#[tokio::test]
async fn the_sign_screen_in_dutch_and_english() {
    let state = open(Lang::Nl, Lang::Nl, DossierView::Sign);
    let fp = fingerprint(&state);
    let html = render(state).await;
    assert_complete(&html);
    for text in [
        "Het plan ondertekenen",
        "Nog niemand tekende deze versie",
        "De cliënt: Voorbeeld: Samira",
        "De maatschappelijk werker, voor het OCMW: Lotte Vermeulen",
        "Partner (Schuldbemiddelaar): Koen Declercq",
        "Vertrouwenspersoon: Nadia (zus)",
        "Tekent als aanwezige, niet als partij",
        &grouped(&fp),
    ] {
        assert!(html.contains(text), "lacks {text:?}");
    }
    assert!(html.contains(r#"id="sign-client""#) && html.contains(r#"data-state="unsigned""#));

    let html = render(sign_all(open(Lang::En, Lang::Nl, DossierView::Sign))).await;
    assert_complete(&html);
    assert!(html.contains("Everyone who needs to sign has signed."));
    assert!(html.contains(r#"data-state="complete""#));
    assert!(html.contains("Signed on 24 November 2026 in Oostende"));
    assert!(html.contains(r#"d="M100 200Q150 120"#), "strokes are drawn as SVG paths:\n{html}");
    assert!(html.contains("Sign again") && html.contains("Remove signature"));
}

#[tokio::test]
async fn the_print_view_in_dutch_and_english_screens() {
    for (lang, button) in [(Lang::Nl, "Afdrukken (Nederlands)"), (Lang::En, "Print (Dutch)")] {
        let state = open(lang, Lang::Nl, DossierView::Print);
        let fp = fingerprint(&state);
        let html = render(state).await;
        assert_complete(&html);
        assert!(html.contains(button), "{lang:?} lacks {button:?}");
        // The printed plan itself is Dutch, whatever the screen language.
        for text in [
            "Geïndividualiseerd project voor maatschappelijke integratie (GPMI)",
            "Het verhaal van de cliënt",
            "Doelen",
            "Acties",
            "Tegen wanneer",
            "Hoe we zien dat het gebeurd is",
            "Het actieplan",
            "Wat elke kant inbrengt",
            "Wanneer we samen terugkijken",
            "Rechten en plichten",
            "arbeidsrechtbank",
            "Handtekeningen",
            "Inschrijven voor de opleiding zorgkundige",
            "Een afbetalingsplan opmaken",
            "Koen Declercq",
            "Werkervaring",
            "ONTWERP",
            "Ontwerp: nog niet door iedereen getekend.",
            &grouped(&fp),
        ] {
            assert!(html.contains(text), "{lang:?} print lacks {text:?}");
        }
        assert!(html.contains(&format!(r#"data-fingerprint="{fp}""#)));
        assert!(!html.contains("print-bilingual"), "no help translation when the client reads Dutch");
    }
}

#[tokio::test]
async fn a_fully_signed_plan_prints_without_the_draft_mark() {
    let html = render(sign_all(open(Lang::Nl, Lang::Nl, DossierView::Print))).await;
    assert_complete(&html);
    assert!(!html.contains("ONTWERP") && !html.contains("print-draft-mark"));
    assert!(html.contains(r#"data-complete="true""#));
    assert_eq!(html.matches(r#"class="signature-drawing""#).count(), 3);
}

#[tokio::test]
async fn arabic_stands_beside_the_binding_dutch_text() {
    let html = render(open(Lang::Nl, Lang::Ar, DossierView::Print)).await;
    assert_complete(&html);
    assert!(html.contains("Afdrukken (Nederlands + العربية)"));
    assert!(html.contains("Kopie voor de cliënt afdrukken (alleen العربية)"));
    assert!(html.contains("print-bilingual"));
    assert!(html.contains(r#"<span lang="ar" dir="rtl" class="bi-help">الأهداف</span>"#), "{html}");
    assert!(html.contains("النص الهولندي هو النص المُلزِم"), "the binding-text note is there in Arabic");
    assert!(html.contains("De Nederlandse tekst is de bindende tekst."));
    assert!(html.contains(r#"<article lang="nl" dir="ltr""#) && html.contains(r#"class="print-doc print-bilingual""#));
    // Free text once, as typed.
    assert_eq!(html.matches("Een afbetalingsplan opmaken").count(), 1);
}

#[tokio::test]
async fn the_clients_copy_is_in_their_language_only() {
    let d: Dossier = {
        let mut d = example();
        d.client_lang = Lang::Ar;
        d
    };
    let fingerprint = d.plan_fingerprint();
    let props = PlanPrintProps {
        client_name: &d.client_name,
        plan: &d.plan,
        client_lang: Lang::Ar,
        mode: PrintMode::ClientOnly,
        fingerprint: &fingerprint,
        signatures: &[],
        complete: false,
        earlier: false,
        catalogue: Catalogue::default_ref(),
        changes: None,
    };
    // The printed document on its own (in the app it is a plain function of the print page).
    let html = render_in(Lang::Nl, None, plan_document(&props)).await;
    assert_complete(&html);
    assert!(html.starts_with(r#"<article lang="ar" dir="rtl""#), "{}", &html[..200]);
    assert!(html.contains("الأهداف") && html.contains("الحقوق والواجبات") && html.contains("مسودة"));
    assert!(html.contains("هذه ترجمة مساعِدة للمستفيد"));
    assert!(!html.contains("Doelen"), "no Dutch headings on the client's copy");
    // Structured content (life domains, dates) is translated too; only free text stays as typed.
    let ar = trede::i18n::translator(Lang::Ar);
    assert!(html.contains(&ar.t("life-domain-work")), "{html}");
    assert!(!html.contains(r#"<span lang="nl" dir="ltr">"#), "no Dutch fallback left: {html}");
}

#[tokio::test]
async fn a_change_after_signing_keeps_the_signed_version_readable() {
    let state = sign_all(open(Lang::Nl, Lang::Nl, DossierView::Sign));
    let goal = state.open_dossier().unwrap().plan.goals[0].id;
    let signed_fp = fingerprint(&state);
    let state = state.apply(Msg::Edit {
        id: example_id(),
        edit: DossierEdit::Plan(PlanEdit::SetText(TextField::GoalTitle(goal), "Werk vinden in een rusthuis".into())),
        now: now(),
    });
    let html = render(state.clone()).await;
    assert_complete(&html);
    assert!(html.contains("Het plan veranderde nadat er getekend werd."));
    assert!(html.contains(r#"data-state="unsigned""#));
    assert!(html.contains("Eerder getekende versies") && html.contains(&format!("Versie {}", &signed_fp[..8])));

    let html = render(state.clone().apply(Msg::ShowPrint(Some(0)))).await;
    assert_complete(&html);
    assert!(html.contains("Werk vinden als zorgkundige"), "the signed goal, as it was");
    assert!(!html.contains("Werk vinden in een rusthuis"));
    assert!(html.contains("Dit is een eerder getekende versie."));
    assert!(html.contains(&grouped(&signed_fp)));

    let html = render(state.apply(Msg::ShowPrint(None))).await;
    assert!(html.contains("Werk vinden in een rusthuis") && html.contains("ONTWERP"));
}

#[tokio::test]
async fn the_arabic_print_messages_leave_the_clients_self_check_in_dutch_until_arabic_ships() {
    // Arabic has only the print messages so far: the client's screens keep falling back to Dutch.
    let mut d = example();
    d.client_lang = Lang::Ar;
    let check = d.self_checks[0].id;
    let props = SelfCheckPageProps {
        dossier: Rc::new(d),
        utc_offset: UtcOffset { minutes: 60 },
        on_command: Callback::noop(),
        open: Some(OpenSelfCheck { id: check, mode: SelfCheckMode::Client }),
    };
    let html = render_bare::<SelfCheckPage>(props).await;
    assert_complete(&html);
    assert!(html.contains(r#"class="self-check-client-lang""#) && html.contains(r#"lang="nl" dir="ltr""#), "{html}");
}

/// The printed offer name is the one the fingerprint covers (as picked), not what a changed
/// catalogue calls the offer now.
#[tokio::test]
async fn a_picked_offer_prints_under_the_name_the_fingerprint_covers() {
    let catalogue = Catalogue::default_ref().clone();
    let offer = &catalogue.offers[0];
    let mut d = example();
    let mut action = (*d.plan.actions[0]).clone();
    action.origin = trede::domain::plan::ActionOrigin::Catalogue {
        catalogue: catalogue.id.clone(),
        catalogue_name: String::new(),
        edition: catalogue.edition.clone(),
        offer: offer.id.clone(),
        name_nl: "Naam zoals gekozen".into(),
        name_en: "Name as picked".into(),
    };
    d.plan.actions[0] = Rc::new(action);
    let fingerprint = d.plan_fingerprint();
    let props = PlanPrintProps {
        client_name: &d.client_name,
        plan: &d.plan,
        client_lang: Lang::Ar,
        mode: PrintMode::Bilingual,
        fingerprint: &fingerprint,
        signatures: &[],
        complete: false,
        earlier: false,
        catalogue: &catalogue,
        changes: None,
    };
    let html = render_in(Lang::Nl, None, plan_document(&props)).await;
    assert!(html.contains("Naam zoals gekozen"), "{html}");
    assert!(!html.contains(offer.name.get(Lang::Nl)), "the catalogue's current name is not printed");
}
