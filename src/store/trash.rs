//! The trash: plans, plan rows, events held and nominations are put here instead of being deleted, can be
//! restored for [`KEEP_DAYS`] days, and are then deleted for good once a day (after the day's
//! backup, which still holds them). Partners and agreements never come here: partners are
//! archived, agreements stay in their register.

use chrono::{DateTime, Utc};
use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::Store;
use crate::error::{Error, Result};

/// How long the trash keeps what was put in it.
pub const KEEP_DAYS: i64 = 30;

/// What kind of record is in the trash.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum TrashKind {
    Plan,
    PlanRow,
    Event,
    Nomination,
}

impl TrashKind {
    fn table(self) -> &'static str {
        match self {
            TrashKind::Plan => "plan",
            TrashKind::PlanRow => "plan_row",
            TrashKind::Event => "held_event",
            TrashKind::Nomination => "nomination",
        }
    }

    fn entity(self) -> &'static str {
        match self {
            TrashKind::Plan => "plan",
            TrashKind::PlanRow => "plan-row",
            TrashKind::Event => "event",
            TrashKind::Nomination => "nomination",
        }
    }
}

/// A record in the trash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TrashItem {
    pub kind: TrashKind,
    #[ts(type = "number")]
    pub id: i64,
    /// What it is: a plan's period, a row's partner, an event's title.
    pub title: String,
    /// Where it belonged: the row's plan, the event's date and partner.
    pub detail: String,
    pub deleted_at: String,
    /// The day it is deleted for good (ISO date).
    pub purge_on: String,
}

fn purge_on(deleted_at: &str) -> String {
    DateTime::parse_from_rfc3339(deleted_at)
        .map(|d| (d.with_timezone(&Utc) + chrono::Duration::days(KEEP_DAYS)).date_naive().to_string())
        .unwrap_or_default()
}

impl Store {
    /// Everything in the trash, most recently deleted first.
    pub fn trash(&self) -> Result<Vec<TrashItem>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT 'plan', id, CASE kind WHEN 'school' THEN start_year || '-' || (start_year + 1) ELSE start_year END,
                    title, deleted_at
               FROM plan WHERE deleted_at IS NOT NULL
             UNION ALL
             SELECT 'plan-row', r.id, p.name,
                    CASE pl.kind WHEN 'school' THEN pl.start_year || '-' || (pl.start_year + 1) ELSE pl.start_year END,
                    r.deleted_at
               FROM plan_row r JOIN partner p ON p.id = r.partner_id JOIN plan pl ON pl.id = r.plan_id
              WHERE r.deleted_at IS NOT NULL
             UNION ALL
             SELECT 'event', e.id, e.title, e.held_on || ' · ' || p.name, e.deleted_at
               FROM held_event e JOIN partner p ON p.id = e.partner_id WHERE e.deleted_at IS NOT NULL
             UNION ALL
             SELECT 'nomination', id, CASE nominee_kind WHEN 'person' THEN trim(surname || ' ' || given_name || ' ' || patronymic) ELSE name END,
                    year, deleted_at
               FROM nomination WHERE deleted_at IS NOT NULL
             ORDER BY 5 DESC",
        )?;
        let rows = stmt.query_map([], |r| {
            let kind: String = r.get(0)?;
            let deleted_at: String = r.get(4)?;
            Ok(TrashItem {
                kind: match kind.as_str() {
                    "plan" => TrashKind::Plan,
                    "plan-row" => TrashKind::PlanRow,
                    "nomination" => TrashKind::Nomination,
                    _ => TrashKind::Event,
                },
                id: r.get(1)?,
                title: r.get::<_, rusqlite::types::Value>(2).map(|v| match v {
                    rusqlite::types::Value::Text(s) => s,
                    rusqlite::types::Value::Integer(i) => i.to_string(),
                    _ => String::new(),
                })?,
                detail: r.get::<_, rusqlite::types::Value>(3).map(|v| match v {
                    rusqlite::types::Value::Text(s) => s,
                    rusqlite::types::Value::Integer(i) => i.to_string(),
                    _ => String::new(),
                })?,
                purge_on: purge_on(&deleted_at),
                deleted_at,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Takes a record out of the trash. A row goes back only into a plan in use.
    pub fn restore_from_trash(&self, kind: TrashKind, id: i64) -> Result<()> {
        let tx = self.write_tx()?;
        if kind == TrashKind::PlanRow {
            let plan_deleted: bool = tx
                .query_row(
                    "SELECT pl.deleted_at IS NOT NULL FROM plan_row r JOIN plan pl ON pl.id = r.plan_id WHERE r.id = ?1",
                    [id],
                    |r| r.get(0),
                )
                .unwrap_or(false);
            if plan_deleted {
                let period = self.trash()?.into_iter().find(|t| t.kind == TrashKind::PlanRow && t.id == id).map(|t| t.detail);
                return Err(Error::InTrash(period.unwrap_or_default()));
            }
        }
        let n = tx.execute(
            &format!("UPDATE {} SET deleted_at = NULL WHERE id = ?1 AND deleted_at IS NOT NULL", kind.table()),
            [id],
        )?;
        if n == 0 {
            return Err(Error::NotFound { entity: kind.entity(), id: id.to_string() });
        }
        tx.commit()
    }

    /// Deletes a record in the trash for good (the user asked for it).
    pub fn delete_forever(&self, kind: TrashKind, id: i64) -> Result<()> {
        let tx = self.write_tx()?;
        let n = tx.execute(&format!("DELETE FROM {} WHERE id = ?1 AND deleted_at IS NOT NULL", kind.table()), [id])?;
        if n == 0 {
            return Err(Error::NotFound { entity: kind.entity(), id: id.to_string() });
        }
        tx.commit()
    }

    /// Deletes for good what has been in the trash longer than [`KEEP_DAYS`] days before
    /// `now`; returns how many records went. Events go first, so that no row they point at is
    /// still needed.
    pub fn purge_trash(&self, now: DateTime<Utc>) -> Result<usize> {
        let cutoff = (now - chrono::Duration::days(KEEP_DAYS)).to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
        let tx = self.write_tx()?;
        let mut n = 0;
        for table in ["held_event", "plan_row", "plan", "nomination"] {
            n += tx.execute(&format!("DELETE FROM {table} WHERE deleted_at IS NOT NULL AND deleted_at < ?1"), params![cutoff])?;
        }
        tx.commit()?;
        Ok(n)
    }
}
