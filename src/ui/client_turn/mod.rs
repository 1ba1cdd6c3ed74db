//! The client turn: the tablet in the client's hands. Full screen, in the client's language (and
//! the simplified view when it is on): their self-check, the plan to read in their language with
//! their copy, and signing. No worker controls, no other dossier; the state refuses them too
//! (`state/turn.rs`). The one way back is the return button, held for two seconds by the worker.
//!
//! Plain functions, not components: every component costs wasm on the first visit.

mod hold;

use yew::prelude::*;

use crate::domain::Dossier;
use crate::i18n::review::note_id;
use crate::state::{AppState, DossierView, TurnStep};
use crate::ui::callbacks::send;
use crate::ui::i18n_context::I18n;
use crate::ui::print::document::PrintMode;
use crate::ui::print::{has_print_translation, plan_print};
use crate::ui::self_check::client_only;
use crate::ui::sign::SignPage;
use crate::ui::Command;

/// The whole screen of a client turn. `client` is the client's translator, `worker` the worker's
/// (for the return button only).
pub fn client_turn(
    state: &AppState,
    d: &Dossier,
    step: TurnStep,
    client: &I18n,
    worker: &I18n,
    on_command: &Callback<Command>,
) -> Html {
    let lang = client.lang();
    let on_command = client_commands(on_command);
    html! {
        <div class={classes!("app", "client-turn", d.simplified.then_some("client-turn-simple"))}
            id="client-turn" data-step={step.slug()} lang={lang.code()} dir={lang.dir()}>
            <header class="turn-header">
                <h1 class="turn-title">{ client.t(step.message_id()) }</h1>
                { step_nav(state, step, client, &on_command) }
            </header>
            { translation_note(client) }
            <main id="main" tabindex="-1" class="turn-main">{ step_page(state, d, step, client, &on_command) }</main>
            <footer class="turn-footer">{ hold::return_button(worker, &on_command) }</footer>
        </div>
    }
}

/// Short, in the client's language: a help translation, whether reviewed, and the Dutch counts.
/// The same data as TRANSLATIONS.md (`i18n::review`).
pub fn translation_note(client: &I18n) -> Html {
    match note_id(client.lang()) {
        Some(id) => html! { <p class="turn-note" id="turn-translation-note" role="note">{ client.t(id) }</p> },
        None => Html::default(),
    }
}

/// The client's screens ask only for client things; links to the worker's views become steps.
fn client_commands(on_command: &Callback<Command>) -> Callback<Command> {
    let on_command = on_command.clone();
    Callback::from(move |command: Command| {
        let command = match command {
            Command::ShowView(DossierView::Sign) => Command::TurnShow(TurnStep::Sign),
            Command::ShowView(DossierView::SelfCheck) => Command::TurnShow(TurnStep::SelfCheck),
            Command::ShowView(_) | Command::ShowPrint(_) => Command::TurnShow(TurnStep::Plan),
            other => other,
        };
        if command.allowed_in_turn() {
            on_command.emit(command);
        }
    })
}

fn step_nav(state: &AppState, current: TurnStep, client: &I18n, on_command: &Callback<Command>) -> Html {
    html! {
        <nav class="turn-nav" aria-label={client.t("turn-nav-label")}>
            for step in state.turn_steps() {
                <button type="button" id={format!("turn-step-{}", step.slug())}
                    class={classes!("tab", (step == current).then_some("tab-current"))}
                    aria-current={(step == current).then_some("page")}
                    onclick={send(on_command, Command::TurnShow(step))}>
                    { client.t(step.message_id()) }
                </button>
            }
        </nav>
    }
}

fn step_page(state: &AppState, d: &Dossier, step: TurnStep, client: &I18n, on_command: &Callback<Command>) -> Html {
    match step {
        TurnStep::SelfCheck => match state.turn_check() {
            Some(check) => client_only(d, check, client, on_command),
            None => Html::default(),
        },
        TurnStep::Plan => plan(state, d, client, on_command),
        TurnStep::Road => crate::ui::road::road_page(d, state.today(), state.utc_offset, client, on_command),
        TurnStep::Sign => html! {
            <SignPage dossier={std::rc::Rc::new(d.clone())} today={state.today()} on_command={on_command.clone()} client_turn=true />
        },
    }
}

/// The plan in the client's language (the print's client copy), and a button for their copy.
fn plan(state: &AppState, d: &Dossier, client: &I18n, on_command: &Callback<Command>) -> Html {
    let translated = d.client_lang != crate::domain::Lang::Nl && has_print_translation(d.client_lang);
    let mode = if translated { PrintMode::ClientOnly } else { PrintMode::Bilingual };
    html! {
        <section class="turn-plan" aria-label={client.t("turn-plan")}>
            <div class="turn-actions">
                <button type="button" class="button button-primary" id="turn-print-copy"
                    onclick={send(on_command, Command::Print)}>
                    { client.t("turn-print-copy") }
                </button>
                <button type="button" class="button" id="turn-go-sign"
                    onclick={send(on_command, Command::TurnShow(TurnStep::Sign))}>
                    { client.t("sign-view") }
                </button>
                { read_aloud(state, client, on_command) }
            </div>
            <div class="print-preview" id="turn-plan-doc">
                { plan_print(d, None, &d.plan_fingerprint(), mode, &state.catalogue) }
            </div>
        </section>
    }
}

/// The whole plan read aloud in the client's language, where the tablet has a voice for it;
/// otherwise a plain word that it has none.
fn read_aloud(state: &AppState, client: &I18n, on_command: &Callback<Command>) -> Html {
    let lang = client.lang();
    if !state.speech_langs.contains(&lang) {
        let name = fluent_bundle::FluentValue::from(lang.native_name());
        return html! { <p class="hint" id="turn-no-voice">{ client.t_args("easy-no-voice", &[("language", name)]) }</p> };
    }
    html! {
        <button type="button" class="button" id="turn-read-plan"
            onclick={send(on_command, Command::SpeakPlan(lang))}>
            { client.t("easy-read-aloud") }
        </button>
    }
}
