//! Small form fields for the plan. Text saves as it is typed, so nothing is lost when the
//! person stops halfway; dates save when chosen.

use chrono::NaiveDate;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PlanTextProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub value: AttrValue,
    pub on_input: Callback<String>,
    #[prop_or_default]
    pub multiline: bool,
}

#[component]
pub fn PlanText(props: &PlanTextProps) -> Html {
    let hint_id = format!("{}-hint", props.id);
    let described = props.hint.as_ref().map(|_| hint_id.clone());
    let on_input = props.on_input.clone();
    let multiline = props.multiline;
    let oninput = Callback::from(move |e: InputEvent| {
        let value = if multiline {
            e.target_unchecked_into::<HtmlTextAreaElement>().value()
        } else {
            e.target_unchecked_into::<HtmlInputElement>().value()
        };
        on_input.emit(value);
    });
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ &props.label }</label>
            if let Some(hint) = &props.hint {
                <p class="hint" id={hint_id}>{ hint }</p>
            }
            if props.multiline {
                <textarea id={props.id.clone()} dir="auto" rows="3" value={props.value.clone()} {oninput}
                    aria-describedby={described} />
            } else {
                <input id={props.id.clone()} type="text" dir="auto" autocomplete="off" value={props.value.clone()} {oninput}
                    aria-describedby={described} />
            }
        </div>
    }
}

pub fn date_value(date: Option<NaiveDate>) -> String {
    date.map(|d| d.to_string()).unwrap_or_default()
}

/// `NaiveDate::parse_from_str(value, "%Y-%m-%d")`, with the items that format string stands
/// for written out: the same parse, without chrono's format-string reader in the wasm.
pub fn parse_date(value: &str) -> Option<NaiveDate> {
    use chrono::format::{parse, Item, Numeric, Pad, Parsed};
    const ISO: [Item<'static>; 5] = [
        Item::Numeric(Numeric::Year, Pad::Zero),
        Item::Literal("-"),
        Item::Numeric(Numeric::Month, Pad::Zero),
        Item::Literal("-"),
        Item::Numeric(Numeric::Day, Pad::Zero),
    ];
    let mut parsed = Parsed::new();
    parse(&mut parsed, value, ISO.iter()).ok()?;
    parsed.to_naive_date().ok()
}

#[derive(Properties, PartialEq)]
pub struct PlanDateProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub value: Option<NaiveDate>,
    pub on_change: Callback<Option<NaiveDate>>,
}

#[component]
pub fn PlanDate(props: &PlanDateProps) -> Html {
    let hint_id = format!("{}-hint", props.id);
    let described = props.hint.as_ref().map(|_| hint_id.clone());
    let on_change = props.on_change.clone();
    let onchange = Callback::from(move |e: Event| {
        on_change.emit(parse_date(&e.target_unchecked_into::<HtmlInputElement>().value()));
    });
    html! {
        <div class="field field-date">
            <label for={props.id.clone()}>{ &props.label }</label>
            if let Some(hint) = &props.hint {
                <p class="hint" id={hint_id}>{ hint }</p>
            }
            <input id={props.id.clone()} type="date" value={date_value(props.value)} {onchange}
                aria-describedby={described} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct PlanSelectProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// (value, label) pairs.
    pub options: Vec<(String, String)>,
    pub selected: String,
    pub on_change: Callback<String>,
}

#[component]
pub fn PlanSelect(props: &PlanSelectProps) -> Html {
    let on_change = props.on_change.clone();
    let onchange = Callback::from(move |e: Event| {
        on_change.emit(e.target_unchecked_into::<HtmlSelectElement>().value());
    });
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ &props.label }</label>
            <select id={props.id.clone()} {onchange}>
                for (value, label) in props.options.iter() {
                    <option value={value.clone()} selected={*value == props.selected}>{ label }</option>
                }
            </select>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct PlanCheckProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub checked: bool,
    pub on_change: Callback<bool>,
}

#[component]
pub fn PlanCheck(props: &PlanCheckProps) -> Html {
    let on_change = props.on_change.clone();
    let onchange = Callback::from(move |e: Event| {
        on_change.emit(e.target_unchecked_into::<HtmlInputElement>().checked());
    });
    html! {
        <div class="field plan-check-field">
            <input id={props.id.clone()} type="checkbox" checked={props.checked} {onchange} />
            <label for={props.id.clone()}>{ &props.label }</label>
        </div>
    }
}
