//! One locked dossier on the home screen: only its place in the list is known until it is unlocked.
//! A function of the home page, not a component: every component costs wasm on the first visit.

use fluent_bundle::FluentValue;
use yew::prelude::*;

use crate::domain::DossierId;
use crate::ui::callbacks::send;
use crate::ui::i18n_context::I18n;

/// The card of the locked dossier `id`, number `number` (from 1) in the list of locked dossiers;
/// its button asks for the passphrase through `on_unlock`.
pub(super) fn locked_card(t: &I18n, id: &DossierId, number: usize, on_unlock: &Callback<DossierId>) -> Html {
    let on_unlock = {
        let id = id.clone();
        send(on_unlock, id.clone())
    };
    html! {
        <li class="card dossier-card locked-card" key={id.0.clone()}>
            <h2 class="dossier-name" id={format!("locked-{}", id)}>
                <svg class="lock-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <rect x="5" y="11" width="14" height="10" rx="2" /><path d="M8 11V8a4 4 0 0 1 8 0v3" />
                </svg>
                { t.t_args("locked-dossier-name", &[("number", FluentValue::from(number))]) }
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
