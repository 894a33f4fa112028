//! The start page's dashboard: what needs attention today, and the year at a glance.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{ActivityDue, Agreement, Fulfilment, LocalizedName, MonthFigures, Nomination, Participants};

/// What needs doing now, each list ready to be shown with a link to where it is fixed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Attention {
    /// Agreements ending within 30 days, the one ending soonest first.
    pub expiring: Vec<Agreement>,
    /// Planned activities whose window closed without an event held.
    pub overdue: Vec<ActivityDue>,
    /// Planned activities due this month.
    pub due_this_month: Vec<ActivityDue>,
    /// Nominations approved by order whose certificate is not printed yet.
    pub unprinted: Vec<Nomination>,
}

/// Active partners of one category.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CategoryCount {
    #[ts(type = "number")]
    pub category_id: i64,
    pub name: LocalizedName,
    pub partners: u32,
}

/// How far the plan's rows under one category heading are fulfilled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CategoryFulfilment {
    #[ts(type = "number")]
    pub category_id: i64,
    pub name: LocalizedName,
    pub fulfilment: Fulfilment,
}

/// The start page: today's attention lists and the charts of one plan period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Dashboard {
    pub attention: Attention,
    /// The period the charts show, as a code («2026-2027» or «2026»).
    pub period: String,
    /// The periods one can switch to: every plan's and the current one, latest first.
    pub periods: Vec<String>,
    /// Whether the period has a plan (without one nothing is planned).
    pub has_plan: bool,
    /// Activities planned and events held, per month of the period.
    pub months: Vec<MonthFigures>,
    /// Active partners per category, the largest first.
    pub partners_by_category: Vec<CategoryCount>,
    /// The plan's fulfilment per category heading, in the plan's order.
    pub fulfilment_by_category: Vec<CategoryFulfilment>,
    /// Everyone who took part in the period's events, by kind.
    pub participants: Participants,
    pub events: u32,
    pub fulfilment: Fulfilment,
}
