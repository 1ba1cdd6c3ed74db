//! The six rungs of the Flemish participation ladder (1 = contacts limited to the home,
//! 6 = paid work). Names live in the translations (`rung-<n>`).

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Rung(u8);

impl Rung {
    pub const LOWEST: Rung = Rung(1);
    pub const HIGHEST: Rung = Rung(6);

    pub fn new(n: u8) -> Option<Rung> {
        (1..=6).contains(&n).then_some(Rung(n))
    }

    pub fn all() -> impl Iterator<Item = Rung> {
        (1..=6).map(Rung)
    }

    pub fn number(self) -> u8 {
        self.0
    }

    /// Message id of the rung's name, e.g. `rung-4`.
    pub fn name_id(self) -> String {
        format!("rung-{}", self.0)
    }

    /// Message id of the rung's definition, after seed 000 appendix 6 (L5417-5803), e.g.
    /// `rung-4-definition`.
    pub fn definition_id(self) -> String {
        format!("rung-{}-definition", self.0)
    }
}

impl TryFrom<u8> for Rung {
    type Error = String;
    fn try_from(n: u8) -> Result<Self, String> {
        Rung::new(n).ok_or_else(|| format!("rung {n} does not exist (1 to 6)"))
    }
}

impl From<Rung> for u8 {
    fn from(r: Rung) -> u8 {
        r.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_rungs_one_to_six_exist() {
        assert_eq!(Rung::all().count(), 6);
        assert!(Rung::new(0).is_none() && Rung::new(7).is_none());
        assert_eq!(serde_json::to_string(&Rung::new(4).unwrap()).unwrap(), "4");
        assert!(serde_json::from_str::<Rung>("9").is_err());
    }
}
