//! What is on screen: the part of the open dossier, and within it the self-check or rung that is
//! open. Kept in the state (not in the pages) so a screen is fully described by [`AppState`]:
//! the tests render any screen from a state, and the back button can later follow it.
//!
//! [`AppState`]: super::AppState

use crate::domain::Rung;

/// Which part of the open dossier is on screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum DossierView {
    #[default]
    Overview,
    SelfCheck,
    Plan,
    Ladder,
    /// Signing the plan on the tablet.
    Sign,
    /// The print preview of the plan (or of an earlier signed version).
    Print,
    /// "My road so far": the client's progress on one page, in the client's language.
    Road,
}

impl DossierView {
    /// The views in the order of the dossier's navigation.
    pub const ALL: &'static [DossierView] = &[
        DossierView::Overview,
        DossierView::SelfCheck,
        DossierView::Ladder,
        DossierView::Plan,
        DossierView::Sign,
        DossierView::Print,
        DossierView::Road,
    ];

    /// Message id of the view's name in the navigation.
    pub fn message_id(self) -> &'static str {
        match self {
            DossierView::Overview => "view-overview",
            DossierView::SelfCheck => "self-check-view",
            DossierView::Plan => "plan-view",
            DossierView::Ladder => "view-ladder",
            DossierView::Sign => "sign-view",
            DossierView::Print => "print-view",
            DossierView::Road => "road-view",
        }
    }

    /// A stable name for ids and tests.
    pub fn slug(self) -> &'static str {
        match self {
            DossierView::Overview => "overview",
            DossierView::SelfCheck => "self-check",
            DossierView::Plan => "plan",
            DossierView::Ladder => "ladder",
            DossierView::Sign => "sign",
            DossierView::Print => "print",
            DossierView::Road => "road",
        }
    }
}

/// Who fills in an open self-check, or its summary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SelfCheckMode {
    Client,
    Worker,
    Summary,
}

impl SelfCheckMode {
    pub const ALL: [SelfCheckMode; 3] = [SelfCheckMode::Client, SelfCheckMode::Worker, SelfCheckMode::Summary];

    /// Message id of the mode's tab.
    pub fn message_id(self) -> &'static str {
        match self {
            SelfCheckMode::Client => "self-check-mode-client",
            SelfCheckMode::Worker => "self-check-mode-worker",
            SelfCheckMode::Summary => "self-check-mode-summary",
        }
    }

    /// A stable name for ids and tests.
    pub fn slug(self) -> &'static str {
        match self {
            SelfCheckMode::Client => "client",
            SelfCheckMode::Worker => "worker",
            SelfCheckMode::Summary => "summary",
        }
    }
}

/// A self-check open on screen: its id in the dossier, and how it is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OpenSelfCheck {
    pub id: u64,
    pub mode: SelfCheckMode,
}

/// Within the open dossier's view: what is open on it. Reset whenever the view changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Focus {
    /// On the self-check view: the open check (`None`: the list).
    pub self_check: Option<OpenSelfCheck>,
    /// On the ladder view: the rung whose offers are open.
    pub rung: Option<Rung>,
    /// On the print view: the evaluation whose report is printed (`None`: the plan).
    pub evaluation: Option<u64>,
}
