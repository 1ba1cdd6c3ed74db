//! Finding a dossier among many: a search on the name and a choice of order, shown once the
//! device holds more than a few dossiers (a shared tablet may hold hundreds).

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::domain::order::ordered_by;
use crate::domain::Dossier;
use crate::ui::i18n_context::I18n;

/// From this many dossiers on, the home page offers the search and the order.
pub const FIND_FROM: usize = 6;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Sort {
    /// Newest first, as the list is kept.
    #[default]
    Newest,
    Name,
    /// Last changed first.
    Changed,
}

impl Sort {
    const ALL: [(Sort, &'static str, &'static str); 3] = [
        (Sort::Newest, "newest", "home-sort-newest"),
        (Sort::Name, "name", "home-sort-name"),
        (Sort::Changed, "changed", "home-sort-changed"),
    ];
}

/// The dossiers whose name holds `query` (any case), in the chosen order.
pub fn shown(dossiers: &[Rc<Dossier>], query: &str, sort: Sort) -> Vec<Rc<Dossier>> {
    let query = query.trim().to_lowercase();
    let found: Vec<_> = dossiers
        .iter()
        .filter(|d| query.is_empty() || d.client_name.to_lowercase().contains(&query))
        .cloned()
        .collect();
    match sort {
        Sort::Newest => found,
        Sort::Name => {
            let named = found.into_iter().map(|d| (d.client_name.to_lowercase(), d));
            ordered_by(named, |a, b| a.0 <= b.0).into_iter().map(|(_, d)| d).collect()
        }
        Sort::Changed => ordered_by(found, |a, b| a.updated >= b.updated),
    }
}

/// The search field and the order.
pub fn find_bar(t: &I18n, query: &UseStateHandle<String>, sort: &UseStateHandle<Sort>) -> Html {
    let on_query = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| query.set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let on_sort = {
        let sort = sort.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            sort.set(Sort::ALL.iter().find(|(_, slug, _)| *slug == value).map_or(Sort::Newest, |(s, _, _)| *s));
        })
    };
    html! {
        <div class="home-find" role="search">
            <div class="field">
                <label for="home-search">{ t.t("home-search-label") }</label>
                <input type="search" id="home-search" dir="auto" value={(**query).clone()} oninput={on_query} autocomplete="off" />
            </div>
            <div class="field">
                <label for="home-sort">{ t.t("home-sort-label") }</label>
                <select id="home-sort" onchange={on_sort}>
                    for (s, slug, id) in Sort::ALL {
                        <option value={slug} selected={s == **sort}>{ t.t(id) }</option>
                    }
                </select>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone, Utc};

    use super::*;
    use crate::domain::{DossierId, Lang};

    fn many(n: usize) -> Vec<Rc<Dossier>> {
        (0..n)
            .map(|i| {
                let at = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap() + chrono::Duration::minutes(i as i64);
                let mut d = Dossier::new(DossierId(format!("d{i}")), format!("Client {i:03}"), Lang::Nl, at);
                d.updated = at + chrono::Duration::days(((n - i) % 7) as i64);
                Rc::new(d)
            })
            .rev()
            .collect()
    }

    #[test]
    fn three_hundred_dossiers_are_found_by_part_of_a_name_in_any_case_and_order() {
        let all = many(300);
        assert_eq!(shown(&all, "client 12", Sort::Newest).len(), 10, "120..129");
        assert_eq!(shown(&all, "  CLIENT 299 ", Sort::Newest)[0].client_name, "Client 299");
        let by_name = shown(&all, "", Sort::Name);
        assert_eq!((by_name[0].client_name.as_str(), by_name.len()), ("Client 000", 300));
        let changed = shown(&all, "", Sort::Changed);
        assert!(changed.windows(2).all(|w| w[0].updated >= w[1].updated));
        assert!(shown(&all, "nobody", Sort::Name).is_empty());
    }
}
