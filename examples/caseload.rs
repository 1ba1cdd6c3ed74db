//! Prints a caseload of realistic dossiers as one JSON array of stored records (what
//! `trede.dossier.<id>` holds), dated from now. `cargo run --example caseload [n]` (300 by
//! default); used by the benchmark (`tools/bench_caseload.mjs`).

use trede::domain::caseload::{caseload, CASELOAD};

fn main() {
    let n = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(CASELOAD);
    let now = chrono::DateTime::from_timestamp(
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).expect("after 1970").as_secs() as i64,
        0,
    )
    .expect("a valid time");
    println!("{}", serde_json::to_string(&caseload(n, now)).expect("dossiers always serialise"));
}
