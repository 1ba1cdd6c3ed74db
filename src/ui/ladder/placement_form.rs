//! The form for one placement on the ladder: date, rung or side status, whose view it is, a
//! language course beside it, and a note. Typed text stays when something is refused.

use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::domain::ladder::{validate_draft, PlacementDraft, PlacementError, Position, Viewpoint};
use crate::domain::Rung;
use crate::ui::i18n_context::use_i18n;

#[derive(Properties, PartialEq)]
pub struct PlacementFormProps {
    /// Prefix for element ids, unique on the page.
    pub id: AttrValue,
    pub title: AttrValue,
    /// The placement being changed; `None` for a new one.
    #[prop_or_default]
    pub initial: Option<PlacementDraft>,
    pub on_submit: Callback<PlacementDraft>,
    #[prop_or_default]
    pub on_cancel: Option<Callback<()>>,
}

#[derive(Clone, PartialEq)]
struct Fields {
    date: String,
    position: String,
    viewpoint: Viewpoint,
    language_course: bool,
    note: String,
}

impl Fields {
    fn from(initial: &Option<PlacementDraft>) -> Fields {
        match initial {
            Some(d) => Fields {
                date: d.date.format("%Y-%m-%d").to_string(),
                position: d.position.slug(),
                viewpoint: d.viewpoint,
                language_course: d.language_course,
                note: d.note.clone(),
            },
            None => Fields {
                date: String::new(),
                position: Position::Rung(Rung::LOWEST).slug(),
                viewpoint: Viewpoint::Agreed,
                language_course: false,
                note: String::new(),
            },
        }
    }
}

#[derive(Clone, PartialEq)]
enum FormError {
    NoDate,
    Draft(PlacementError),
}

#[component]
pub fn PlacementForm(props: &PlacementFormProps) -> Html {
    let t = use_i18n();
    let fields = use_state(|| Fields::from(&props.initial));
    let error = use_state(|| None::<FormError>);
    let pid = props.id.to_string();
    let fid = |name: &str| format!("{pid}-{name}");

    let set = |update: fn(&mut Fields, String)| {
        let fields = fields.clone();
        let error = error.clone();
        move |value: String| {
            let mut next = (*fields).clone();
            update(&mut next, value);
            fields.set(next);
            if error.is_some() {
                error.set(None);
            }
        }
    };
    let on_date = {
        let set = set(|f, v| f.date = v);
        Callback::from(move |e: Event| set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let on_position = {
        let set = set(|f, v| f.position = v);
        Callback::from(move |e: Event| set(e.target_unchecked_into::<HtmlSelectElement>().value()))
    };
    let on_note = {
        let set = set(|f, v| f.note = v);
        Callback::from(move |e: InputEvent| set(e.target_unchecked_into::<HtmlTextAreaElement>().value()))
    };
    let on_language = {
        let set = set(|f, v| f.language_course = v == "true");
        Callback::from(move |e: Event| set(e.target_unchecked_into::<HtmlInputElement>().checked().to_string()))
    };
    let on_viewpoint = |viewpoint: Viewpoint| {
        let fields = fields.clone();
        Callback::from(move |_: Event| fields.set(Fields { viewpoint, ..(*fields).clone() }))
    };

    let onsubmit = {
        let fields = fields.clone();
        let error = error.clone();
        let on_submit = props.on_submit.clone();
        let is_new = props.initial.is_none();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Ok(date) = NaiveDate::parse_from_str(&fields.date, "%Y-%m-%d") else {
                error.set(Some(FormError::NoDate));
                return;
            };
            let position = Position::from_slug(&fields.position).unwrap_or(Position::Rung(Rung::LOWEST));
            let draft = PlacementDraft {
                date,
                position,
                viewpoint: fields.viewpoint,
                language_course: fields.language_course,
                note: fields.note.clone(),
            };
            match validate_draft(draft) {
                Ok(draft) => {
                    on_submit.emit(draft);
                    if is_new {
                        fields.set(Fields::from(&None));
                    }
                }
                Err(err) => error.set(Some(FormError::Draft(err))),
            }
        })
    };

    let date_error = matches!(*error, Some(FormError::NoDate)).then(|| t.t("ladder-date-missing"));
    let note_error = match &*error {
        Some(FormError::Draft(err @ PlacementError::NoteTooLong { max, actual })) => Some(
            t.t_args(err.message_id(), &[("max", FluentValue::from(*max)), ("actual", FluentValue::from(*actual))]),
        ),
        _ => None,
    };
    let title_id = fid("title");
    let side: Vec<Position> = Position::SIDE.to_vec();

    html! {
        <form class="placement-form" onsubmit={onsubmit} novalidate=true aria-labelledby={title_id.clone()}>
            <h3 id={title_id}>{ &props.title }</h3>
            <div class="placement-grid">
                <div class="field">
                    <label for={fid("date")} class="label">{ t.t("ladder-date-label") }</label>
                    <input id={fid("date")} type="date" value={fields.date.clone()} onchange={on_date}
                        required=true aria-invalid={if date_error.is_some() { "true" } else { "false" }}
                        aria-describedby={fid("date-error")} />
                    <p class="field-error" id={fid("date-error")} role="alert">{ date_error.unwrap_or_default() }</p>
                </div>
                <div class="field">
                    <label for={fid("position")} class="label">{ t.t("ladder-position-label") }</label>
                    <select id={fid("position")} onchange={on_position}>
                        <optgroup label={t.t("ladder-position-rungs")}>
                            for rung in Rung::all() {
                                <option value={Position::Rung(rung).slug()}
                                    selected={fields.position == Position::Rung(rung).slug()}>
                                    { format!("{} · {}", rung.number(), t.t(&rung.name_id())) }
                                </option>
                            }
                        </optgroup>
                        <optgroup label={t.t("ladder-position-side")}>
                            for p in side {
                                <option value={p.slug()} selected={fields.position == p.slug()}>
                                    { t.t(&p.message_id()) }
                                </option>
                            }
                        </optgroup>
                    </select>
                </div>
            </div>
            <fieldset class="field choice-group">
                <legend class="label">{ t.t("ladder-viewpoint-label") }</legend>
                for v in Viewpoint::ALL {
                    <label class="choice">
                        <input type="radio" name={fid("viewpoint")} value={v.slug()}
                            checked={fields.viewpoint == v} onchange={on_viewpoint(v)} />
                        <span>{ t.t(v.message_id()) }</span>
                    </label>
                }
            </fieldset>
            <label class="choice field">
                <input type="checkbox" id={fid("language")} checked={fields.language_course} onchange={on_language} />
                <span>{ t.t("ladder-language-course-label") }</span>
            </label>
            <div class="field">
                <label for={fid("note")} class="label">{ t.t("ladder-note-label") }</label>
                <p class="hint" id={fid("note-hint")}>{ t.t("ladder-note-hint") }</p>
                <textarea id={fid("note")} rows="3" value={fields.note.clone()} oninput={on_note}
                    aria-invalid={if note_error.is_some() { "true" } else { "false" }}
                    aria-describedby={format!("{} {}", fid("note-hint"), fid("note-error"))} />
                <p class="field-error" id={fid("note-error")} role="alert">{ note_error.unwrap_or_default() }</p>
            </div>
            <div class="card-actions">
                <button type="submit" class="button button-primary">{ t.t("ladder-save-placement") }</button>
                if let Some(on_cancel) = &props.on_cancel {
                    <button type="button" class="button" onclick={on_cancel.reform(|_| ())}>
                        { t.t("cancel-button") }
                    </button>
                }
            </div>
        </form>
    }
}
