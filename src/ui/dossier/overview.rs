//! The dossier's overview: its dates, the client's language, the simplified view, and the lock.

use fluent_bundle::FluentValue;
use yew::prelude::*;

use crate::domain::{Dossier, Lang, LockSettings, UtcOffset};
use crate::ui::callbacks::send;
use crate::ui::i18n_context::I18n;
use crate::ui::widgets::language_picker::LanguagePicker;
use crate::ui::Command;

/// What the overview shows and where its buttons go. A plain function, not a component: its lock
/// callback is new on every render of the dossier page, so a component would redraw every time
/// anyway, and each component costs wasm on the first visit.
pub(super) struct OverviewProps<'a> {
    pub dossier: &'a Dossier,
    pub utc_offset: UtcOffset,
    pub on_command: Callback<Command>,
    /// Asks for a passphrase to lock the dossier with.
    pub on_set_lock: Callback<MouseEvent>,
    /// This device locks every locked dossier as soon as the tab is hidden.
    pub lock_on_hide: bool,
}

pub(super) fn overview(t: &I18n, props: &OverviewProps) -> Html {
    html! {
      <>
        { dates_and_languages(t, props) }
        { lock_section(t, props) }
      </>
    }
}

fn dates_and_languages(t: &I18n, props: &OverviewProps) -> Html {
    let d = &props.dossier;
    let offset = props.utc_offset;
    let created = t.date(offset.date(d.created));
    let updated = t.date(offset.date(d.updated));
    let on_client_lang = {
        let id = d.id.clone();
        props.on_command.reform(move |lang: Lang| Command::SetClientLang(id.clone(), lang))
    };
    let on_simplified = {
        let id = d.id.clone();
        props.on_command.reform(move |e: Event| {
            let on = e.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
            Command::SetSimplified(id.clone(), on)
        })
    };
    html! {
        <section class="card" aria-labelledby="about-title">
            <h2 id="about-title">{ t.t("dossier-dates-title") }</h2>
            <ul class="facts">
                <li>{ t.t_args("dossier-created-on", &[("date", FluentValue::from(created))]) }</li>
                <li>{ t.t_args("dossier-updated-on", &[("date", FluentValue::from(updated))]) }</li>
            </ul>
            <div class="field">
                <span id="client-lang-label" class="label">{ t.t("client-lang-label") }</span>
                <p class="hint" id="client-lang-hint">{ t.t("client-lang-hint") }</p>
                <LanguagePicker id="client-lang" label_id={Some(AttrValue::from("client-lang-label"))}
                    current={d.client_lang} choices={Lang::ALL.to_vec()} on_change={on_client_lang} />
            </div>
            <div class="field field-check">
                <input type="checkbox" id="simplified-view" checked={d.simplified} aria-describedby="simplified-view-hint"
                    onchange={on_simplified} />
                <label for="simplified-view">{ t.t("easy-toggle") }</label>
                <p class="hint" id="simplified-view-hint">{ t.t("easy-toggle-hint") }</p>
            </div>
        </section>
    }
}

fn lock_section(t: &I18n, props: &OverviewProps) -> Html {
    let d = &props.dossier;
    let command = |make: fn(crate::domain::DossierId) -> Command| send(&props.on_command, make(d.id.clone()));
    html! {
        <section class="card lock-section" aria-labelledby="lock-title">
            <h2 id="lock-title">{ t.t("lock-title") }</h2>
            if let Some(lock) = d.lock {
                <p>{ t.t("lock-on") }</p>
                { idle_field(t, props, lock.idle_minutes) }
                <div class="field field-check">
                    <input type="checkbox" id="lock-on-hide" checked={props.lock_on_hide}
                        onchange={send(&props.on_command, Command::SetLockOnHide(!props.lock_on_hide))} />
                    <label for="lock-on-hide">{ t.t("lock-when-hidden") }</label>
                </div>
                <div class="card-actions">
                    <button type="button" class="button button-primary" onclick={command(Command::LockNow)}>
                        { t.t("lock-now") }
                    </button>
                    <button type="button" class="button" onclick={command(Command::RemoveLock)}>
                        { t.t("lock-remove") }
                    </button>
                </div>
            } else {
                <p>{ t.t("lock-off") }</p>
                <button type="button" class="button" onclick={props.on_set_lock.clone()}>
                    { t.t("lock-set") }
                </button>
            }
        </section>
    }
}

/// After how many idle minutes the dossier locks itself.
fn idle_field(t: &I18n, props: &OverviewProps, idle_minutes: u32) -> Html {
    let (id, on_command) = (props.dossier.id.clone(), props.on_command.clone());
    let on_change = Callback::from(move |e: Event| {
        let value = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
        if let Ok(minutes) = value.parse() {
            on_command.emit(Command::SetLockIdle(id.clone(), minutes))
        }
    });
    html! {
        <div class="field">
            <label for="lock-idle">{ t.t("lock-idle-label") }</label>
            <select id="lock-idle" onchange={on_change}>
                for minutes in LockSettings::IDLE_CHOICES {
                    <option value={minutes.to_string()} selected={minutes == idle_minutes}>
                        { t.t_args("lock-idle-minutes", &[("minutes", FluentValue::from(minutes))]) }
                    </option>
                }
            </select>
        </div>
    }
}
