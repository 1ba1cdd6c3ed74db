//! The languages Trede knows. A dossier records two: the worker's interface language and the
//! client's language. Every language has a complete translation (see tests/translations.rs).

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Lang {
    #[serde(rename = "nl")]
    Nl,
    #[serde(rename = "fr")]
    Fr,
    #[serde(rename = "de")]
    De,
    #[serde(rename = "en")]
    En,
    #[serde(rename = "ar")]
    Ar,
    #[serde(rename = "fa")]
    Fa,
    #[serde(rename = "ps")]
    Ps,
    #[serde(rename = "ti")]
    Ti,
    #[serde(rename = "so")]
    So,
    #[serde(rename = "uk")]
    Uk,
    #[serde(rename = "ru")]
    Ru,
    #[serde(rename = "tr")]
    Tr,
    #[serde(rename = "bg")]
    Bg,
    #[serde(rename = "ro")]
    Ro,
    #[serde(rename = "sk")]
    Sk,
    #[serde(rename = "pl")]
    Pl,
}

impl Default for Lang {
    /// Dutch: the OCMW's official language in Flanders.
    fn default() -> Self {
        Lang::Nl
    }
}

impl Lang {
    pub const ALL: [Lang; 16] = [
        Lang::Nl,
        Lang::Fr,
        Lang::De,
        Lang::En,
        Lang::Ar,
        Lang::Fa,
        Lang::Ps,
        Lang::Ti,
        Lang::So,
        Lang::Uk,
        Lang::Ru,
        Lang::Tr,
        Lang::Bg,
        Lang::Ro,
        Lang::Sk,
        Lang::Pl,
    ];

    /// BCP 47 code, as used in `<html lang>` and in stored data.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::En => "en",
            Lang::Ar => "ar",
            Lang::Fa => "fa",
            Lang::Ps => "ps",
            Lang::Ti => "ti",
            Lang::So => "so",
            Lang::Uk => "uk",
            Lang::Ru => "ru",
            Lang::Tr => "tr",
            Lang::Bg => "bg",
            Lang::Ro => "ro",
            Lang::Sk => "sk",
            Lang::Pl => "pl",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language's name in its own script, as shown in the picker.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Nl => "Nederlands",
            Lang::Fr => "Français",
            Lang::De => "Deutsch",
            Lang::En => "English",
            Lang::Ar => "العربية",
            Lang::Fa => "دری / فارسی",
            Lang::Ps => "پښتو",
            Lang::Ti => "ትግርኛ",
            Lang::So => "Soomaali",
            Lang::Uk => "Українська",
            Lang::Ru => "Русский",
            Lang::Tr => "Türkçe",
            Lang::Bg => "Български",
            Lang::Ro => "Română",
            Lang::Sk => "Slovenčina",
            Lang::Pl => "Polski",
        }
    }

    pub fn is_rtl(self) -> bool {
        matches!(self, Lang::Ar | Lang::Fa | Lang::Ps)
    }

    pub fn dir(self) -> &'static str {
        if self.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_are_unique() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
            let json = serde_json::to_string(&lang).unwrap();
            assert_eq!(json, format!("\"{}\"", lang.code()));
        }
        assert_eq!(Lang::from_code("xx"), None);
    }

    #[test]
    fn right_to_left_languages() {
        let rtl: Vec<_> = Lang::ALL.into_iter().filter(|l| l.is_rtl()).collect();
        assert_eq!(rtl, vec![Lang::Ar, Lang::Fa, Lang::Ps]);
        assert_eq!(Lang::Ar.dir(), "rtl");
        assert_eq!(Lang::Nl.dir(), "ltr");
    }
}
