//! Stored instants are UTC; people read local dates. The device's offset is read once by the
//! root and handed down, so this is the one place where it is applied.

use chrono::{DateTime, Duration, NaiveDate, Utc};

/// The device's offset from UTC.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct UtcOffset {
    pub minutes: i32,
}

impl UtcOffset {
    /// The calendar date of a stored instant on this device.
    pub fn date(self, instant: DateTime<Utc>) -> NaiveDate {
        (instant + Duration::minutes(self.minutes.into())).date_naive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn a_late_evening_instant_is_the_next_day_east_of_greenwich() {
        let instant = Utc.with_ymd_and_hms(2026, 12, 31, 23, 30, 0).unwrap();
        assert_eq!(UtcOffset { minutes: 60 }.date(instant), NaiveDate::from_ymd_opt(2027, 1, 1).unwrap());
        assert_eq!(UtcOffset { minutes: -300 }.date(instant), NaiveDate::from_ymd_opt(2026, 12, 31).unwrap());
        assert_eq!(UtcOffset::default().date(instant), NaiveDate::from_ymd_opt(2026, 12, 31).unwrap());
    }
}
