//! The one app state and the actions that change it. Plain Rust, so every action is tested
//! natively; the UI wraps it in a Yew reducer (`ui::app`).

use chrono::{DateTime, Duration, NaiveDate, Utc};

use crate::domain::catalogue::{parse_catalogue, Catalogue, Problem};
use crate::domain::validation::validate_client_name;
use crate::domain::{Dossier, DossierEdit, DossierId, Lang};

/// A stored record that could not be read. It stays in storage untouched; the user is told.
#[derive(Clone, Debug, PartialEq)]
pub struct UnreadableRecord {
    pub key: String,
    pub message_id: &'static str,
}

/// Which part of the open dossier is on screen. Features add their own view.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum DossierView {
    #[default]
    Overview,
    Ladder,
}

impl DossierView {
    /// The views in the order of the dossier's navigation.
    pub const ALL: &'static [DossierView] = &[DossierView::Overview, DossierView::Ladder];

    /// Message id of the view's name in the navigation.
    pub fn message_id(self) -> &'static str {
        match self {
            DossierView::Overview => "view-overview",
            DossierView::Ladder => "view-ladder",
        }
    }

    /// A stable name for ids and tests.
    pub fn slug(self) -> &'static str {
        match self {
            DossierView::Overview => "overview",
            DossierView::Ladder => "ladder",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct AppState {
    /// The dossiers on this device, newest first.
    pub dossiers: Vec<Dossier>,
    /// The dossier on screen, if any (otherwise the home screen).
    pub open: Option<DossierId>,
    /// The part of the open dossier on screen.
    pub view: DossierView,
    /// The language of the worker's screens.
    pub ui_lang: Lang,
    /// True once storage has been read: nothing is saved before that, so an empty start can never
    /// overwrite what is stored.
    pub loaded: bool,
    pub unreadable: Vec<UnreadableRecord>,
    /// Set when saving failed (for example a full disk); the data stays in memory.
    pub save_error: Option<&'static str>,
    /// The device's offset from UTC, to show stored instants as local dates.
    pub utc_offset_minutes: i32,
    /// The offer catalogue loaded by this OCMW (app-level, not per dossier); `None`: the built-in one.
    pub catalogue: CatalogueChoice,
}

/// The catalogue in use and the outcome of the last file loaded.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct CatalogueChoice {
    /// A loaded catalogue and its file text (kept to store it); `None` means the built-in one.
    pub custom: Option<(Catalogue, String)>,
    /// Problems of the last file that was refused (the current catalogue stayed).
    pub problems: Vec<Problem>,
    /// The last file was accepted.
    pub just_loaded: bool,
}

impl CatalogueChoice {
    pub fn current(&self) -> &Catalogue {
        self.custom.as_ref().map(|(c, _)| c).unwrap_or_else(|| Catalogue::default_ref())
    }

    /// The file text to store, or `None` for the built-in catalogue.
    pub fn source(&self) -> Option<&str> {
        self.custom.as_ref().map(|(_, s)| s.as_str())
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// What storage held at start.
    Loaded {
        dossiers: Vec<Dossier>,
        unreadable: Vec<UnreadableRecord>,
        ui_lang: Option<Lang>,
        utc_offset_minutes: i32,
    },
    Create { id: DossierId, name: String, now: DateTime<Utc> },
    Rename { id: DossierId, name: String, now: DateTime<Utc> },
    SetClientLang { id: DossierId, lang: Lang, now: DateTime<Utc> },
    Delete { id: DossierId },
    Open(DossierId),
    GoHome,
    ShowView(DossierView),
    /// A change to the content of one dossier (self-check, ladder, plan, ...).
    Edit { id: DossierId, edit: DossierEdit, now: DateTime<Utc> },
    SetUiLang { lang: Lang, now: DateTime<Utc> },
    SaveFailed(&'static str),
    SaveSucceeded,
    /// A catalogue file chosen by the user: replaces the current one only when valid.
    LoadCatalogue(String),
    /// A stored catalogue at start: used when valid, silently ignored otherwise.
    RestoreCatalogue(String),
    /// Back to the built-in catalogue.
    ResetCatalogue,
}

/// What a screen asks for. The root adds the time and new ids (from the platform) to make an
/// [`Action`], so components never read a clock.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    Create(String),
    Rename(DossierId, String),
    SetClientLang(DossierId, Lang),
    Delete(DossierId),
    Open(DossierId),
    GoHome,
    ShowView(DossierView),
    Edit(DossierId, DossierEdit),
    SetUiLang(Lang),
    LoadCatalogue(String),
    ResetCatalogue,
}

impl Command {
    pub fn into_action(self, now: DateTime<Utc>, new_id: impl FnOnce() -> DossierId) -> Action {
        match self {
            Command::Create(name) => Action::Create { id: new_id(), name, now },
            Command::Rename(id, name) => Action::Rename { id, name, now },
            Command::SetClientLang(id, lang) => Action::SetClientLang { id, lang, now },
            Command::Delete(id) => Action::Delete { id },
            Command::Open(id) => Action::Open(id),
            Command::GoHome => Action::GoHome,
            Command::ShowView(view) => Action::ShowView(view),
            Command::Edit(id, edit) => Action::Edit { id, edit, now },
            Command::SetUiLang(lang) => Action::SetUiLang { lang, now },
            Command::LoadCatalogue(text) => Action::LoadCatalogue(text),
            Command::ResetCatalogue => Action::ResetCatalogue,
        }
    }
}

impl AppState {
    pub fn open_dossier(&self) -> Option<&Dossier> {
        let id = self.open.as_ref()?;
        self.dossiers.iter().find(|d| &d.id == id)
    }

    /// The calendar date of a stored instant on this device.
    pub fn local_date(&self, instant: DateTime<Utc>) -> NaiveDate {
        (instant + Duration::minutes(self.utc_offset_minutes.into())).date_naive()
    }

    pub fn dossier(&self, id: &DossierId) -> Option<&Dossier> {
        self.dossiers.iter().find(|d| &d.id == id)
    }

    fn dossier_mut(&mut self, id: &DossierId) -> Option<&mut Dossier> {
        self.dossiers.iter_mut().find(|d| &d.id == id)
    }

    fn sort(&mut self) {
        // Newest first; the id breaks ties so the order is stable.
        self.dossiers.sort_by(|a, b| b.created.cmp(&a.created).then_with(|| a.id.cmp(&b.id)));
    }

    /// Applies one action. Invalid actions (a bad name, an unknown id) leave the state as it is:
    /// the UI validates first and shows the message, so nothing is lost.
    pub fn apply(mut self, action: Action) -> AppState {
        match action {
            Action::Loaded { dossiers, unreadable, ui_lang, utc_offset_minutes } => {
                self.dossiers = dossiers;
                self.utc_offset_minutes = utc_offset_minutes;
                self.unreadable = unreadable;
                if let Some(lang) = ui_lang {
                    self.ui_lang = lang;
                }
                self.loaded = true;
                self.sort();
            }
            Action::Create { id, name, now } => {
                if let Ok(name) = validate_client_name(&name) {
                    if self.dossier(&id).is_none() {
                        self.dossiers.push(Dossier::new(id.clone(), name, self.ui_lang, now));
                        self.sort();
                        self.open = Some(id);
                        self.view = DossierView::Overview;
                    }
                }
            }
            Action::Rename { id, name, now } => {
                if let (Ok(name), Some(d)) = (validate_client_name(&name), self.dossier_mut(&id)) {
                    if d.client_name != name {
                        d.client_name = name;
                        d.touch(now);
                    }
                }
            }
            Action::SetClientLang { id, lang, now } => {
                if let Some(d) = self.dossier_mut(&id) {
                    if d.client_lang != lang {
                        d.client_lang = lang;
                        d.touch(now);
                    }
                }
            }
            Action::Delete { id } => {
                self.dossiers.retain(|d| d.id != id);
                if self.open.as_ref() == Some(&id) {
                    self.open = None;
                }
            }
            Action::Open(id) => {
                if let Some(d) = self.dossier(&id) {
                    // The worker's screens follow the language chosen for this dossier.
                    self.ui_lang = d.interface_lang;
                    self.open = Some(id);
                    self.view = DossierView::Overview;
                }
            }
            Action::GoHome => self.open = None,
            Action::ShowView(view) => {
                if self.open.is_some() {
                    self.view = view;
                }
            }
            Action::Edit { id, edit, now } => {
                if let Some(d) = self.dossier_mut(&id) {
                    if edit.apply(d, now) {
                        d.touch(now);
                    }
                }
            }
            Action::SetUiLang { lang, now } => {
                self.ui_lang = lang;
                if let Some(id) = self.open.clone() {
                    if let Some(d) = self.dossier_mut(&id) {
                        if d.interface_lang != lang {
                            d.interface_lang = lang;
                            d.touch(now);
                        }
                    }
                }
            }
            Action::SaveFailed(message_id) => self.save_error = Some(message_id),
            Action::SaveSucceeded => self.save_error = None,
            Action::LoadCatalogue(text) => match parse_catalogue(&text) {
                Ok(catalogue) => self.catalogue = CatalogueChoice { custom: Some((catalogue, text)), problems: vec![], just_loaded: true },
                Err(problems) => {
                    self.catalogue.problems = problems;
                    self.catalogue.just_loaded = false;
                }
            },
            Action::RestoreCatalogue(text) => {
                if let Ok(catalogue) = parse_catalogue(&text) {
                    self.catalogue.custom = Some((catalogue, text));
                }
            }
            Action::ResetCatalogue => self.catalogue = CatalogueChoice::default(),
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(day: u32, hour: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, day, hour, 0, 0).unwrap()
    }

    fn id(s: &str) -> DossierId {
        DossierId(s.into())
    }

    fn with_two() -> AppState {
        AppState::default()
            .apply(Action::Loaded { dossiers: vec![], unreadable: vec![], ui_lang: None, utc_offset_minutes: 60 })
            .apply(Action::Create { id: id("a"), name: "Amina".into(), now: at(1, 9) })
            .apply(Action::Create { id: id("b"), name: "Bram".into(), now: at(2, 9) })
    }

    #[test]
    fn create_validates_opens_and_lists_newest_first() {
        let state = with_two();
        let names: Vec<_> = state.dossiers.iter().map(|d| d.client_name.as_str()).collect();
        assert_eq!(names, ["Bram", "Amina"]);
        assert_eq!(state.open, Some(id("b")));
        let state = state.apply(Action::Create { id: id("c"), name: "   ".into(), now: at(3, 9) });
        assert_eq!(state.dossiers.len(), 2, "a blank name creates nothing");
        let state = state.apply(Action::Create { id: id("a"), name: "Dup".into(), now: at(3, 9) });
        assert_eq!(state.dossiers.len(), 2, "an existing id is never replaced");
    }

    #[test]
    fn rename_trims_and_touches_only_on_change() {
        let state = with_two().apply(Action::Rename { id: id("a"), name: " Amina B ".into(), now: at(5, 9) });
        let a = state.dossier(&id("a")).unwrap();
        assert_eq!(a.client_name, "Amina B");
        assert_eq!(a.updated, at(5, 9));
        let state = state.apply(Action::Rename { id: id("a"), name: "Amina B".into(), now: at(6, 9) });
        assert_eq!(state.dossier(&id("a")).unwrap().updated, at(5, 9));
        let state = state.apply(Action::Rename { id: id("a"), name: "".into(), now: at(7, 9) });
        assert_eq!(state.dossier(&id("a")).unwrap().client_name, "Amina B");
    }

    #[test]
    fn delete_closes_the_open_dossier() {
        let state = with_two().apply(Action::Delete { id: id("b") });
        assert_eq!(state.dossiers.len(), 1);
        assert_eq!(state.open, None);
    }

    #[test]
    fn language_follows_the_open_dossier() {
        let state = with_two().apply(Action::SetUiLang { lang: Lang::En, now: at(8, 9) });
        assert_eq!(state.dossier(&id("b")).unwrap().interface_lang, Lang::En);
        assert_eq!(state.dossier(&id("a")).unwrap().interface_lang, Lang::Nl);
        let state = state.apply(Action::Open(id("a")));
        assert_eq!(state.ui_lang, Lang::Nl);
        let state = state.apply(Action::GoHome).apply(Action::Open(id("zzz")));
        assert_eq!(state.open, None, "an unknown id opens nothing");
    }

    #[test]
    fn client_language_is_kept_apart_from_the_interface() {
        let state = with_two().apply(Action::SetClientLang { id: id("a"), lang: Lang::Ar, now: at(9, 9) });
        let a = state.dossier(&id("a")).unwrap();
        assert_eq!((a.client_lang, a.interface_lang), (Lang::Ar, Lang::Nl));
    }

    #[test]
    fn local_dates_use_the_device_offset() {
        let state = with_two();
        let late = Utc.with_ymd_and_hms(2026, 11, 24, 23, 30, 0).unwrap();
        assert_eq!(state.local_date(late), NaiveDate::from_ymd_opt(2026, 11, 25).unwrap());
    }

    #[test]
    fn a_catalogue_file_replaces_the_current_one_only_when_valid() {
        let state = with_two();
        assert_eq!(state.catalogue.current().id, "oostende");
        let good = r#"{"format": "trede-catalogue", "version": 1, "id": "gent", "name": {"nl": "OCMW Gent"},
            "edition": "2025", "offers": [{"id": "a", "rung": 2, "name": {"nl": "A"}, "provider": {"nl": "P"}, "description": {"nl": "D"}}]}"#;
        let state = state.apply(Action::LoadCatalogue(good.into()));
        assert_eq!(state.catalogue.current().id, "gent");
        assert!(state.catalogue.just_loaded);
        let state = state.apply(Action::LoadCatalogue("{".into()));
        assert_eq!(state.catalogue.current().id, "gent", "a broken file leaves the current catalogue");
        assert_eq!(state.catalogue.problems.len(), 1);
        assert_eq!(state.catalogue.source(), Some(good));
        let state = state.apply(Action::ResetCatalogue);
        assert_eq!((state.catalogue.current().id.as_str(), state.catalogue.source()), ("oostende", None));
        let state = state.apply(Action::RestoreCatalogue(good.into())).apply(Action::RestoreCatalogue("nonsense".into()));
        assert_eq!(state.catalogue.current().id, "gent");
        assert!(state.catalogue.problems.is_empty(), "a restore never shows problems");
    }

    #[test]
    fn ladder_edits_go_through_the_dossier_edit() {
        use crate::domain::ladder::{LadderEdit, PlacementDraft, Position, Viewpoint};
        use crate::domain::Rung;
        let draft = PlacementDraft {
            date: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
            position: Position::Rung(Rung::new(2).unwrap()),
            viewpoint: Viewpoint::Agreed,
            language_course: true,
            note: String::new(),
        };
        let state = with_two()
            .apply(Action::ShowView(DossierView::Ladder))
            .apply(Action::Edit { id: id("a"), edit: DossierEdit::Ladder(LadderEdit::AddPlacement(draft)), now: at(10, 9) });
        assert_eq!(state.view, DossierView::Ladder);
        let a = state.dossier(&id("a")).unwrap();
        assert_eq!(a.ladder.current_rung(), Rung::new(2));
        assert_eq!(a.updated, at(10, 9));
    }

    #[test]
    fn save_errors_are_shown_until_a_save_succeeds() {
        let state = with_two().apply(Action::SaveFailed("save-error-full"));
        assert_eq!(state.save_error, Some("save-error-full"));
        assert_eq!(state.dossiers.len(), 2, "data stays in memory");
        assert_eq!(state.apply(Action::SaveSucceeded).save_error, None);
    }
}
