//! Events held: the record of each, their photos (copied into `attachments/` under names the
//! app makes), the monthly report's lines and the year's indicators.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};
use rusqlite::{params, OptionalExtension, Row};

use super::{now, Store};
use crate::error::{Error, Field, Result};
use crate::model::{
    CatalogList, EventPhoto, EventQuery, Fulfilment, HeldEvent, HeldEventInput, Lang, MonthFigures, MonthReport,
    Participants, PartnerFigures, PlanPeriod, ReportLine, YearSummary,
};
use crate::validate;

/// The most people of one kind an event may record.
pub const PARTICIPANTS_MAX: u32 = 100_000;
/// The largest photo accepted.
pub const PHOTO_MAX_BYTES: usize = 20 * 1024 * 1024;

const SELECT: &str = "
    SELECT e.id, e.held_on, e.time, e.partner_id, p.name, e.activity_id, a.title, e.title, e.form_id, e.place,
           e.children, e.parents, e.teachers, e.others, e.ages, e.by_parents, e.responsible, e.result,
           e.media_link, e.created_at, e.updated_at
    FROM held_event e JOIN partner p ON p.id = e.partner_id
    LEFT JOIN plan_activity a ON a.id = e.activity_id";

fn event(r: &Row) -> rusqlite::Result<HeldEvent> {
    Ok(HeldEvent {
        id: r.get(0)?,
        held_on: r.get(1)?,
        time: r.get(2)?,
        partner_id: r.get(3)?,
        partner_name: r.get(4)?,
        activity_id: r.get(5)?,
        activity_title: r.get(6)?,
        title: r.get(7)?,
        form_id: r.get(8)?,
        place: r.get(9)?,
        participants: Participants { children: r.get(10)?, parents: r.get(11)?, teachers: r.get(12)?, others: r.get(13)? },
        ages: r.get(14)?,
        by_parents: r.get(15)?,
        responsible: r.get(16)?,
        result: r.get(17)?,
        media_link: r.get(18)?,
        photos: Vec::new(),
        created_at: r.get(19)?,
        updated_at: r.get(20)?,
    })
}

/// «HH:MM» (or «H:MM»), or empty.
fn check_time(s: &str) -> Result<String> {
    let t = s.trim();
    if t.is_empty() {
        return Ok(String::new());
    }
    match chrono::NaiveTime::parse_from_str(t, "%H:%M") {
        Ok(time) => Ok(time.format("%H:%M").to_string()),
        Err(_) => Err(Error::DateInvalid { field: Field::Time, value: t.chars().take(40).collect() }),
    }
}

fn check(i: &HeldEventInput) -> Result<HeldEventInput> {
    let held_on = validate::date(&i.held_on, Field::HeldOn)?;
    let title = validate::multi_line(&i.title, Field::Title, 1000)?;
    // Without a title of its own, an event held for a planned activity takes the activity's.
    if title.is_empty() && i.activity_id.is_none() {
        return Err(Error::Required { field: Field::Title });
    }
    let p = i.participants;
    if [p.children, p.parents, p.teachers, p.others].iter().any(|n| *n > PARTICIPANTS_MAX) {
        return Err(Error::OutOfRange { field: Field::Participants, min: 0, max: PARTICIPANTS_MAX as i64 });
    }
    Ok(HeldEventInput {
        held_on: held_on.to_string(),
        time: check_time(&i.time)?,
        partner_id: i.partner_id,
        activity_id: i.activity_id,
        title,
        form_id: i.form_id,
        place: validate::single_line(&i.place, Field::Place, 500, None)?,
        participants: p,
        ages: validate::single_line(&i.ages, Field::Ages, 100, None)?,
        by_parents: i.by_parents,
        responsible: validate::multi_line(&i.responsible, Field::Responsible, 500)?,
        result: validate::multi_line(&i.result, Field::Result, validate::NOTES_MAX)?,
        media_link: validate::single_line(&i.media_link, Field::MediaLink, 2000, None)?,
    })
}

/// The bytes of a photo file, refused unless it is a PNG or JPEG within the size limit.
pub fn read_photo(source: &Path) -> Result<Vec<u8>> {
    // A file far too large is refused before it is read into memory.
    let size = std::fs::metadata(source).map_err(|e| Error::file(source, e))?.len();
    if size > PHOTO_MAX_BYTES as u64 {
        return Err(Error::ImageTooLarge { max_mb: (PHOTO_MAX_BYTES / (1024 * 1024)) as i64 });
    }
    let bytes = std::fs::read(source).map_err(|e| Error::file(source, e))?;
    validate::image(&bytes, PHOTO_MAX_BYTES)?;
    Ok(bytes)
}

/// Whether `name` is a photo file name as `add_event_photo` makes them.
fn is_photo_name(name: &str) -> bool {
    let Some(rest) = name.strip_prefix("event-") else { return false };
    let Some((stem, ext)) = rest.rsplit_once('.') else { return false };
    ["png", "jpg"].contains(&ext) && !stem.is_empty() && stem.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

impl Store {
    pub fn event(&self, id: i64) -> Result<HeldEvent> {
        let mut e = self
            .conn
            .query_row(&format!("{SELECT} WHERE e.id = ?1 AND e.deleted_at IS NULL"), [id], event)
            .optional()?
            .ok_or(Error::NotFound { entity: "event", id: id.to_string() })?;
        e.photos = self.event_photos(id)?;
        Ok(e)
    }

    fn event_photos(&self, id: i64) -> Result<Vec<EventPhoto>> {
        Ok(self
            .conn
            .prepare_cached("SELECT id, file, original_name FROM event_photo WHERE event_id = ?1 ORDER BY position, id")?
            .query_map([id], |r| Ok(EventPhoto { id: r.get(0)?, file: r.get(1)?, original_name: r.get(2)? }))?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// Events held, by date and time, filtered by dates (inclusive), partner and activity.
    pub fn events(&self, q: &EventQuery) -> Result<Vec<HeldEvent>> {
        let from = validate::optional_date(q.from.as_deref(), Field::ValidFrom)?.map(|d| d.to_string());
        let to = validate::optional_date(q.to.as_deref(), Field::ValidTo)?.map(|d| d.to_string());
        let mut stmt = self.conn.prepare_cached(&format!(
            "{SELECT} WHERE e.deleted_at IS NULL AND (?1 IS NULL OR e.held_on >= ?1) AND (?2 IS NULL OR e.held_on <= ?2)
               AND (?3 IS NULL OR e.partner_id = ?3) AND (?4 IS NULL OR e.activity_id = ?4)
             ORDER BY e.held_on, e.time, e.id"
        ))?;
        let mut out: Vec<HeldEvent> = stmt
            .query_map(params![from, to, q.partner_id, q.activity_id], event)?
            .collect::<rusqlite::Result<_>>()?;
        let mut photos: HashMap<i64, Vec<EventPhoto>> = HashMap::new();
        if !out.is_empty() {
            let mut stmt = self.conn.prepare_cached(
                "SELECT ph.event_id, ph.id, ph.file, ph.original_name FROM event_photo ph
                   JOIN held_event e ON e.id = ph.event_id
                 WHERE e.deleted_at IS NULL AND (?1 IS NULL OR e.held_on >= ?1) AND (?2 IS NULL OR e.held_on <= ?2)
                 ORDER BY ph.position, ph.id",
            )?;
            for x in stmt.query_map(params![from, to], |r| {
                Ok((r.get::<_, i64>(0)?, EventPhoto { id: r.get(1)?, file: r.get(2)?, original_name: r.get(3)? }))
            })? {
                let (e, p) = x?;
                photos.entry(e).or_default().push(p);
            }
        }
        for e in &mut out {
            e.photos = photos.remove(&e.id).unwrap_or_default();
        }
        Ok(out)
    }

    /// The partner, the activity (which must be one of that partner's) and the form exist.
    /// Returns the input with an empty title taken from the activity.
    fn check_event_links(&self, i: HeldEventInput) -> Result<HeldEventInput> {
        let exists: bool =
            self.conn.query_row("SELECT EXISTS (SELECT 1 FROM partner WHERE id = ?1)", [i.partner_id], |r| r.get(0))?;
        if !exists {
            return Err(Error::NotFound { entity: "partner", id: i.partner_id.to_string() });
        }
        let mut i = i;
        if let Some(a) = i.activity_id {
            let (partner, title): (i64, String) = self
                .conn
                .query_row(
                    "SELECT r.partner_id, a.title FROM plan_activity a JOIN plan_row r ON r.id = a.row_id WHERE a.id = ?1",
                    [a],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?
                .ok_or(Error::NotFound { entity: "activity", id: a.to_string() })?;
            if partner != i.partner_id {
                return Err(Error::ActivityOtherPartner);
            }
            if i.title.is_empty() {
                i.title = title;
            }
        }
        let forms: Vec<i64> = i.form_id.into_iter().collect();
        self.check_entries(CatalogList::Form, &forms, Field::Title)?;
        Ok(i)
    }

    pub fn create_event(&self, input: &HeldEventInput) -> Result<HeldEvent> {
        let i = check(input)?;
        let tx = self.write_tx()?;
        let i = self.check_event_links(i)?;
        let ts = now();
        tx.execute(
            "INSERT INTO held_event (held_on, time, partner_id, activity_id, title, form_id, place, children, parents,
                 teachers, others, ages, by_parents, responsible, result, media_link, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?17)",
            params![
                i.held_on, i.time, i.partner_id, i.activity_id, i.title, i.form_id, i.place,
                i.participants.children, i.participants.parents, i.participants.teachers, i.participants.others,
                i.ages, i.by_parents, i.responsible, i.result, i.media_link, ts
            ],
        )?;
        let id = tx.last_insert_rowid();
        tx.commit()?;
        self.event(id)
    }

    pub fn update_event(&self, id: i64, input: &HeldEventInput) -> Result<HeldEvent> {
        let i = check(input)?;
        let tx = self.write_tx()?;
        self.event(id)?;
        let i = self.check_event_links(i)?;
        tx.execute(
            "UPDATE held_event SET held_on = ?2, time = ?3, partner_id = ?4, activity_id = ?5, title = ?6, form_id = ?7,
                 place = ?8, children = ?9, parents = ?10, teachers = ?11, others = ?12, ages = ?13, by_parents = ?14,
                 responsible = ?15, result = ?16, media_link = ?17, updated_at = ?18
             WHERE id = ?1",
            params![
                id, i.held_on, i.time, i.partner_id, i.activity_id, i.title, i.form_id, i.place,
                i.participants.children, i.participants.parents, i.participants.teachers, i.participants.others,
                i.ages, i.by_parents, i.responsible, i.result, i.media_link, now()
            ],
        )?;
        tx.commit()?;
        self.event(id)
    }

    /// Puts an event in the trash (with its photos, which stay where they are).
    pub fn delete_event(&self, id: i64) -> Result<()> {
        let tx = self.write_tx()?;
        if tx.execute("UPDATE held_event SET deleted_at = ?2 WHERE id = ?1 AND deleted_at IS NULL", params![id, now()])? == 0 {
            return Err(Error::NotFound { entity: "event", id: id.to_string() });
        }
        tx.commit()
    }

    /// Records an event with its photos as one change: every photo is checked first, and a
    /// photo that cannot be added leaves no event behind.
    pub fn create_event_with_photos(&self, input: &HeldEventInput, photos: &[PathBuf]) -> Result<HeldEvent> {
        for p in photos {
            read_photo(p)?;
        }
        self.atomically(|s| {
            let e = s.create_event(input)?;
            for p in photos {
                s.add_event_photo(e.id, p)?;
            }
            s.event(e.id)
        })
    }

    /// Copies a PNG or JPEG photo into `attachments/` and adds it to the event.
    pub fn add_event_photo(&self, id: i64, source: &Path) -> Result<EventPhoto> {
        self.event(id)?;
        let bytes = read_photo(source)?;
        let ext = if bytes.starts_with(b"\x89PNG") { "png" } else { "jpg" };
        let dir = self.attachments_dir();
        std::fs::create_dir_all(&dir).map_err(|e| Error::file(&dir, e))?;
        let name = format!("event-{id}-{}.{ext}", chrono::Utc::now().format("%Y%m%dT%H%M%S%6f"));
        let target = dir.join(&name);
        // Written beside, then renamed: a half-written photo never carries a real name.
        let partial = dir.join(format!("{name}.part"));
        std::fs::write(&partial, &bytes).map_err(|e| Error::file(&partial, e))?;
        std::fs::rename(&partial, &target).map_err(|e| Error::file(&target, e))?;
        let original: String = source
            .file_name()
            .map(|n| n.to_string_lossy().chars().filter(|c| !c.is_control()).take(200).collect())
            .unwrap_or_default();
        let tx = self.write_tx()?;
        let position: i64 =
            tx.query_row("SELECT COALESCE(MAX(position), 0) + 1 FROM event_photo WHERE event_id = ?1", [id], |r| r.get(0))?;
        tx.execute(
            "INSERT INTO event_photo (event_id, position, file, original_name) VALUES (?1, ?2, ?3, ?4)",
            params![id, position, name, original],
        )?;
        let photo_id = tx.last_insert_rowid();
        tx.commit()?;
        Ok(EventPhoto { id: photo_id, file: name, original_name: original })
    }

    pub fn remove_event_photo(&self, photo_id: i64) -> Result<()> {
        let tx = self.write_tx()?;
        if tx.execute("DELETE FROM event_photo WHERE id = ?1", [photo_id])? == 0 {
            return Err(Error::NotFound { entity: "photo", id: photo_id.to_string() });
        }
        tx.commit()
    }

    /// The file of a photo, if its recorded name is one the app makes.
    pub fn photo_path(&self, photo_id: i64) -> Result<PathBuf> {
        let name: String = self
            .conn
            .query_row("SELECT file FROM event_photo WHERE id = ?1", [photo_id], |r| r.get(0))
            .optional()?
            .ok_or(Error::NotFound { entity: "photo", id: photo_id.to_string() })?;
        if !is_photo_name(&name) {
            return Err(Error::NotFound { entity: "photo", id: photo_id.to_string() });
        }
        Ok(self.attachments_dir().join(name))
    }

    /// The lines of the monthly report: every event held in that month, by date and time.
    pub fn month_report(&self, year: i32, month: u32, lang: Lang) -> Result<MonthReport> {
        let first = NaiveDate::from_ymd_opt(year, month, 1)
            .filter(|d| validate::YEARS.contains(&d.year()))
            .ok_or_else(|| Error::MonthInvalid(format!("{year:04}-{month:02}")))?;
        let last = first + chrono::Months::new(1) - chrono::Days::new(1);
        let forms: HashMap<i64, String> =
            self.catalog(CatalogList::Form)?.into_iter().map(|e| (e.id, e.name.get(lang).to_string())).collect();
        let events = self.events(&EventQuery { from: Some(first.to_string()), to: Some(last.to_string()), ..Default::default() })?;
        let mut participants = Participants::default();
        let lines = events
            .into_iter()
            .map(|e| {
                participants.add(e.participants);
                ReportLine {
                    event_id: e.id,
                    partner: e.partner_name,
                    title: e.title,
                    form: e.form_id.and_then(|f| forms.get(&f).cloned()).unwrap_or_default(),
                    held_on: e.held_on,
                    time: e.time,
                    place: e.place,
                    participants: e.participants,
                    ages: e.ages,
                    responsible: e.responsible,
                    media_link: e.media_link,
                }
            })
            .collect();
        Ok(MonthReport { year, month, lines, participants })
    }

    /// The indicators of a plan period: events per month and per partner, plan fulfilment,
    /// parents' participation and events organised by parents per 100 pupils.
    pub fn year_summary(&self, period: PlanPeriod, today: NaiveDate) -> Result<YearSummary> {
        let (from, to) = (period.first_day().to_string(), period.last_day().to_string());
        let mut months: Vec<MonthFigures> = period
            .months()
            .into_iter()
            .map(|(year, month)| MonthFigures { year, month, planned: 0, held: 0, participants: Participants::default() })
            .collect();
        let month_index = |d: NaiveDate| months.iter().position(|m| m.year == d.year() && m.month == d.month());
        let mut per_partner: Vec<PartnerFigures> = Vec::new();
        let categories: HashMap<i64, crate::model::LocalizedName> =
            self.catalog(CatalogList::Category)?.into_iter().map(|e| (e.id, e.name)).collect();
        let mut stmt = self.conn.prepare_cached(
            "SELECT e.held_on, e.partner_id, p.name, p.category_id, e.children, e.parents, e.teachers, e.others, e.by_parents
             FROM held_event e JOIN partner p ON p.id = e.partner_id
             WHERE e.held_on BETWEEN ?1 AND ?2 AND e.deleted_at IS NULL ORDER BY e.held_on",
        )?;
        let mut events = 0u32;
        let mut participants = Participants::default();
        let mut with_parents = 0u32;
        let mut by_parents = 0u32;
        let rows = stmt.query_map(params![from, to], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, i64>(3)?,
                Participants { children: r.get(4)?, parents: r.get(5)?, teachers: r.get(6)?, others: r.get(7)? },
                r.get::<_, bool>(8)?,
            ))
        })?;
        let mut held_at: Vec<(usize, Participants)> = Vec::new();
        for x in rows {
            let (date, partner_id, name, category, p, parents_organised) = x?;
            events += 1;
            participants.add(p);
            with_parents += u32::from(p.parents > 0);
            by_parents += u32::from(parents_organised);
            if let Some(i) = NaiveDate::parse_from_str(&date, "%Y-%m-%d").ok().and_then(month_index) {
                held_at.push((i, p));
            }
            match per_partner.iter_mut().find(|f| f.partner_id == partner_id) {
                Some(f) => f.held += 1,
                None => per_partner.push(PartnerFigures {
                    partner_id,
                    partner_name: name,
                    category: categories.get(&category).cloned().unwrap_or_default(),
                    held: 1,
                    fulfilment: Fulfilment::default(),
                }),
            }
        }
        for (i, p) in held_at {
            months[i].held += 1;
            months[i].participants.add(p);
        }
        // The plan of this period, if any: fulfilment, and the month-bound activities per month.
        let mut fulfilment = Fulfilment::default();
        let plan_id: Option<i64> = self
            .conn
            .query_row(
                "SELECT id FROM plan WHERE kind = ?1 AND start_year = ?2 AND deleted_at IS NULL",
                params![if period.kind == crate::model::PlanKind::School { "school" } else { "calendar" }, period.start_year],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(plan_id) = plan_id {
            let sheet = self.plan_sheet(plan_id, today)?;
            fulfilment = sheet.plan.fulfilment;
            for row in sheet.rows() {
                for a in &row.activities {
                    if !a.period.is_whole_year() {
                        for s in a.period.slots(period) {
                            if let Some(i) = months.iter().position(|m| m.year == s.from.year() && m.month == s.from.month()) {
                                months[i].planned += 1;
                            }
                        }
                    }
                }
                match per_partner.iter_mut().find(|f| f.partner_id == row.partner_id) {
                    Some(f) => f.fulfilment.add(row.fulfilment),
                    None => per_partner.push(PartnerFigures {
                        partner_id: row.partner_id,
                        partner_name: row.partner_name.clone(),
                        category: categories.get(&row.group_id).cloned().unwrap_or_default(),
                        held: 0,
                        fulfilment: row.fulfilment,
                    }),
                }
            }
        }
        per_partner.sort_by(|a, b| b.held.cmp(&a.held).then_with(|| crate::text::sort_key(&a.partner_name).cmp(&crate::text::sort_key(&b.partner_name))));
        let pupils: i64 = self.conn.query_row("SELECT pupil_count FROM organisation WHERE id = 1", [], |r| r.get(0))?;
        let pupils = u32::try_from(pupils).unwrap_or(0);
        Ok(YearSummary {
            period: period.code(),
            months,
            partners: per_partner,
            fulfilment,
            events,
            participants,
            events_with_parents: with_parents,
            events_with_parents_percent: if events == 0 { 0 } else { (with_parents * 100 + events / 2) / events },
            events_by_parents: by_parents,
            pupils,
            by_parents_per_100_pupils: (pupils > 0).then(|| f64::from(by_parents) * 100.0 / f64::from(pupils)),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn photo_names_are_ours_only() {
        assert!(is_photo_name("event-12-20261129T101010123456.jpg"));
        for bad in ["../event-1.jpg", "event-1/../../x.jpg", "event-.png", "event-1.exe", "x-1.png", "event-1 2.png"] {
            assert!(!is_photo_name(bad), "{bad}");
        }
    }

    #[test]
    fn times() {
        assert_eq!(check_time(" 9:05 ").unwrap(), "09:05");
        assert_eq!(check_time("").unwrap(), "");
        assert!(check_time("25:00").is_err());
        assert!(check_time("noon").is_err());
    }
}
