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
use crate::domain::LifeDomain;
use crate::i18n::translator;
use crate::ui::i18n_context::use_i18n;

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
    let simple = props.simplified;
    // The easy-read wording in the simplified view, the usual one otherwise.
    let say = |usual: &str, easy: &str| t.t(if simple { easy } else { usual });
    let dutch = translator(crate::domain::Lang::Nl);
    let sc = &props.check;
    let check = sc.id;
    let total = LifeDomain::ALL.len();
    let position = sc.client_position.min(total);
    let go_to =
        |position: usize| props.on_edit.reform(move |_: MouseEvent| SelfCheckEdit::ClientGoTo { check, position });

    let dots = html! {
        <div class="sc-dots" aria-hidden="true">
            for (i, d) in LifeDomain::ALL.iter().enumerate() {
                <span class={classes!(
                    "sc-dot",
                    sc.client_entry(*d).answer.is_some().then_some("sc-dot-answered"),
                    (sc.client_entry(*d).answer.is_none() && sc.client_entry(*d).skipped).then_some("sc-dot-skipped"),
                    (i == position).then_some("sc-dot-current"),
                )}></span>
            }
        </div>
    };

    let Some(domain) = sc.client_domain() else {
        // The end: thanks, and a way back to whatever is still open.
        let open: Vec<(usize, LifeDomain)> =
            LifeDomain::ALL.iter().copied().enumerate().filter(|(_, d)| sc.client_entry(*d).answer.is_none()).collect();
        return html! {
            <section class={classes!("sc-client", "sc-client-end", simple.then_some("simple"))} aria-labelledby="sc-client-end-title">
                { dots }
                <h3 id="sc-client-end-title" class="sc-question">{ say("sc-client-end-title", "easy-end-title") }</h3>
                <p>{ say("sc-client-end-body", "easy-end-body") }</p>
                if simple {
                    <ReadAloud text={format!("{} {}", t.t("easy-end-title"), t.t("easy-end-body"))} />
                }
                if !open.is_empty() {
                    <p>{ t.t_args(if simple { "easy-end-open" } else { "sc-client-end-open" }, &[("count", FluentValue::from(open.len()))]) }</p>
                    <ul class="sc-open-list">
                        for (i, d) in open.into_iter() {
                            <li key={d.id()}>
                                <button type="button" class="button sc-go-to" onclick={go_to(i)}>
                                    <Picto d={domain_path(d)} />
                                    { t.t_args(if simple { "easy-go-to" } else { "sc-client-go-to" }, &[("domain", FluentValue::from(t.t(&d.name_id())))]) }
                                </button>
                            </li>
                        }
                    </ul>
                }
                <div class="sc-client-nav">
                    <button type="button" class="button" onclick={go_to(total - 1)}>
                        <span aria-hidden="true" class="back-arrow">{ "‹" }</span>{ say("sc-client-back", "easy-back") }
                    </button>
                </div>
            </section>
        };
    };

    let entry = sc.client_entry(domain);
    let question = format!("sc-question-{}", domain.id());
    let question_text = if simple { t.t(&format!("easy-q-{}", domain.id())) } else { t.t(&question_id(domain)) };
    let domain_name = t.t(&domain.name_id());
    // Read aloud: the domain, the question, then the answers to choose from.
    let spoken = std::iter::once(format!("{domain_name}. {question_text}"))
        .chain(ClientAnswer::ALL.iter().map(|a| t.t(&a.message_id())))
        .collect::<Vec<_>>()
        .join(". ");
    let note_id = format!("sc-note-{}", domain.id());
    let on_note = props.on_edit.reform(move |e: InputEvent| SelfCheckEdit::ClientNote {
        check,
        domain,
        note: e.target_unchecked_into::<HtmlTextAreaElement>().value(),
    });
    let wants_help = entry.wants_help;
    let on_help = props.on_edit.reform(move |_: MouseEvent| SelfCheckEdit::ClientWantsHelp {
        check,
        domain,
        wants_help: !wants_help,
    });
    let on_skip = props.on_edit.reform(move |_: MouseEvent| SelfCheckEdit::ClientSkip { check, domain });

    html! {
        <section class={classes!("sc-client", simple.then_some("simple"))} aria-labelledby={question.clone()} data-domain={domain.id()}>
            <p class="sc-progress-text">
                { t.t_args(if simple { "easy-progress" } else { "sc-client-progress" }, &[("current", FluentValue::from(position + 1)), ("total", FluentValue::from(total))]) }
            </p>
            { dots }
            <div class="sc-domain-head">
                <Picto d={domain_path(domain)} class="sc-domain-picto" />
                <div>
                    <p class="sc-domain-name">
                        if simple {
                            <DutchTerm home={domain_name.clone()} dutch={dutch.t(&domain.name_id())} />
                        } else {
                            { domain_name.clone() }
                        }
                    </p>
                    <h3 id={question.clone()} class="sc-question">{ question_text }</h3>
                    if simple {
                        <ReadAloud text={spoken} describes={Some(AttrValue::from(question.clone()))} />
                    }
                </div>
            </div>
            if entry.skipped && entry.answer.is_none() {
                <p class="hint">{ say("sc-client-skipped-note", "easy-skipped-note") }</p>
            }
            <div class="sc-answers" role="group" aria-labelledby={question}>
                for answer in ClientAnswer::ALL {
                    <button type="button" key={answer.slug()}
                        class={classes!("sc-answer", format!("sc-answer-{}", answer.slug()))}
                        aria-pressed={if entry.answer == Some(answer) { "true" } else { "false" }}
                        onclick={props.on_edit.reform(move |_: MouseEvent| SelfCheckEdit::ClientAnswer { check, domain, answer: Some(answer) })}>
                        <Picto d={answer_path(answer)} class="sc-answer-picto" />
                        <span>{ t.t(&answer.message_id()) }</span>
                    </button>
                }
            </div>
            <button type="button" class="sc-help-toggle" aria-pressed={if wants_help { "true" } else { "false" }} onclick={on_help}>
                <span class="sc-help-box"><Picto d={CHECK_PATH} /></span>
                <span>{ say("sc-client-help", "easy-help") }</span>
            </button>
            <div class="field">
                <label for={note_id.clone()}>{ say("sc-client-note-label", "easy-note-label") }</label>
                <textarea id={note_id} class="sc-note" rows="3" value={entry.note.clone()} oninput={on_note} />
            </div>
            <div class="sc-client-nav">
                <button type="button" class="button" disabled={position == 0} onclick={go_to(position.saturating_sub(1))}>
                    <span aria-hidden="true" class="back-arrow">{ "‹" }</span>{ say("sc-client-back", "easy-back") }
                </button>
                <button type="button" class="button sc-skip" onclick={on_skip}>{ say("sc-client-skip", "easy-skip") }</button>
                <button type="button" class="button button-primary" onclick={go_to(position + 1)}>
                    { say("sc-client-next", "easy-next") }<span aria-hidden="true" class="next-arrow">{ "›" }</span>
                </button>
            </div>
            <p class="hint sc-saved">{ say("sc-client-saved", "easy-saved") }</p>
        </section>
    }
}
