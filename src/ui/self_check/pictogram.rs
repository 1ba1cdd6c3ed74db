//! The self-check's pictograms: one per life domain and one per client answer.
//! Own work, made for Trede (licence: the project's EUPL-1.2). Simple line drawings, stroke
//! paths on a 24×24 grid, drawn inline so nothing is fetched from anywhere.

use yew::prelude::*;

use crate::domain::self_check::ClientAnswer;
use crate::domain::LifeDomain;

/// The path data of a domain's pictogram.
pub fn domain_path(domain: LifeDomain) -> &'static str {
    use LifeDomain::*;
    match domain {
        Money => "M12 4a8 8 0 1 0 0 16a8 8 0 1 0 0-16 M15 9.2a3.6 3.6 0 1 0 0 5.6 M8 11h5 M8 13h5",
        Housing => "M3 11l9-7 9 7 M5 9.5V20h14V9.5 M10 20v-6h4v6",
        Health => "M12 20s-7.5-4.5-7.5-10.2A4.2 4.2 0 0 1 12 7.3a4.2 4.2 0 0 1 7.5 2.5C19.5 15.5 12 20 12 20z M12 10v5 M9.5 12.5h5",
        Mind => "M9 21v-3.5A7 7 0 1 1 18.5 12l1.5 3h-2v2.5a1.5 1.5 0 0 1-1.5 1.5H14v2 M10 10.5a2 2 0 0 1 4 0c0 1.5-2 1.5-2 3",
        Addiction => "M10 3h4 M10.5 3v4L8 10.5V21h8V10.5L13.5 7V3 M8 14h8",
        Family => "M8 4.5a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5 M4 21v-6a4 4 0 0 1 8 0v6 M17 9a2 2 0 1 0 0 4a2 2 0 1 0 0-4 M14 21v-4a3 3 0 0 1 6 0v4",
        Childcare => "M3 5h3l2 7 M8 12h12a8 8 0 0 0-8-8v8 M8 12a6 5 0 0 0 12 0 M9 20a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0-3 0 M16 20a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0-3 0",
        Safety => "M12 3l8 3v6c0 5-3.5 8-8 9c-4.5-1-8-4-8-9V6z M8.5 12l2.5 2.5 4.5-4.5",
        Network => "M12 3a2 2 0 1 0 0 4a2 2 0 1 0 0-4 M5 16a2 2 0 1 0 0 4a2 2 0 1 0 0-4 M19 16a2 2 0 1 0 0 4a2 2 0 1 0 0-4 M11 7l-5 9 M13 7l5 9 M7 18h10",
        Structure => "M12 4a8 8 0 1 0 0 16a8 8 0 1 0 0-16 M12 8v4l3 2",
        Daily => "M4 10h16v3a7 7 0 0 1-7 7h-2a7 7 0 0 1-7-7z M2 10h2 M20 10h2 M9 4.5v2.5 M12 3.5v3.5 M15 4.5v2.5",
        Dutch => "M4 5h16v10H10l-4 4v-4H4z M8 9h8 M8 12h5",
        Learning => "M2 9l10-5 10 5-10 5z M6 11v5c3 2 9 2 12 0v-5 M22 9v5",
        Work => "M3 8h18v11H3z M9 8V5h6v3 M3 13h18",
        Attitude => "M3 20h5v-4h5v-4h5V8h3 M14 3h5v5 M19 3l-6 6",
        Mobility => "M6 13a3.5 3.5 0 1 0 0 7a3.5 3.5 0 1 0 0-7 M18 13a3.5 3.5 0 1 0 0 7a3.5 3.5 0 1 0 0-7 M6 16.5l4-7h6 M10 9.5l3.5 7H18 M18 16.5l-3-9h2.5",
        Papers => "M6 3h8l4 4v14H6z M14 3v4h4 M9 12h6 M9 16h6",
        Digital => "M8 3h8a1 1 0 0 1 1 1v16a1 1 0 0 1-1 1H8a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1z M11 18h2",
    }
}

/// The path data of a client answer's pictogram: three faces and a lock.
pub fn answer_path(answer: ClientAnswer) -> &'static str {
    match answer {
        ClientAnswer::GoesWell => {
            concat!("M12 3.5a8.5 8.5 0 1 0 0 17a8.5 8.5 0 1 0 0-17 M9 10h.01 M15 10h.01", " M8.5 14a4 4 0 0 0 7 0")
        }
        ClientAnswer::SometimesHard => concat!(
            "M12 3.5a8.5 8.5 0 1 0 0 17a8.5 8.5 0 1 0 0-17 M9 10h.01 M15 10h.01",
            " M8 15.5c1.5-1.2 2.5 1.2 4 0s2.5-1.2 4 0"
        ),
        ClientAnswer::BigProblem => {
            concat!("M12 3.5a8.5 8.5 0 1 0 0 17a8.5 8.5 0 1 0 0-17 M9 10h.01 M15 10h.01", " M8.5 16.5a4 4 0 0 1 7 0")
        }
        ClientAnswer::RatherNotSay => "M6 11h12v9H6z M8.5 11V8a3.5 3.5 0 0 1 7 0v3 M12 14.5v2",
    }
}

/// A check mark, for the "I want help" toggle and ticked items.
pub const CHECK_PATH: &str = "M5 12.5l4.5 4.5L19 7.5";

#[derive(Properties, PartialEq)]
pub struct PictoProps {
    pub d: &'static str,
    #[prop_or_default]
    pub class: Classes,
}

/// A decorative pictogram: the word next to it carries the meaning.
#[component]
pub fn Picto(props: &PictoProps) -> Html {
    html! {
        <svg class={classes!("picto", props.class.clone())} viewBox="0 0 24 24" aria-hidden="true" focusable="false"
            fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">
            <path d={props.d} />
        </svg>
    }
}
