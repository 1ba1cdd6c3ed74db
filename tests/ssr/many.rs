//! Many dossiers on one tablet: the home page offers a search and an order once there are more
//! than a few; in a client turn there is no list at all.

use chrono::Duration;
use trede::domain::{Dossier, DossierId, Lang};
use trede::i18n::translator;
use trede::state::{Msg, TurnStep};

use crate::support::{assert_complete, loaded, now, render};

fn dossiers(n: usize) -> Vec<Dossier> {
    (0..n)
        .map(|i| {
            Dossier::new(
                DossierId(format!("d{i}")),
                format!("Cliënt {i:03}"),
                Lang::Nl,
                now() + Duration::minutes(i as i64),
            )
        })
        .collect()
}

#[tokio::test]
async fn with_three_hundred_dossiers_the_home_page_has_a_search_and_an_order() {
    let html = render(loaded(dossiers(300), Lang::Nl)).await;
    assert_complete(&html);
    assert!(html.contains(r#"id="home-search""#) && html.contains(r#"id="home-sort""#));
    assert!(html.matches("dossier-card").count() >= 300);
    let few = render(loaded(dossiers(3), Lang::Nl)).await;
    assert!(!few.contains("home-search"), "three dossiers need no search");
    for lang in Lang::ALL {
        let html = render(loaded(dossiers(8), lang)).await;
        assert_complete(&html);
        assert!(html.contains(&translator(lang).t("home-search-label")));
    }
}

#[tokio::test]
async fn in_a_client_turn_the_list_does_not_exist() {
    let state = loaded(dossiers(300), Lang::Nl)
        .apply(Msg::Open(DossierId("d7".into())))
        .apply(Msg::ShowView(TurnStep::Plan.view()))
        .apply(Msg::StartTurn(TurnStep::Plan))
        .apply(Msg::GoHome);
    let html = render(state).await;
    assert!(html.contains("client-turn") && !html.contains("home-search") && !html.contains("Cliënt 008"));
}
