//! The fact types of the JSON contract: what an [`Extraction`] and a
//! [`Reconciliation`] hold.
//!
//! Field names in serde form are those of the contract; fields beyond it
//! (a claim's `rule`, a source's `speech`) are extras the contract allows.

use serde::{Deserialize, Serialize};

use crate::date::CivilDate;
use crate::span::Span;

macro_rules! str_enum {
    ($(#[$m:meta])* pub enum $name:ident { $($(#[$vm:meta])* $v:ident => $s:literal,)* }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, Eq, PartialEq, Hash, Ord, PartialOrd, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        #[non_exhaustive]
        pub enum $name { $($(#[$vm])* $v,)* }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$v,)*];

            /// The contract's string for this value.
            pub const fn as_str(&self) -> &'static str {
                match self { $($name::$v => $s,)* }
            }

            /// The value whose contract string is `s`.
            pub fn from_name(s: &str) -> Option<$name> {
                match s { $($s => Some($name::$v),)* _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

str_enum! {
    /// What kind of party an [`Actor`] is.
    ///
    /// ```
    /// use counterclaim::ActorKind;
    /// assert_eq!(ActorKind::StateForce.as_str(), "state_force");
    /// assert_eq!(ActorKind::from_name("armed_group"), Some(ActorKind::ArmedGroup));
    /// ```
    pub enum ActorKind {
        /// An army, police or other force of a state.
        StateForce => "state_force",
        /// A non-state armed group: jihadist, rebel, militia.
        ArmedGroup => "armed_group",
        /// A government, presidency, ministry or junta.
        Government => "government",
        /// A foreign or multinational force or body (AFRICOM, MINUSMA, AMISOM).
        International => "international",
        /// Civilians: residents, witnesses, victims.
        Civilian => "civilian",
        /// A news outlet or monitoring group.
        Media => "media",
        /// Anything else.
        Other => "other",
    }
}

str_enum! {
    /// What kind of place a [`Location`] is.
    ///
    /// ```
    /// use counterclaim::LocationKind;
    /// assert_eq!(LocationKind::Border.as_str(), "border");
    /// ```
    pub enum LocationKind {
        /// A town, village or city.
        Settlement => "settlement",
        /// A region, province, department or state within a country.
        AdminRegion => "admin_region",
        /// A region spanning countries (the Sahel, West Africa).
        Region => "region",
        /// A country.
        Country => "country",
        /// A country's border ("the Senegalese border").
        Border => "border",
        /// A park, lake, island, mine, base or other named site.
        Other => "other",
    }
}

str_enum! {
    /// How a [`Source`]'s words reached the reporter.
    ///
    /// ```
    /// use counterclaim::Channel;
    /// assert_eq!(Channel::SocialMedia.as_str(), "social_media");
    /// ```
    pub enum Channel {
        /// Television.
        Television => "television",
        /// Radio or an unspecified broadcast.
        Broadcast => "broadcast",
        /// Social media, messaging channels, websites.
        SocialMedia => "social_media",
        /// A press conference or briefing.
        PressConference => "press_conference",
        /// A written or read statement or communiqué.
        Statement => "statement",
        /// A news agency or a group's own propaganda agency.
        NewsAgency => "news_agency",
        /// A video.
        Video => "video",
        /// The telephone.
        Phone => "phone",
        /// An interview with the reporter.
        Interview => "interview",
    }
}

str_enum! {
    /// Direct (quoted) or indirect (reported) speech.
    pub enum Speech {
        /// The source's words in quotation marks.
        Direct => "direct",
        /// The source's words reported.
        Indirect => "indirect",
    }
}

str_enum! {
    /// The kind of a [`Claim`].
    ///
    /// ```
    /// use counterclaim::ClaimKind;
    /// assert_eq!(ClaimKind::Casualties.to_string(), "casualties");
    /// assert_eq!(ClaimKind::ALL.len(), 7);
    /// ```
    pub enum ClaimKind {
        /// A toll, with or without a number.
        Casualties => "casualties",
        /// A party withholds or does not give a figure.
        Undisclosed => "undisclosed",
        /// Seizing, holding or taking control of places or bases.
        Control => "control",
        /// An attack was repelled or foiled.
        Repelled => "repelled",
        /// Weapons, vehicles and other equipment seized or recovered.
        Materiel => "materiel",
        /// A party claims, is blamed for, or denies an attack: the subject is
        /// the party held responsible, the outcome `responsible` or `denied`.
        Responsibility => "responsibility",
        /// A party's description of events ("coordinated and high quality").
        Characterization => "characterization",
    }
}

str_enum! {
    /// Which event a claim is about.
    pub enum EventRef {
        /// The attack the article reports.
        Current => "current",
        /// An earlier attack the article recalls.
        Prior => "prior",
    }
}

str_enum! {
    /// How the versions of one claim relate.
    ///
    /// ```
    /// use counterclaim::Status;
    /// assert_eq!(Status::Conflicting.as_str(), "conflicting");
    /// ```
    pub enum Status {
        /// Every version that states the claim states the same value.
        Agreed => "agreed",
        /// The values differ but can all be true.
        Compatible => "compatible",
        /// The values cannot all be true.
        Conflicting => "conflicting",
    }
}

/// A number as reported, with inclusive bounds.
///
/// `low..=high`, either side open (`None`). `text` keeps the words as
/// written. See the constructors for the conventions.
///
/// ```
/// use counterclaim::Count;
///
/// assert_eq!(Count::exact(30, "30"), Count { low: Some(30), high: Some(30), approx: false, text: "30".into() });
/// assert_eq!(Count::at_least(81, "over 80").low, Some(81));
/// assert_eq!(Count::at_most(99, "nearly 100").high, Some(99));
/// assert!(Count::about(40, "about 40").approx);
/// ```
#[derive(Clone, Debug, Eq, PartialEq, Hash, Serialize, Deserialize)]
pub struct Count {
    /// Inclusive lower bound, if any.
    pub low: Option<u64>,
    /// Inclusive upper bound, if any.
    pub high: Option<u64>,
    /// Whether the figure is hedged as approximate ("about 40").
    pub approx: bool,
    /// The words as written ("more than 80").
    pub text: String,
}

impl Count {
    /// Exactly `n`: "30", "three".
    pub fn exact(n: u64, text: impl Into<String>) -> Count {
        Count::range(Some(n), Some(n), text)
    }

    /// `n` or more: "at least 30" (30..), "over 80" is `at_least(81)`.
    pub fn at_least(n: u64, text: impl Into<String>) -> Count {
        Count::range(Some(n), None, text)
    }

    /// `n` or fewer: "up to 50" (..50), "nearly 100" is `at_most(99)`.
    pub fn at_most(n: u64, text: impl Into<String>) -> Count {
        Count::range(None, Some(n), text)
    }

    /// Around `n`: "about 40" is 40..40 with `approx` set.
    pub fn about(n: u64, text: impl Into<String>) -> Count {
        Count {
            approx: true,
            ..Count::exact(n, text)
        }
    }

    /// Explicit bounds.
    pub fn range(low: Option<u64>, high: Option<u64>, text: impl Into<String>) -> Count {
        Count {
            low,
            high,
            approx: false,
            text: text.into(),
        }
    }

    /// Whether the count is one exact, unhedged figure.
    ///
    /// ```
    /// use counterclaim::Count;
    /// assert!(Count::exact(3, "three").is_exact());
    /// assert!(!Count::at_least(2, "several").is_exact());
    /// ```
    pub fn is_exact(&self) -> bool {
        !self.approx && self.low.is_some() && self.low == self.high
    }

    /// The same figure, ignoring how it was written.
    pub fn same_value(&self, other: &Count) -> bool {
        self.low == other.low && self.high == other.high && self.approx == other.approx
    }

    /// Whether both counts can be true of one quantity: their ranges
    /// intersect. An approximate figure ("about 20") is read as ±25%.
    ///
    /// ```
    /// use counterclaim::Count;
    /// assert!(Count::exact(3, "three").compatible(&Count::at_least(2, "multiple")));
    /// assert!(Count::about(20, "about 20").compatible(&Count::at_least(21, "more than 20")));
    /// assert!(!Count::exact(8, "eight").compatible(&Count::exact(54, "54")));
    /// ```
    pub fn compatible(&self, other: &Count) -> bool {
        let (a_lo, a_hi) = self.widened();
        let (b_lo, b_hi) = other.widened();
        a_lo <= b_hi && b_lo <= a_hi
    }

    fn widened(&self) -> (u64, u64) {
        let lo = self.low.unwrap_or(0);
        let hi = self.high.unwrap_or(u64::MAX);
        if self.approx {
            (lo - lo / 4, hi.saturating_add(hi / 4))
        } else {
            (lo, hi)
        }
    }
}

/// A party named in an article: a state force, an armed group, a government...
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    /// A stable id (`"jnim"`, `"mali_army"`), used by claims and sources.
    pub id: String,
    /// The canonical name.
    pub name: String,
    /// What kind of party it is.
    pub kind: ActorKind,
    /// The country the actor belongs to, when it is a country's force or
    /// government.
    #[serde(default)]
    pub country: Option<String>,
    /// Where it is named, in text order.
    pub mentions: Vec<Span>,
}

/// A place named in an article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Location {
    /// The place's name as the article first writes it ("Afgoye", where
    /// the gazetteer's name is "Afgooye"); the gazetteer's name when the two
    /// differ only in accents or case, and for a country or a border found
    /// from a demonym ("the Chadian border" is "Chad"). Claims name their
    /// place by the gazetteer's name.
    pub name: String,
    /// What kind of place it is.
    pub kind: LocationKind,
    /// The country it lies in (for a country, itself), when known.
    pub country: Option<String>,
    /// Where it is named, in text order.
    pub mentions: Vec<Span>,
}

/// Someone whose words the article reports.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// The person's or body's name, when given. A government ministry that
    /// speaks is a source of its own, named "Ministry of X", its `actor`
    /// the government.
    pub name: Option<String>,
    /// The role: "spokesperson", "resident", "security source", "witness"...
    pub role: Option<String>,
    /// A title or rank: "Col.", "General", "President".
    pub title: Option<String>,
    /// The [`Actor`] id the source speaks for, when known.
    pub actor: Option<String>,
    /// How the words were given, when the article says.
    pub channel: Option<Channel>,
    /// Where the source is from ("a resident of Kayes"), when given.
    #[serde(default)]
    pub location: Option<String>,
    /// Direct or indirect speech, when the source is quoted or reported.
    #[serde(default)]
    pub speech: Option<Speech>,
    /// Where the source is named or introduced.
    pub mentions: Vec<Span>,
}

/// A date or time expression.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DateExpr {
    /// The words as written ("Tuesday morning", "last June").
    pub text: String,
    /// The resolved date, or `None` when it cannot be resolved (a relative
    /// expression without a publication date, "for years").
    pub value: Option<CivilDate>,
    /// Where it is written.
    pub span: Span,
}

/// One claim: who asserts what, about whom, where, when.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// What kind of claim it is.
    pub kind: ClaimKind,
    /// The [`Actor`] id of whoever asserts it; `None` when the article
    /// itself asserts it.
    pub claimant: Option<String>,
    /// Index into [`Extraction::sources`] of the speaker, when known.
    pub source: Option<usize>,
    /// Who or what it is about: "militants", "soldiers", "barracks"...
    /// An armed group's own men, in its own words or a monitor's, are
    /// "fighters"; the same men killed by their enemies are "militants".
    /// For a responsibility claim, the actor id of the party held
    /// responsible, or "militants" for a culprit named only by its kind.
    pub subject: Option<String>,
    /// What happened to them: "killed", "neutralised", "seized"...
    pub outcome: Option<String>,
    /// How many, when a figure or a vague amount is given.
    pub count: Option<Count>,
    /// For materiel: "weapons", "vehicles", "motorcycles"...
    pub items: Vec<String>,
    /// The attack the article reports, or an earlier one it recalls.
    pub event: Option<EventRef>,
    /// The place the claim names, when the sentence gives one.
    pub location: Option<String>,
    /// The date the claim names, when the sentence gives one.
    pub date: Option<CivilDate>,
    /// Whether the article hedges it ("reportedly", "claimed").
    pub hedged: bool,
    /// The clause or sentence that states it.
    pub span: Span,
    /// The id of the rule that found it (`"casualties/count_subject_outcome"`).
    #[serde(default)]
    pub rule: String,
}

/// Everything extracted from one article.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    /// The article's id.
    pub id: String,
    /// The publication date relative dates were resolved against.
    pub published: Option<CivilDate>,
    /// Parties named, in order of first mention.
    pub actors: Vec<Actor>,
    /// Places named, in order of first mention.
    pub locations: Vec<Location>,
    /// Speakers, in order of first mention.
    pub sources: Vec<Source>,
    /// Date expressions, in text order.
    pub dates: Vec<DateExpr>,
    /// Claims, in text order.
    pub claims: Vec<Claim>,
}

impl Extraction {
    /// The actor with this id.
    ///
    /// ```
    /// use counterclaim::{Document, Extractor};
    /// let x = Extractor::new().extract(&Document::new("a", "JNIM said it attacked the post."));
    /// assert_eq!(x.actor("jnim").map(|a| a.name.as_str()), Some("JNIM"));
    /// ```
    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actors.iter().find(|a| a.id == id)
    }
}

/// The claims of several versions of one story, lined up.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Reconciliation {
    /// Article ids, in input order.
    pub versions: Vec<String>,
    /// One group per claim, across versions.
    pub groups: Vec<Group>,
    /// The sides' claims set side by side, per topic.
    pub contrasts: Vec<Contrast>,
    /// For each version after the first, what changed since the one before.
    #[serde(default)]
    pub diffs: Vec<VersionDiff>,
}

/// The same claim as stated across versions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Group {
    /// The claims' kind.
    pub kind: ClaimKind,
    /// The claimant's actor id.
    pub claimant: Option<String>,
    /// The folded subject ("militants" for fighters, assailants...).
    pub subject: Option<String>,
    /// The folded outcome ("killed", "neutralised"...).
    pub outcome: Option<String>,
    /// Current or prior event.
    pub event: Option<EventRef>,
    /// Each distinct way the versions state it.
    pub variants: Vec<Variant>,
    /// How the variants relate.
    pub status: Status,
    /// Versions that do not state this claim at all.
    pub missing_in: Vec<String>,
    /// For casualty groups, the figures analysts would record.
    #[serde(default)]
    pub estimate: Option<Estimate>,
}

/// One way a claim is stated, and the versions that state it so.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Variant {
    /// The figure.
    pub count: Option<Count>,
    /// The items, for materiel.
    pub items: Vec<String>,
    /// The date the claim gives.
    pub date: Option<CivilDate>,
    /// The claim's text in the first version that states it this way.
    pub text: String,
    /// Versions that state it this way.
    pub versions: Vec<String>,
    /// Where, in each of those versions.
    pub spans: Vec<VersionSpan>,
}

/// A span in one version.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VersionSpan {
    /// The version's id.
    pub version: String,
    /// Byte offset of the start.
    pub start: usize,
    /// Byte offset of the end.
    pub end: usize,
}

/// Casualty figures by the two conventions analysts use.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Estimate {
    /// ACLED's convention: the most conservative figure reported.
    pub conservative: Option<u64>,
    /// UCDP's low estimate.
    pub low: Option<u64>,
    /// UCDP's best estimate.
    pub best: Option<u64>,
    /// UCDP's high estimate.
    pub high: Option<u64>,
    /// Which versions and which rule gave the figures.
    pub reason: String,
}

/// One topic on which the sides' claims are set side by side.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Contrast {
    /// "casualties", "outcome", "responsibility", "undisclosed".
    pub topic: String,
    /// Each side's groups.
    pub sides: Vec<Side>,
}

/// One side of a [`Contrast`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Side {
    /// The side's actor id.
    pub actor: String,
    /// Indexes into [`Reconciliation::groups`].
    pub groups: Vec<usize>,
}

/// What changed from one version to the next.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VersionDiff {
    /// The earlier version.
    pub from: String,
    /// The later version.
    pub to: String,
    /// Groups the later version states and the earlier does not.
    pub added: Vec<usize>,
    /// Groups the earlier version states and the later does not.
    pub dropped: Vec<usize>,
    /// Groups whose figure went up.
    pub revised_up: Vec<usize>,
    /// Groups whose figure went down.
    pub revised_down: Vec<usize>,
    /// Groups whose value changed otherwise (items, dates).
    pub changed: Vec<usize>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enums_round_trip_through_serde() {
        fn check<T: Serialize + for<'de> Deserialize<'de> + PartialEq + std::fmt::Debug + Copy>(
            all: &[T],
            name: impl Fn(&T) -> &'static str,
        ) {
            for v in all {
                let json = serde_json::to_string(v).unwrap();
                assert_eq!(json, format!("\"{}\"", name(v)));
                assert_eq!(serde_json::from_str::<T>(&json).unwrap(), *v);
            }
        }
        check(ActorKind::ALL, ActorKind::as_str);
        check(LocationKind::ALL, LocationKind::as_str);
        check(Channel::ALL, Channel::as_str);
        check(ClaimKind::ALL, ClaimKind::as_str);
        check(EventRef::ALL, EventRef::as_str);
        check(Status::ALL, Status::as_str);
        check(Speech::ALL, Speech::as_str);
    }

    #[test]
    fn count_bounds() {
        assert!(Count::at_least(81, "over 80").compatible(&Count::at_least(81, "more than 80")));
        assert!(Count::at_least(30, "at least 30").compatible(&Count::exact(30, "30")));
        assert!(!Count::exact(23, "23").compatible(&Count::exact(30, "30")));
        assert!(Count::at_most(99, "nearly 100").compatible(&Count::exact(90, "90")));
        assert!(!Count::at_most(99, "nearly 100").compatible(&Count::exact(100, "100")));
    }
}
