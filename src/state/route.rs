//! The screen as a URL fragment, so the browser's back and forward buttons and a reload follow
//! the app: `#/` home, `#/d/<id>/<view>` a view of a dossier, `#/d/<id>/self-check/<check>/<mode>`
//! an open self-check, `#/turn/<id>/<step>` a client turn. Plain Rust: the root (`ui/app/history.rs`)
//! writes the fragment after each change and turns a fragment the browser went to into messages.

use super::{AppState, DossierView, Msg, OpenSelfCheck, SelfCheckMode, TurnStep};
use crate::domain::DossierId;

/// Whether a render must write `route` as a new history entry: only when the app itself moved
/// to another screen since the route it last knew. A render for any other reason (a save
/// finished, a translation arrived) can come after the browser went back but before its
/// `hashchange` reached the listener; writing the route then would push the old screen on top
/// and cut off the way back.
pub fn writes_history_entry(known: &str, route: &str, fragment: &str) -> bool {
    known != route && !shows(fragment, route)
}

/// Whether the address's `fragment` is the screen of `route`. No fragment at all is home: a
/// first visit has none, and writing `#/` there would be a navigation of its own (about 40 ms
/// of a cold start at 4x CPU slowdown).
pub fn shows(fragment: &str, route: &str) -> bool {
    fragment == route || (fragment.is_empty() && route == "#/")
}

impl AppState {
    /// The fragment of the screen on show.
    pub fn route(&self) -> String {
        let Some(id) = &self.open else { return "#/".into() };
        if let Some(step) = self.turn {
            return format!("#/turn/{}/{}", id.as_str(), step.slug());
        }
        let mut route = format!("#/d/{}/{}", id.as_str(), self.view.slug());
        if let (DossierView::SelfCheck, Some(open)) = (self.view, self.focus.self_check) {
            route.push_str(&format!("/{}/{}", open.id, open.mode.slug()));
        }
        route
    }

    /// After a reload: the messages that bring the app back to the screen of `fragment`, and the
    /// fragment of the screen they lead to (home for a locked or unknown dossier's address).
    pub fn restore(&self, fragment: &str) -> (Vec<Msg>, String) {
        let msgs = self.navigate(fragment);
        let reached = msgs.iter().cloned().fold(self.clone(), AppState::apply);
        (msgs, reached.route())
    }

    /// The messages that bring the app to `fragment`. A dossier that is not open on this device
    /// (a locked one, one deleted meanwhile) is not reachable: the fragment leads home. During a
    /// client turn nothing leads out of it (the root writes the turn's fragment back).
    pub fn navigate(&self, fragment: &str) -> Vec<Msg> {
        if self.in_turn() || shows(fragment, &self.route()) {
            return vec![];
        }
        let parts: Vec<&str> = fragment.trim_start_matches('#').trim_start_matches('/').split('/').collect();
        // A reload during a client turn comes back in the turn, never in the worker's app.
        if let ["turn", id, step] = parts.as_slice() {
            let id = DossierId((*id).to_owned());
            let Some(step) = TurnStep::ALL.into_iter().find(|s| s.slug() == *step) else { return vec![Msg::GoHome] };
            if self.dossier(&id).is_none() {
                return vec![Msg::GoHome];
            }
            return vec![Msg::Open(id), Msg::ShowView(step.view()), Msg::StartTurn(step)];
        }
        let ["d", id, view, rest @ ..] = parts.as_slice() else { return vec![Msg::GoHome] };
        let id = DossierId((*id).to_owned());
        if self.dossier(&id).is_none() {
            return vec![Msg::GoHome];
        }
        let Some(view) = DossierView::ALL.iter().copied().find(|v| v.slug() == *view) else {
            return vec![Msg::GoHome];
        };
        let mut msgs = vec![];
        if self.open.as_ref() != Some(&id) {
            msgs.push(Msg::Open(id));
        }
        msgs.push(if view == DossierView::Print { Msg::ShowPrint(None) } else { Msg::ShowView(view) });
        if let [check, mode] = rest {
            let mode = SelfCheckMode::ALL.into_iter().find(|m| m.slug() == *mode);
            if let (Ok(check), Some(mode)) = (check.parse(), mode) {
                msgs.push(Msg::ShowSelfCheck(Some(OpenSelfCheck { id: check, mode })));
            }
        }
        msgs
    }
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone, Utc};

    use super::*;
    use crate::domain::self_check::SelfCheckEdit;
    use crate::domain::DossierEdit;

    fn state() -> AppState {
        let now = Utc.with_ymd_and_hms(2026, 11, 3, 9, 0, 0).unwrap();
        AppState::default()
            .apply(Msg::Create { id: DossierId("b".into()), name: "Bram".into(), now })
            .apply(Msg::Create { id: DossierId("a".into()), name: "Amina".into(), now })
            .apply(Msg::Edit { id: DossierId("a".into()), edit: DossierEdit::SelfCheck(SelfCheckEdit::Start), now })
    }

    fn go(state: AppState, fragment: &str) -> AppState {
        state.navigate(fragment).into_iter().fold(state, AppState::apply)
    }

    #[test]
    fn every_screen_has_a_fragment_that_leads_back_to_it() {
        let check = state().open_dossier().unwrap().self_checks[0].id;
        let open = OpenSelfCheck { id: check, mode: SelfCheckMode::Worker };
        let screens = [
            state().apply(Msg::GoHome),
            state().apply(Msg::ShowView(DossierView::Plan)),
            state().apply(Msg::ShowView(DossierView::SelfCheck)).apply(Msg::ShowSelfCheck(Some(open))),
            state().apply(Msg::ShowPrint(None)),
            state().apply(Msg::Open(DossierId("b".into()))).apply(Msg::ShowView(DossierView::Ladder)),
            state().apply(Msg::ShowView(DossierView::Road)),
        ];
        for screen in screens {
            let route = screen.route();
            let reached = go(state().apply(Msg::GoHome), &route);
            assert_eq!(
                (reached.open.clone(), reached.view, reached.focus),
                (screen.open.clone(), screen.view, screen.focus),
                "{route}"
            );
            assert!(screen.navigate(&route).is_empty(), "{route}: already there");
        }
    }

    #[test]
    fn a_locked_or_unknown_dossier_and_a_broken_fragment_lead_home() {
        let s = state().apply(Msg::ExternalLock(DossierId("b".into())));
        assert!(go(s.clone(), "#/d/b/plan").open.is_none());
        assert!(go(s.clone(), "#/d/zz/plan").open.is_none());
        assert!(go(s, "#/nonsense").open.is_none());
    }

    #[test]
    fn in_a_client_turn_no_fragment_leads_out() {
        let s = state().apply(Msg::ShowView(DossierView::Plan)).apply(Msg::StartTurn(TurnStep::Plan));
        assert_eq!(s.route(), "#/turn/a/plan");
        assert!(s.navigate("#/").is_empty() && s.navigate("#/d/b/overview").is_empty());
        let reloaded = go(state().apply(Msg::GoHome), "#/turn/a/plan");
        assert_eq!((reloaded.turn, reloaded.open.clone()), (Some(TurnStep::Plan), Some(DossierId("a".into()))));
    }

    #[test]
    fn a_reload_restores_the_screen_of_its_fragment_and_a_locked_dossiers_leads_home() {
        let home = state().apply(Msg::GoHome);
        let (msgs, route) = home.restore("#/d/b/ladder");
        let reached = msgs.into_iter().fold(home.clone(), AppState::apply);
        assert_eq!((route.as_str(), reached.view), ("#/d/b/ladder", DossierView::Ladder));
        let locked = home.apply(Msg::ExternalLock(DossierId("b".into())));
        let (msgs, route) = locked.restore("#/d/b/ladder");
        assert_eq!(route, "#/");
        assert!(msgs.into_iter().fold(locked, AppState::apply).open.is_none());
    }

    #[test]
    fn a_move_of_the_app_writes_one_entry() {
        assert!(writes_history_entry("#/", "#/d/a/plan", "#/"));
        assert!(writes_history_entry("#/d/a/plan", "#/d/a/ladder", "#/d/a/plan"));
    }

    #[test]
    fn a_render_that_keeps_the_screen_leaves_the_browser_where_it_went() {
        // Back was pressed (the fragment is the plan's) and a save finished before the
        // `hashchange` listener ran: the ladder must not be pushed again.
        assert!(!writes_history_entry("#/d/a/ladder", "#/d/a/ladder", "#/d/a/plan"));
    }

    #[test]
    fn no_fragment_is_home() {
        assert!(shows("", "#/") && shows("#/", "#/") && !shows("", "#/d/a/plan"));
        assert!(AppState::default().navigate("").is_empty(), "a first visit stays as it is");
        assert!(!writes_history_entry("#/d/a/plan", "#/", ""), "back to the first entry: home already");
    }

    #[test]
    fn a_move_the_browser_already_made_writes_nothing() {
        assert!(!writes_history_entry("#/d/a/ladder", "#/d/a/plan", "#/d/a/plan"));
    }
}
