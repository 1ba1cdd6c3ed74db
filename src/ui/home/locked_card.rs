//! One locked dossier on the home screen: only its place in the list is known until it is unlocked.

use fluent_bundle::FluentValue;
use yew::prelude::*;

use crate::domain::DossierId;
use crate::ui::i18n_context::use_i18n;

#[derive(Properties, PartialEq)]
pub(super) struct LockedCardProps {
    pub id: DossierId,
    /// Its number in the list of locked dossiers, from 1.
    pub number: usize,
    /// Asks for the passphrase of a locked dossier.
    pub on_unlock: Callback<DossierId>,
}

#[component]
pub(super) fn LockedCard(props: &LockedCardProps) -> Html {
    let t = use_i18n();
    let id = &props.id;
    let on_unlock = {
        let id = id.clone();
        props.on_unlock.reform(move |_: MouseEvent| id.clone())
    };
    html! {
        <li class="card dossier-card locked-card">
            <h2 class="dossier-name" id={format!("locked-{}", id)}>
                <svg class="lock-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <rect x="5" y="11" width="14" height="10" rx="2" /><path d="M8 11V8a4 4 0 0 1 8 0v3" />
                </svg>
                { t.t_args("locked-dossier-name", &[("number", FluentValue::from(props.number))]) }
            </h2>
            <p class="dates">{ t.t("locked-dossier-hint") }</p>
            <div class="card-actions">
                <button type="button" class="button button-primary" aria-describedby={format!("locked-{}", id)}
                    onclick={on_unlock}>
                    { t.t("unlock-button") }
                </button>
            </div>
        </li>
    }
}
