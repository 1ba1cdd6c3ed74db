//! The only place that reads the time or makes random ids (browser only).

use chrono::{DateTime, Utc};

use crate::domain::DossierId;

/// Milliseconds since the epoch, for timing within the page (no date arithmetic).
pub fn millis() -> f64 {
    js_sys::Date::now()
}

pub fn now() -> DateTime<Utc> {
    DateTime::from_timestamp_millis(millis() as i64).unwrap_or_default()
}

/// 16 hex digits from the browser's crypto-grade source where present; ids only need to be unique
/// on this device, never secret.
pub fn new_dossier_id() -> DossierId {
    let mut id = String::with_capacity(16);
    for _ in 0..2 {
        let part = (js_sys::Math::random() * 4_294_967_296.0) as u64;
        id.push_str(&format!("{part:08x}"));
    }
    DossierId(id)
}

/// The device's offset from UTC now.
pub fn utc_offset() -> crate::domain::UtcOffset {
    // JS gives minutes *behind* UTC.
    crate::domain::UtcOffset { minutes: -(js_sys::Date::new_0().get_timezone_offset() as i32) }
}

/// Resolves after `ms` milliseconds, in a task of its own.
pub async fn pause(ms: i32) {
    let pause = js_sys::Promise::new(&mut |resolve, _| {
        let _ = gloo::utils::window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(pause).await;
}
