//! What client and worker talk about: the five topics, the three questions of the action plan
//! and the means each party brings (seed 000 and 002, "Inhoud van het GPMI").

use serde::{Deserialize, Serialize};

/// The five conversation topics, in the client's own words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    Needs,
    Challenges,
    Goals,
    Future,
    Role,
}

impl Topic {
    pub const ALL: [Topic; 5] = [Topic::Needs, Topic::Challenges, Topic::Goals, Topic::Future, Topic::Role];
    pub fn slug(self) -> &'static str {
        match self {
            Topic::Needs => "needs",
            Topic::Challenges => "challenges",
            Topic::Goals => "goals",
            Topic::Future => "future",
            Topic::Role => "role",
        }
    }
}

/// The three questions of the action plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Question {
    ClientWillDo,
    ClientExpects,
    OcmwExpects,
}

impl Question {
    pub const ALL: [Question; 3] = [Question::ClientWillDo, Question::ClientExpects, Question::OcmwExpects];
    pub fn slug(self) -> &'static str {
        match self {
            Question::ClientWillDo => "client-will-do",
            Question::ClientExpects => "client-expects",
            Question::OcmwExpects => "ocmw-expects",
        }
    }
}

/// Whose means are written down.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeansOf {
    Client,
    Ocmw,
    Others,
}

impl MeansOf {
    pub const ALL: [MeansOf; 3] = [MeansOf::Client, MeansOf::Ocmw, MeansOf::Others];
    pub fn slug(self) -> &'static str {
        match self {
            MeansOf::Client => "client",
            MeansOf::Ocmw => "ocmw",
            MeansOf::Others => "others",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Topics {
    pub needs: String,
    pub challenges: String,
    pub goals: String,
    pub future: String,
    pub role: String,
}

impl Topics {
    pub fn get(&self, topic: Topic) -> &str {
        match topic {
            Topic::Needs => &self.needs,
            Topic::Challenges => &self.challenges,
            Topic::Goals => &self.goals,
            Topic::Future => &self.future,
            Topic::Role => &self.role,
        }
    }
    pub(super) fn get_mut(&mut self, topic: Topic) -> &mut String {
        match topic {
            Topic::Needs => &mut self.needs,
            Topic::Challenges => &mut self.challenges,
            Topic::Goals => &mut self.goals,
            Topic::Future => &mut self.future,
            Topic::Role => &mut self.role,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Agreements {
    pub client_will_do: String,
    pub client_expects: String,
    pub ocmw_expects: String,
    pub means_client: String,
    pub means_ocmw: String,
    pub means_others: String,
}

impl Agreements {
    pub fn question(&self, q: Question) -> &str {
        match q {
            Question::ClientWillDo => &self.client_will_do,
            Question::ClientExpects => &self.client_expects,
            Question::OcmwExpects => &self.ocmw_expects,
        }
    }
    pub fn means(&self, m: MeansOf) -> &str {
        match m {
            MeansOf::Client => &self.means_client,
            MeansOf::Ocmw => &self.means_ocmw,
            MeansOf::Others => &self.means_others,
        }
    }
}
