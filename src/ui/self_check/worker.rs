//! Worker mode of the self-check: every life domain on one screen, scored on the HIVA scale.
//! Scores 3 and 4 open the domain's sub-items and a note; the Dutch domain also records the level
//! and literacy in the Latin script.

use web_sys::{HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::pictogram::{domain_path, Picto};
use crate::domain::self_check::{sub_items, DutchLevel, LatinSkill, SelfCheck, SelfCheckEdit, WorkerScore};
use crate::domain::LifeDomain;
use crate::ui::i18n_context::use_i18n;

#[derive(Properties, PartialEq)]
pub struct WorkerModeProps {
    pub check: std::rc::Rc<SelfCheck>,
    pub on_edit: Callback<SelfCheckEdit>,
}

#[component]
pub fn WorkerMode(props: &WorkerModeProps) -> Html {
    let t = use_i18n();
    let sc = &props.check;
    let check = sc.id;

    let yes_no = |skill: LatinSkill, value: Option<bool>| {
        let id = match skill {
            LatinSkill::Reading => "self-check-latin-reading",
            LatinSkill::Writing => "self-check-latin-writing",
        };
        let onchange = props.on_edit.reform(move |e: Event| {
            let value = match e.target_unchecked_into::<HtmlSelectElement>().value().as_str() {
                "yes" => Some(true),
                "no" => Some(false),
                _ => None,
            };
            SelfCheckEdit::Literacy { check, skill, value }
        });
        html! {
            <div class="self-check-dutch-field">
                <label for={id}>{ t.t(id) }</label>
                <select id={id} {onchange}>
                    <option value="" selected={value.is_none()}>{ t.t("self-check-not-known") }</option>
                    <option value="yes" selected={value == Some(true)}>{ t.t("self-check-yes") }</option>
                    <option value="no" selected={value == Some(false)}>{ t.t("self-check-no") }</option>
                </select>
            </div>
        }
    };

    let dutch = {
        let level = sc.dutch.level;
        let onchange = props.on_edit.reform(move |e: Event| SelfCheckEdit::DutchLevel {
            check,
            level: DutchLevel::from_slug(&e.target_unchecked_into::<HtmlSelectElement>().value()),
        });
        html! {
            <div class="self-check-dutch">
                <div class="self-check-dutch-field">
                    <label for="self-check-dutch-level">{ t.t("self-check-dutch-level-label") }</label>
                    <p class="hint" id="self-check-dutch-level-hint">{ t.t("self-check-dutch-level-hint") }</p>
                    <select id="self-check-dutch-level" aria-describedby="self-check-dutch-level-hint" {onchange}>
                        <option value="" selected={level.is_none()}>{ t.t("self-check-dutch-level-none") }</option>
                        for l in DutchLevel::ALL {
                            <option value={l.slug()} selected={level == Some(l)}>{ t.t(&l.message_id()) }</option>
                        }
                    </select>
                </div>
                { yes_no(LatinSkill::Reading, sc.dutch.reads_latin) }
                { yes_no(LatinSkill::Writing, sc.dutch.writes_latin) }
            </div>
        }
    };

    html! {
        <div class="self-check-worker">
            <p class="lead">{ t.t("self-check-worker-intro") }</p>
            for domain in LifeDomain::ALL {
                { domain_block(&t, sc, domain, &props.on_edit, (domain == LifeDomain::Dutch).then(|| dutch.clone())) }
            }
        </div>
    }
}

fn domain_block(
    t: &crate::ui::i18n_context::I18n,
    sc: &SelfCheck,
    domain: LifeDomain,
    on_edit: &Callback<SelfCheckEdit>,
    extra: Option<Html>,
) -> Html {
    let check = sc.id;
    let entry = sc.worker_entry(domain);
    let id = domain.slug();
    let title_id = format!("self-check-w-{id}-title");
    let note_id = format!("self-check-w-{id}-note");
    let on_note = on_edit.reform(move |e: InputEvent| SelfCheckEdit::WorkerNote {
        check,
        domain,
        note: e.target_unchecked_into::<HtmlTextAreaElement>().value(),
    });
    html! {
        <section class="card self-check-worker-domain" key={id} id={format!("self-check-w-{id}")} aria-labelledby={title_id.clone()}>
            <h3 id={title_id.clone()} class="self-check-worker-title">
                <Picto d={domain_path(domain)} />{ t.t(&domain.name_id()) }
            </h3>
            <div class="self-check-scores" role="radiogroup" aria-labelledby={title_id}>
                for score in WorkerScore::ALL {
                    <label class="self-check-choice" key={score.number()}>
                        <input type="radio" name={format!("self-check-score-{id}")} value={score.number().to_string()}
                            checked={entry.score == Some(score)}
                            onchange={on_edit.reform(move |_: Event| SelfCheckEdit::WorkerScore { check, domain, score: Some(score) })} />
                        <span class="self-check-mark self-check-mark-radio" aria-hidden="true"></span>
                        <span>{ t.t(&score.message_id()) }</span>
                    </label>
                }
            </div>
            if entry.score.is_some_and(WorkerScore::opens_details) {
                <div class="self-check-details">
                    if sub_items(domain).is_empty() {
                        <p class="hint">{ t.t("self-check-worker-no-subs") }</p>
                    } else {
                        <fieldset class="self-check-subs">
                            <legend>{ t.t("self-check-worker-sub-title") }</legend>
                            for item in sub_items(domain).iter().copied() {
                                <label class="self-check-choice" key={item.id}>
                                    <input type="checkbox" checked={entry.sub_items.iter().any(|i| i == item.id)}
                                        onchange={on_edit.reform(move |e: Event| SelfCheckEdit::WorkerSubItem {
                                            check, domain, item: item.id.to_owned(),
                                            ticked: e.target_unchecked_into::<web_sys::HtmlInputElement>().checked(),
                                        })} />
                                    <span class="self-check-mark self-check-mark-box" aria-hidden="true"></span>
                                    <span>{ t.t(&item.message_id()) }</span>
                                </label>
                            }
                        </fieldset>
                    }
                    <div class="field">
                        <label for={note_id.clone()}>{ t.t("self-check-worker-note-label") }</label>
                        <textarea id={note_id} dir="auto" class="self-check-note" rows="3" value={entry.note.clone()} oninput={on_note} />
                    </div>
                </div>
            }
            if let Some(extra) = extra {
                { extra }
            }
        </section>
    }
}
