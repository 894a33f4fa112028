//! Events held with partners, the monthly report built from them and the year's indicators.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Fulfilment, LocalizedName};

/// How many took part, by kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct Participants {
    pub children: u32,
    pub parents: u32,
    pub teachers: u32,
    pub others: u32,
}

impl Participants {
    pub fn total(self) -> u32 {
        self.children + self.parents + self.teachers + self.others
    }

    pub fn add(&mut self, o: Participants) {
        self.children += o.children;
        self.parents += o.parents;
        self.teachers += o.teachers;
        self.others += o.others;
    }
}

/// A photo of an event, kept in `photos/` beside the database.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct EventPhoto {
    #[ts(type = "number")]
    pub id: i64,
    /// The file name the app gave it (only such names are ever opened).
    pub file: String,
    /// The name it had when it was added.
    pub original_name: String,
}

/// An event held with a partner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct HeldEvent {
    #[ts(type = "number")]
    pub id: i64,
    /// ISO date.
    pub held_on: String,
    /// «HH:MM», or empty.
    pub time: String,
    #[ts(type = "number")]
    pub partner_id: i64,
    pub partner_name: String,
    /// The planned activity it fulfils, if any.
    #[ts(type = "number | null")]
    pub activity_id: Option<i64>,
    pub activity_title: Option<String>,
    pub title: String,
    #[ts(type = "number | null")]
    pub form_id: Option<i64>,
    pub place: String,
    pub participants: Participants,
    /// «7–10 лет».
    pub ages: String,
    /// Organised by the parents themselves (an indicator of the report).
    pub by_parents: bool,
    pub responsible: String,
    pub result: String,
    pub media_link: String,
    pub photos: Vec<EventPhoto>,
    pub created_at: String,
    pub updated_at: String,
}

/// What the event form sends.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct HeldEventInput {
    pub held_on: String,
    pub time: String,
    #[ts(type = "number")]
    pub partner_id: i64,
    #[ts(type = "number | null")]
    pub activity_id: Option<i64>,
    pub title: String,
    #[ts(type = "number | null")]
    pub form_id: Option<i64>,
    pub place: String,
    pub participants: Participants,
    pub ages: String,
    pub by_parents: bool,
    pub responsible: String,
    pub result: String,
    pub media_link: String,
}

/// What the event list asks for. Dates are ISO and inclusive.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct EventQuery {
    pub from: Option<String>,
    pub to: Option<String>,
    #[ts(type = "number | null")]
    pub partner_id: Option<i64>,
    #[ts(type = "number | null")]
    pub activity_id: Option<i64>,
}

/// One line of the monthly report, as printed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReportLine {
    #[ts(type = "number")]
    pub event_id: i64,
    pub partner: String,
    pub title: String,
    /// The form's name in the report's language.
    pub form: String,
    pub held_on: String,
    pub time: String,
    pub place: String,
    pub participants: Participants,
    pub ages: String,
    pub responsible: String,
    pub media_link: String,
}

/// «Информация о работе с социальными партнёрами за <месяц> <год>».
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MonthReport {
    pub year: i32,
    pub month: u32,
    pub lines: Vec<ReportLine>,
    pub participants: Participants,
}

/// Per month of a plan period: activities expected and events held.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MonthFigures {
    pub year: i32,
    pub month: u32,
    /// Planned activities whose window is this month (year-long ones are not counted).
    pub planned: u32,
    pub held: u32,
    pub participants: Participants,
}

/// Per partner: events held and how far their plan rows are fulfilled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PartnerFigures {
    #[ts(type = "number")]
    pub partner_id: i64,
    pub partner_name: String,
    pub category: LocalizedName,
    pub held: u32,
    pub fulfilment: Fulfilment,
}

/// The year's indicators for a plan period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct YearSummary {
    pub period: String,
    pub months: Vec<MonthFigures>,
    pub partners: Vec<PartnerFigures>,
    /// Over the plan of the period, if there is one.
    pub fulfilment: Fulfilment,
    pub events: u32,
    pub participants: Participants,
    /// Events with at least one parent taking part.
    pub events_with_parents: u32,
    /// Those as a share of all events, in whole percent.
    pub events_with_parents_percent: u32,
    /// Events the parents organised themselves.
    pub events_by_parents: u32,
    /// The pupil count from the organisation profile (0 when not given).
    pub pupils: u32,
    /// Events organised by parents per 100 pupils (none without a pupil count).
    pub by_parents_per_100_pupils: Option<f64>,
}

/// The file format of a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum ReportFormat {
    Pdf,
    Xlsx,
}

impl ReportFormat {
    pub fn parse(s: &str) -> Option<ReportFormat> {
        match s.trim().to_ascii_lowercase().as_str() {
            "pdf" => Some(ReportFormat::Pdf),
            "xlsx" => Some(ReportFormat::Xlsx),
            _ => None,
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            ReportFormat::Pdf => "pdf",
            ReportFormat::Xlsx => "xlsx",
        }
    }
}

/// How the album of cooperation orders its events.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum AlbumOrder {
    /// All events by date.
    #[default]
    ByDate,
    /// Under each partner's name (partners by name), each partner's events by date.
    ByPartner,
}

impl AlbumOrder {
    pub fn parse(s: &str) -> Option<AlbumOrder> {
        match s.trim() {
            "by-date" | "date" => Some(AlbumOrder::ByDate),
            "by-partner" | "partner" => Some(AlbumOrder::ByPartner),
            _ => None,
        }
    }
}
