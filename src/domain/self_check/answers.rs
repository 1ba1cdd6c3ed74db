//! The answers of both voices: the client's, the worker's score, and the Dutch and Latin-script levels.

use serde::{Deserialize, Serialize};

/// The client's answer: short and friendly, with a pictogram on screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClientAnswer {
    GoesWell,
    SometimesHard,
    BigProblem,
    RatherNotSay,
}

impl ClientAnswer {
    pub const ALL: [ClientAnswer; 4] =
        [ClientAnswer::GoesWell, ClientAnswer::SometimesHard, ClientAnswer::BigProblem, ClientAnswer::RatherNotSay];

    pub fn slug(self) -> &'static str {
        match self {
            ClientAnswer::GoesWell => "good",
            ClientAnswer::SometimesHard => "hard",
            ClientAnswer::BigProblem => "big",
            ClientAnswer::RatherNotSay => "private",
        }
    }

    pub fn message_id(self) -> String {
        format!("self-check-answer-{}", self.slug())
    }

    /// 1 (goes well) to 3 (big problem); `None` when the client chose not to say.
    pub(super) fn weight(self) -> Option<u8> {
        match self {
            ClientAnswer::GoesWell => Some(1),
            ClientAnswer::SometimesHard => Some(2),
            ClientAnswer::BigProblem => Some(3),
            ClientAnswer::RatherNotSay => None,
        }
    }
}

/// The worker's score on the HIVA screening scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkerScore {
    /// 1: no barrier.
    NoBarrier,
    /// 2: a barrier, but work or training is possible with support.
    WithSupport,
    /// 3: a barrier; work or training is not possible now.
    NotNow,
    /// 4: cannot assess yet.
    CannotAssess,
}

impl WorkerScore {
    pub const ALL: [WorkerScore; 4] =
        [WorkerScore::NoBarrier, WorkerScore::WithSupport, WorkerScore::NotNow, WorkerScore::CannotAssess];

    pub fn number(self) -> u8 {
        match self {
            WorkerScore::NoBarrier => 1,
            WorkerScore::WithSupport => 2,
            WorkerScore::NotNow => 3,
            WorkerScore::CannotAssess => 4,
        }
    }

    pub fn message_id(self) -> String {
        format!("self-check-score-{}", self.number())
    }

    /// Scores 3 and 4 open the domain's sub-items and note.
    pub fn opens_details(self) -> bool {
        matches!(self, WorkerScore::NotNow | WorkerScore::CannotAssess)
    }

    pub(super) fn weight(self) -> Option<u8> {
        (self != WorkerScore::CannotAssess).then_some(self.number())
    }
}

/// Level of Dutch, as in the CVO guide levels (based on a certificate no older than two years).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DutchLevel {
    Unknown,
    Below1_1,
    L1_1,
    L1_2,
    L2_1,
    L2_2,
    L2_3,
    L2_4,
    FullyLearned,
}

impl DutchLevel {
    pub const ALL: [DutchLevel; 9] = [
        DutchLevel::Unknown,
        DutchLevel::Below1_1,
        DutchLevel::L1_1,
        DutchLevel::L1_2,
        DutchLevel::L2_1,
        DutchLevel::L2_2,
        DutchLevel::L2_3,
        DutchLevel::L2_4,
        DutchLevel::FullyLearned,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            DutchLevel::Unknown => "unknown",
            DutchLevel::Below1_1 => "below-1-1",
            DutchLevel::L1_1 => "1-1",
            DutchLevel::L1_2 => "1-2",
            DutchLevel::L2_1 => "2-1",
            DutchLevel::L2_2 => "2-2",
            DutchLevel::L2_3 => "2-3",
            DutchLevel::L2_4 => "2-4",
            DutchLevel::FullyLearned => "learned",
        }
    }

    pub fn from_slug(slug: &str) -> Option<DutchLevel> {
        DutchLevel::ALL.into_iter().find(|l| l.slug() == slug)
    }

    pub fn message_id(self) -> String {
        format!("self-check-dutch-level-{}", self.slug())
    }
}

/// Reading or writing in the Latin script.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LatinSkill {
    Reading,
    Writing,
}
