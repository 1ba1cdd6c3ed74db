//! Client mode of the self-check: one life domain per screen, in the client's language. Every tap
//! and every typed letter becomes an edit of the dossier at once, so stopping is always safe and
//! the next visit resumes at the same question. In the simplified view the same screen has
//! easy-read sentences, larger text and targets, read-aloud, and the Dutch word under each term.

use fluent_bundle::FluentValue;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::pictogram::{answer_path, domain_path, Picto, CHECK_PATH};
use super::read_aloud::{DutchTerm, ReadAloud};
use crate::domain::self_check::{question_id, ClientAnswer, SelfCheck, SelfCheckEdit};
use crate::domain::{Lang, LifeDomain};
use crate::i18n::translator;
use crate::ui::callbacks::send;
use crate::ui::i18n_context::{use_i18n, I18n};

#[derive(Properties, PartialEq)]
pub struct ClientModeProps {
    pub check: SelfCheck,
    pub on_edit: Callback<SelfCheckEdit>,
    /// The dossier's simplified (easy-read) view.
    #[prop_or_default]
    pub simplified: bool,
}

#[component]
pub fn ClientMode(props: &ClientModeProps) -> Html {
    let t = use_i18n();
    let position = props.check.client_position.min(LifeDomain::ALL.len());
    match props.check.client_domain() {
        Some(domain) => question(&t, props, domain, position),
        // The end: thanks, and a way back to whatever is still open.
        None => end_of_check(&t, props),
    }
}

/// The easy-read message in the simplified view, the usual one otherwise.
fn pick<'a>(simple: bool, usual: &'a str, easy: &'a str) -> &'a str {
    if simple {
        easy
    } else {
        usual
    }
}

/// The easy-read wording in the simplified view, the usual one otherwise.
fn say(t: &I18n, simple: bool, usual: &str, easy: &str) -> String {
    t.t(pick(simple, usual, easy))
}

/// A callback that moves the client to the domain at `position` (past the last one: the end).
fn go_to(props: &ClientModeProps, position: usize) -> Callback<MouseEvent> {
    let check = props.check.id;
    send(&props.on_edit, SelfCheckEdit::ClientGoTo { check, position })
}

/// One dot per domain: answered, skipped, and the current one.
fn progress_dots(sc: &SelfCheck, position: usize) -> Html {
    html! {
        <div class="self-check-dots" aria-hidden="true">
            for (i, d) in LifeDomain::ALL.iter().enumerate() {
                <span class={classes!(
                    "self-check-dot",
                    sc.client_entry(*d).answer.is_some().then_some("self-check-dot-answered"),
                    (sc.client_entry(*d).answer.is_none() && sc.client_entry(*d).skipped).then_some("self-check-dot-skipped"),
                    (i == position).then_some("self-check-dot-current"),
                )}></span>
            }
        </div>
    }
}

/// After the last domain: thanks, and a way back to the domains still unanswered.
fn end_of_check(t: &I18n, props: &ClientModeProps) -> Html {
    let (sc, simple) = (&props.check, props.simplified);
    let total = LifeDomain::ALL.len();
    let open: Vec<(usize, LifeDomain)> =
        LifeDomain::ALL.iter().copied().enumerate().filter(|(_, d)| sc.client_entry(*d).answer.is_none()).collect();
    html! {
        <section class={classes!("self-check-client", "self-check-client-end", simple.then_some("simple"))} aria-labelledby="self-check-client-end-title">
            { progress_dots(sc, total) }
            <h3 id="self-check-client-end-title" class="self-check-question">{ say(t, simple, "self-check-client-end-title", "easy-end-title") }</h3>
            <p>{ say(t, simple, "self-check-client-end-body", "easy-end-body") }</p>
            if simple {
                <ReadAloud text={format!("{} {}", t.t("easy-end-title"), t.t("easy-end-body"))} />
            }
            if !open.is_empty() {
                <p>{ t.t_args(pick(simple, "self-check-client-end-open", "easy-end-open"), &[("count", FluentValue::from(open.len()))]) }</p>
                <ul class="self-check-open-list">
                    for (i, d) in open.into_iter() {
                        <li key={d.slug()}>
                            <button type="button" class="button self-check-go-to" onclick={go_to(props, i)}>
                                <Picto d={domain_path(d)} />
                                { t.t_args(pick(simple, "self-check-client-go-to", "easy-go-to"), &[("domain", FluentValue::from(t.t(&d.name_id())))]) }
                            </button>
                        </li>
                    }
                </ul>
            }
            <div class="self-check-client-nav">
                <button type="button" class="button" onclick={go_to(props, total - 1)}>
                    <span aria-hidden="true" class="back-arrow">{ "‹" }</span>{ say(t, simple, "self-check-client-back", "easy-back") }
                </button>
            </div>
        </section>
    }
}

/// One domain on the screen: its question, the answers, help, a note, and the way on.
fn question(t: &I18n, props: &ClientModeProps, domain: LifeDomain, position: usize) -> Html {
    let (sc, simple) = (&props.check, props.simplified);
    let entry = sc.client_entry(domain);
    let question = format!("self-check-question-{}", domain.slug());
    let total = LifeDomain::ALL.len();
    html! {
        <section class={classes!("self-check-client", simple.then_some("simple"))} aria-labelledby={question.clone()} data-domain={domain.slug()}>
            <p class="self-check-progress-text">
                { t.t_args(pick(simple, "self-check-client-progress", "easy-progress"), &[("current", FluentValue::from(position + 1)), ("total", FluentValue::from(total))]) }
            </p>
            { progress_dots(sc, position) }
            { domain_head(t, domain, &question, simple) }
            if entry.skipped && entry.answer.is_none() {
                <p class="hint">{ say(t, simple, "self-check-client-skipped-note", "easy-skipped-note") }</p>
            }
            { answer_buttons(t, props, domain, entry.answer, &question) }
            { help_toggle(t, props, domain, entry.wants_help) }
            { note_field(t, props, domain, &entry.note) }
            { question_nav(t, props, domain, position) }
            <p class="hint self-check-saved">{ say(t, simple, "self-check-client-saved", "easy-saved") }</p>
        </section>
    }
}

/// The domain's pictogram and name, and its question (in the simplified view with the Dutch word
/// and read-aloud).
fn domain_head(t: &I18n, domain: LifeDomain, question: &str, simple: bool) -> Html {
    let question_text = if simple { t.t(&format!("easy-q-{}", domain.slug())) } else { t.t(&question_id(domain)) };
    let domain_name = t.t(&domain.name_id());
    // Read aloud: the domain, the question, then the answers to choose from.
    let spoken = std::iter::once(format!("{domain_name}. {question_text}"))
        .chain(ClientAnswer::ALL.iter().map(|a| t.t(&a.message_id())))
        .collect::<Vec<_>>()
        .join(". ");
    html! {
        <div class="self-check-domain-head">
            <Picto d={domain_path(domain)} class="self-check-domain-picto" />
            <div>
                <p class="self-check-domain-name">
                    if simple {
                        <DutchTerm home={domain_name.clone()} dutch={translator(Lang::Nl).t(&domain.name_id())} />
                    } else {
                        { domain_name.clone() }
                    }
                </p>
                <h3 id={question.to_owned()} class="self-check-question">{ question_text }</h3>
                if simple {
                    <ReadAloud text={spoken} describes={Some(AttrValue::from(question.to_owned()))} />
                }
            </div>
        </div>
    }
}

fn answer_buttons(
    t: &I18n,
    props: &ClientModeProps,
    domain: LifeDomain,
    chosen: Option<ClientAnswer>,
    question: &str,
) -> Html {
    let check = props.check.id;
    html! {
        <div class="self-check-answers" role="group" aria-labelledby={question.to_owned()}>
            for answer in ClientAnswer::ALL {
                <button type="button" key={answer.slug()}
                    class={classes!("self-check-answer", format!("self-check-answer-{}", answer.slug()))}
                    aria-pressed={if chosen == Some(answer) { "true" } else { "false" }}
                    onclick={send(&props.on_edit, SelfCheckEdit::ClientAnswer { check, domain, answer: Some(answer) })}>
                    <Picto d={answer_path(answer)} class="self-check-answer-picto" />
                    <span>{ t.t(&answer.message_id()) }</span>
                </button>
            }
        </div>
    }
}

/// "I want help with this": a toggle.
fn help_toggle(t: &I18n, props: &ClientModeProps, domain: LifeDomain, wants_help: bool) -> Html {
    let check = props.check.id;
    let on_help = send(&props.on_edit, SelfCheckEdit::ClientWantsHelp { check, domain, wants_help: !wants_help });
    html! {
        <button type="button" class="self-check-help-toggle" aria-pressed={if wants_help { "true" } else { "false" }} onclick={on_help}>
            <span class="self-check-help-box"><Picto d={CHECK_PATH} /></span>
            <span>{ say(t, props.simplified, "self-check-client-help", "easy-help") }</span>
        </button>
    }
}

fn note_field(t: &I18n, props: &ClientModeProps, domain: LifeDomain, note: &str) -> Html {
    let check = props.check.id;
    let note_id = format!("self-check-note-{}", domain.slug());
    let on_note = props.on_edit.reform(move |e: InputEvent| SelfCheckEdit::ClientNote {
        check,
        domain,
        note: e.target_unchecked_into::<HtmlTextAreaElement>().value(),
    });
    html! {
        <div class="field">
            <label for={note_id.clone()}>{ say(t, props.simplified, "self-check-client-note-label", "easy-note-label") }</label>
            <textarea id={note_id} dir="auto" class="self-check-note" rows="3" value={note.to_owned()} oninput={on_note} />
        </div>
    }
}

/// Back, skip, and next.
fn question_nav(t: &I18n, props: &ClientModeProps, domain: LifeDomain, position: usize) -> Html {
    let (check, simple) = (props.check.id, props.simplified);
    let on_skip = send(&props.on_edit, SelfCheckEdit::ClientSkip { check, domain });
    html! {
        <div class="self-check-client-nav">
            <button type="button" class="button" disabled={position == 0} onclick={go_to(props, position.saturating_sub(1))}>
                <span aria-hidden="true" class="back-arrow">{ "‹" }</span>{ say(t, simple, "self-check-client-back", "easy-back") }
            </button>
            <button type="button" class="button self-check-skip" onclick={on_skip}>{ say(t, simple, "self-check-client-skip", "easy-skip") }</button>
            <button type="button" class="button button-primary" onclick={go_to(props, position + 1)}>
                { say(t, simple, "self-check-client-next", "easy-next") }<span aria-hidden="true" class="next-arrow">{ "›" }</span>
            </button>
        </div>
    }
}
