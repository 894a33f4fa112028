//! The start page's queries: the attention lists of today and the charts of one plan period.
//! Each figure comes from the query that already owns it (statuses of agreements, activities
//! and nominations; the year summary's months): the dashboard never counts on its own terms.

use chrono::NaiveDate;
use rusqlite::params;

use super::Store;
use crate::error::Result;
use crate::model::{
    ActivityStatus, AgreementQuery, AgreementStatus, Attention, CatalogList, CategoryCount, CategoryFulfilment,
    Dashboard, Fulfilment, NominationQuery, NominationStatus, PlanKind, PlanPeriod,
};

impl Store {
    /// What needs attention on `today`.
    pub fn attention(&self, today: NaiveDate) -> Result<Attention> {
        let mut expiring = self.agreements(
            &AgreementQuery { status: Some(AgreementStatus::Expiring), ..AgreementQuery::default() },
            today,
        )?;
        expiring.sort_by(|a, b| a.valid_to.cmp(&b.valid_to));
        let (overdue, due_this_month) =
            self.activities_due(today)?.into_iter().partition(|a| a.status == ActivityStatus::Overdue);
        // A valuable gift is approved and handed over, never printed.
        let printed_kinds: Vec<i64> =
            self.award_catalogs()?.kinds.into_iter().filter(|k| k.prints).map(|k| k.id).collect();
        let unprinted = self
            .nominations(&NominationQuery { status: Some(NominationStatus::Approved), ..NominationQuery::default() })?
            .into_iter()
            .filter(|n| printed_kinds.contains(&n.award_kind_id))
            .collect();
        Ok(Attention { expiring, overdue, due_this_month, unprinted })
    }

    /// The period the start page shows by default: the plan containing today (a school
    /// year's before a calendar year's), else the school year containing today.
    pub fn current_period(&self, today: NaiveDate) -> Result<PlanPeriod> {
        let mut containing: Vec<PlanPeriod> =
            self.plans(today)?.iter().map(|p| PlanPeriod { kind: p.kind, start_year: p.start_year }).filter(|p| p.contains(today)).collect();
        containing.sort_by_key(|p| p.kind != PlanKind::School);
        Ok(containing.first().copied().unwrap_or_else(|| PlanPeriod::school_year_of(today)))
    }

    /// The dashboard for `period` (the current one when none is asked for).
    pub fn dashboard(&self, period: Option<PlanPeriod>, today: NaiveDate) -> Result<Dashboard> {
        let current = self.current_period(today)?;
        let period = period.unwrap_or(current);
        let plans = self.plans(today)?;
        let mut periods: Vec<PlanPeriod> = plans.iter().map(|p| PlanPeriod { kind: p.kind, start_year: p.start_year }).collect();
        for p in [current, period] {
            if !periods.contains(&p) {
                periods.push(p);
            }
        }
        periods.sort_by(|a, b| b.first_day().cmp(&a.first_day()).then_with(|| (a.kind == PlanKind::Calendar).cmp(&(b.kind == PlanKind::Calendar))));

        let summary = self.year_summary(period, today)?;
        let plan = plans.iter().find(|p| p.kind == period.kind && p.start_year == period.start_year);
        let fulfilment_by_category = match plan {
            Some(p) => self
                .plan_sheet(p.id, today)?
                .groups
                .into_iter()
                .map(|g| CategoryFulfilment { category_id: g.id, name: g.name, fulfilment: g.fulfilment })
                .collect(),
            None => Vec::new(),
        };
        Ok(Dashboard {
            attention: self.attention(today)?,
            period: period.code(),
            periods: periods.into_iter().map(PlanPeriod::code).collect(),
            has_plan: plan.is_some(),
            months: summary.months,
            partners_by_category: self.partners_by_category()?,
            fulfilment_by_category,
            participants: summary.participants,
            events: summary.events,
            fulfilment: if plan.is_some() { summary.fulfilment } else { Fulfilment::default() },
        })
    }

    /// Active (not archived) partners per category, the largest first; categories without
    /// partners are left out.
    pub fn partners_by_category(&self) -> Result<Vec<CategoryCount>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT category_id, COUNT(*) FROM partner WHERE archived_at IS NULL GROUP BY category_id",
        )?;
        let counts: Vec<(i64, u32)> =
            stmt.query_map(params![], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
        let mut out: Vec<(usize, CategoryCount)> = self
            .catalog(CatalogList::Category)?
            .into_iter()
            .enumerate()
            .filter_map(|(position, e)| {
                let partners = counts.iter().find(|(id, _)| *id == e.id)?.1;
                Some((position, CategoryCount { category_id: e.id, name: e.name, partners }))
            })
            .collect();
        out.sort_by(|(pa, a), (pb, b)| b.partners.cmp(&a.partners).then(pa.cmp(pb)));
        Ok(out.into_iter().map(|(_, c)| c).collect())
    }
}
