//! The yearly plans: their rows under category headings, the planned activities, carrying a
//! plan over to the next period, and each activity's fulfilment against the events held.
//! Every change of several rows is one transaction; an activity with events held for it is
//! never removed (the events keep their link to the plan).

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use rusqlite::{params, OptionalExtension};

use super::{now, Store};
use crate::error::{Error, Field, Result};
use crate::model::plan::{assess, fill_slots, ActivityPeriod};
use crate::model::{
    Activity, ActivityDue, ActivityInput, ActivityStatus, CalendarMonth, CatalogEntry, PlannedItem, CatalogList, Fulfilment, Plan,
    PlanGroup, PlanInput, PlanKind, PlanPeriod, PlanRow, PlanRowInput, PlanSheet,
};
use crate::validate;

/// The longest goal, activity title or social effect.
pub const TEXT_MAX: usize = 2000;
pub const ACTIVITIES_MAX: usize = 100;

fn kind_code(k: PlanKind) -> &'static str {
    match k {
        PlanKind::Calendar => "calendar",
        PlanKind::School => "school",
    }
}

fn kind_of(s: &str) -> PlanKind {
    if s == "school" { PlanKind::School } else { PlanKind::Calendar }
}

const PLAN_SELECT: &str = "SELECT id, kind, start_year, title, approver_position, approver_name, approved_on,
        approval_order, (SELECT COUNT(*) FROM plan_row r WHERE r.plan_id = plan.id AND r.deleted_at IS NULL), created_at, updated_at
    FROM plan";

fn plan_row(r: &rusqlite::Row) -> rusqlite::Result<Plan> {
    let kind = kind_of(&r.get::<_, String>(1)?);
    let start_year: i32 = r.get(2)?;
    Ok(Plan {
        id: r.get(0)?,
        kind,
        period: PlanPeriod { kind, start_year }.code(),
        first_day: PlanPeriod { kind, start_year }.first_day().to_string(),
        last_day: PlanPeriod { kind, start_year }.last_day().to_string(),
        start_year,
        title: r.get(3)?,
        approver_position: r.get(4)?,
        approver_name: r.get(5)?,
        approved_on: r.get(6)?,
        approval_order: r.get(7)?,
        rows: r.get(8)?,
        fulfilment: Fulfilment::default(),
        created_at: r.get(9)?,
        updated_at: r.get(10)?,
    })
}

fn check_plan(i: &PlanInput) -> Result<PlanInput> {
    if !(1900..=2198).contains(&i.start_year) {
        return Err(Error::OutOfRange { field: Field::Year, min: 1900, max: 2198 });
    }
    let approved_on = validate::optional_date(i.approved_on.as_deref(), Field::ApprovedOn)?;
    Ok(PlanInput {
        kind: i.kind,
        start_year: i.start_year,
        title: validate::single_line(&i.title, Field::Title, 500, None)?,
        approver_position: validate::single_line(&i.approver_position, Field::ApproverPosition, 200, None)?,
        approver_name: validate::single_line(&i.approver_name, Field::ApproverName, 200, None)?,
        approved_on: approved_on.map(|d| d.to_string()),
        approval_order: validate::single_line(&i.approval_order, Field::ApprovalOrder, 200, None)?,
    })
}

/// An activity checked against its plan's period; `index` is its place in the row (for errors).
fn check_activity(a: &ActivityInput, period: PlanPeriod, index: usize) -> Result<ActivityInput> {
    let title = validate::multi_line(&a.title, Field::Activity, TEXT_MAX)?;
    if title.is_empty() {
        return Err(Error::Required { field: Field::Activity });
    }
    let mut p = a.period.clone();
    if let ActivityPeriod::Months { ranges } = &mut p {
        ranges.dedup();
    }
    if let ActivityPeriod::Quarters { quarters } = &mut p {
        quarters.sort();
        quarters.dedup();
    }
    if let ActivityPeriod::Dates { dates } = &mut p {
        dates.sort();
        dates.dedup();
    }
    p.check(period).map_err(|_| Error::PeriodInvalid { value: title.chars().take(80).collect(), index: Some(index) })?;
    Ok(ActivityInput { id: a.id, title, form_id: a.form_id, period: p })
}

fn check_row(i: &PlanRowInput) -> Result<PlanRowInput> {
    if i.activities.len() > ACTIVITIES_MAX {
        return Err(Error::OutOfRange { field: Field::Activity, min: 0, max: ACTIVITIES_MAX as i64 });
    }
    Ok(PlanRowInput {
        partner_id: i.partner_id,
        group_id: i.group_id,
        goal: validate::multi_line(&i.goal, Field::Goal, TEXT_MAX)?,
        responsible: validate::multi_line(&i.responsible, Field::Responsible, 500)?,
        social_effect: validate::multi_line(&i.social_effect, Field::SocialEffect, TEXT_MAX)?,
        activities: i.activities.clone(),
    })
}

impl Store {
    /// All plans, newest period first, each with its overall fulfilment on `today`.
    pub fn plans(&self, today: NaiveDate) -> Result<Vec<Plan>> {
        let ids: Vec<i64> = self
            .conn
            .prepare_cached("SELECT id FROM plan WHERE deleted_at IS NULL ORDER BY start_year DESC, kind DESC")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        ids.into_iter().map(|id| self.plan(id, today)).collect()
    }

    pub fn plan(&self, id: i64, today: NaiveDate) -> Result<Plan> {
        let mut plan = self.plan_header(id)?;
        let sheet = self.sheet_of(plan.clone(), today)?;
        plan.fulfilment = sheet.plan.fulfilment;
        Ok(plan)
    }

    fn plan_header(&self, id: i64) -> Result<Plan> {
        self.conn
            .query_row(&format!("{PLAN_SELECT} WHERE id = ?1 AND deleted_at IS NULL"), [id], plan_row)
            .optional()?
            .ok_or(Error::NotFound { entity: "plan", id: id.to_string() })
    }

    /// The plan of a period given as «2026», «2026-2027» or by its id.
    pub fn find_plan(&self, period_or_id: &str, today: NaiveDate) -> Result<Plan> {
        if let Some(p) = PlanPeriod::parse(period_or_id) {
            let id: Option<i64> = self
                .conn
                .query_row(
                    "SELECT id FROM plan WHERE kind = ?1 AND start_year = ?2 AND deleted_at IS NULL",
                    params![kind_code(p.kind), p.start_year],
                    |r| r.get(0),
                )
                .optional()?;
            return match id {
                Some(id) => self.plan(id, today),
                None => Err(Error::NotFound { entity: "plan", id: p.code() }),
            };
        }
        match period_or_id.trim().parse::<i64>() {
            Ok(id) => self.plan(id, today),
            Err(_) => Err(Error::MonthInvalid(period_or_id.chars().take(40).collect())),
        }
    }

    fn plan_period(&self, plan_id: i64) -> Result<PlanPeriod> {
        let p = self.plan_header(plan_id)?;
        Ok(PlanPeriod { kind: p.kind, start_year: p.start_year })
    }

    /// A period has at most one plan: one in use, or one in the trash (restore that one).
    fn check_period_free(&self, period: PlanPeriod) -> Result<()> {
        let deleted: Option<bool> = self
            .conn
            .query_row(
                "SELECT deleted_at IS NOT NULL FROM plan WHERE kind = ?1 AND start_year = ?2",
                params![kind_code(period.kind), period.start_year],
                |r| r.get(0),
            )
            .optional()?;
        match deleted {
            None => Ok(()),
            Some(false) => Err(Error::PlanExists(period.code())),
            Some(true) => Err(Error::InTrash(period.code())),
        }
    }

    pub fn create_plan(&self, input: &PlanInput, today: NaiveDate) -> Result<Plan> {
        let i = check_plan(input)?;
        let tx = self.write_tx()?;
        let period = PlanPeriod { kind: i.kind, start_year: i.start_year };
        self.check_period_free(period)?;
        let ts = now();
        tx.execute(
            "INSERT INTO plan (kind, start_year, title, approver_position, approver_name, approved_on,
                 approval_order, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
            params![kind_code(i.kind), i.start_year, i.title, i.approver_position, i.approver_name, i.approved_on, i.approval_order, ts],
        )?;
        let id = tx.last_insert_rowid();
        tx.commit()?;
        self.plan(id, today)
    }

    /// Changes a plan's title and approval. Its period is fixed once created (carry the plan
    /// over to move to another period).
    pub fn update_plan(&self, id: i64, input: &PlanInput, today: NaiveDate) -> Result<Plan> {
        let i = check_plan(input)?;
        let current = self.plan_header(id)?;
        if (current.kind, current.start_year) != (i.kind, i.start_year) {
            return Err(Error::PlanExists(PlanPeriod { kind: i.kind, start_year: i.start_year }.code()));
        }
        let tx = self.write_tx()?;
        tx.execute(
            "UPDATE plan SET title = ?2, approver_position = ?3, approver_name = ?4, approved_on = ?5,
                 approval_order = ?6, updated_at = ?7 WHERE id = ?1",
            params![id, i.title, i.approver_position, i.approver_name, i.approved_on, i.approval_order, now()],
        )?;
        tx.commit()?;
        self.plan(id, today)
    }

    /// Puts a plan with its rows in the trash, unless events held are recorded against it.
    pub fn delete_plan(&self, id: i64) -> Result<()> {
        let tx = self.write_tx()?;
        self.plan_header(id)?;
        let count: i64 = tx.query_row(
            "SELECT COUNT(*) FROM held_event e JOIN plan_activity a ON a.id = e.activity_id
               JOIN plan_row r ON r.id = a.row_id WHERE r.plan_id = ?1",
            [id],
            |r| r.get(0),
        )?;
        if count > 0 {
            return Err(Error::HasEvents { count });
        }
        tx.execute("UPDATE plan SET deleted_at = ?2 WHERE id = ?1 AND deleted_at IS NULL", params![id, now()])?;
        tx.commit()
    }

    /// A copy of the plan for the next period: every row and activity, specific dates moved
    /// by a year; approval cleared (the new plan is approved anew).
    pub fn carry_over_plan(&self, id: i64, today: NaiveDate) -> Result<Plan> {
        let tx = self.write_tx()?;
        let old = self.plan_header(id)?;
        let next = PlanPeriod { kind: old.kind, start_year: old.start_year }.next();
        if next.start_year > 2198 {
            return Err(Error::OutOfRange { field: Field::Year, min: 1900, max: 2198 });
        }
        self.check_period_free(next)?;
        let ts = now();
        tx.execute(
            "INSERT INTO plan (kind, start_year, title, approver_position, approver_name, approval_order,
                 created_at, updated_at)
             SELECT kind, ?2, '', approver_position, approver_name, '', ?3, ?3 FROM plan WHERE id = ?1",
            params![id, next.start_year, ts],
        )?;
        let new_id = tx.last_insert_rowid();
        let rows: Vec<i64> = tx
            .prepare("SELECT id FROM plan_row WHERE plan_id = ?1 AND deleted_at IS NULL ORDER BY position")?
            .query_map([id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for row in rows {
            tx.execute(
                "INSERT INTO plan_row (plan_id, partner_id, group_id, position, goal, responsible, social_effect,
                     created_at, updated_at)
                 SELECT ?2, partner_id, group_id, position, goal, responsible, social_effect, ?3, ?3
                 FROM plan_row WHERE id = ?1",
                params![row, new_id, ts],
            )?;
            let new_row = tx.last_insert_rowid();
            let acts: Vec<(i64, String, Option<i64>, String)> = tx
                .prepare("SELECT position, title, form_id, period FROM plan_activity WHERE row_id = ?1 ORDER BY position")?
                .query_map([row], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
                .collect::<rusqlite::Result<_>>()?;
            for (pos, title, form, period) in acts {
                let period: ActivityPeriod = serde_json::from_str(&period).map_err(|_| Error::DatabaseCorrupt)?;
                tx.execute(
                    "INSERT INTO plan_activity (row_id, position, title, form_id, period) VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![new_row, pos, title, form, serde_json::to_string(&period.shifted_a_year()).expect("serializes")],
                )?;
            }
        }
        tx.commit()?;
        self.plan(new_id, today)
    }

    /// The whole plan: groups in the order of their first row, rows in the user's order, each
    /// activity with its status on `today`.
    pub fn plan_sheet(&self, id: i64, today: NaiveDate) -> Result<PlanSheet> {
        let plan = self.plan_header(id)?;
        self.sheet_of(plan, today)
    }

    fn sheet_of(&self, mut plan: Plan, today: NaiveDate) -> Result<PlanSheet> {
        let period = PlanPeriod { kind: plan.kind, start_year: plan.start_year };
        let categories: HashMap<i64, CatalogEntry> =
            self.catalog(CatalogList::Category)?.into_iter().map(|e| (e.id, e)).collect();
        let mut held: HashMap<i64, Vec<(NaiveDate, i64)>> = HashMap::new();
        let mut stmt = self.conn.prepare_cached(
            "SELECT e.activity_id, e.held_on, e.id FROM held_event e
               JOIN plan_activity a ON a.id = e.activity_id JOIN plan_row r ON r.id = a.row_id
             WHERE r.plan_id = ?1 AND r.deleted_at IS NULL AND e.deleted_at IS NULL ORDER BY e.held_on, e.time, e.id",
        )?;
        for x in stmt.query_map([plan.id], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, i64>(2)?)))? {
            let (a, d, e) = x?;
            if let Ok(d) = NaiveDate::parse_from_str(&d, "%Y-%m-%d") {
                held.entry(a).or_default().push((d, e));
            }
        }
        let mut activities: HashMap<i64, Vec<Activity>> = HashMap::new();
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.id, a.row_id, a.title, a.form_id, a.period FROM plan_activity a
               JOIN plan_row r ON r.id = a.row_id WHERE r.plan_id = ?1 AND r.deleted_at IS NULL
             ORDER BY a.row_id, a.position, a.id",
        )?;
        for x in stmt.query_map([plan.id], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?, r.get::<_, String>(2)?, r.get::<_, Option<i64>>(3)?, r.get::<_, String>(4)?))
        })? {
            let (id, row_id, title, form_id, period_json) = x?;
            let p: ActivityPeriod = serde_json::from_str(&period_json).map_err(|_| Error::DatabaseCorrupt)?;
            let events = held.remove(&id).unwrap_or_default();
            let dates: Vec<NaiveDate> = events.iter().map(|(d, _)| *d).collect();
            let (status, fulfilment) = assess(&p, period, &dates, today);
            activities.entry(row_id).or_default().push(Activity {
                id,
                row_id,
                title,
                form_id,
                period_label: crate::plan_text::period_labels(&p),
                period: p,
                status,
                fulfilment,
                held_on: events.iter().map(|(d, _)| d.to_string()).collect(),
                event_ids: events.into_iter().map(|(_, e)| e).collect(),
            });
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT r.id, r.partner_id, p.name, r.group_id, r.goal, r.responsible, r.social_effect
             FROM plan_row r JOIN partner p ON p.id = r.partner_id
             WHERE r.plan_id = ?1 AND r.deleted_at IS NULL ORDER BY r.position, r.id",
        )?;
        let mut groups: Vec<PlanGroup> = Vec::new();
        let mut total = Fulfilment::default();
        for x in stmt.query_map([plan.id], |r| {
            Ok(PlanRow {
                id: r.get(0)?,
                plan_id: plan.id,
                partner_id: r.get(1)?,
                partner_name: r.get(2)?,
                group_id: r.get(3)?,
                goal: r.get(4)?,
                responsible: r.get(5)?,
                social_effect: r.get(6)?,
                activities: Vec::new(),
                fulfilment: Fulfilment::default(),
            })
        })? {
            let mut row = x?;
            row.activities = activities.remove(&row.id).unwrap_or_default();
            for a in &row.activities {
                row.fulfilment.add(a.fulfilment);
            }
            total.add(row.fulfilment);
            let gi = match groups.iter().position(|g| g.id == row.group_id) {
                Some(i) => i,
                None => {
                    let name = categories.get(&row.group_id).map(|c| c.name.clone()).unwrap_or_default();
                    groups.push(PlanGroup { id: row.group_id, name, rows: Vec::new(), fulfilment: Fulfilment::default() });
                    groups.len() - 1
                }
            };
            groups[gi].fulfilment.add(row.fulfilment);
            groups[gi].rows.push(row);
        }
        plan.fulfilment = total;
        Ok(PlanSheet { plan, groups })
    }

    /// Adds a row at the end of its group (the partner's category unless another is given).
    pub fn add_plan_row(&self, plan_id: i64, input: &PlanRowInput, today: NaiveDate) -> Result<PlanRow> {
        let i = check_row(input)?;
        let period = self.plan_period(plan_id)?;
        let acts: Vec<ActivityInput> =
            i.activities.iter().enumerate().map(|(k, a)| check_activity(a, period, k)).collect::<Result<_>>()?;
        let tx = self.write_tx()?;
        let group = self.row_group(i.partner_id, i.group_id)?;
        let position: i64 =
            tx.query_row("SELECT COALESCE(MAX(position), 0) + 1 FROM plan_row WHERE plan_id = ?1", [plan_id], |r| r.get(0))?;
        let ts = now();
        tx.execute(
            "INSERT INTO plan_row (plan_id, partner_id, group_id, position, goal, responsible, social_effect, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
            params![plan_id, i.partner_id, group, position, i.goal, i.responsible, i.social_effect, ts],
        )?;
        let row_id = tx.last_insert_rowid();
        self.write_activities(row_id, &acts)?;
        tx.commit()?;
        self.plan_row(row_id, today)
    }

    /// Saves a row and its activities as the editor sends them: activities with an id are
    /// updated, new ones added, missing ones removed — unless events were held for them.
    pub fn update_plan_row(&self, row_id: i64, input: &PlanRowInput, today: NaiveDate) -> Result<PlanRow> {
        let i = check_row(input)?;
        let plan_id: i64 = self
            .conn
            .query_row("SELECT plan_id FROM plan_row WHERE id = ?1 AND deleted_at IS NULL", [row_id], |r| r.get(0))
            .optional()?
            .ok_or(Error::NotFound { entity: "plan-row", id: row_id.to_string() })?;
        let period = self.plan_period(plan_id)?;
        let acts: Vec<ActivityInput> =
            i.activities.iter().enumerate().map(|(k, a)| check_activity(a, period, k)).collect::<Result<_>>()?;
        let tx = self.write_tx()?;
        let group = self.row_group(i.partner_id, i.group_id)?;
        // A row whose activities have events held keeps its partner: the events name it.
        let (old_partner, events): (i64, i64) = tx.query_row(
            "SELECT partner_id, (SELECT COUNT(*) FROM held_event e JOIN plan_activity a ON a.id = e.activity_id
                                 WHERE a.row_id = plan_row.id)
             FROM plan_row WHERE id = ?1",
            [row_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        if old_partner != i.partner_id && events > 0 {
            return Err(Error::HasEvents { count: events });
        }
        tx.execute(
            "UPDATE plan_row SET partner_id = ?2, group_id = ?3, goal = ?4, responsible = ?5, social_effect = ?6,
                 updated_at = ?7 WHERE id = ?1",
            params![row_id, i.partner_id, group, i.goal, i.responsible, i.social_effect, now()],
        )?;
        self.write_activities(row_id, &acts)?;
        tx.commit()?;
        self.plan_row(row_id, today)
    }

    /// The activities of a row become `acts`, in that order (inside the caller's transaction).
    fn write_activities(&self, row_id: i64, acts: &[ActivityInput]) -> Result<()> {
        let existing: Vec<i64> = self
            .conn
            .prepare_cached("SELECT id FROM plan_activity WHERE row_id = ?1")?
            .query_map([row_id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for id in existing.iter().filter(|id| !acts.iter().any(|a| a.id == Some(**id))) {
            let count: i64 = self.conn.query_row("SELECT COUNT(*) FROM held_event WHERE activity_id = ?1", [id], |r| r.get(0))?;
            if count > 0 {
                return Err(Error::HasEvents { count });
            }
            self.conn.execute("DELETE FROM plan_activity WHERE id = ?1", [id])?;
        }
        let forms: Vec<i64> = acts.iter().filter_map(|a| a.form_id).collect();
        self.check_entries(CatalogList::Form, &forms, Field::Activity)?;
        for (k, a) in acts.iter().enumerate() {
            let period = serde_json::to_string(&a.period).expect("serializes");
            match a.id.filter(|id| existing.contains(id)) {
                Some(id) => {
                    self.conn.execute(
                        "UPDATE plan_activity SET position = ?2, title = ?3, form_id = ?4, period = ?5 WHERE id = ?1",
                        params![id, k as i64, a.title, a.form_id, period],
                    )?;
                }
                None => {
                    self.conn.execute(
                        "INSERT INTO plan_activity (row_id, position, title, form_id, period) VALUES (?1, ?2, ?3, ?4, ?5)",
                        params![row_id, k as i64, a.title, a.form_id, period],
                    )?;
                }
            }
        }
        Ok(())
    }

    /// The heading a row stands under: the one asked for, else the partner's category.
    fn row_group(&self, partner_id: i64, group_id: Option<i64>) -> Result<i64> {
        let category: Option<i64> = self
            .conn
            .query_row("SELECT category_id FROM partner WHERE id = ?1", [partner_id], |r| r.get(0))
            .optional()?;
        let category = category.ok_or(Error::NotFound { entity: "partner", id: partner_id.to_string() })?;
        match group_id {
            Some(g) => {
                self.check_entries(CatalogList::Category, &[g], Field::Category)?;
                Ok(g)
            }
            None => Ok(category),
        }
    }

    pub fn plan_row(&self, row_id: i64, today: NaiveDate) -> Result<PlanRow> {
        let plan_id: i64 = self
            .conn
            .query_row("SELECT plan_id FROM plan_row WHERE id = ?1 AND deleted_at IS NULL", [row_id], |r| r.get(0))
            .optional()?
            .ok_or(Error::NotFound { entity: "plan-row", id: row_id.to_string() })?;
        let sheet = self.plan_sheet(plan_id, today)?;
        let row = sheet.rows().find(|r| r.id == row_id).cloned();
        row.ok_or(Error::NotFound { entity: "plan-row", id: row_id.to_string() })
    }

    /// Puts a row in the trash, unless events were held for its activities.
    pub fn delete_plan_row(&self, row_id: i64) -> Result<()> {
        let tx = self.write_tx()?;
        let count: i64 = tx.query_row(
            "SELECT COUNT(*) FROM held_event e JOIN plan_activity a ON a.id = e.activity_id WHERE a.row_id = ?1",
            [row_id],
            |r| r.get(0),
        )?;
        if count > 0 {
            return Err(Error::HasEvents { count });
        }
        if tx.execute("UPDATE plan_row SET deleted_at = ?2 WHERE id = ?1 AND deleted_at IS NULL", params![row_id, now()])? == 0 {
            return Err(Error::NotFound { entity: "plan-row", id: row_id.to_string() });
        }
        tx.commit()
    }

    /// The rows of a plan in display order: (row id, group id).
    fn display_order(&self, plan_id: i64) -> Result<Vec<(i64, i64)>> {
        let rows: Vec<(i64, i64)> = self
            .conn
            .prepare_cached("SELECT id, group_id FROM plan_row WHERE plan_id = ?1 AND deleted_at IS NULL ORDER BY position, id")?
            .query_map([plan_id], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut groups: Vec<i64> = Vec::new();
        for (_, g) in &rows {
            if !groups.contains(g) {
                groups.push(*g);
            }
        }
        Ok(groups.iter().flat_map(|g| rows.iter().filter(move |(_, rg)| rg == g).copied()).collect())
    }

    fn write_order(&self, order: &[(i64, i64)]) -> Result<()> {
        for (k, (id, _)) in order.iter().enumerate() {
            self.conn.execute("UPDATE plan_row SET position = ?2 WHERE id = ?1", params![id, k as i64 + 1])?;
        }
        Ok(())
    }

    /// Moves a row up (`delta` < 0) or down within its group.
    pub fn move_plan_row(&self, row_id: i64, delta: i64) -> Result<()> {
        let tx = self.write_tx()?;
        let plan_id: i64 = tx
            .query_row("SELECT plan_id FROM plan_row WHERE id = ?1 AND deleted_at IS NULL", [row_id], |r| r.get(0))
            .optional()?
            .ok_or(Error::NotFound { entity: "plan-row", id: row_id.to_string() })?;
        let mut order = self.display_order(plan_id)?;
        let at = order.iter().position(|(id, _)| *id == row_id).expect("the row is in its plan");
        let group = order[at].1;
        let same: Vec<usize> = (0..order.len()).filter(|&k| order[k].1 == group).collect();
        let k = same.iter().position(|&x| x == at).expect("in its group") as i64;
        let target = (k + delta).clamp(0, same.len() as i64 - 1) as usize;
        let item = order.remove(at);
        order.insert(same[target], item);
        self.write_order(&order)?;
        tx.commit()
    }

    /// Moves a whole group of rows up (`delta` < 0) or down among the groups.
    pub fn move_plan_group(&self, plan_id: i64, group_id: i64, delta: i64) -> Result<()> {
        let tx = self.write_tx()?;
        let order = self.display_order(plan_id)?;
        let mut groups: Vec<i64> = Vec::new();
        for (_, g) in &order {
            if !groups.contains(g) {
                groups.push(*g);
            }
        }
        let at = groups
            .iter()
            .position(|g| *g == group_id)
            .ok_or(Error::NotFound { entity: "category", id: group_id.to_string() })? as i64;
        let g = groups.remove(at as usize);
        groups.insert((at + delta).clamp(0, groups.len() as i64) as usize, g);
        let order: Vec<(i64, i64)> =
            groups.iter().flat_map(|g| order.iter().filter(move |(_, rg)| rg == g).copied()).collect();
        self.write_order(&order)?;
        tx.commit()
    }

    /// Activities that need attention on `today`, from the plans whose period contains it:
    /// overdue ones, then those due this month.
    pub fn activities_due(&self, today: NaiveDate) -> Result<Vec<ActivityDue>> {
        let mut out = Vec::new();
        for plan in self.plans(today)? {
            let period = PlanPeriod { kind: plan.kind, start_year: plan.start_year };
            if !period.contains(today) {
                continue;
            }
            let sheet = self.plan_sheet(plan.id, today)?;
            for row in sheet.rows() {
                for a in &row.activities {
                    if matches!(a.status, ActivityStatus::Overdue | ActivityStatus::Due) {
                        out.push(ActivityDue {
                            plan_id: plan.id,
                            period: plan.period.clone(),
                            activity_id: a.id,
                            partner_id: row.partner_id,
                            partner_name: row.partner_name.clone(),
                            title: a.title.clone(),
                            activity_period: a.period.clone(),
                            period_label: a.period_label.clone(),
                            status: a.status,
                            fulfilment: a.fulfilment,
                        });
                    }
                }
            }
        }
        out.sort_by_key(|a| a.status != ActivityStatus::Overdue);
        Ok(out)
    }

    /// A month of the calendar: the windows of planned activities that fall in it (activities
    /// spread over the whole year are left out: they belong to no month) and the events held.
    pub fn calendar_month(&self, year: i32, month: u32, today: NaiveDate) -> Result<CalendarMonth> {
        let first = NaiveDate::from_ymd_opt(year, month, 1)
            .filter(|d| validate::YEARS.contains(&d.year()))
            .ok_or_else(|| Error::MonthInvalid(format!("{year:04}-{month:02}")))?;
        let last = first + chrono::Months::new(1) - chrono::Days::new(1);
        let mut planned = Vec::new();
        for plan in self.plans(today)? {
            let period = PlanPeriod { kind: plan.kind, start_year: plan.start_year };
            if period.last_day() < first || period.first_day() > last {
                continue;
            }
            let sheet = self.plan_sheet(plan.id, today)?;
            for row in sheet.rows() {
                for a in row.activities.iter().filter(|a| !a.period.is_whole_year()) {
                    let slots = a.period.slots(period);
                    let dates: Vec<NaiveDate> =
                        a.held_on.iter().filter_map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()).collect();
                    let filled = fill_slots(&slots, &dates);
                    let days: Vec<Option<String>> = match &a.period {
                        // In the order `slots` gives them: one slot per date that parses.
                        ActivityPeriod::Dates { dates } => dates
                            .iter()
                            .filter_map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
                            .map(|d| Some(d.to_string()))
                            .collect(),
                        _ => vec![None; slots.len()],
                    };
                    for ((s, held), day) in slots.iter().zip(filled).zip(days) {
                        if s.to < first || s.from > last {
                            continue;
                        }
                        planned.push(PlannedItem {
                            plan_id: plan.id,
                            activity_id: a.id,
                            partner_id: row.partner_id,
                            partner_name: row.partner_name.clone(),
                            title: a.title.clone(),
                            period: a.period.clone(),
                            from: s.from.to_string(),
                            to: s.to.to_string(),
                            day,
                            held,
                            status: a.status,
                        });
                    }
                }
            }
        }
        let events = self.events(&crate::model::EventQuery {
            from: Some(first.to_string()),
            to: Some(last.to_string()),
            ..Default::default()
        })?;
        Ok(CalendarMonth { year, month, planned, events })
    }
}
