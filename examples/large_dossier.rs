//! Prints the large benchmark dossier as stored JSON (what `trede.dossier.<id>` holds), dated
//! from now. `cargo run --example large_dossier > large.json`; used by `tools/bench.mjs`.

use trede::domain::fixtures::large_dossier;

fn main() {
    // The domain has no clock; the example gives it the real time, so dates look current.
    let now = chrono::DateTime::from_timestamp(
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).expect("after 1970").as_secs() as i64,
        0,
    )
    .expect("a valid time");
    println!("{}", serde_json::to_string(&large_dossier(now)).expect("a dossier always serialises"));
}
