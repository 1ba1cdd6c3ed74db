//! What the SSR tests share: rendering, the check that no message is missing, and the common
//! dossiers and app states.

use std::rc::Rc;

use chrono::{DateTime, TimeZone, Utc};
use trede::domain::example::example_dossier;
use trede::domain::{Dossier, DossierId, Lang, UtcOffset};
use trede::i18n::translator;
use trede::state::{AppState, Msg};
use trede::ui::i18n_context::{ClientI18n, I18n};
use trede::ui::shell::{Shell, ShellProps};
use yew::prelude::*;
use yew::LocalServerRenderer;

/// The moment every test lives in: 24 November 2026, 09:00 UTC.
pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap()
}

/// The whole app frame (the `Shell`) for a state.
pub async fn render(state: AppState) -> String {
    let props = ShellProps { state: Rc::new(state), on_command: Callback::noop() };
    LocalServerRenderer::<Shell>::with_props(props).hydratable(false).render().await
}

/// One component on its own, with no context around it (so in Dutch).
pub async fn render_bare<C: BaseComponent>(props: C::Properties) -> String {
    LocalServerRenderer::<C>::with_props(props).hydratable(false).render().await
}

/// Markup inside the language contexts the shell gives: the screen's translator and, when given,
/// the client's.
pub async fn render_in(lang: Lang, client: Option<Lang>, content: Html) -> String {
    render_bare::<InContexts>(InContextsProps { lang, client, children: content }).await
}

#[derive(Properties, PartialEq)]
pub struct InContextsProps {
    lang: Lang,
    client: Option<Lang>,
    children: Html,
}

#[component]
fn InContexts(props: &InContextsProps) -> Html {
    let i18n: I18n = translator(props.lang);
    let content = match props.client {
        Some(client) => html! {
            <ContextProvider<ClientI18n> context={ClientI18n(translator(client))}>
                { props.children.clone() }
            </ContextProvider<ClientI18n>>
        },
        None => props.children.clone(),
    };
    html! { <ContextProvider<I18n> context={i18n}>{ content }</ContextProvider<I18n>> }
}

/// No message is missing (a missing one renders as `⟦id⟧`).
pub fn assert_complete(html: &str) {
    assert!(!html.contains('⟦'), "a message is missing:\n{html}");
}

/// The dossiers stored on the device have been read, with the screen in `ui_lang`.
pub fn loaded(dossiers: Vec<Dossier>, ui_lang: Lang) -> AppState {
    AppState::default().apply(Msg::Loaded {
        dossiers,
        unreadable: vec![],
        ui_lang: Some(ui_lang),
        utc_offset: UtcOffset { minutes: 60 },
    })
}

/// Storage read, and nothing in it.
pub fn loaded_empty() -> AppState {
    AppState::default().apply(Msg::Loaded {
        dossiers: vec![],
        unreadable: vec![],
        ui_lang: None,
        utc_offset: UtcOffset { minutes: 0 },
    })
}

/// Amina's dossier (id `a1`), in a worker's language, made at `created`.
pub fn amina(lang: Lang, created: DateTime<Utc>) -> Dossier {
    Dossier::new(DossierId("a1".into()), "Amina El Idrissi".into(), lang, created)
}

/// The id of the example dossier.
pub fn example_id() -> DossierId {
    DossierId("ex".into())
}

/// The example dossier (Samira's plan, self-check, ladder and signers).
pub fn example() -> Dossier {
    example_dossier(example_id(), now())
}
