//! The form for one placement on the ladder: date, rung or side status, whose view it is, a
//! language course beside it, and a note. Typed text stays when something is refused.

use fluent_bundle::FluentValue;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::domain::ladder::{validate_draft, PlacementDraft, PlacementError, Position, Viewpoint};
use crate::domain::rules::Exemption;
use crate::domain::Rung;
use crate::ui::callbacks::send;
use crate::ui::i18n_context::{use_i18n, I18n};
use crate::ui::widgets::rung_definition::{rung_definition, rung_definitions};

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
    /// The OCMW's exemption recorded in the plan, shown when "exempted" is chosen.
    #[prop_or_default]
    pub exemption: Option<Exemption>,
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
                date: d.date.to_string(),
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

    /// The placement these fields describe, if it can be saved.
    fn to_draft(&self) -> Result<PlacementDraft, FormError> {
        let Some(date) = crate::ui::widgets::fields::parse_date(&self.date) else {
            return Err(FormError::NoDate);
        };
        let position = Position::from_slug(&self.position).unwrap_or(Position::Rung(Rung::LOWEST));
        let draft = PlacementDraft {
            date,
            position,
            viewpoint: self.viewpoint,
            language_course: self.language_course,
            note: self.note.clone(),
        };
        validate_draft(draft).map_err(FormError::Draft)
    }
}

#[derive(Clone, PartialEq)]
enum FormError {
    NoDate,
    Draft(PlacementError),
}

/// The form's state: the fields as typed and the problem shown, with the prefix of its ids.
#[derive(Clone)]
struct Form {
    id: AttrValue,
    fields: UseStateHandle<Fields>,
    error: UseStateHandle<Option<FormError>>,
}

impl Form {
    /// The id of one of the form's elements.
    fn id(&self, name: &str) -> String {
        format!("{}-{name}", self.id)
    }

    /// A change of one field: `value` reads the event, `update` puts it in the fields. A change
    /// clears the problem shown.
    fn edit<E: 'static>(&self, value: fn(E) -> String, update: fn(&mut Fields, String)) -> Callback<E> {
        let (fields, error) = (self.fields.clone(), self.error.clone());
        Callback::from(move |e: E| {
            let mut next = (*fields).clone();
            update(&mut next, value(e));
            fields.set(next);
            if error.is_some() {
                error.set(None);
            }
        })
    }

    fn choose_viewpoint(&self, viewpoint: Viewpoint) -> Callback<Event> {
        let fields = self.fields.clone();
        Callback::from(move |_: Event| fields.set(Fields { viewpoint, ..(*fields).clone() }))
    }

    /// Saves a valid placement (and empties a new form), or shows the problem.
    fn submit(&self, props: &PlacementFormProps) -> Callback<SubmitEvent> {
        let (form, on_submit, is_new) = (self.clone(), props.on_submit.clone(), props.initial.is_none());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match form.fields.to_draft() {
                Ok(draft) => {
                    on_submit.emit(draft);
                    if is_new {
                        form.fields.set(Fields::from(&None));
                    }
                }
                Err(err) => form.error.set(Some(err)),
            }
        })
    }
}

#[component]
pub fn PlacementForm(props: &PlacementFormProps) -> Html {
    let t = use_i18n();
    let form = Form {
        id: props.id.clone(),
        fields: use_state(|| Fields::from(&props.initial)),
        error: use_state(|| None::<FormError>),
    };
    let on_language = form.edit(
        |e: Event| e.target_unchecked_into::<HtmlInputElement>().checked().to_string(),
        |f, v| f.language_course = v == "true",
    );
    let title_id = form.id("title");
    html! {
        <form class="placement-form" onsubmit={form.submit(props)} novalidate=true aria-labelledby={title_id.clone()}>
            <h3 id={title_id}>{ &props.title }</h3>
            <div class="placement-grid">
                { date_field(&t, &form) }
                { position_field(&t, &form) }
            </div>
            { position_meaning(&t, &form, props.exemption.as_ref()) }
            { viewpoint_choice(&t, &form) }
            <label class="choice field">
                <input type="checkbox" id={form.id("language")} checked={form.fields.language_course} onchange={on_language} />
                <span>{ t.t("ladder-language-course-label") }</span>
            </label>
            { note_field(&t, &form) }
            <div class="card-actions">
                <button type="submit" class="button button-primary">{ t.t("ladder-save-placement") }</button>
                if let Some(on_cancel) = &props.on_cancel {
                    <button type="button" class="button" onclick={send(on_cancel, ())}>
                        { t.t("cancel-button") }
                    </button>
                }
            </div>
        </form>
    }
}

fn date_field(t: &I18n, form: &Form) -> Html {
    let date_error = matches!(*form.error, Some(FormError::NoDate)).then(|| t.t("ladder-date-missing"));
    let on_date = form.edit(|e: Event| e.target_unchecked_into::<HtmlInputElement>().value(), |f, v| f.date = v);
    html! {
        <div class="field">
            <label for={form.id("date")} class="label">{ t.t("ladder-date-label") }</label>
            <input id={form.id("date")} type="date" value={form.fields.date.clone()} onchange={on_date}
                required=true aria-invalid={if date_error.is_some() { "true" } else { "false" }}
                aria-describedby={form.id("date-error")} />
            <p class="field-error" id={form.id("date-error")} role="alert">{ date_error.unwrap_or_default() }</p>
        </div>
    }
}

/// A rung, or a status beside the ladder.
fn position_field(t: &I18n, form: &Form) -> Html {
    let on_position =
        form.edit(|e: Event| e.target_unchecked_into::<HtmlSelectElement>().value(), |f, v| f.position = v);
    let chosen = &form.fields.position;
    html! {
        <div class="field">
            <label for={form.id("position")} class="label">{ t.t("ladder-position-label") }</label>
            <select id={form.id("position")} onchange={on_position}>
                <optgroup label={t.t("ladder-position-rungs")}>
                    for rung in Rung::all() {
                        <option value={Position::Rung(rung).slug()}
                            selected={*chosen == Position::Rung(rung).slug()}>
                            { format!("{} · {}", rung.number(), t.t(&rung.name_id())) }
                        </option>
                    }
                </optgroup>
                <optgroup label={t.t("ladder-position-side")}>
                    for p in Position::SIDE {
                        <option value={p.slug()} selected={*chosen == p.slug()}>
                            { t.t(&p.message_id()) }
                        </option>
                    }
                </optgroup>
            </select>
        </div>
    }
}

/// What the chosen position means: a rung's definition (seed 000, appendix 6), or for "exempted"
/// the OCMW's decision recorded in the plan (the one record of it), and every definition folded.
fn position_meaning(t: &I18n, form: &Form, exemption: Option<&Exemption>) -> Html {
    let id = form.id("meaning");
    let meaning = match Position::from_slug(&form.fields.position) {
        Some(Position::Rung(rung)) => rung_definition(t, rung, &id),
        Some(Position::Exempted) => html! {
            <p class="hint" id={id}>{ exemption_text(t, exemption) }</p>
        },
        _ => Html::default(),
    };
    html! { <>{ meaning }{ rung_definitions(t) }</> }
}

/// The exemption decision in one sentence, or where to record it.
pub fn exemption_text(t: &I18n, exemption: Option<&Exemption>) -> String {
    match exemption {
        Some(x) => t.t_args(
            "ladder-exempted-decision",
            &[
                ("ground", FluentValue::from(t.t(&x.ground.message_id()))),
                ("date", FluentValue::from(x.decided_on.map(|d| t.date(d)).unwrap_or_else(|| t.t("plan-not-set")))),
                ("reason", FluentValue::from(x.reason.trim().to_owned())),
            ],
        ),
        None => t.t("ladder-exempted-no-decision"),
    }
}

/// Whose view the placement is: agreed, the client's or the worker's.
fn viewpoint_choice(t: &I18n, form: &Form) -> Html {
    html! {
        <fieldset class="field choice-group">
            <legend class="label">{ t.t("ladder-viewpoint-label") }</legend>
            for v in Viewpoint::ALL {
                <label class="choice">
                    <input type="radio" name={form.id("viewpoint")} value={v.slug()}
                        checked={form.fields.viewpoint == v} onchange={form.choose_viewpoint(v)} />
                    <span>{ t.t(v.message_id()) }</span>
                </label>
            }
        </fieldset>
    }
}

fn note_field(t: &I18n, form: &Form) -> Html {
    let note_error = match &*form.error {
        Some(FormError::Draft(err @ PlacementError::NoteTooLong { max, actual })) => Some(
            t.t_args(err.message_id(), &[("max", FluentValue::from(*max)), ("actual", FluentValue::from(*actual))]),
        ),
        _ => None,
    };
    let on_note =
        form.edit(|e: InputEvent| e.target_unchecked_into::<HtmlTextAreaElement>().value(), |f, v| f.note = v);
    html! {
        <div class="field">
            <label for={form.id("note")} class="label">{ t.t("ladder-note-label") }</label>
            <p class="hint" id={form.id("note-hint")}>{ t.t("ladder-note-hint") }</p>
            <textarea id={form.id("note")} dir="auto" rows="3" value={form.fields.note.clone()} oninput={on_note}
                aria-invalid={if note_error.is_some() { "true" } else { "false" }}
                aria-describedby={format!("{} {}", form.id("note-hint"), form.id("note-error"))} />
            <p class="field-error" id={form.id("note-error")} role="alert">{ note_error.unwrap_or_default() }</p>
        </div>
    }
}
