//! The rule-set settings of the evaluations an OCMW may choose: how far after an evaluation's
//! date a planned moment may lie to be the one it fulfils, and the minimum for a part of a year.

use fluent_bundle::FluentValue;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::domain::plan::{Plan, PlanEdit};
use crate::domain::rules::{ShortYear, MAX_LINK_MARGIN_DAYS};
use crate::ui::i18n_context::I18n;

/// The two settings; `typed` keeps a margin that is not a usable number, with its message.
pub(super) fn evaluation_settings(
    t: &I18n,
    plan: &Plan,
    typed: &UseStateHandle<Option<String>>,
    e: &Callback<PlanEdit>,
) -> Html {
    let on_margin = {
        let (rules, typed, e) = (plan.rules.clone(), typed.clone(), e.clone());
        Callback::from(move |ev: Event| {
            let value = ev.target_unchecked_into::<HtmlInputElement>().value();
            match value.trim().parse::<i64>() {
                Ok(days) if (0..=MAX_LINK_MARGIN_DAYS).contains(&days) => {
                    typed.set(None);
                    e.emit(PlanEdit::SetRules(crate::domain::rules::RuleSet {
                        evaluation_link_margin_days: days,
                        ..rules.clone()
                    }));
                }
                _ => typed.set(Some(value)),
            }
        })
    };
    let on_short = {
        let (rules, e) = (plan.rules.clone(), e.clone());
        Callback::from(move |ev: Event| {
            let value = ev.target_unchecked_into::<HtmlSelectElement>().value();
            let short_year = ShortYear::from_slug(&value).unwrap_or_default();
            e.emit(PlanEdit::SetRules(crate::domain::rules::RuleSet { short_year, ..rules.clone() }));
        })
    };
    let margin = (**typed).clone().unwrap_or_else(|| plan.rules.evaluation_link_margin_days.to_string());
    html! {
        <details class="card plan-rules-evals">
            <summary>{ t.t("plan-rules-evals-title") }</summary>
            <div class="field">
                <label for="plan-rules-link-margin">{ t.t("plan-rules-link-margin") }</label>
                <input id="plan-rules-link-margin" type="number" inputmode="numeric" min="0" max={MAX_LINK_MARGIN_DAYS.to_string()}
                    value={margin} onchange={on_margin} aria-invalid={typed.is_some().to_string()}
                    aria-describedby="plan-rules-link-margin-error" />
                <p class="field-error" id="plan-rules-link-margin-error" role="alert">
                    if typed.is_some() {
                        { t.t_args("plan-rules-link-margin-error", &[("max", FluentValue::from(MAX_LINK_MARGIN_DAYS))]) }
                    }
                </p>
            </div>
            <div class="field">
                <label for="plan-rules-short-year">{ t.t("plan-rules-short-year") }</label>
                <select id="plan-rules-short-year" onchange={on_short}>
                    for s in ShortYear::ALL {
                        <option value={s.slug()} selected={plan.rules.short_year == s}>
                            { t.t(&format!("plan-rules-short-year-{}", s.slug())) }
                        </option>
                    }
                </select>
            </div>
        </details>
    }
}
