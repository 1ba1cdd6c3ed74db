//! Layer 2 of the tests: every screen rendered natively with Yew's server renderer
//! (`LocalServerRenderer`), without a browser: through the whole shell for an app state, or one
//! page inside the language contexts the shell gives. One module per screen family; the helpers
//! and the common dossiers are in `support`.
#![cfg(not(target_arch = "wasm32"))]

mod support;

mod admitted;
mod changes;
mod evaluations;
mod home;
mod ladder;
mod languages;
mod many;
mod plan;
mod plan_contract;
mod print;
mod road;
mod rules;
mod self_check;
mod turn;
