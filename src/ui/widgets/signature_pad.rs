//! A signature pad: an SVG the signer draws in with a finger, a pen or the mouse, as on paper.
//! Pointer events with pointer capture; `touch-action: none` (in the stylesheet) keeps the page
//! from scrolling while drawing. Strokes are kept as points in the domain's logical box and drawn
//! as smoothed SVG paths, sharp on any screen and on paper. Clear and undo, and the typed name,
//! date and place beside the drawing. The finished signature goes out through `on_save`; this
//! component stores nothing itself.

use chrono::NaiveDate;
use yew::prelude::*;

use crate::domain::signing::{
    stroke_path, to_box, Point, SignProblem, Signature, SignerRole, Stroke, BOX_HEIGHT, BOX_WIDTH,
};
use crate::ui::callbacks::send;
use crate::ui::i18n_context::{use_i18n, I18n};
use crate::ui::widgets::fields::{PlanDate, PlanText};

/// The drawn lines, and the pointer drawing now (if any).
#[derive(Clone, Debug, Default, PartialEq)]
struct Ink {
    strokes: Vec<Stroke>,
    active: Option<i32>,
}

enum InkMsg {
    Down(i32, Point),
    Move(i32, Point),
    Up(i32),
    Undo,
    Clear,
}

impl Reducible for Ink {
    type Action = InkMsg;
    fn reduce(self: std::rc::Rc<Self>, msg: InkMsg) -> std::rc::Rc<Self> {
        let mut ink = (*self).clone();
        match msg {
            InkMsg::Down(id, p) => {
                ink.active = Some(id);
                ink.strokes.push(vec![p]);
            }
            InkMsg::Move(id, p) => {
                if ink.active != Some(id) {
                    return self;
                }
                match ink.strokes.last_mut() {
                    Some(stroke) if stroke.last() != Some(&p) => stroke.push(p),
                    _ => return self,
                }
            }
            InkMsg::Up(id) => {
                if ink.active != Some(id) {
                    return self;
                }
                ink.active = None;
            }
            InkMsg::Undo => {
                ink.active = None;
                ink.strokes.pop();
            }
            InkMsg::Clear => ink = Ink::default(),
        }
        std::rc::Rc::new(ink)
    }
}

#[derive(Properties, PartialEq)]
pub struct SignaturePadProps {
    /// Prefix of the element ids.
    pub id: AttrValue,
    pub role: SignerRole,
    /// Who signs, as a heading.
    pub title: AttrValue,
    /// The typed name to start with (the plan usually knows it).
    #[prop_or_default]
    pub name: String,
    /// The date to start with: today.
    pub date: NaiveDate,
    #[prop_or_default]
    pub place: String,
    pub on_save: Callback<Signature>,
    pub on_cancel: Callback<()>,
}

#[component]
pub fn SignaturePad(props: &SignaturePadProps) -> Html {
    let t = use_i18n();
    let ink = use_reducer(Ink::default);
    let area = use_node_ref();
    let name = use_state(|| props.name.clone());
    let date = use_state(|| Some(props.date));
    let place = use_state(|| props.place.clone());
    let problems = use_state(Vec::<SignProblem>::new);
    // For a signer who cannot draw: the typed name is the signature.
    let typed = use_state(|| false);
    let id = props.id.clone();

    let on_save = {
        let (ink, name, date, place, problems, typed) =
            (ink.clone(), name.clone(), date.clone(), place.clone(), problems.clone(), typed.clone());
        let (role, on_save, fallback_date) = (props.role, props.on_save.clone(), props.date);
        Callback::from(move |_: MouseEvent| {
            let signature = Signature {
                role,
                name: (*name).clone(),
                date: (*date).unwrap_or(fallback_date),
                place: (*place).clone(),
                strokes: if *typed { Vec::new() } else { ink.strokes.clone() },
                typed: *typed,
            };
            // The checks that need no plan; the page's reducer checks the rest.
            let found: Vec<SignProblem> = signature
                .problems(&crate::domain::plan::Plan::default())
                .into_iter()
                .filter(|p| *p != SignProblem::UnknownSigner)
                .collect();
            if found.is_empty() {
                on_save.emit(signature);
            }
            problems.set(found);
        })
    };
    let drawn = ink.strokes.iter().any(|s| !s.is_empty());

    html! {
        <section class="card signature-pad" id={id.clone()} aria-labelledby={format!("{id}-title")}>
            <h4 id={format!("{id}-title")}>{ &props.title }</h4>
            { drawing_area(&t, &id, &ink, area, drawn) }
            { drawing_tools(&t, &id, &ink, drawn) }
            { typed_choice(&t, &id, &typed) }
            <div class="plan-row">
                <PlanText id={format!("{id}-name")} label={t.t("pad-name")} value={(*name).clone()}
                    on_input={{ let name = name.clone(); Callback::from(move |v: String| name.set(v)) }} />
                <PlanDate id={format!("{id}-date")} label={t.t("pad-date")} value={*date}
                    on_change={{ let date = date.clone(); Callback::from(move |d| date.set(d)) }} />
                <PlanText id={format!("{id}-place")} label={t.t("pad-place")} value={(*place).clone()}
                    on_input={{ let place = place.clone(); Callback::from(move |v: String| place.set(v)) }} />
            </div>
            if !problems.is_empty() {
                <ul class="field-error pad-problems" role="alert">
                    for p in problems.iter() { <li>{ t.t(p.message_id()) }</li> }
                </ul>
            }
            { save_and_cancel(&t, &id, on_save, &props.on_cancel) }
        </section>
    }
}

/// The area to draw in, with the pointer events that draw the strokes, and what it holds now.
fn drawing_area(t: &I18n, id: &str, ink: &UseReducerHandle<Ink>, area: NodeRef, drawn: bool) -> Html {
    // Where a pointer is, in the logical box of the drawing area.
    let point = {
        let area = area.clone();
        move |e: &PointerEvent| -> Option<Point> {
            let el = area.cast::<web_sys::Element>()?;
            let r = el.get_bounding_client_rect();
            Some(to_box(f64::from(e.client_x()) - r.left(), f64::from(e.client_y()) - r.top(), r.width(), r.height()))
        }
    };
    let onpointerdown = {
        let (ink, area, point) = (ink.clone(), area.clone(), point.clone());
        Callback::from(move |e: PointerEvent| {
            if !e.is_primary() || (e.pointer_type() == "mouse" && e.button() != 0) {
                return;
            }
            e.prevent_default();
            if let Some(el) = area.cast::<web_sys::Element>() {
                let _ = el.set_pointer_capture(e.pointer_id());
            }
            if let Some(p) = point(&e) {
                ink.dispatch(InkMsg::Down(e.pointer_id(), p));
            }
        })
    };
    let onpointermove = {
        let (ink, point) = (ink.clone(), point.clone());
        Callback::from(move |e: PointerEvent| {
            if ink.active != Some(e.pointer_id()) {
                return;
            }
            e.prevent_default();
            if let Some(p) = point(&e) {
                ink.dispatch(InkMsg::Move(e.pointer_id(), p));
            }
        })
    };
    let onpointerup = {
        let ink = ink.clone();
        Callback::from(move |e: PointerEvent| ink.dispatch(InkMsg::Up(e.pointer_id())))
    };
    let onpointercancel = onpointerup.clone();
    let hint_id = format!("{id}-hint");
    let status_id = format!("{id}-status");

    html! {
        <>
            <p class="hint" id={hint_id.clone()}>{ t.t("pad-hint") }</p>
            <svg ref={area} class="pad-area" id={format!("{id}-area")}
                viewBox={format!("0 0 {BOX_WIDTH} {BOX_HEIGHT}")} preserveAspectRatio="none"
                role="img" aria-label={t.t("pad-area")} aria-describedby={format!("{hint_id} {status_id}")}
                {onpointerdown} {onpointermove} {onpointerup} {onpointercancel}>
                <line class="pad-baseline" x1="40" y1="235" x2={(BOX_WIDTH - 40).to_string()} y2="235" />
                <path class="signature-ink" d={stroke_path(&ink.strokes)} />
            </svg>
            <p class="pad-status" id={status_id} role="status" data-strokes={ink.strokes.len().to_string()}>
                { t.t(if drawn { "pad-drawn" } else { "pad-empty" }) }
            </p>
        </>
    }
}

/// Undo the last stroke, or clear them all.
fn drawing_tools(t: &I18n, id: &str, ink: &UseReducerHandle<Ink>, drawn: bool) -> Html {
    html! {
        <div class="pad-tools">
            <button type="button" class="button" id={format!("{id}-undo")} disabled={!drawn}
                onclick={{ let ink = ink.clone(); move |_: MouseEvent| ink.dispatch(InkMsg::Undo) }}>
                <span aria-hidden="true">{ "↶ " }</span>{ t.t("pad-undo") }
            </button>
            <button type="button" class="button" id={format!("{id}-clear")} disabled={!drawn}
                onclick={{ let ink = ink.clone(); move |_: MouseEvent| ink.dispatch(InkMsg::Clear) }}>
                { t.t("pad-clear") }
            </button>
        </div>
    }
}

/// The choice to sign with the typed name instead of a drawing.
fn typed_choice(t: &I18n, id: &str, typed: &UseStateHandle<bool>) -> Html {
    html! {
        <div class="field field-check">
            <input type="checkbox" id={format!("{id}-typed")} checked={**typed} aria-describedby={format!("{id}-typed-hint")}
                onchange={{ let typed = typed.clone(); Callback::from(move |e: Event| {
                    typed.set(e.target_unchecked_into::<web_sys::HtmlInputElement>().checked())
                }) }} />
            <label for={format!("{id}-typed")}>{ t.t("pad-typed") }</label>
            <p class="hint" id={format!("{id}-typed-hint")}>{ t.t("pad-typed-hint") }</p>
        </div>
    }
}

fn save_and_cancel(t: &I18n, id: &str, on_save: Callback<MouseEvent>, on_cancel: &Callback<()>) -> Html {
    html! {
        <div class="card-actions">
            <button type="button" class="button button-primary" id={format!("{id}-save")} onclick={on_save}>
                { t.t("pad-save") }
            </button>
            <button type="button" class="button" id={format!("{id}-cancel")}
                onclick={send(on_cancel, ())}>
                { t.t("pad-cancel") }
            </button>
        </div>
    }
}

/// A saved signature drawn as SVG, for the signing screen and the print; a typed signature is
/// the name itself, in a hand-like style.
pub fn signature_svg(signature: &Signature, label: String) -> Html {
    if signature.typed {
        // The name is the signature; it reads out as itself.
        let _ = label;
        return html! { <p class="signature-typed"><bdi>{ &signature.name }</bdi></p> };
    }
    html! {
        <svg class="signature-drawing" viewBox={format!("0 0 {BOX_WIDTH} {BOX_HEIGHT}")} role="img" aria-label={label}>
            <path class="signature-ink" d={stroke_path(&signature.strokes)} />
        </svg>
    }
}
