//! The yearly comprehensive plan: its period, its rows (one per partner, under category
//! headings), the planned activities with their periods, and what makes an activity fulfilled.
//!
//! An activity's period is turned into *slots*: date windows that each expect one event held
//! («Октябрь» is one slot; «2 раза в год» two slots over the whole plan period; «Один раз в
//! квартал» four). Events held for the activity fill slots, earliest deadline first; an
//! activity is fulfilled when every slot is filled, and overdue when a slot's window has
//! passed empty. Nothing here touches storage.

use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::LocalizedName;

/// Whether a plan covers a calendar year or a school year (1 September – 31 August).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum PlanKind {
    Calendar,
    School,
}

/// The period of a plan: «2026» (a calendar year) or «2026-2027» (a school year).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PlanPeriod {
    pub kind: PlanKind,
    pub start_year: i32,
}

impl PlanPeriod {
    pub fn calendar(year: i32) -> PlanPeriod {
        PlanPeriod { kind: PlanKind::Calendar, start_year: year }
    }

    pub fn school(start_year: i32) -> PlanPeriod {
        PlanPeriod { kind: PlanKind::School, start_year }
    }

    /// «2026», «2026-2027», «2026–2027» or «2026/2027» (the years must follow each other).
    pub fn parse(s: &str) -> Option<PlanPeriod> {
        let s = s.trim();
        let year = |t: &str| -> Option<i32> {
            let t = t.trim();
            (t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()))
                .then(|| t.parse().ok())
                .flatten()
                .filter(|y| crate::validate::YEARS.contains(y) && *y < *crate::validate::YEARS.end())
        };
        if let Some(y) = year(s) {
            return Some(PlanPeriod::calendar(y));
        }
        let (a, b) = s.split_once(['-', '–', '—', '/'])?;
        let (a, b) = (year(a)?, year(b)?);
        (b == a + 1).then_some(PlanPeriod::school(a))
    }

    /// As `parse`, with the error the user sees for anything else.
    pub fn read(s: &str) -> crate::Result<PlanPeriod> {
        PlanPeriod::parse(s).ok_or_else(|| crate::Error::MonthInvalid(s.trim().chars().take(40).collect()))
    }

    /// The stable code: «2026» or «2026-2027».
    pub fn code(self) -> String {
        match self.kind {
            PlanKind::Calendar => self.start_year.to_string(),
            PlanKind::School => format!("{}-{}", self.start_year, self.start_year + 1),
        }
    }

    /// As printed: «2026» or «2026–2027» (with an en dash).
    pub fn label(self) -> String {
        self.code().replace('-', "–")
    }

    pub fn first_day(self) -> NaiveDate {
        let month = if self.kind == PlanKind::School { 9 } else { 1 };
        NaiveDate::from_ymd_opt(self.start_year, month, 1).expect("a valid first day")
    }

    pub fn last_day(self) -> NaiveDate {
        self.first_day() + Months::new(12) - chrono::Days::new(1)
    }

    pub fn contains(self, d: NaiveDate) -> bool {
        self.first_day() <= d && d <= self.last_day()
    }

    /// The twelve months in order, as (year, month).
    pub fn months(self) -> Vec<(i32, u32)> {
        (0..12)
            .map(|i| {
                let d = self.first_day() + Months::new(i);
                (d.year(), d.month())
            })
            .collect()
    }

    /// The year in which calendar month `month` (1–12) falls within this period.
    pub fn year_of_month(self, month: u32) -> i32 {
        match self.kind {
            PlanKind::School if month < 9 => self.start_year + 1,
            _ => self.start_year,
        }
    }

    /// The same kind of period a year later (a plan is carried over to it).
    pub fn next(self) -> PlanPeriod {
        PlanPeriod { kind: self.kind, start_year: self.start_year + 1 }
    }

    /// The school year that contains `d` (from 1 September).
    pub fn school_year_of(d: NaiveDate) -> PlanPeriod {
        PlanPeriod::school(if d.month() >= 9 { d.year() } else { d.year() - 1 })
    }
}

/// A run of months expecting one event: «Октябрь» is 10–10, «Декабрь–январь» is 12–1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MonthRange {
    pub from: u32,
    pub to: u32,
}

/// When an activity is due within its plan's period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum ActivityPeriod {
    /// «В течение года»: at least once, at any time.
    Year,
    /// «N раз в год»: `count` times, at any time.
    Times { count: u32 },
    /// One event in each run of months: «Октябрь», «Декабрь–январь», «Сентябрь, май».
    Months { ranges: Vec<MonthRange> },
    /// One event in each listed quarter of the period (1–4; a school year's first quarter is
    /// September–November). «Один раз в квартал» lists all four.
    Quarters { quarters: Vec<u32> },
    /// On given days (ISO dates); an event in the same month counts, since dates move.
    Dates { dates: Vec<String> },
}

impl Default for ActivityPeriod {
    fn default() -> Self {
        ActivityPeriod::Year
    }
}

/// A window of dates expecting one event held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

fn month_start(year: i32, month: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, 1).expect("month 1–12")
}

fn month_end(year: i32, month: u32) -> NaiveDate {
    month_start(year, month) + Months::new(1) - chrono::Days::new(1)
}

/// The upper bounds of a period's parts, checked by the store and by imports.
pub const TIMES_MAX: u32 = 366;
pub const DATES_MAX: usize = 366;

impl ActivityPeriod {
    /// Whether the period is well formed: months 1–12, quarters 1–4, 1–366 times, dates that
    /// parse and fall within `plan`. Returns the reason's Fluent-free code when it is not.
    pub fn check(&self, plan: PlanPeriod) -> std::result::Result<(), &'static str> {
        match self {
            ActivityPeriod::Year => Ok(()),
            ActivityPeriod::Times { count } if (1..=TIMES_MAX).contains(count) => Ok(()),
            ActivityPeriod::Times { .. } => Err("times"),
            ActivityPeriod::Months { ranges } => {
                let ok = !ranges.is_empty()
                    && ranges.len() <= 12
                    && ranges.iter().all(|r| (1..=12).contains(&r.from) && (1..=12).contains(&r.to));
                if ok { Ok(()) } else { Err("months") }
            }
            ActivityPeriod::Quarters { quarters } => {
                let ok = !quarters.is_empty() && quarters.len() <= 4 && quarters.iter().all(|q| (1..=4).contains(q));
                if ok { Ok(()) } else { Err("quarters") }
            }
            ActivityPeriod::Dates { dates } => {
                let ok = !dates.is_empty()
                    && dates.len() <= DATES_MAX
                    && dates.iter().all(|d| {
                        NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok_and(|d| plan.contains(d))
                    });
                if ok { Ok(()) } else { Err("dates") }
            }
        }
    }

    /// The windows this period expects events in, within `plan`.
    pub fn slots(&self, plan: PlanPeriod) -> Vec<Slot> {
        let whole = Slot { from: plan.first_day(), to: plan.last_day() };
        match self {
            ActivityPeriod::Year => vec![whole],
            ActivityPeriod::Times { count } => vec![whole; (*count).clamp(1, TIMES_MAX) as usize],
            ActivityPeriod::Months { ranges } => ranges
                .iter()
                .filter(|r| (1..=12).contains(&r.from) && (1..=12).contains(&r.to))
                .map(|r| {
                    let from = month_start(plan.year_of_month(r.from), r.from);
                    let mut to = month_end(plan.year_of_month(r.to), r.to);
                    if to < from {
                        // «Август–сентябрь» in a school year wraps past the period's end.
                        to = plan.last_day();
                    }
                    Slot { from, to }
                })
                .collect(),
            ActivityPeriod::Quarters { quarters } => quarters
                .iter()
                .filter(|q| (1..=4).contains(*q))
                .map(|q| {
                    let from = plan.first_day() + Months::new((q - 1) * 3);
                    Slot { from, to: from + Months::new(3) - chrono::Days::new(1) }
                })
                .collect(),
            ActivityPeriod::Dates { dates } => dates
                .iter()
                .filter_map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
                .map(|d| Slot { from: month_start(d.year(), d.month()), to: month_end(d.year(), d.month()) })
                .collect(),
        }
    }

    /// Whether the period is spread over the whole year (it has no month of its own).
    pub fn is_whole_year(&self) -> bool {
        matches!(self, ActivityPeriod::Year | ActivityPeriod::Times { .. })
    }

    /// The same period a year later: dates move by a year (29 February becomes 28 February).
    pub fn shifted_a_year(&self) -> ActivityPeriod {
        match self {
            ActivityPeriod::Dates { dates } => ActivityPeriod::Dates {
                dates: dates
                    .iter()
                    .map(|d| match NaiveDate::parse_from_str(d, "%Y-%m-%d") {
                        Ok(d) => (d + Months::new(12)).to_string(),
                        Err(_) => d.clone(),
                    })
                    .collect(),
            },
            other => other.clone(),
        }
    }
}

/// Where a planned activity stands against the events held for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum ActivityStatus {
    /// Every slot has its event.
    Done,
    /// A slot's window has passed with no event.
    Overdue,
    /// A slot is open now, and it is not spread over the whole year.
    Due,
    /// Nothing is due yet.
    Planned,
}

impl ActivityStatus {
    /// The stable code, as in `activity-status-<code>`.
    pub fn code(self) -> &'static str {
        match self {
            ActivityStatus::Done => "done",
            ActivityStatus::Overdue => "overdue",
            ActivityStatus::Due => "due",
            ActivityStatus::Planned => "planned",
        }
    }
}

/// How far an activity (or a row, or a plan) is fulfilled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Fulfilment {
    /// Events expected.
    pub expected: u32,
    /// Of those, held within their window.
    pub held: u32,
    /// Of those expected, whose window has already closed (the held ones included).
    pub due: u32,
    /// Held as a share of expected, in whole percent (100 when nothing is expected); kept in
    /// step by `new` and `add`.
    pub percent: u32,
}

impl Default for Fulfilment {
    fn default() -> Self {
        Fulfilment::new(0, 0, 0)
    }
}

impl Fulfilment {
    pub fn new(expected: u32, held: u32, due: u32) -> Fulfilment {
        let percent = if expected == 0 { 100 } else { (held * 100 + expected / 2) / expected };
        Fulfilment { expected, held, due, percent }
    }

    pub fn add(&mut self, o: Fulfilment) {
        *self = Fulfilment::new(self.expected + o.expected, self.held + o.held, self.due + o.due);
    }

    /// Held as a share of expected, in whole percent (100 for nothing expected).
    pub fn percent(self) -> u32 {
        self.percent
    }
}

/// Matches events held (their dates) to the slots of a period: each event fills at most one
/// slot, earliest-ending slot first, with the earliest event that fits — which fills as many
/// slots as any assignment can. Returns which slots are filled.
pub fn fill_slots(slots: &[Slot], held: &[NaiveDate]) -> Vec<bool> {
    let mut order: Vec<usize> = (0..slots.len()).collect();
    order.sort_by_key(|&i| (slots[i].to, slots[i].from));
    let mut dates = held.to_vec();
    dates.sort();
    let mut used = vec![false; dates.len()];
    let mut filled = vec![false; slots.len()];
    for i in order {
        let s = slots[i];
        if let Some(k) = (0..dates.len()).find(|&k| !used[k] && s.from <= dates[k] && dates[k] <= s.to) {
            used[k] = true;
            filled[i] = true;
        }
    }
    filled
}

/// The status and fulfilment of an activity with `period` in `plan`, given the dates of the
/// events held for it, on `today`.
pub fn assess(period: &ActivityPeriod, plan: PlanPeriod, held: &[NaiveDate], today: NaiveDate) -> (ActivityStatus, Fulfilment) {
    let slots = period.slots(plan);
    let filled = fill_slots(&slots, held);
    let (mut held, mut due) = (0, 0);
    let mut overdue = false;
    let mut open = false;
    for (s, done) in slots.iter().zip(&filled) {
        if *done {
            held += 1;
            due += 1;
        } else if s.to < today {
            due += 1;
            overdue = true;
        } else if s.from <= today {
            open = true;
        }
    }
    let f = Fulfilment::new(slots.len() as u32, held, due);
    let status = if f.held == f.expected {
        ActivityStatus::Done
    } else if overdue {
        ActivityStatus::Overdue
    } else if open && !period.is_whole_year() {
        ActivityStatus::Due
    } else {
        ActivityStatus::Planned
    };
    (status, f)
}

/// A plan as its list and page show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Plan {
    #[ts(type = "number")]
    pub id: i64,
    pub kind: PlanKind,
    /// «2026» or «2026-2027».
    pub period: String,
    pub start_year: i32,
    /// The period's first and last days (ISO).
    pub first_day: String,
    pub last_day: String,
    /// The user's own title; empty means the standard one in the document's language.
    pub title: String,
    /// Who approves it; empty means the organisation's head from the profile.
    pub approver_position: String,
    pub approver_name: String,
    pub approved_on: Option<String>,
    /// «Приказ № 45 от 28.08.2026», printed under the approval when given.
    pub approval_order: String,
    #[ts(type = "number")]
    pub rows: i64,
    pub fulfilment: Fulfilment,
    pub created_at: String,
    pub updated_at: String,
}

/// What the plan form sends.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct PlanInput {
    pub kind: PlanKind,
    pub start_year: i32,
    pub title: String,
    pub approver_position: String,
    pub approver_name: String,
    pub approved_on: Option<String>,
    pub approval_order: String,
}

impl Default for PlanInput {
    fn default() -> Self {
        PlanInput {
            kind: PlanKind::School,
            start_year: 2026,
            title: String::new(),
            approver_position: String::new(),
            approver_name: String::new(),
            approved_on: None,
            approval_order: String::new(),
        }
    }
}

/// A planned activity, with what was held for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Activity {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub row_id: i64,
    pub title: String,
    #[ts(type = "number | null")]
    pub form_id: Option<i64>,
    pub period: ActivityPeriod,
    /// The period as printed, in each language («Декабрь–январь»).
    pub period_label: LocalizedName,
    pub status: ActivityStatus,
    pub fulfilment: Fulfilment,
    /// The events held for it, by date.
    #[ts(type = "number[]")]
    pub event_ids: Vec<i64>,
    /// Their dates, in the same order.
    pub held_on: Vec<String>,
}

/// A planned activity as the row editor sends it; `id` is kept for activities that exist.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct ActivityInput {
    #[ts(type = "number | null")]
    pub id: Option<i64>,
    pub title: String,
    #[ts(type = "number | null")]
    pub form_id: Option<i64>,
    pub period: ActivityPeriod,
}

/// One row of the plan: a partner and what is planned with them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PlanRow {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub plan_id: i64,
    #[ts(type = "number")]
    pub partner_id: i64,
    pub partner_name: String,
    /// The category heading the row stands under.
    #[ts(type = "number")]
    pub group_id: i64,
    pub goal: String,
    pub responsible: String,
    pub social_effect: String,
    pub activities: Vec<Activity>,
    pub fulfilment: Fulfilment,
}

/// A row as the plan editor sends it. `group_id` empty means the partner's category.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct PlanRowInput {
    #[ts(type = "number")]
    pub partner_id: i64,
    #[ts(type = "number | null")]
    pub group_id: Option<i64>,
    pub goal: String,
    pub responsible: String,
    pub social_effect: String,
    pub activities: Vec<ActivityInput>,
}

/// A category heading of the plan with its rows, in the user's order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PlanGroup {
    #[ts(type = "number")]
    pub id: i64,
    pub name: LocalizedName,
    pub rows: Vec<PlanRow>,
    pub fulfilment: Fulfilment,
}

/// A whole plan: its header and its groups of rows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PlanSheet {
    pub plan: Plan,
    pub groups: Vec<PlanGroup>,
}

impl PlanSheet {
    pub fn rows(&self) -> impl Iterator<Item = &PlanRow> {
        self.groups.iter().flat_map(|g| g.rows.iter())
    }
}

/// The columns of the printed plan besides № and partner, in their printed order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum PlanColumn {
    Goal,
    Activities,
    Period,
    Responsible,
    SocialEffect,
}

impl PlanColumn {
    pub const ALL: [PlanColumn; 5] =
        [PlanColumn::Goal, PlanColumn::Activities, PlanColumn::Period, PlanColumn::Responsible, PlanColumn::SocialEffect];

    pub fn code(self) -> &'static str {
        match self {
            PlanColumn::Goal => "goal",
            PlanColumn::Activities => "activities",
            PlanColumn::Period => "period",
            PlanColumn::Responsible => "responsible",
            PlanColumn::SocialEffect => "social-effect",
        }
    }

    pub fn parse(s: &str) -> Option<PlanColumn> {
        PlanColumn::ALL.into_iter().find(|c| c.code() == s.trim())
    }
}

/// A planned activity that needs attention, for the start page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ActivityDue {
    #[ts(type = "number")]
    pub plan_id: i64,
    pub period: String,
    #[ts(type = "number")]
    pub activity_id: i64,
    #[ts(type = "number")]
    pub partner_id: i64,
    pub partner_name: String,
    pub title: String,
    pub activity_period: ActivityPeriod,
    /// The period as printed, in each language.
    pub period_label: LocalizedName,
    pub status: ActivityStatus,
    pub fulfilment: Fulfilment,
}

/// A planned activity's window that falls in a month, for the calendar.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PlannedItem {
    #[ts(type = "number")]
    pub plan_id: i64,
    #[ts(type = "number")]
    pub activity_id: i64,
    #[ts(type = "number")]
    pub partner_id: i64,
    pub partner_name: String,
    pub title: String,
    pub period: ActivityPeriod,
    /// The window (ISO dates); for a planned date, `day` is that date.
    pub from: String,
    pub to: String,
    pub day: Option<String>,
    /// An event held fills this window.
    pub held: bool,
    pub status: ActivityStatus,
}

/// A month of the calendar: what was planned in it and what was held.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CalendarMonth {
    pub year: i32,
    pub month: u32,
    pub planned: Vec<PlannedItem>,
    pub events: Vec<super::HeldEvent>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn periods_parse_and_span() {
        let p = PlanPeriod::parse("2026–2027").unwrap();
        assert_eq!(p, PlanPeriod::school(2026));
        assert_eq!(p.code(), "2026-2027");
        assert_eq!((p.first_day(), p.last_day()), (d("2026-09-01"), d("2027-08-31")));
        assert_eq!(p.months()[4], (2027, 1));
        assert_eq!(PlanPeriod::parse("2026").unwrap().last_day(), d("2026-12-31"));
        assert_eq!(PlanPeriod::parse("2026/2027"), Some(p));
        for bad in ["2026-2028", "26", "2026-", "", "year", "1899", "2199-2200", "٢٠٢٦"] {
            assert_eq!(PlanPeriod::parse(bad), None, "{bad}");
        }
        assert_eq!(p.next().code(), "2027-2028");
    }

    #[test]
    fn which_months_an_activity_covers() {
        let school = PlanPeriod::school(2026);
        let dec_jan = ActivityPeriod::Months { ranges: vec![MonthRange { from: 12, to: 1 }] };
        assert_eq!(dec_jan.slots(school), vec![Slot { from: d("2026-12-01"), to: d("2027-01-31") }]);
        let oct_may = ActivityPeriod::Months { ranges: vec![MonthRange { from: 10, to: 10 }, MonthRange { from: 5, to: 5 }] };
        assert_eq!(
            oct_may.slots(school),
            vec![Slot { from: d("2026-10-01"), to: d("2026-10-31") }, Slot { from: d("2027-05-01"), to: d("2027-05-31") }]
        );
        let q = ActivityPeriod::Quarters { quarters: vec![1, 4] };
        assert_eq!(
            q.slots(school),
            vec![Slot { from: d("2026-09-01"), to: d("2026-11-30") }, Slot { from: d("2027-06-01"), to: d("2027-08-31") }]
        );
        let q = ActivityPeriod::Quarters { quarters: vec![2] };
        assert_eq!(q.slots(PlanPeriod::calendar(2027)), vec![Slot { from: d("2027-04-01"), to: d("2027-06-30") }]);
        assert_eq!(ActivityPeriod::Times { count: 2 }.slots(school).len(), 2);
        let dates = ActivityPeriod::Dates { dates: vec!["2027-03-08".into()] };
        assert_eq!(dates.slots(school), vec![Slot { from: d("2027-03-01"), to: d("2027-03-31") }]);
        // A run that wraps past the end of a school year stops at its end.
        let aug_sep = ActivityPeriod::Months { ranges: vec![MonthRange { from: 8, to: 9 }] };
        assert_eq!(aug_sep.slots(school), vec![Slot { from: d("2027-08-01"), to: d("2027-08-31") }]);
    }

    #[test]
    fn twice_a_year_against_events_held() {
        let p = PlanPeriod::calendar(2026);
        let twice = ActivityPeriod::Times { count: 2 };
        let (s, f) = assess(&twice, p, &[], d("2026-06-01"));
        assert_eq!((s, f), (ActivityStatus::Planned, Fulfilment::new(2, 0, 0)));
        let (s, f) = assess(&twice, p, &[d("2026-03-01")], d("2026-06-01"));
        assert_eq!((s, f.held), (ActivityStatus::Planned, 1));
        let (s, f) = assess(&twice, p, &[d("2026-03-01"), d("2026-03-02")], d("2026-06-01"));
        assert_eq!((s, f), (ActivityStatus::Done, Fulfilment::new(2, 2, 2)));
        // Once, and the year is over: overdue, half held.
        let (s, f) = assess(&twice, p, &[d("2026-03-01")], d("2027-01-10"));
        assert_eq!((s, f.percent()), (ActivityStatus::Overdue, 50));
        // Events outside the plan's year do not count.
        let (_, f) = assess(&twice, p, &[d("2025-12-31"), d("2027-01-01")], d("2026-06-01"));
        assert_eq!(f.held, 0);
    }

    #[test]
    fn months_are_due_then_overdue() {
        let p = PlanPeriod::school(2026);
        let oct = ActivityPeriod::Months { ranges: vec![MonthRange { from: 10, to: 10 }] };
        assert_eq!(assess(&oct, p, &[], d("2026-09-30")).0, ActivityStatus::Planned);
        assert_eq!(assess(&oct, p, &[], d("2026-10-15")).0, ActivityStatus::Due);
        assert_eq!(assess(&oct, p, &[], d("2026-11-01")).0, ActivityStatus::Overdue);
        // Held in November, late: it does not fill October.
        assert_eq!(assess(&oct, p, &[d("2026-11-03")], d("2026-11-05")).0, ActivityStatus::Overdue);
        assert_eq!(assess(&oct, p, &[d("2026-10-31")], d("2026-11-05")).0, ActivityStatus::Done);
        // The year-long kinds are never «due this month».
        assert_eq!(assess(&ActivityPeriod::Year, p, &[], d("2026-10-15")).0, ActivityStatus::Planned);
    }

    #[test]
    fn one_event_fills_one_slot_and_the_matching_is_best() {
        // Slots Oct and Oct–Dec; events on 10 Oct and 20 Oct: both slots filled, whichever way
        // they are listed.
        let slots = [
            Slot { from: d("2026-10-01"), to: d("2026-12-31") },
            Slot { from: d("2026-10-01"), to: d("2026-10-31") },
        ];
        assert_eq!(fill_slots(&slots, &[d("2026-10-20"), d("2026-10-10")]), vec![true, true]);
        assert_eq!(fill_slots(&slots, &[d("2026-10-20")]), vec![false, true]);
        assert_eq!(fill_slots(&slots, &[d("2026-11-20")]), vec![true, false]);
    }

    #[test]
    fn checks_and_carry_over() {
        let p = PlanPeriod::calendar(2026);
        assert!(ActivityPeriod::Times { count: 0 }.check(p).is_err());
        assert!(ActivityPeriod::Months { ranges: vec![MonthRange { from: 13, to: 1 }] }.check(p).is_err());
        assert!(ActivityPeriod::Months { ranges: vec![] }.check(p).is_err());
        assert!(ActivityPeriod::Quarters { quarters: vec![5] }.check(p).is_err());
        assert!(ActivityPeriod::Dates { dates: vec!["2027-01-01".into()] }.check(p).is_err());
        assert!(ActivityPeriod::Dates { dates: vec!["2026-02-30".into()] }.check(p).is_err());
        assert!(ActivityPeriod::Dates { dates: vec!["2026-02-28".into()] }.check(p).is_ok());
        let leap = ActivityPeriod::Dates { dates: vec!["2028-02-29".into()] };
        assert_eq!(leap.shifted_a_year(), ActivityPeriod::Dates { dates: vec!["2029-02-28".into()] });
        assert_eq!(Fulfilment::new(3, 2, 3).percent(), 67);
    }
}
