//! The screen-language picker in the header. Each language is named in its own script.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::domain::Lang;
use crate::ui::i18n_context::use_i18n;

#[derive(Properties, PartialEq)]
pub struct LanguagePickerProps {
    pub current: Lang,
    pub on_change: Callback<Lang>,
    /// Which languages to offer; all of them when empty.
    #[prop_or_default]
    pub choices: Vec<Lang>,
    #[prop_or(AttrValue::Static("language-picker"))]
    pub id: AttrValue,
    #[prop_or_default]
    pub label_id: Option<AttrValue>,
}

#[component]
pub fn LanguagePicker(props: &LanguagePickerProps) -> Html {
    let t = use_i18n();
    let onchange = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: Event| {
            let code = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(lang) = Lang::from_code(&code) {
                on_change.emit(lang);
            }
        })
    };
    let choices: Vec<Lang> = if props.choices.is_empty() { Lang::ALL.to_vec() } else { props.choices.clone() };
    html! {
        <div class="language-picker">
            if props.label_id.is_none() {
                <label for={props.id.clone()}>{ t.t("language-label") }</label>
            }
            <select id={props.id.clone()} {onchange} aria-labelledby={props.label_id.clone()}>
                for lang in choices {
                    <option value={lang.code()} lang={lang.code()} selected={lang == props.current}>
                        { lang.native_name() }
                    </option>
                }
            </select>
        </div>
    }
}
